// Overdue with another lender shows in the credit report (docs/sources.md#causes 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'overdue-other',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'other' },
  then: { cause: 'overdue', weight: 0.6, checklist: ['repair-policy-2026'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597'], SOURCE['pboc-repair-2025-12-22']],
});
