// Seed strategy 1, for everyone: ask through official channels, with evidence. PIPL Art. 24(3) gives a right to an
// explanation (说明) of an automated decision, asked for as a request (docs/sources.md#pipl-24); numbers come from the
// lender's own app (docs/sources.md#lender-channels).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'ask-reason',
  group: 'contact',
  text: {
    zh: '通过官方渠道、带着证据问清楚：在 App 或官网的官方客服询问原因；如果是自动化决策作出的，可以要求说明并请人工复核。保存截图和往来记录，电话号码以官方页面显示的为准。',
    en: "Ask through official channels, with your evidence: ask the official service in the app or on the website for the reason; if the decision was automated, ask for an explanation and a human review. Keep screenshots and a record of every contact, and take any phone number from the lender's own page.",
  },
  documents: [
    { zh: '状态截图', en: 'Status screenshots' },
    { zh: '还款记录', en: 'Repayment records' },
  ],
  sources: [SOURCE['pipl-24'], SOURCE['nfra-2024-05-14']],
});
