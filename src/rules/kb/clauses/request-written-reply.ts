// CBIRC Order 2020 No. 3: banks and insurers decide within 15 days; others are asked to follow it (参照), since its reach
// beyond banks and insurers is not confirmed (docs/sources.md#complaint-time-limits).
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-written-reply',
  kind: 'request',
  text: {
    zh: '请参照监管对银行、保险机构投诉处理的时限（15 日内）书面答复。',
    en: 'Please reply in writing within the time the rules set for banks and insurers to handle complaints (15 days).',
  },
  sources: [SOURCE['cbirc-complaints-2020']],
});
