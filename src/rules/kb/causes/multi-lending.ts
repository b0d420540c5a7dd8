// Seed cause 2 (多头借贷); debt load is among the causes docs/sources.md#wording-rules tells us to list 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'multi-lending',
  accuses: true,
  title: { zh: '多头借贷', en: 'Borrowing from many lenders' },
  explanation: {
    zh: '短期内向多家平台申请借款，会增加征信查询和负债，常被认为影响评估。',
    en: 'Applying with many lenders adds credit queries and debt, commonly cited as hurting the assessment.',
  },
  check: [{ zh: '在征信报告的查询记录里数一数近期的贷款审批', en: 'Count recent loan-approval queries in your credit report' }],
  sources: [SOURCE['multi-lending-pages']],
});
