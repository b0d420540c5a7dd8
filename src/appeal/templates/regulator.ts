// Complaint narrative for the NFRA: 12378 or the 金融消费者保护服务平台 mini
// program (docs/sources.md#regulators ✅). Facts the case backs, prior contacts
// in date order with ticket numbers, then the request. Judgement calls
// (README.md#appeal-text):
// - With no recorded contact, the history section is left out entirely: we do
//   not write "I contacted the lender on 【日期】", which would put an
//   unrecorded event in the user's mouth. A UI note suggests contacting the
//   lender first (docs/sources.md#escalation-order).
// - A recorded contact without a ticket number shows 【工单号】, because the
//   regulator forwards the complaint and the number lets the lender find it.
// - The reply is asked for under the complaint Measures for a bank or an
//   insurer, and with those limits as a reference for any other lender
//   (docs/sources.md#complaint-time-limits).
import { defineTemplate } from '../define';
import type { Block } from '../define';
import { factBlocks, historyBlocks, requestBlocks } from '../sections';
import { SOURCE } from '../../rules/kb/sources';

export default defineTemplate({
  id: 'regulator',
  label: { zh: '向金融监管部门投诉（12378）', en: 'Complaint to the financial regulator (12378)' },
  hint: {
    zh: '12378 热线或微信小程序『金融消费者保护服务平台』（实名注册后“我要投诉”）',
    en: 'The 12378 hotline or the WeChat mini program "金融消费者保护服务平台" (register with your real name, then "我要投诉")',
  },
  sources: [
    SOURCE['regulators-2023-06-02'],
    SOURCE['regulators-2024-1'],
    SOURCE['xinhua-2024-05-11'],
    SOURCE['pipl-24'],
    SOURCE['pipl-46'],
    SOURCE['cbirc-complaints-2020'],
  ],
  build(ctx) {
    const facts = [...factBlocks(ctx, { sep: 'line' }), ...historyBlocks(ctx, 'third-party', true)];
    // Headings are not numbered, so dropping the history to fit a form leaves no gap.
    const blocks: Block[] = [
      { text: ctx.frame('complaint-about') },
      { text: ctx.frame('complaint-product'), sep: 'line' },
      { text: ctx.frame('complainant'), sep: 'line' },
      { text: ctx.frame('complaint-account'), sep: 'line' },
      { text: ctx.frame('facts-heading') },
      ...(facts.length > 0 ? facts : [{ text: ctx.frame('facts-gap'), sep: 'line' as const }]),
      { text: ctx.frame('asks-heading') },
      { text: ctx.request('regulator-intro') ?? '', sep: 'line' },
      ...requestBlocks(
        ctx,
        ['regulator-explain', 'regulator-review', 'regulator-correct', 'regulator-reply-bank', 'regulator-reply-refer'],
        false,
      ),
      { text: ctx.frame('truthful') },
    ];
    return [{ id: 'body', label: { zh: '投诉内容', en: 'Complaint' }, blocks }];
  },
  notes(ctx) {
    const contacted = ctx.data.contacts.length > 0 || ctx.claim('complained-third') || ctx.claim('asked-third');
    if (contacted) return [];
    // docs/sources.md#complaint-time-limits: the clock binds banks and insurers; others are referred to it.
    return ctx.data.lenderKind === 'bank-insurer'
      ? [
          {
            zh: '案件中没有与该机构联系的记录。通常先向机构本身投诉：《银行业保险业消费投诉处理管理办法》要求银行、保险机构在15日内作出处理决定（可依规延长），之后再向12378或金融消费者保护服务平台投诉。',
            en: 'The case records no contact with the lender. The usual order is to complain to the lender first (the complaint Measures give banks and insurers 15 days to decide, extendable), then to 12378 or the 金融消费者保护服务平台.',
          },
        ]
      : [
          {
            zh: '案件中没有与该机构联系的记录。通常先向机构本身投诉（可请其参照银行、保险机构15日内处理投诉的规定答复），再向12378或金融消费者保护服务平台投诉。',
            en: 'The case records no contact with the lender. The usual order is to complain to the lender first (you can ask it to reply within the 15 days set for banks and insurers, as a reference), then to 12378 or the 金融消费者保护服务平台.',
          },
        ];
  },
});
