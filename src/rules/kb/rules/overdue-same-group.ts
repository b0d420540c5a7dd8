// Overdue on a sister product of the same group (PRODUCT_GROUP; docs/sources.md#causes 🟡).
import { defineRule } from '../../engine';
import { SRC } from '../sources';

export default defineRule({
  id: 'overdue-same-group',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'same_group' },
  then: { cause: 'overdue', weight: 0.9, checklist: ['repair-policy-2026', 'repay-overdue'] },
  sources: [SRC.causes],
});
