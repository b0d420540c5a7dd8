// 征信业管理条例 Art. 25: objection, mark, written reply within 20 days.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'raise-credit-objection',
  group: 'escalate',
  text: {
    zh: '发现征信错误：向征信中心或报送机构提出异议，对方应在 20 日内书面答复。',
    en: 'Found an error: object to the CRC or the reporting lender, which must reply in writing within 20 days.',
  },
  documents: [
    { zh: '征信报告', en: 'Credit report' },
    { zh: '证明材料', en: 'Proof' },
  ],
  sources: [SOURCE['credit-reg-25']],
});
