// Complaint narrative for the NFRA: 12378 or the 金融消费者保护服务平台 mini
// program (docs/sources.md#regulators ✅). Facts, prior contacts in date order with ticket
// numbers, then the request. Judgement calls (README.md#appeal-text brief):
// - With no recorded contact, the history section is left out entirely: we do
//   not write "I contacted the lender on 【日期】", which would put an
//   unrecorded event in the user's mouth. A UI note suggests contacting the
//   lender first (docs/sources.md#escalation-order).
// - A recorded contact without a ticket number shows 【工单号】, because the
//   regulator forwards the complaint and the number lets the lender find it.
// - "No written reply yet" only when contacts exist and no reply is recorded.
import { defineTemplate } from '../define';
import type { Block } from '../define';
import { REGULATOR_REQUESTS } from '../requests';
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
    const { t } = ctx;
    // Headings are not numbered, so dropping the history to fit a form leaves no gap.
    const blocks: Block[] = [
      { text: t({ zh: '投诉对象：{{lender}}', en: 'Complaint about: {{lender}}' }) },
      { text: t({ zh: '涉及产品：{{product}}', en: 'Product: {{product}}' }), sep: 'line' },
      { text: t({ zh: '投诉人：{{name}}', en: 'Complainant: {{name}}' }), sep: 'line' },
      { text: t({ zh: '账户：{{account}}', en: 'Account: {{account}}' }), sep: 'line' },
      { text: t({ zh: '事实经过：', en: 'What happened:' }) },
      ...factBlocks(ctx, {
        text: t({
          zh: '{{date}}，我在{{product}}页面看到状态显示为“{{status}}”。',
          en: 'On {{date}}, the {{product}} page showed the status "{{status}}".',
        }),
        sep: 'line',
      }),
      ...historyBlocks(ctx, { text: t({ zh: '与该机构沟通情况：', en: 'Contacts with the lender:' }) }, 'third-party', true),
      { text: t({ zh: '诉求：', en: 'What I ask for:' }) },
      {
        text: t({
          zh: '请求转办并督促该机构处理以下事项：',
          en: 'I ask that this complaint be passed on to the lender and followed up, requesting:',
        }),
        sep: 'line',
      },
      ...requestBlocks(ctx, REGULATOR_REQUESTS, false),
      { text: t({ zh: '以上内容均据实填写。', en: 'The above is stated truthfully.' }) },
    ];
    return [{ id: 'body', label: { zh: '投诉内容', en: 'Complaint' }, blocks }];
  },
  notes(ctx) {
    if (ctx.data.contacts.length > 0) return [];
    return [
      {
        zh: '案件中没有与该机构联系的记录。依据资料，通常先向机构本身投诉（其处理时限为15日，可依规延长），再向12378或金融消费者保护服务平台投诉。',
        en: 'The case records no contact with the lender. The sources support complaining to the lender first (15 days to decide, extendable), then to 12378 or the 金融消费者保护服务平台.',
      },
    ];
  },
});
