// docs/sources.md#causes: inactivity, weak 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'inactivity',
  when: { fact: 'answers.q_usage', operator: 'equal', value: 'rarely' },
  then: { cause: 'inactivity', weight: 0.5 },
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['cardbaobao']],
});
