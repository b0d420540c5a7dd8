// A request under the Personal Information Protection Law (docs/sources.md#pipl ✅):
// Art. 24(3) explanation of an automated decision and refusal of a solely
// automated one; Art. 48 explanation of processing rules; Art. 45 access and a
// copy; Art. 46 correction; Art. 50 reasons if a request is refused.
// docs/sources.md#pipl note: that closing a line is a decision with "significant
// impact" is an argument, not settled law, so Art. 24(3) is asked for
// conditionally ("if the decision was made by automated means") and nothing
// says the lender broke the law. PIPL sets no day count (Art. 45, 46 say
// "promptly"), so none is invented: the text asks for a prompt written reply.
// The user's credit history is not this request's subject, so their answers
// are not stated here.
import { defineTemplate } from '../define';
import type { Block } from '../define';
import type { RequestId } from '../requests';
import { factBlocks } from '../sections';
import { SOURCE } from '../../rules/kb/sources';

const ITEMS: readonly RequestId[] = ['pipl-24', 'pipl-48', 'pipl-45', 'pipl-46', 'pipl-50'];

export default defineTemplate({
  id: 'pipl-explanation',
  label: { zh: '个人信息权利请求（自动化决策说明）', en: 'Personal-information request (explanation of an automated decision)' },
  hint: {
    zh: '贷款机构隐私政策中写明的个人信息保护联系方式，或应用内的“投诉/意见反馈”入口',
    en: "The personal-information contact named in the lender's privacy policy, or its in-app complaint or feedback form",
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-45'], SOURCE['pipl-46'], SOURCE['pipl-48'], SOURCE['pipl-50'], SOURCE['pipl-73']],
  build(ctx) {
    const items = ITEMS.map((id): Block => ({ text: ctx.request(id) ?? '', sep: 'line', numbered: true }));
    return [
      {
        id: 'body',
        label: { zh: '正文', en: 'Request' },
        blocks: [
          { text: ctx.frame('to-lender') },
          { text: ctx.claim('identity') ?? '' },
          ...factBlocks(ctx, { answers: false }),
          { text: ctx.frame('pipl-intro') },
          ...items,
          { text: ctx.request('pipl-reply') ?? '' },
          { text: ctx.frame('signature') },
          { text: ctx.frame('date-line'), sep: 'line' },
        ],
      },
    ];
  },
});
