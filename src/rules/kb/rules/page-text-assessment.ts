// "经综合评估暂未通过" on the page: the automated model declined (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'page-text-assessment',
  when: { fact: 'status.evidence', operator: 'contains', value: '综合评估' },
  then: { cause: 'credit-evaluation', weight: 0.5 },
  sources: [SOURCE['afqmc-atec']],
});
