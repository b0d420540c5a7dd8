// Closure does not cancel existing debt (docs/sources.md#user-complaints); missed payments would hurt the credit record.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'keep-repaying',
  group: 'fix',
  seed: ['impact:credit-record'],
  text: {
    zh: '额度关闭不会取消已有借款，请继续按合同还款。',
    en: 'A closed line does not cancel existing loans: keep repaying as agreed.',
  },
  documents: [],
  sources: [SOURCE['afqmc-atec']],
});
