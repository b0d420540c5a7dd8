// CBIRC Order 2020 No. 3: no decision 15 calendar days after the complaint, no reply recorded → escalate (docs/sources.md#escalation-order step 2).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'lender-silent',
  when: {
    all: [
      { fact: 'caseDates.lenderComplaint', operator: 'dateBeforeDays', value: -15 },
      { fact: 'caseDates.lenderReply', operator: 'notExists' },
    ],
  },
  then: { checklist: ['complain-regulator'] },
  sources: [SOURCE['cbirc-complaints-2020'], SOURCE['regulators-2024-1']],
});
