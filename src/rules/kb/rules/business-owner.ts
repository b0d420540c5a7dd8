// Business owners lose working capital (docs/sources.md#user-complaints): cash flow, what to tell suppliers, and the
// financing alternatives (docs/sources.md#small-business-financing).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'business-owner',
  when: {
    any: [
      { fact: 'answers.q_business', operator: 'in', value: ['shop', 'owner'] },
      { fact: 'status.status', operator: 'equal', value: 'merchant_switch' },
      { fact: 'product', operator: 'equal', value: 'wangshangdai' },
    ],
  },
  then: {
    checklist: ['bridge-cash-flow', 'separate-business-funds'],
    impacts: ['business-reputation'],
    financing: ['government-guarantee', 'inclusive-loans', 'receivables', 'sme-mechanism', 'startup-loans', 'tax-loans'],
  },
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec'], SOURCE['sme-financing-2024']],
});
