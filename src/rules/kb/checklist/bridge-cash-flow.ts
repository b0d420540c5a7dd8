// Money needed soon, or a business's working capital lost (docs/sources.md#user-complaints 🟡): the cash-flow plan.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'bridge-cash-flow',
  group: 'financing',
  text: {
    zh: '先排现金流：列出未来几周到 3 个月要付的钱（还款、房租、货款、工资），先安排最急的；提前准备备用资金，并尽早和供应商、房东等收款方沟通付款时间。',
    en: 'Plan your cash flow first: list what you must pay in the coming weeks and up to 3 months (repayments, rent, stock, wages) and settle the most urgent first; line up backup funds, and talk to suppliers, landlords and others you pay about timing early.',
  },
  documents: [{ zh: '收支清单', en: 'Cash-flow list' }],
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec']],
});
