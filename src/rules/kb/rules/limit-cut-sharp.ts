// A cut of half or more after re-evaluation (docs/sources.md#status-wording 额度调降 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'limit-cut-sharp',
  when: {
    all: [
      { fact: 'status.status', operator: 'equal', value: 'reduced' },
      { fact: 'status.limitCutRatio', operator: 'greaterThanInclusive', value: 0.5 },
    ],
  },
  then: { cause: 'credit-evaluation', weight: 0.5 },
  sources: [SOURCE['afqmc-atec'], SOURCE['alipay-cs-tianqing123']],
});
