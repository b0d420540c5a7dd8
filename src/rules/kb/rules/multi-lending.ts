// Seed cause 2 (多头借贷); debt load, docs/sources.md#wording-rules 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'multi-lending',
  when: { fact: 'answers.q_applications', operator: 'equal', value: 'many' },
  then: { cause: 'multi-lending', weight: 0.7, checklist: ['improve-credit-behaviour'] },
  sources: [SOURCE['multi-lending-pages']],
});
