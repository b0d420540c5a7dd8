// Seed cause 2 only (⚠️): a weak signal, and only from the user's own answer.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'frequent-large',
  when: { fact: 'answers.q_usage', operator: 'equal', value: 'large_frequent' },
  then: { cause: 'large-withdrawals', weight: 0.3 },
  sources: [SOURCE['seed-article']],
});
