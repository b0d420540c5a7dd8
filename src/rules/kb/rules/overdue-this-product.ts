// Overdue on this very product (docs/sources.md#causes 🟡; a freeze typically follows one, docs/sources.md#status-wording).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'overdue-this-product',
  when: { fact: 'answers.q_overdue', operator: 'equal', value: 'this_product' },
  then: { cause: 'overdue', weight: 0.9, checklist: ['repair-policy-2026'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec'], SOURCE['pboc-repair-2025-12-22']],
});
