// Step 2: NFRA 12378 or the 金融消费者保护服务平台 (docs/sources.md#regulators ✅). No time limit found.
import { defineDeadline } from '../define';
import { SOURCE } from '../sources';

export default defineDeadline({
  id: 'regulator-complaint',
  step: 2,
  startFact: 'regulatorComplaint',
  replyFact: 'regulatorReply',
  title: { zh: '向金融监管投诉', en: 'Complaint to the regulator' },
  text: {
    zh: '拨打 12378 或用“金融消费者保护服务平台”小程序投诉或申请调解，免费。',
    en: 'Call 12378 or use the 金融消费者保护服务平台 mini program to complain or ask for mediation; it is free.',
  },
  next: { zh: '仍未解决：可以考虑诉讼。', en: 'Still unresolved: consider court.' },
  sources: [SOURCE['regulators-2023-06-02'], SOURCE['regulators-2024-1'], SOURCE['xinhua-2024-05-11']],
});
