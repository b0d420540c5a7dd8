// 白条已锁定 on the page: usually the user's own lock, not a closure (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-user-locked',
  when: { fact: 'status.status', operator: 'equal', value: 'user_locked' },
  then: { cause: 'user-lock', weight: 0.9, checklist: ['unlock-own-lock'] },
  sources: [SOURCE['baitiao-lock-pages']],
});
