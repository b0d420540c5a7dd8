// Seed cause 2 only (⚠️): a weak signal.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'frequent-large',
  when: { fact: 'answers.q_usage', operator: 'equal', value: 'large_frequent' },
  then: { cause: 'large-withdrawals', weight: 0.3, checklist: ['improve-credit-behaviour'] },
  sources: [SOURCE['seed-article']],
});
