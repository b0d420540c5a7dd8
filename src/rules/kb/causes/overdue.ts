// Overdue, including on a sister product of the same group (PRODUCT_GROUP): docs/sources.md#causes 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'overdue',
  accuses: true,
  title: { zh: '逾期记录', en: 'Late repayment' },
  explanation: {
    zh: '逾期是最常被提到的原因之一；同一平台另一种产品的逾期也可能影响这条额度（用户反映，例如花呗逾期后借呗也用不了）。',
    en: 'Late repayment is among the most cited causes; lateness on another product of the same platform can affect this line too (users report, e.g., Jiebei unusable after a late Huabei bill).',
  },
  check: [
    { zh: '查看同一平台所有产品的还款记录', en: 'Check repayments on every product of the same platform' },
    { zh: '查看征信报告中的逾期记录', en: 'Look for late records in your credit report' },
  ],
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597'], SOURCE['afqmc-atec']],
});
