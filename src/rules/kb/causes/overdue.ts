// Overdue, including on a sister product of the same group (PRODUCT_GROUP): docs/sources.md#causes 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'overdue',
  title: { zh: '逾期记录', en: 'Late repayment' },
  explanation: {
    zh: '逾期是最常被提到的原因；同一平台其他产品（如花呗、备用金）逾期也可能影响借呗。',
    en: 'Late repayment is the most cited cause; lateness on a sister product (e.g. Huabei) can affect Jiebei too.',
  },
  check: [
    { zh: '查看同一平台所有产品的还款记录', en: 'Check repayments on every product of the same platform' },
    { zh: '查看征信报告中的逾期记录', en: 'Look for late records in your credit report' },
  ],
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597'], SOURCE['afqmc-atec']],
});
