// 额度调降: cut after a periodic re-evaluation (docs/sources.md#status-wording 🟡); an explanation may be asked for if it was automated (docs/sources.md#pipl-24).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'reduced',
  meaning: {
    zh: '额度被调低：用户反映，这通常是机构定期重新评估后的结果。如果这个决定是自动化作出的，你可以要求机构予以说明。',
    en: 'The line was cut: users report this usually follows a periodic re-evaluation. If the decision was automated, you may ask the lender to explain it.',
  },
  now: {
    zh: '在新额度以内通常仍可以使用；已经借的款项照常按计划还。',
    en: 'You can usually still use the line up to the new limit; loans already drawn are repaid on schedule as before.',
  },
  summary: {
    zh: '额度变少了，新额度内通常仍可使用；已借的照常还。',
    en: 'The limit is lower; you can usually still use it up to the new limit, and keep repaying on schedule.',
  },
  common: ['credit-evaluation', 'inactivity', 'report-error'],
  sources: [SOURCE['afqmc-atec'], SOURCE['alipay-cs-tianqing123'], SOURCE['pipl-24']],
});
