// Seed strategy 1; PIPL Art. 24(3). Phone numbers: read them from the app (docs/sources.md#lender-channels; 95188 is 🟡).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'ask-reason',
  group: 'contact',
  seed: ['strategy:appeal'],
  text: {
    zh: '通过 App 内官方客服询问原因，并要求人工复核；电话请以 App 客服页显示为准（第三方资料称支付宝为 95188）。',
    en: "Ask the in-app official service for the reason and a human review; take the phone number from the app's own help page (third-party guides give 95188 for Alipay).",
  },
  documents: [
    { zh: '状态截图', en: 'Status screenshots' },
    { zh: '还款记录', en: 'Repayment records' },
  ],
  sources: [SOURCE['pipl-24'], SOURCE['alipay-service-guides']],
});
