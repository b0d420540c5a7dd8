// NFRA warning 2024-05-14; CRC 2023-05-12: no paid "credit repair" (docs/sources.md#regulators, docs/sources.md#credit-report).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'no-paid-agents',
  group: 'protect',
  text: {
    zh: '不要付费找“征信修复”“代理维权”；申诉、投诉和异议都是免费的。',
    en: 'Do not pay "credit repair" or complaint agents; appeals, complaints and objections are free.',
  },
  documents: [],
  sources: [SOURCE['nfra-2024-05-14'], SOURCE['crc-2023-05-12']],
});
