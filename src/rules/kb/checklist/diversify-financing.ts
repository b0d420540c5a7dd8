// Seed strategy 3: do not rely on one channel; alternatives in docs/sources.md#small-business-financing.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'diversify-financing',
  group: 'financing',
  seed: ['strategy:diversify', 'impact:financing-cut'],
  text: {
    zh: '不要只依赖一个平台，了解银行经营贷、税贷、政府性融资担保等渠道。',
    en: 'Do not rely on one platform: look at bank business loans, tax-based loans and government guarantees.',
  },
  documents: [{ zh: '营业执照和纳税记录', en: 'Business licence and tax records' }],
  sources: [SOURCE['sme-financing-2024'], SOURCE['tax-credit-2023-07']],
});
