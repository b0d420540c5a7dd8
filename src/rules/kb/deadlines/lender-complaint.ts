// Step 1: CBIRC Order 2020 No. 3: 15 days, 30 if complex, +30 if especially complex; binding on banks and insurers,
// a reference (参照) for others (docs/sources.md#complaint-time-limits).
import { defineDeadline } from '../define';
import { SOURCE } from '../sources';

export default defineDeadline({
  id: 'lender-complaint',
  step: 1,
  startFact: 'lenderComplaint',
  replyFact: 'lenderReply',
  days: 15,
  extendedDays: 30,
  maxDays: 60,
  title: { zh: '向贷款机构投诉', en: 'Complaint to the lender' },
  text: {
    zh: '按规定，银行、保险机构应在收到投诉 15 日内作出处理决定；复杂的可延至 30 日，特别复杂的最多约 60 日，延长须告知你。其他机构可以请它参照这一时限（按自然日计算）。',
    en: 'The rules give banks and insurers 15 days from receipt to decide; complex cases up to 30 and at most about 60 days, and they must tell you of any extension. Ask other lenders to follow the same limits (calendar days).',
  },
  next: {
    zh: '超时未处理，或你不认可答复：拨打 12378 或用“金融消费者保护服务平台”投诉。',
    en: 'No decision in time, or you disagree with it: complain via 12378 or the 金融消费者保护服务平台.',
  },
  sources: [SOURCE['cbirc-complaints-2020']],
});
