// Closed or reduced after periodic re-evaluation: lines are dynamic (docs/sources.md#lender-answers, docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-closed',
  when: { fact: 'status.status', operator: 'in', value: ['closed', 'reduced', 'unavailable'] },
  then: { cause: 'credit-evaluation', weight: 0.3 },
  sources: [SOURCE['alipay-cs-tianqing123']],
});
