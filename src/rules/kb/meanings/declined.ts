// 经综合评估暂未通过 / 综合评分不足 (docs/sources.md#status-wording 🟡; ⚠️ for 综合评分不足); an explanation is a request (docs/sources.md#pipl-24).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'declined',
  meaning: {
    zh: '综合评估未通过：机构这次的评估没有通过。用户反映，页面一般不给具体原因；如果是自动化决策作出的，你可以要求机构予以说明。',
    en: "Declined after assessment: the lender's assessment said no this time. Users report that the page usually gives no specific reason; if the decision was automated, you may ask the lender to explain it.",
  },
  now: {
    zh: '这次没有获得额度或借款；过一段时间、情况有变化后可以再申请。',
    en: 'You did not get the line or the loan this time; you can apply again after a while, once something has changed.',
  },
  summary: {
    zh: '这次没通过，页面不写原因；过段时间再申请，别短期内到处申请。',
    en: 'Declined, with no reason given; apply again later, and not with many lenders at once.',
  },
  common: ['credit-evaluation', 'id-expired', 'report-error'],
  sources: [SOURCE['afqmc-atec'], SOURCE['pipl-24'], SOURCE['multi-lending-pages']],
});
