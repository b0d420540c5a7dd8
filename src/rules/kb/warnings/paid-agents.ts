// NFRA risk warning 2024-05-14; CRC 2023-05-12 (docs/sources.md#regulators, docs/sources.md#user-complaints ✅).
import { defineWarning } from '../define';
import { SOURCE } from '../sources';

export default defineWarning({
  id: 'paid-agents',
  title: { zh: '付费“征信修复”“代理维权”', en: 'Paid "credit repair" and complaint agents' },
  text: {
    zh: '监管部门提示：这类机构收费高、收集身份证和银行卡，还教人编造理由；征信中心不提供“征信修复”。',
    en: 'Regulators warn these agents charge high fees, collect ID and bank cards and coach people to invent stories; the CRC offers no "credit repair".',
  },
  sources: [SOURCE['nfra-2024-05-14'], SOURCE['crc-2023-05-12']],
});
