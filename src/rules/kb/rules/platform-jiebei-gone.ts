// A 借呗 that is closed, declined or unavailable may be the 2021 brand split (docs/sources.md#ant-2021): worth naming
// among the common causes, and the 信用贷 page is worth a look; the product alone is no evidence.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'platform-jiebei-gone',
  when: {
    all: [
      { fact: 'product', operator: 'equal', value: 'jiebei' },
      { fact: 'status.status', operator: 'in', value: ['closed', 'cooling_off', 'declined', 'reduced', 'unavailable'] },
    ],
  },
  then: { common: ['platform-policy'], checklist: ['check-xinyongdai-page'], impacts: ['xinyongdai-offers'] },
  sources: [SOURCE['bbt-2021-11']],
});
