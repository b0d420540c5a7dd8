// 黑猫投诉 (tousu.sina.com.cn): a commercial complaint platform run by Sina, NOT
// a regulator (docs/sources.md#regulators 🟡). Posts are public, so this template leaves out
// the user's name, account and ticket placeholders; the lender can ask for them
// privately. The title is capped at 30 code points (a short headline; the
// platform's own limit is not verified, so 30 is our conservative choice). No
// "曝光", no threats, no promised outcomes (docs/sources.md#wording-rules).
import { defineTemplate } from '../define';
import { LENDER_REQUESTS } from '../requests';
import { factBlocks, historyBlocks, requestBlocks } from '../sections';
import { SOURCE } from '../../rules/kb/sources';

export const HEIMAO_TITLE_MAX = 30;

export default defineTemplate({
  id: 'heimao',
  label: { zh: '黑猫投诉', en: 'Heimao (黑猫投诉) complaint' },
  hint: {
    zh: '黑猫投诉 tousu.sina.com.cn（新浪运营的商业平台，不是监管部门；内容公开）',
    en: 'Heimao at tousu.sina.com.cn (a commercial platform run by Sina, not a regulator; posts are public)',
  },
  sources: [SOURCE['tousu-sina'], SOURCE['pipl-24'], SOURCE['pipl-46']],
  build(ctx) {
    const { t } = ctx;
    const titles = [
      t({ zh: '{{product}}显示“{{status}}”，请求说明原因并人工复核', en: '{{product}}: please explain and review' }),
      t({ zh: '{{product}}：请求说明原因并人工复核', en: '{{product}}: please explain' }),
      t({ zh: '请求说明额度状态变化原因并人工复核', en: 'Please explain and review' }),
    ];
    return [
      {
        id: 'title',
        label: { zh: '投诉标题', en: 'Title' },
        maxLength: HEIMAO_TITLE_MAX,
        blocks: [{ text: ctx.firstFitting(titles, HEIMAO_TITLE_MAX) }],
      },
      {
        id: 'description',
        label: { zh: '投诉描述', en: 'Description' },
        blocks: [
          ...factBlocks(ctx, {
            text: t({
              zh: '{{date}}，我在{{lender}}提供的{{product}}页面看到状态显示为“{{status}}”。',
              en: 'On {{date}}, the page of {{product}}, provided by {{lender}}, showed the status "{{status}}".',
            }),
          }),
          ...historyBlocks(ctx, { text: t({ zh: '此前沟通情况：', en: 'Earlier contacts:' }) }, 'third-party', false),
        ],
      },
      {
        id: 'demand',
        label: { zh: '投诉要求', en: 'What I ask for' },
        blocks: [
          ...requestBlocks(ctx, LENDER_REQUESTS, true),
          { text: t({ zh: '请通过本平台或书面方式答复。', en: 'Please reply through this platform or in writing.' }) },
        ],
      },
    ];
  },
  notes() {
    return [
      {
        zh: '黑猫投诉是新浪运营的商业平台，不是监管部门，投诉内容公开可见。文本已省略姓名和账户信息，请不要填写身份证号等个人信息。',
        en: 'Heimao is a commercial platform run by Sina, not a regulator, and complaints are public. The text leaves out your name and account; do not add your ID number or other personal details.',
      },
    ];
  },
});
