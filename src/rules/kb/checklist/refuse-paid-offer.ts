// A paid "credit repair" or complaint agent approached the user: NFRA warning 2024-05-14, CRC 2023-05-12 (docs/sources.md#paid-agents ✅).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'refuse-paid-offer',
  group: 'protect',
  text: {
    zh: '有人收费要帮你“修复征信”、代理投诉或恢复额度：不要付钱，不要给身份证、银行卡、验证码，也不要共享屏幕。异议和投诉都可以自己免费办。',
    en: 'Someone offered, for a fee, to repair your credit, complain for you or restore your line: do not pay, do not hand over your ID, bank card or codes, and do not share your screen. Objections and complaints are free to file yourself.',
  },
  documents: [],
  sources: [SOURCE['nfra-2024-05-14'], SOURCE['crc-2023-05-12']],
});
