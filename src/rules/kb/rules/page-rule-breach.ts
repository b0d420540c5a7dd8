// The page itself names cash-out or fake orders (docs/sources.md#causes 🟡): the page's own words, never a guess.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'page-rule-breach',
  when: {
    any: [
      { fact: 'status.evidence', operator: 'contains', value: '套现' },
      { fact: 'status.evidence', operator: 'contains', value: '刷单' },
      { fact: 'status.evidence', operator: 'contains', value: '虚假交易' },
    ],
  },
  then: { cause: 'cash-out', weight: 0.7 },
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['cardbaobao']],
});
