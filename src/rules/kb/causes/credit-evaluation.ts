// Seed cause 1; lines are "dynamic" and come and go (docs/sources.md#lender-answers, docs/sources.md#user-complaints) 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'credit-evaluation',
  title: { zh: '信用评估变化', en: 'Credit evaluation changed' },
  explanation: {
    zh: '额度是动态的：据转述的客服答复，机构会定期综合评估消费和还款情况，评估结果变化时可能降额、关闭或时有时无。',
    en: 'Lines are dynamic: as a quoted customer-service answer puts it, the lender re-assesses spending and repayment, and a changed result can cut or close the line, or make it come and go.',
  },
  check: [
    { zh: '看看所用平台的信用分（如有）最近是否下降', en: 'See whether the platform’s own credit score, if it shows one, dropped' },
    { zh: '在征信报告里查看有无新增负债或查询', en: 'Look for new debts or queries in your credit report' },
  ],
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['afqmc-atec'], SOURCE['caijin51-30201']],
});
