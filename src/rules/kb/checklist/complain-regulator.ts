// Escalation step 2: NFRA 12378 or the 金融消费者保护服务平台 (docs/sources.md#regulators ✅).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'complain-regulator',
  group: 'escalate',
  text: {
    zh: '机构超过时限没有处理，或你不认可它的答复：拨打 12378 或用“金融消费者保护服务平台”小程序投诉。',
    en: 'The lender missed its time limit, or you disagree with its reply: complain via 12378 or the 金融消费者保护服务平台 mini program.',
  },
  documents: [{ zh: '投诉记录和截图', en: 'Complaint record and screenshots' }],
  sources: [SOURCE['regulators-2023-06-02'], SOURCE['regulators-2024-1'], SOURCE['xinhua-2024-05-11']],
});
