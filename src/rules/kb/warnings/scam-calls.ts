// CRC 2023-05-12 and PBOC/NFRA warnings (docs/sources.md#credit-report ✅).
import { defineWarning } from '../define';
import { SOURCE } from '../sources';

export default defineWarning({
  id: 'scam-calls',
  title: { zh: '要求“注销白条”或共享屏幕的来电', en: 'Calls to "cancel 白条" or share your screen' },
  text: {
    zh: '称不注销白条会影响征信、要求共享屏幕或转账的来电都是诈骗，请挂断并在官方 App 核实。',
    en: 'Callers who say you must cancel 白条 to save your credit, or ask you to share your screen or transfer money, are scammers: hang up and check in the official app.',
  },
  sources: [SOURCE['crc-2023-05-12']],
});
