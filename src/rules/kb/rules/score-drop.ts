// Seed cause 1: a falling 芝麻分 (docs/sources.md#causes 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'score-drop',
  when: { fact: 'answers.q_score_drop', operator: 'equal', value: 'yes' },
  then: { cause: 'credit-evaluation', weight: 0.7, checklist: ['improve-credit-behaviour'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597']],
});
