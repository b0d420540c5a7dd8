// Seed cause 2 (多头借贷), from the user's own answer (docs/sources.md#causes 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'multi-lending',
  when: { fact: 'answers.q_applications', operator: 'equal', value: 'many' },
  then: { cause: 'multi-lending', weight: 0.7 },
  sources: [SOURCE['multi-lending-pages']],
});
