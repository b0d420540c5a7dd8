// A line that comes and goes: lines are "dynamic" (docs/sources.md#lender-answers; users ask why, docs/sources.md#user-complaints 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'line-came-and-went',
  when: { fact: 'answers.q_line_history', operator: 'equal', value: 'came_and_went' },
  then: { cause: 'credit-evaluation', weight: 0.6 },
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['afqmc-atec']],
});
