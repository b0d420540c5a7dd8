// docs/sources.md#causes: merchants get 网商贷 instead of 借呗 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'merchant-shop',
  when: {
    all: [
      { fact: 'answers.q_business', operator: 'equal', value: 'shop' },
      { fact: 'productGroup', operator: 'equal', value: 'ant' },
    ],
  },
  then: { cause: 'merchant-switch', weight: 0.5 },
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec']],
});
