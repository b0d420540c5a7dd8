// An objection on file: the user says an entry is wrong; its 20-day clock, then the PBOC branch (征信业管理条例 Arts. 25–26).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'objection-filed',
  when: { fact: 'caseDates.creditObjection', operator: 'exists' },
  then: { cause: 'report-error', weight: 0.6, deadlines: ['court', 'credit-objection', 'pboc-complaint'], channels: ['credit-objection'] },
  sources: [SOURCE['credit-reg-25'], SOURCE['credit-reg-26']],
});
