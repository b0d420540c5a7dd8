// PIPL Art. 24(3): the right to refuse a decision made solely by automated means.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-human-review',
  kind: 'request',
  text: {
    zh: '请安排人工复核，而不是仅通过自动化决策作出决定。',
    en: 'Please have a person review it rather than rely on automated decision-making alone.',
  },
  sources: [SOURCE['pipl-24']],
});
