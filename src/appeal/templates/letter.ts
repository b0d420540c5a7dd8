// Written appeal to the lender: the full text. Facts the case backs (claims.ts),
// prior contacts, then requests: an explanation (PIPL Art. 24(3)), human review,
// correction (PIPL Art. 46), and a written reply in 15 days — as the complaint
// Measures require of banks and insurers, or taking them as a reference for
// other lenders (docs/sources.md#complaint-time-limits; no article number).
// Requests, never accusations (docs/sources.md#pipl).
import { defineTemplate } from '../define';
import { factBlocks, historyBlocks, requestBlocks } from '../sections';
import { SOURCE } from '../../rules/kb/sources';

export default defineTemplate({
  id: 'letter',
  label: { zh: '致贷款机构的书面申诉', en: 'Written appeal to the lender' },
  hint: {
    zh: '贷款机构应用内的“投诉/意见反馈”入口，或其公布的投诉地址；电话号码请以应用客服页面显示的为准',
    en: "The lender's in-app complaint or feedback form, or its published complaint address; take phone numbers from the app's own customer-service page",
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-46'], SOURCE['cbirc-complaints-2020']],
  build(ctx) {
    const reply = ctx.request('reply-bank') ?? ctx.request('reply-refer') ?? '';
    return [
      {
        id: 'body',
        label: { zh: '正文', en: 'Letter' },
        blocks: [
          { text: ctx.frame('to-lender') },
          { text: ctx.claim('identity') ?? '' },
          ...factBlocks(ctx),
          ...historyBlocks(ctx, 'lender', false),
          { text: ctx.frame('requests-heading') },
          ...requestBlocks(ctx, ['explain', 'review', 'correct'], true),
          { text: reply },
          { text: ctx.frame('sign-off') },
          { text: ctx.frame('salute'), sep: 'line' },
          { text: ctx.frame('signature'), sep: 'line' },
          { text: ctx.frame('date-line'), sep: 'line' },
        ],
      },
    ];
  },
});
