// The objection itself (征信业管理条例 Art. 25).
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'fact-report-error',
  kind: 'fact',
  text: {
    zh: '我的征信报告中有我认为错误或遗漏的信息。',
    en: 'My credit report contains information I believe is wrong or missing.',
  },
  sources: [SOURCE['credit-reg-25']],
});
