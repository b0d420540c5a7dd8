// docs/sources.md#causes: cash-out or 刷单, when the user says so 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'cash-out',
  when: { fact: 'answers.q_usage', operator: 'equal', value: 'cash_out' },
  then: { cause: 'cash-out', weight: 0.8 },
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['cardbaobao']],
});
