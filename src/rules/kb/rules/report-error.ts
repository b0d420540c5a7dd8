// 征信业管理条例 Art. 25; PIPL Art. 46: object and ask for correction.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'report-error',
  when: { fact: 'answers.q_report', operator: 'equal', value: 'errors' },
  then: {
    cause: 'report-error',
    weight: 0.8,
    checklist: ['raise-credit-objection'],
    clauses: ['fact-report-error', 'remedy-objection-mark', 'request-correction'],
  },
  sources: [SOURCE['credit-reg-25'], SOURCE['pipl-46']],
});
