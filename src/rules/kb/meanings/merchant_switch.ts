// 网商贷 instead of 借呗 (docs/sources.md#status-wording, docs/sources.md#causes 🟡).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'merchant_switch',
  meaning: {
    zh: '借呗换成了网商贷：用户反映，被识别为商户或经营者后，看到的会是网商贷（经营性贷款），而不是借呗。',
    en: 'Jiebei gave way to MYbank (网商贷): users report that once you are seen as a merchant or business owner you are offered 网商贷, a business loan, instead of Jiebei.',
  },
  now: {
    zh: '网商贷额度可用于经营周转；这不等于被关闭。',
    en: 'The 网商贷 line can be used for your business; this is not a closure.',
  },
  summary: {
    zh: '看到的是网商贷（经营贷），可用于经营周转，不等于被关闭。',
    en: 'You are offered 网商贷, a business loan; it is not a closure.',
  },
  common: ['merchant-switch'],
  sources: [SOURCE['afqmc-atec'], SOURCE['caijin51-30201']],
});
