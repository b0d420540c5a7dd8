// 征信业管理条例 Art. 26 para. 3; PIPL Art. 50 (a refused request may be taken to court).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'consider-court',
  group: 'escalate',
  text: {
    zh: '也可以就征信侵权或个人信息请求被拒向法院起诉。',
    en: 'You may also go to court over credit-report harm or a refused personal-data request.',
  },
  documents: [{ zh: '全部往来记录', en: 'All correspondence' }],
  sources: [SOURCE['credit-reg-26'], SOURCE['pipl-50']],
});
