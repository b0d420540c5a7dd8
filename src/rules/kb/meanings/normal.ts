// An active line. Callers who say otherwise are a known scam (docs/sources.md#credit-report-scams ✅).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'normal',
  meaning: {
    zh: '额度显示可以正常使用。',
    en: 'The line shows as active.',
  },
  now: {
    zh: '可以正常使用。自称客服、说要“注销”账户或要求共享屏幕的来电是诈骗。',
    en: 'You can use it as usual. Callers who say you must "cancel" an account, or ask you to share your screen, are scammers.',
  },
  summary: {
    zh: '额度正常；自称客服要你“注销”或共享屏幕的来电是诈骗。',
    en: 'The line is active; callers asking you to "cancel" it or share your screen are scammers.',
  },
  common: [],
  sources: [SOURCE['crc-2023-05-12']],
});
