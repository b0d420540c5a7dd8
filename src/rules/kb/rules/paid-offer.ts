// Someone offered paid "credit repair" or a complaint for a fee: NFRA risk warning 2024-05-14 ✅ (docs/sources.md#paid-agents).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'paid-offer',
  when: { fact: 'answers.q_paid_offer', operator: 'equal', value: 'yes' },
  then: { checklist: ['refuse-paid-offer'], warnings: ['paid-agents'] },
  sources: [SOURCE['nfra-2024-05-14'], SOURCE['crc-2023-05-12']],
});
