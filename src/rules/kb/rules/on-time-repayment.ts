// State verifiable facts only (docs/sources.md#wording-rules).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'on-time-repayment',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'none' },
  then: { clauses: ['fact-on-time'] },
  sources: [SOURCE['afqmc-atec'], SOURCE['nfra-2024-05-14']],
});
