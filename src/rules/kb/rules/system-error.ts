// ⚠️ Only when every checkable cause is ruled out, and only as a possibility (docs/sources.md#causes, docs/sources.md#wording-rules).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'system-error',
  when: {
    all: [
      {
        fact: 'status.status',
        operator: 'in',
        value: ['closed', 'declined', 'suspended', 'unavailable'],
      },
      { fact: 'answers.q_overdue', operator: 'equal', value: 'none' },
      { fact: 'answers.q_report', operator: 'equal', value: 'clean' },
      { fact: 'answers.q_applications', operator: 'notIn', value: ['many'] },
    ],
  },
  then: { cause: 'system-error', weight: 0.2 },
  sources: [SOURCE['misjudgment-pages']],
});
