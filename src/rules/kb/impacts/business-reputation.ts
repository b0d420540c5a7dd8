// Seed impact 3: a business loses working capital, and its suppliers and customers notice (docs/sources.md#user-complaints 🟡).
import { defineImpact } from '../define';
import { SOURCE } from '../sources';

export default defineImpact({
  id: 'business-reputation',
  order: 40,
  title: {
    zh: '生意的现金流和信誉',
    en: 'Your business: cash flow and reputation',
  },
  text: {
    zh: '如果这条额度用于经营：先算清未来几周要付的货款、房租和工资。对供应商和客户，只说你能确认的事实（比如某笔款会晚几天付、你已经在安排其他资金），并且尽早说；提前沟通通常比到期拖欠更能保住信誉。下面列有经营者可以了解的正规融资渠道。',
    en: 'If the line funded a business: first work out what you must pay in the coming weeks (stock, rent, wages). Tell suppliers and customers only what you can confirm — that a payment will be a few days late, that you are arranging other funds — and tell them early; early notice usually keeps trust better than a missed payment. Regulated financing for business owners is listed below.',
  },
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec']],
});
