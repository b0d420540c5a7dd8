// 征信业管理条例 Art. 25; PIPL Art. 46: the objection first (20 days), then the PBOC branch (30 days).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'report-error',
  when: { fact: 'answers.q_report', operator: 'equal', value: 'errors' },
  then: {
    cause: 'report-error',
    weight: 0.8,
    checklist: ['raise-credit-objection'],
    clauses: ['fact-report-error', 'remedy-objection-mark', 'request-correction'],
    deadlines: ['court', 'credit-objection', 'pboc-complaint'],
    channels: ['credit-objection'],
  },
  sources: [SOURCE['credit-reg-25'], SOURCE['credit-reg-26'], SOURCE['pipl-46']],
});
