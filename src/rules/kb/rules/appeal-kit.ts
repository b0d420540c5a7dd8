// A case to appeal: any status but a working line or a lock the user set (a 白条 lock counts as the user's until they
// say otherwise). PIPL requests as requests (docs/sources.md#pipl), the lender's complaint clock and the escalation
// order (docs/sources.md#escalation-order).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'appeal-kit',
  when: {
    all: [
      {
        any: [
          { fact: 'status.status', operator: 'notExists' },
          { fact: 'status.status', operator: 'notIn', value: ['normal', 'user_locked'] },
          {
            all: [
              { fact: 'status.status', operator: 'equal', value: 'user_locked' },
              { fact: 'answers.q_line_history', operator: 'in', value: ['steady', 'came_and_went'] },
            ],
          },
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
  then: {
    checklist: ['collect-repayment-records', 'screenshot-status'],
    clauses: [
      'remedy-reassess',
      'request-access-copy',
      'request-explanation',
      'request-human-review',
      'request-reasons-on-refusal',
      'request-written-reply',
    ],
    deadlines: ['court', 'lender-complaint', 'regulator-complaint'],
    channels: ['chat', 'letter', 'regulator', 'pipl-explanation', 'heimao'],
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-45'], SOURCE['pipl-50'], SOURCE['cbirc-complaints-2020'], SOURCE['regulators-2024-1']],
});
