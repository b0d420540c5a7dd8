// status user_locked: a lock the user set, not a closure (docs/sources.md#status-wording 🟡).
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'user-lock',
  title: { zh: '你自己设置的锁定', en: 'A lock you set' },
  explanation: {
    zh: '“白条已锁定”通常是用户在账户安全设置里开启的锁，可以自行解除，不是被关闭。',
    en: 'A locked 白条 is usually a lock set in your security settings; you can undo it and it is not a closure.',
  },
  check: [{ zh: '在京东金融的账户安全设置里查看锁定开关', en: 'Check the lock switch in JD Finance security settings' }],
  sources: [SOURCE['baitiao-lock-pages']],
});
