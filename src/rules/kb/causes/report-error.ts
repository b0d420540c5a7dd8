// Wrong or missing credit-report data; right to object (征信业管理条例 Art. 25 ✅), listed in docs/sources.md#wording-rules.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'report-error',
  title: { zh: '征信信息有误', en: 'Wrong credit-report data' },
  explanation: {
    zh: '征信报告中的错误或遗漏会影响评估；你有权提出异议并要求更正。',
    en: 'Errors in your credit report affect assessments; you have the right to object and ask for correction.',
  },
  check: [{ zh: '逐条核对征信报告中的账户、逾期和查询记录', en: 'Check every account, late record and query in your report' }],
  sources: [SOURCE['credit-reg-25'], SOURCE['civil-code-1029']],
});
