// Closed or reduced after periodic re-evaluation: lines are dynamic (facts.md §2.1, §8 🟡).
import { defineRule } from '../../engine';
import { SRC } from '../sources';

export default defineRule({
  id: 'status-closed',
  when: { fact: 'status.status', operator: 'in', value: ['closed', 'reduced', 'unavailable'] },
  then: { cause: 'credit-evaluation', weight: 0.3 },
  sources: [SRC.dynamicLine],
});
