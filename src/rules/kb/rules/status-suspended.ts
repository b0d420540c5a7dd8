// 已暂停使用: often an overdue balance or a risk flag (docs/sources.md#status-wording).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-suspended',
  when: { fact: 'status.status', operator: 'equal', value: 'suspended' },
  then: { cause: 'overdue', weight: 0.4 },
  sources: [SOURCE['afqmc-atec']],
});
