// 白条已锁定: usually a lock the user set, which they can undo (docs/sources.md#status-wording 🟡).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'user_locked',
  meaning: {
    zh: '白条已锁定：第三方资料称，这通常是本人在“设置 → 账户安全”里打开的锁，可以自行解除；这和机构注销或风控冻结不同。',
    en: 'Baitiao is locked: third-party sources say this is usually a lock you turned on in Settings → Account security and can turn off yourself; it is not a closure or a risk freeze.',
  },
  now: {
    zh: '锁定期间不能用白条付款；如果是你自己设置的，解除锁定后通常就能用。',
    en: 'While locked you cannot pay with Baitiao; if you set the lock, turning it off usually brings it back.',
  },
  summary: {
    zh: '通常是你自己设置的锁，在账户安全设置里可以解除。',
    en: 'Usually a lock you set yourself; turn it off in the security settings.',
  },
  common: ['user-lock'],
  sources: [SOURCE['baitiao-lock-pages']],
});
