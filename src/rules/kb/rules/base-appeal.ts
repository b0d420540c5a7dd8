// Every case that is not a normal line: PIPL requests, official-channel steps and the scam warnings (docs/sources.md#wording-rules).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'base-appeal',
  when: {
    any: [
      { fact: 'status.status', operator: 'notExists' },
      { fact: 'status.status', operator: 'notEqual', value: 'normal' },
    ],
  },
  then: {
    checklist: [
      'ask-reason',
      'collect-repayment-records',
      'extra-free-reports-2026',
      'get-credit-report',
      'keep-repaying',
      'no-paid-agents',
      'official-sites-only',
      'screenshot-status',
    ],
    clauses: [
      'remedy-reassess',
      'request-access-copy',
      'request-explanation',
      'request-human-review',
      'request-reasons-on-refusal',
      'request-written-reply',
    ],
    warnings: ['fake-credit-sites', 'paid-agents', 'scam-calls'],
  },
  sources: [
    SOURCE['pipl-24'],
    SOURCE['pipl-45'],
    SOURCE['pipl-50'],
    SOURCE['credit-reg-17'],
    SOURCE['crc-2023-05-12'],
    SOURCE['nfra-2024-05-14'],
  ],
});
