// 黑猫投诉 (tousu.sina.com.cn): a commercial complaint platform run by Sina, NOT
// a regulator (docs/sources.md#regulators 🟡). Posts are public, so this
// template leaves out the user's name, account, ticket placeholders, the
// exhibit's quotation (it may hold amounts; docs/trust-model.md#page-texts-bound)
// and the user's answers about their credit history; the lender can ask for
// them privately. The title is capped at 30 code points (a short headline; the
// platform's own limit is not verified, so 30 is our conservative choice). No
// "曝光", no threats, no promised outcomes (docs/sources.md#wording-rules).
import { defineTemplate } from '../define';
import { factBlocks, historyBlocks, requestBlocks } from '../sections';
import { findPlaceholders } from '../placeholders';
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
    // A headline holds no placeholder: without the product, the plain request.
    const titles = [ctx.claim('title-status'), ctx.request('title-product')].filter(
      (t): t is string => !!t && findPlaceholders(t, ctx.lang).length === 0,
    );
    const description = [...factBlocks(ctx, { exhibit: false, answers: false }), ...historyBlocks(ctx, 'third-party', false)];
    return [
      {
        id: 'title',
        label: { zh: '投诉标题', en: 'Title' },
        maxLength: HEIMAO_TITLE_MAX,
        blocks: [{ text: ctx.firstFitting([...titles, ctx.request('title')], HEIMAO_TITLE_MAX) }],
      },
      {
        id: 'description',
        label: { zh: '投诉描述', en: 'Description' },
        blocks: description.length > 0 ? description : [{ text: ctx.frame('facts-gap') }],
      },
      {
        id: 'demand',
        label: { zh: '投诉要求', en: 'What I ask for' },
        blocks: [...requestBlocks(ctx, ['explain', 'review', 'correct'], true), { text: ctx.request('heimao-reply') ?? '' }],
      },
    ];
  },
  notes() {
    return [
      {
        zh: '黑猫投诉是新浪运营的商业平台，不是监管部门，投诉内容公开可见。文本已省略姓名、账户信息、页面原文和你的还款情况，请不要填写身份证号等个人信息。',
        en: 'Heimao is a commercial platform run by Sina, not a regulator, and complaints are public. The text leaves out your name, account, the page quotation and your repayment history; do not add your ID number or other personal details.',
      },
    ];
  },
});
