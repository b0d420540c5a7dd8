// Step 4: 征信业管理条例 Art. 26, 30 日 from acceptance (calendar days).
import { defineDeadline } from '../define';
import { SOURCE } from '../sources';

export default defineDeadline({
  id: 'pboc-complaint',
  step: 4,
  startFact: 'pbocComplaint',
  replyFact: 'pbocReply',
  days: 30,
  title: { zh: '向人民银行分支机构投诉', en: 'Complaint to the PBOC branch' },
  text: {
    zh: '应自受理之日起 30 日内书面答复（按自然日计算；这里从你填写的日期算起）。',
    en: 'The branch must reply in writing within 30 days of accepting it (calendar days; counted here from the date you entered).',
  },
  next: { zh: '仍未解决：可以向法院起诉。', en: 'Still unresolved: you may go to court.' },
  sources: [SOURCE['credit-reg-26']],
});
