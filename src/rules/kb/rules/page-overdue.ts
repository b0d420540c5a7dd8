// The page itself says the line is overdue ("你的花呗已逾期，额度已冻结"): the page's own words are evidence
// (docs/sources.md#status-wording 逾期冻结 🟡). A page that says there is no overdue is not.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'page-overdue',
  when: {
    all: [
      {
        any: [
          { fact: 'status.evidence', operator: 'contains', value: '逾期' },
          { fact: 'status.evidence', operator: 'contains', value: 'overdue' },
        ],
      },
      { fact: 'status.evidence', operator: 'doesNotContain', value: '未逾期' },
      { fact: 'status.evidence', operator: 'doesNotContain', value: '无逾期' },
      { fact: 'status.evidence', operator: 'doesNotContain', value: '没有逾期' },
    ],
  },
  then: { cause: 'overdue', weight: 0.8, checklist: ['repair-policy-2026'] },
  sources: [SOURCE['afqmc-atec'], SOURCE['pboc-repair-2025-12-22']],
});
