// 普惠小微贷款 figures from a doubtful mirror (docs/sources.md#small-business-financing 🟡).
import { defineFinancing } from '../define';
import { SOURCE } from '../sources';

export default defineFinancing({
  id: 'inclusive-loans',
  title: { zh: '普惠小微贷款', en: 'Inclusive small-business loans' },
  text: {
    zh: '据报道，2025 年初普惠小微贷款余额约 33.9 万亿元，可向开户银行询问经营贷。',
    en: 'Reportedly about 33.9 trillion yuan of inclusive small-business loans were outstanding in early 2025; ask your bank about business loans.',
  },
  sources: [SOURCE['inclusive-loans-2025-02']],
});
