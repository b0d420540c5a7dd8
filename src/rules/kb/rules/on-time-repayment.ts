// State verifiable facts only (facts.md §9).
import { defineRule } from '../../engine';
import { SRC } from '../sources';

export default defineRule({
  id: 'on-time-repayment',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'none' },
  then: { clauses: ['fact-on-time'] },
  sources: [SRC.wording],
});
