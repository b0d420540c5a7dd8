// Appeals state verifiable facts such as on-time repayment (docs/sources.md#wording-rules).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'collect-repayment-records',
  group: 'gather',
  text: { zh: '导出近一年的账单和还款记录。', en: "Export the past year's bills and repayment records." },
  documents: [{ zh: '账单或还款截图', en: 'Statements or screenshots' }],
  sources: [SOURCE['afqmc-atec'], SOURCE['nfra-2024-05-14']],
});
