// Every case that is not a normal line: PIPL requests, official-channel steps and the scam warnings (docs/sources.md#wording-rules).
import { defineRule } from '../../engine';
import { SRC } from '../sources';

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
  sources: [SRC.pipl24, SRC.pipl45, SRC.pipl50, SRC.credit17, SRC.crc2023, SRC.nfraAgents],
});
