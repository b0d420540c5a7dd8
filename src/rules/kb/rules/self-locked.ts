// The user locked or closed the line themselves: how to unlock it, and no appeal (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'self-locked',
  when: { fact: 'answers.q_line_history', operator: 'equal', value: 'self_locked' },
  then: { cause: 'user-lock', weight: 1, checklist: ['unlock-own-lock'] },
  sources: [SOURCE['baitiao-lock-pages']],
});
