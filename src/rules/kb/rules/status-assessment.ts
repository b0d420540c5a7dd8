// "经综合评估暂未通过" / "请X个月后再试" (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-assessment',
  when: {
    any: [
      { fact: 'status.status', operator: 'in', value: ['declined', 'cooling_off'] },
      { fact: 'status.months', operator: 'greaterThan', value: 0 },
    ],
  },
  then: { cause: 'credit-evaluation', weight: 0.6 },
  sources: [SOURCE['afqmc-atec']],
});
