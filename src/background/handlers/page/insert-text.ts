// The one text the user chose from the field button's menu, and nothing else
// of the case: only for a choice token that menu gave this very document
// (src/background/insert-choices.ts), for a case this page may still be
// offered, a few times a minute at most.
import { defineHandler } from '../../define-handler';
import { casesFor, formPage, variantsOf } from '../../insert-variants';
import { takeChoice } from '../../insert-choices';
import { documentOf } from '../../documents';
import { spend, type Rate } from '../../rate-limit';
import { Refusal } from '../../refusal';
import { db } from '../../database';

const INSERT_RATE: Rate = {
  purpose: 'insert-text',
  burst: 6,
  refillMs: 10_000,
  refused: {
    zh: '这个页面请求申诉文本太频繁，请稍后再试。',
    en: 'This page has asked for appeal texts too often. Try again in a moment.',
  },
};

const NOT_OFFERED = {
  zh: '这一项已失效（菜单只在打开它的页面里、几分钟内有效）。请重新打开菜单再选。',
  en: 'This entry has expired (a menu works only on the page it was opened in, for a few minutes). Open the menu again and choose.',
};

export default defineHandler('page/insert-text', async (request, ctx) => {
  const page = formPage(ctx.sender.url);
  const from = await documentOf(ctx);
  const choice = await takeChoice(request.id, from, new URL(ctx.sender.url!).origin);
  if (!from || !choice) throw new Refusal(NOT_OFFERED);
  spend(INSERT_RATE, from.tabId);
  const database = await db();
  // Still open, and still a case this page may be offered.
  const theCase = (await casesFor(database, page)).find((c) => c.id === choice.caseId);
  const [chosen] = theCase ? await variantsOf(database, theCase, page, request.maxLength, choice.variant) : [];
  if (!chosen) throw new Refusal(NOT_OFFERED);
  return { text: chosen.text };
});
