// CBIRC Order 2020 No. 3: decision within 15 days (article number unconfirmed, docs/sources.md#complaint-time-limits).
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-written-reply',
  kind: 'request',
  text: {
    zh: '请在监管规定的时限内（一般为 15 日）书面答复。',
    en: 'Please reply in writing within the regulatory time limit (usually 15 days).',
  },
  sources: [SOURCE['cbirc-complaints-2020']],
});
