// A fact the user can verify; never invented hardship (docs/sources.md#wording-rules).
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'fact-on-time',
  kind: 'fact',
  text: { zh: '我一直按合同约定按时还款。', en: 'I have always repaid on time as agreed.' },
  sources: [SOURCE['afqmc-atec'], SOURCE['nfra-2024-05-14']],
});
