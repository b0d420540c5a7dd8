// A "closed" 借呗 may be the 2021 brand split (docs/sources.md#ant-2021 implication).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'platform-jiebei-gone',
  when: {
    all: [
      { fact: 'product', operator: 'equal', value: 'jiebei' },
      { fact: 'status.status', operator: 'in', value: ['closed', 'unavailable'] },
    ],
  },
  then: { cause: 'platform-policy', weight: 0.3, checklist: ['check-xinyongdai-page'] },
  sources: [SOURCE['bbt-2021-11']],
});
