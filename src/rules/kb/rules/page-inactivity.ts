// The page itself gives disuse as the reason ("因长期未使用"; docs/sources.md#causes, low use 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'page-inactivity',
  when: {
    any: [
      { fact: 'status.evidence', operator: 'contains', value: '未使用' },
      { fact: 'status.evidence', operator: 'contains', value: 'not been used' },
    ],
  },
  then: { cause: 'inactivity', weight: 0.6 },
  sources: [SOURCE['cardbaobao'], SOURCE['alipay-cs-tianqing123']],
});
