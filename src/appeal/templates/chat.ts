// Customer-service chat: short enough for one chat message (≤ 300 code points,
// README.md#appeal-text). Chat agents see the logged-in account, so the account line is the
// first thing dropped; engine clauses are not placed here (they are written
// for letters and would not fit). Sources: PIPL Art. 24(3), 46 (docs/sources.md#pipl, docs/sources.md#wording-rules).
import { defineTemplate } from '../define';
import { SOURCE } from '../../rules/kb/sources';

export const CHAT_MAX = 300;

// Drop order for fitting: account, thanks, greeting, correction, on-time fact.
const DROP = { account: 1, thanks: 2, greeting: 3, correction: 4, onTime: 5 } as const;

export default defineTemplate({
  id: 'chat',
  label: { zh: '在线客服（简短）', en: 'Customer-service chat (short)' },
  hint: {
    zh: '贷款机构应用内的在线客服，例如 支付宝 → 我的 → 客服中心（路径因版本而异）',
    en: "The lender's in-app customer-service chat, e.g. Alipay → Me → Customer Service Center (paths vary by version)",
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-46'], SOURCE['alipay-service-guides']],
  build(ctx) {
    const { t, data } = ctx;
    return [
      {
        id: 'body',
        label: { zh: '正文', en: 'Message' },
        maxLength: CHAT_MAX,
        blocks: [
          { text: t({ zh: '您好。', en: 'Hello.' }), drop: DROP.greeting },
          {
            text: t({ zh: '我的{{product}}于{{date}}显示“{{status}}”。', en: 'My {{product}} showed "{{status}}" on {{date}}.' }),
            sep: 'inline',
          },
          { text: t({ zh: '账户：{{account}}。', en: 'Account: {{account}}.' }), sep: 'inline', drop: DROP.account },
          ...(data.onTimeRepayment
            ? [{ text: t({ zh: '我一直按时还款。', en: 'I have always repaid on time.' }), sep: 'inline' as const, drop: DROP.onTime }]
            : []),
          {
            text: t({
              zh: '根据《个人信息保护法》第二十四条第三款，请告知具体原因，并安排人工复核，而不是仅由自动化决策决定。',
              en: 'Please tell me the specific reason and have a person review it, not only an automated decision (PIPL Art. 24(3)).',
            }),
            sep: 'inline',
          },
          {
            text: t({ zh: '如所依据的信息有误，请予以更正。', en: 'If any information used is wrong, please correct it.' }),
            sep: 'inline',
            drop: DROP.correction,
          },
          { text: t({ zh: '请告知处理时限，并书面答复我。', en: 'Please give me a timeframe and a written reply.' }), sep: 'inline' },
          { text: t({ zh: '谢谢。', en: 'Thank you.' }), sep: 'inline', drop: DROP.thanks },
        ],
      },
    ];
  },
});
