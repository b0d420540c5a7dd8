// Seed strategy 2, for everyone and as general advice, never a suspicion: repay on time, avoid many applications,
// keep real-name data current (docs/sources.md#causes; credit regulation Art. 16: late records stay five years).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'improve-credit-behaviour',
  group: 'fix',
  text: {
    zh: '保持信用健康（这是一般建议，不是说你做错了什么）：所有借款和信用卡都按时还；短时间内不要向多家机构申请；身份证、手机号等实名信息保持最新。',
    en: 'Keep your credit healthy (general advice, not a suggestion that you did anything wrong): repay every loan and card on time, avoid many applications in a short time, and keep your ID and phone details up to date.',
  },
  documents: [],
  sources: [SOURCE['credit-reg-16'], SOURCE['multi-lending-pages'], SOURCE['caijin51-30201']],
});
