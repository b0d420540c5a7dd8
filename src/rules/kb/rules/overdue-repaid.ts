// An overdue the user says is repaid: no repay step, and the record's rules for repaid debts (征信业管理条例 Art. 16).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'overdue-repaid',
  when: {
    any: [
      { fact: 'answers.q_overdue_now', operator: 'equal', value: 'repaid' },
      { fact: 'caseDates.overdueRepaid', operator: 'exists' },
    ],
  },
  then: { checklist: ['repaid-record'] },
  sources: [SOURCE['credit-reg-16']],
});
