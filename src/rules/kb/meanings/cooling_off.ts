// 请X个月后再试: a waiting period after a decline or closure (docs/sources.md#status-wording, docs/sources.md#user-complaints 🟡).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'cooling_off',
  meaning: {
    zh: '需要等一段时间再申请：用户反映，这是被拒绝或关闭后的等待期，期满前再申请通常不会通过。',
    en: 'A waiting period: users report this follows a decline or a closure, and that applying again before it ends usually fails.',
  },
  now: {
    zh: '等待期内先不要再申请；期满后可以再试。',
    en: 'Do not apply again during the waiting period; you can try again once it ends.',
  },
  summary: {
    zh: '等待期内先别再申请；期满后再试。',
    en: 'Do not apply again until the waiting period ends.',
  },
  common: ['credit-evaluation', 'report-error'],
  sources: [SOURCE['afqmc-atec']],
});
