// Customer-service chat: short enough for one chat message (≤ 300 code points,
// README.md#appeal-text). Chat agents see the logged-in account, so the account line is the
// first thing dropped; engine clauses are not placed here (they are written
// for letters and would not fit). Sources: PIPL Art. 24(3), 46 (docs/sources.md#pipl, docs/sources.md#wording-rules).
import { defineTemplate } from '../define';
import type { Block } from '../define';
import { SOURCE } from '../../rules/kb/sources';

export const CHAT_MAX = 300;

// Drop order for fitting: account, thanks, greeting, the day it changed, the
// user's answers, the correction request, the exhibit's quotation.
const DROP = { account: 1, thanks: 2, greeting: 3, lineChanged: 4, answers: 5, correction: 6, exhibit: 7 } as const;

export default defineTemplate({
  id: 'chat',
  label: { zh: '在线客服（简短）', en: 'Customer-service chat (short)' },
  hint: {
    zh: '贷款机构应用内的在线客服，例如 支付宝 → 我的 → 客服中心（路径因版本而异）',
    en: "The lender's in-app customer-service chat, e.g. Alipay → Me → Customer Service Center (paths vary by version)",
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-46'], SOURCE['alipay-service-guides']],
  build(ctx) {
    const inline = (text: string | undefined, drop?: number): Block[] =>
      text ? [{ text, sep: 'inline', ...(drop !== undefined ? { drop } : {}) }] : [];
    return [
      {
        id: 'body',
        label: { zh: '正文', en: 'Message' },
        maxLength: CHAT_MAX,
        blocks: [
          ...inline(ctx.frame('greeting'), DROP.greeting),
          ...inline(ctx.claim('status')),
          ...inline(ctx.claim('line-changed'), DROP.lineChanged),
          ...inline(ctx.claim('exhibit'), DROP.exhibit),
          ...inline(ctx.frame('account'), DROP.account),
          ...inline(ctx.claim('overdue-none'), DROP.answers),
          ...inline(ctx.claim('overdue-repaid-this-product'), DROP.answers),
          ...inline(ctx.claim('overdue-repaid-same-group'), DROP.answers),
          ...inline(ctx.claim('overdue-repaid-other'), DROP.answers),
          ...inline(ctx.claim('report-errors'), DROP.answers),
          ...inline(ctx.request('chat-explain')),
          ...inline(ctx.request('chat-correct'), DROP.correction),
          ...inline(ctx.request('chat-reply')),
          ...inline(ctx.frame('thanks'), DROP.thanks),
        ],
      },
    ];
  },
});
