// State verifiable facts only (docs/sources.md#wording-rules).
import { defineRule } from '../../engine';
import { SRC } from '../sources';

export default defineRule({
  id: 'on-time-repayment',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'none' },
  then: { clauses: ['fact-on-time'] },
  sources: [SRC.wording],
});
