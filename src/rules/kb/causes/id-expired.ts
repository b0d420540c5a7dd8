// Expired ID or outdated real-name data: docs/sources.md#causes, docs/sources.md#user-complaints 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'id-expired',
  title: { zh: '身份证过期', en: 'ID document expired' },
  explanation: {
    zh: '有用户反映，身份证过期或实名信息未更新会导致额度不可用。',
    en: 'Users report that an expired ID or outdated real-name data makes a line unusable.',
  },
  check: [{ zh: '在 App 的实名认证页面查看证件有效期', en: "Check the ID expiry date on the app's real-name page" }],
  sources: [SOURCE['afqmc-atec'], SOURCE['caijin51-30201'], SOURCE['mazhua1']],
});
