// An overdue already repaid: the record's rules for repaid debts, credit regulation Art. 16 ✅ (five years from the end, a statement meanwhile).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'repaid-record',
  group: 'fix',
  text: {
    zh: '逾期已经还清：按规定，这条不良信息自还清之日起保存 5 年，期满删除；在此期间你可以对它作出说明，征信机构应当记载。保存好还清的凭证。',
    en: 'The overdue is repaid: by law this negative record is kept for 5 years from the day it ended, then deleted; meanwhile you may add a statement to it, which the agency must record. Keep the proof of repayment.',
  },
  documents: [{ zh: '还清凭证', en: 'Proof of repayment' }],
  sources: [SOURCE['credit-reg-16']],
});
