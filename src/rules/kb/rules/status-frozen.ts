// 已冻结 / 逾期冻结: typically an overdue balance (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-frozen',
  when: { fact: 'status.status', operator: 'equal', value: 'frozen' },
  then: { cause: 'overdue', weight: 0.8, checklist: ['repay-overdue'] },
  sources: [SOURCE['afqmc-atec']],
});
