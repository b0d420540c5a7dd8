// Every case whose line is not working: what it means for the user, and the seed article's four strategies in
// everyone's words (docs/sources.md#credit-report, docs/sources.md#causes).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-impacts',
  when: {
    any: [
      { fact: 'status.status', operator: 'notExists' },
      { fact: 'status.status', operator: 'notEqual', value: 'normal' },
    ],
  },
  then: {
    checklist: [
      'diversify-financing',
      'extra-free-reports-2026',
      'get-credit-report',
      'improve-credit-behaviour',
      'keep-repaying',
      'plan-next-months',
    ],
    impacts: ['credit-record', 'financing-access'],
  },
  sources: [
    SOURCE['credit-reg-16'],
    SOURCE['credit-reg-17'],
    SOURCE['crc-2023-05-12'],
    SOURCE['multi-lending-pages'],
    SOURCE['netease-2025-12-22'],
  ],
});
