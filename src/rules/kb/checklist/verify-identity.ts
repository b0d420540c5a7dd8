// Expired ID or security hold: verify identity in the app (docs/sources.md#causes, docs/sources.md#status-wording).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'verify-identity',
  group: 'contact',
  text: {
    zh: '在 App 内更新身份证信息或完成身份验证。',
    en: 'Update your ID or complete identity verification in the app.',
  },
  documents: [{ zh: '有效身份证', en: 'A valid ID card' }],
  sources: [SOURCE['afqmc-atec'], SOURCE['caijin51-30201'], SOURCE['rrlicai']],
});
