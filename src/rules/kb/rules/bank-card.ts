// A bank card's limit is the issuing bank's decision (card rules Art. 50, docs/sources.md#line-cut-rules 🟡): its own
// channel, never a platform's number.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'bank-card',
  when: { fact: 'product', operator: 'equal', value: 'bank-card' },
  then: { checklist: ['ask-issuing-bank'] },
  sources: [SOURCE['credit-card-rules-2011'], SOURCE['cbirc-complaints-2020']],
});
