// Seed strategy 1 for every case whose line is not working, unless the user locked it themselves: ask through official
// channels, with evidence (PIPL Art. 24(3) as a request, docs/sources.md#pipl-24).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'ask-officially',
  when: {
    all: [
      {
        any: [
          { fact: 'status.status', operator: 'notExists' },
          { fact: 'status.status', operator: 'notEqual', value: 'normal' },
        ],
      },
      {
        any: [
          { fact: 'answers.q_line_history', operator: 'notExists' },
          { fact: 'answers.q_line_history', operator: 'notEqual', value: 'self_locked' },
        ],
      },
    ],
  },
  then: { checklist: ['ask-reason'] },
  sources: [SOURCE['pipl-24'], SOURCE['nfra-2024-05-14']],
});
