// Step 5: 征信业管理条例 Art. 26 para. 3; PIPL Art. 50.
import { defineDeadline } from '../define';
import { SOURCE } from '../sources';

export default defineDeadline({
  id: 'court',
  step: 5,
  title: { zh: '法院诉讼', en: 'Court' },
  text: {
    zh: '可以就征信侵权直接起诉；个人信息请求被拒也可以起诉。',
    en: 'You may sue directly over credit-report harm, or when a personal-data request is refused.',
  },
  next: { zh: '咨询律师或当地法律援助机构。', en: 'Consult a lawyer or local legal aid.' },
  sources: [SOURCE['credit-reg-26'], SOURCE['pipl-50']],
});
