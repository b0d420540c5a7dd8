// Exactly what the user answered (q_overdue "none"), never more: not "always on time", no hardship story
// (docs/sources.md#wording-rules).
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'fact-on-time',
  kind: 'fact',
  text: { zh: '最近一年我没有逾期还款。', en: 'I have not repaid anything late in the past year.' },
  sources: [SOURCE['afqmc-atec'], SOURCE['nfra-2024-05-14']],
});
