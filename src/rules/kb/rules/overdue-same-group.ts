// Overdue on a sister product of the same platform (PRODUCT_GROUP; docs/sources.md#causes 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'overdue-same-group',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'same_group' },
  then: { cause: 'overdue', weight: 0.8, checklist: ['repair-policy-2026'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597'], SOURCE['afqmc-atec'], SOURCE['pboc-repair-2025-12-22']],
});
