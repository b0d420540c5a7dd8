// Scam and paid-agent warnings for every case, a working line included (docs/sources.md#credit-report-scams ✅).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'protect-always',
  when: {
    any: [
      { fact: 'status.status', operator: 'notExists' },
      { fact: 'status.status', operator: 'exists' },
    ],
  },
  then: { checklist: ['no-paid-agents', 'official-sites-only'], warnings: ['fake-credit-sites', 'paid-agents', 'scam-calls'] },
  sources: [SOURCE['crc-2023-05-12'], SOURCE['nfra-2024-05-14']],
});
