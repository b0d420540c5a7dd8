// Step 3: 征信业管理条例 Art. 25, 20 日 (calendar days).
import { defineDeadline } from '../define';
import { SOURCE } from '../sources';

export default defineDeadline({
  id: 'credit-objection',
  step: 3,
  startFact: 'creditObjection',
  replyFact: 'creditObjectionReply',
  days: 20,
  title: { zh: '征信异议', en: 'Credit-report objection' },
  text: {
    zh: '征信中心或报送机构应自收到异议之日起 20 日内核查并书面答复（按自然日计算）。',
    en: 'The CRC or reporting lender must check and reply in writing within 20 days of receiving the objection (calendar days).',
  },
  next: {
    zh: '没有答复或不认可：向当地人民银行分支机构投诉。',
    en: 'No reply, or you disagree: complain to the local PBOC branch.',
  },
  sources: [SOURCE['credit-reg-25']],
});
