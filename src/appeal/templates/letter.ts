// Written appeal to the lender: the full text. Facts the user can verify, prior
// contacts, then requests: reason (PIPL Art. 24(3)), human review, correction
// (PIPL Art. 46), written reply within 15 days (CBIRC Order 2020 No. 3; no
// article number, docs/sources.md#complaint-time-limits). Requests, never accusations (docs/sources.md#pipl).
import { defineTemplate } from '../define';
import { LENDER_REQUESTS } from '../requests';
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
    const { t } = ctx;
    return [
      {
        id: 'body',
        label: { zh: '正文', en: 'Letter' },
        blocks: [
          { text: t({ zh: '致{{lender}}：', en: 'To {{lender}}:' }) },
          {
            text: t({
              zh: '本人{{name}}，是贵司{{product}}的用户（账户：{{account}}）。',
              en: 'I, {{name}}, am a user of your {{product}} (account: {{account}}).',
            }),
          },
          ...factBlocks(ctx, {
            text: t({
              zh: '{{date}}，我在{{product}}页面看到状态显示为“{{status}}”。',
              en: 'On {{date}}, the {{product}} page showed the status "{{status}}".',
            }),
          }),
          ...historyBlocks(
            ctx,
            { text: t({ zh: '此前我已就此联系贵司：', en: 'I have already contacted you about this:' }) },
            'lender',
            false,
          ),
          { text: t({ zh: '为此，我提出以下请求：', en: 'I therefore make the following requests:' }) },
          ...requestBlocks(ctx, LENDER_REQUESTS, true),
          {
            text: t({
              zh: '请贵司自收到本函之日起15日内书面答复我；如情况复杂需要延长，请告知延长的理由和预计答复日期。',
              en: 'Please reply to me in writing within 15 days of receiving this letter. If the matter is complex and you need longer, please tell me why and when I can expect your reply.',
            }),
          },
          { text: t({ zh: '此致', en: 'Yours faithfully,' }) },
          { text: t({ zh: '敬礼！', en: '' }), sep: 'line' },
          { text: t({ zh: '{{name}}', en: '{{name}}' }), sep: 'line' },
          { text: t({ zh: '{{written}}', en: '{{written}}' }), sep: 'line' },
        ],
      },
    ];
  },
});
