// Only a complaint starts the 15-day clock (docs/sources.md#complaint-time-limits).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'no-formal-complaint',
  when: {
    any: [
      { fact: 'answers.q_contacted', operator: 'equal', value: 'asked' },
      {
        all: [
          { fact: 'caseDates.firstContact', operator: 'exists' },
          { fact: 'caseDates.lenderComplaint', operator: 'notExists' },
        ],
      },
    ],
  },
  then: { checklist: ['file-formal-complaint'] },
  sources: [SOURCE['cbirc-complaints-2020']],
});
