// Money needed within weeks or months: plan the cash flow first (docs/sources.md#user-complaints).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'cash-need-soon',
  when: { fact: 'answers.q_cash_need', operator: 'in', value: ['within_2_weeks', 'within_3_months'] },
  then: { checklist: ['bridge-cash-flow'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec']],
});
