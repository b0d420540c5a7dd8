// A closure does not cancel existing debt (docs/sources.md#user-complaints); late records stay five years (credit regulation Art. 16).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'keep-repaying',
  group: 'fix',
  text: {
    zh: '额度出问题不会取消已经借的款项：继续按合同按时还款。',
    en: 'A closed or cut line does not cancel what you already borrowed: keep repaying on time as agreed.',
  },
  documents: [],
  sources: [SOURCE['afqmc-atec'], SOURCE['credit-reg-16']],
});
