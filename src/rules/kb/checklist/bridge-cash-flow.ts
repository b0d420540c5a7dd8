// Seed impacts 1 and 3: lost working capital hurts cash flow and reputation (docs/sources.md#user-complaints).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'bridge-cash-flow',
  group: 'financing',
  seed: ['impact:financing-cut', 'impact:business-reputation', 'strategy:internal-finance'],
  text: {
    zh: '列出未来 1–3 个月的应付款，提前准备备用资金，按时付款给供应商以维护信誉。',
    en: 'List payments due in the next 1–3 months, line up backup funds and pay suppliers on time to keep your reputation.',
  },
  documents: [{ zh: '收支清单', en: 'Cash-flow list' }],
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec']],
});
