// Seed cause 2 (use of funds not as declared); docs/sources.md#causes 🟡; the rule text itself was not retrieved.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'fund-use',
  accuses: true,
  title: { zh: '借款用途不符', en: 'Loan used outside its purpose' },
  explanation: {
    zh: '消费贷款通常不能用于买房、炒股等投资；据报道，被发现后可能被限制额度。',
    en: 'Consumer loans are usually barred from property or stock investment; reports say breaches can lead to limits.',
  },
  check: [{ zh: '核对借款时填写的用途与实际用途是否一致', en: 'Compare the purpose you declared with how you used the money' }],
  sources: [SOURCE['fund-use-pages']],
});
