// docs/sources.md#causes: consumer loans used for property or stocks 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'fund-use',
  when: { fact: 'answers.q_fund_use', operator: 'equal', value: 'house_stock' },
  then: { cause: 'fund-use', weight: 0.7, checklist: ['separate-business-funds'] },
  sources: [SOURCE['fund-use-pages']],
});
