// docs/sources.md#causes: suspected cash-out or 刷单 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'cash-out',
  when: { fact: 'answers.q_usage', operator: 'equal', value: 'cash_out' },
  then: { cause: 'cash-out', weight: 0.8, checklist: ['improve-credit-behaviour'] },
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['cardbaobao']],
});
