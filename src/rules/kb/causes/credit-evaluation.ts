// Seed cause 1; lines are "dynamic" (docs/sources.md#lender-answers), score drop (docs/sources.md#causes) 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'credit-evaluation',
  seed: ['cause:credit-evaluation'],
  title: { zh: '信用评估变化', en: 'Credit evaluation changed' },
  explanation: {
    zh: '额度是动态的：平台会定期综合评估消费和还款情况，评分下降时可能降额或关闭。',
    en: 'Lines are dynamic: the platform re-assesses spending and repayment, and a lower score can cut or close the line.',
  },
  check: [
    { zh: '看看芝麻分等信用分最近是否下降', en: 'See whether your Sesame or other score dropped' },
    { zh: '在征信报告里查看有无新增负债或查询', en: 'Look for new debts or queries in your credit report' },
  ],
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597']],
});
