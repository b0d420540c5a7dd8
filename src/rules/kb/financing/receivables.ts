// 中征应收账款融资服务平台 (docs/sources.md#small-business-financing 🟡).
import { defineFinancing } from '../define';
import { SOURCE } from '../sources';

export default defineFinancing({
  id: 'receivables',
  title: { zh: '应收账款融资', en: 'Receivables finance' },
  text: {
    zh: '有应收账款的供应商可通过中征应收账款融资服务平台融资（含“政采贷”）。',
    en: "Suppliers with receivables can borrow through the CRC's receivables platform, including 政采贷.",
  },
  sources: [SOURCE['receivables-platform']],
});
