// A user-set lock (白条已锁定) is reversible in security settings (docs/sources.md#status-wording 🟡).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'unlock-own-lock',
  group: 'fix',
  text: {
    zh: '如果是自己开启的锁定，在 App 的账户安全设置里解除。',
    en: "If you set the lock yourself, turn it off in the app's security settings.",
  },
  documents: [],
  sources: [SOURCE['baitiao-lock-pages']],
});
