// PIPL Art. 50: reasons when a rights request is refused.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-reasons-on-refusal',
  kind: 'request',
  text: { zh: '如拒绝以上请求，请说明理由。', en: 'If you refuse any of these requests, please state your reasons.' },
  sources: [SOURCE['pipl-50']],
});
