// 征信业管理条例 Art. 25: no reply 20 calendar days after the objection → PBOC branch (Art. 26).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'objection-silent',
  when: {
    all: [
      { fact: 'caseDates.creditObjection', operator: 'dateBeforeDays', value: -20 },
      { fact: 'caseDates.creditObjectionReply', operator: 'notExists' },
    ],
  },
  then: { checklist: ['complain-pboc-branch'] },
  sources: [SOURCE['credit-reg-25'], SOURCE['credit-reg-26']],
});
