// 账户存在风险 / 安全风险 (docs/sources.md#status-wording 🟡); verify only in official channels (docs/sources.md#credit-report-scams ✅).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'security_risk',
  meaning: {
    zh: '账户被安全风控限制：用户反映，通常与设备、登录或身份核验有关，一般在官方 App 或官方客服完成核验后可以解除。',
    en: 'An account security hold: users report it usually concerns the device, a login or identity checks, and is lifted after verification in the official app or with official customer service.',
  },
  now: {
    zh: '完成身份核验前暂时不能用；只在官方 App 或官方客服里核验，不要点来电或短信里的链接。',
    en: 'Until you verify your identity the line is unusable; verify only in the official app or with official customer service, never through a caller or a link in a message.',
  },
  summary: {
    zh: '完成官方核验前暂时不能用；只在官方 App 里核验，别信来电和链接。',
    en: 'Unusable until you verify in the official app; ignore callers and links.',
  },
  common: ['device-change', 'id-expired'],
  sources: [SOURCE['afqmc-atec'], SOURCE['rrlicai'], SOURCE['crc-2023-05-12']],
});
