// PIPL Art. 45: access and copy.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-access-copy',
  kind: 'request',
  text: {
    zh: '请提供与本次决定相关的我的个人信息副本。',
    en: 'Please give me a copy of my personal information used for this decision.',
  },
  sources: [SOURCE['pipl-45']],
});
