// ⚠️ Only once every checkable cause is ruled out, and only among the common causes: a question to ask, never a
// finding (docs/sources.md#causes, docs/sources.md#wording-rules).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'system-error',
  when: {
    all: [
      { fact: 'status.status', operator: 'in', value: ['closed', 'declined', 'reduced', 'suspended', 'unavailable'] },
      { fact: 'answers.q_overdue', operator: 'equal', value: 'none' },
      { fact: 'answers.q_report', operator: 'equal', value: 'clean' },
      { fact: 'answers.q_applications', operator: 'in', value: ['none', 'few'] },
      { fact: 'answers.q_account_change', operator: 'equal', value: 'none' },
    ],
  },
  then: { common: ['system-error'] },
  sources: [SOURCE['misjudgment-pages']],
});
