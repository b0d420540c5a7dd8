// A request under the Personal Information Protection Law (docs/sources.md#pipl ✅):
// Art. 24(3) explanation of an automated decision and refusal of a solely
// automated one; Art. 48 explanation of processing rules; Art. 45 access and a
// copy; Art. 46 correction; Art. 50 reasons if a request is refused.
// docs/sources.md#pipl note: that closing a line is a decision with "significant
// impact" is an argument, not settled law, so Art. 24(3) is asked for
// conditionally ("if the decision was made by automated means") and nothing
// says the lender broke the law. PIPL sets no day count (Art. 45, 46 say
// "promptly"), so none is invented: the text asks for a prompt written reply.
import { defineTemplate } from '../define';
import { factBlocks } from '../sections';
import { SOURCE } from '../../rules/kb/sources';

export default defineTemplate({
  id: 'pipl-explanation',
  label: { zh: '个人信息权利请求（自动化决策说明）', en: 'Personal-information request (explanation of an automated decision)' },
  hint: {
    zh: '贷款机构隐私政策中写明的个人信息保护联系方式，或应用内的“投诉/意见反馈”入口',
    en: "The personal-information contact named in the lender's privacy policy, or its in-app complaint or feedback form",
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-45'], SOURCE['pipl-46'], SOURCE['pipl-48'], SOURCE['pipl-50'], SOURCE['pipl-73']],
  build(ctx) {
    const { t } = ctx;
    const item = (zh: string, en: string) => ({ text: t({ zh, en }), sep: 'line' as const, numbered: true });
    return [
      {
        id: 'body',
        label: { zh: '正文', en: 'Request' },
        blocks: [
          { text: t({ zh: '致{{lender}}：', en: 'To {{lender}}:' }) },
          {
            text: t({
              zh: '本人{{name}}，是贵司{{product}}的用户（账户：{{account}}）。',
              en: 'I, {{name}}, am a user of your {{product}} (account: {{account}}).',
            }),
          },
          ...factBlocks(ctx, {
            text: t({ zh: '{{date}}，{{product}}页面显示“{{status}}”。', en: 'On {{date}}, the {{product}} page showed "{{status}}".' }),
          }),
          {
            text: t({
              zh: '依据《个人信息保护法》，我提出以下请求：',
              en: 'Under the Personal Information Protection Law (PIPL), I make the following requests:',
            }),
          },
          item(
            '根据第二十四条第三款：如该决定是通过自动化决策方式作出的，请就该决定向我予以说明，并安排工作人员人工复核，而不是仅通过自动化决策方式作出决定。',
            'Article 24(3): if the decision was made by automated means, please explain it to me and have it reviewed by a member of staff, rather than made solely by automated means.',
          ),
          item(
            '根据第四十八条：请就贵司处理我的个人信息的规则中与该决定相关的部分作出解释说明。',
            'Article 48: please explain the parts of your rules for processing my personal information that relate to this decision.',
          ),
          item(
            '根据第四十五条：请告知贵司为作出该决定而处理的我的个人信息，并提供查阅、复制的途径或副本。',
            'Article 45: please tell me what personal information of mine you processed for this decision, and give me a way to access it and a copy.',
          ),
          item(
            '根据第四十六条：如上述信息不准确或不完整，请予以更正、补充。',
            'Article 46: if any of that information is inaccurate or incomplete, please correct or complete it.',
          ),
          item(
            '根据第五十条：如贵司拒绝上述任何请求，请说明理由。',
            'Article 50: if you refuse any of these requests, please give me the reasons.',
          ),
          { text: t({ zh: '请及时以书面方式答复我。', en: 'Please reply to me promptly in writing.' }) },
          { text: t({ zh: '{{name}}', en: '{{name}}' }) },
          { text: t({ zh: '{{written}}', en: '{{written}}' }), sep: 'line' },
        ],
      },
    ];
  },
});
