// 征信业管理条例 Art. 26: no reply 30 calendar days after the complaint → court.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'pboc-silent',
  when: {
    all: [
      { fact: 'caseDates.pbocComplaint', operator: 'dateBeforeDays', value: -30 },
      { fact: 'caseDates.pbocReply', operator: 'notExists' },
    ],
  },
  then: { checklist: ['consider-court'] },
  sources: [SOURCE['credit-reg-26']],
});
