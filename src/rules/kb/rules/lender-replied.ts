// The lender answered and the case is still open: the next step is the regulator (docs/sources.md#escalation-order).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'lender-replied',
  when: {
    all: [
      { fact: 'caseDates.lenderReply', operator: 'exists' },
      {
        any: [
          { fact: 'status.status', operator: 'notExists' },
          { fact: 'status.status', operator: 'notEqual', value: 'normal' },
        ],
      },
    ],
  },
  then: { checklist: ['complain-regulator'] },
  sources: [SOURCE['regulators-2024-1'], SOURCE['xinhua-2024-05-11']],
});
