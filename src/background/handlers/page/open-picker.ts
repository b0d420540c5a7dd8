// The page button's one request: open the picker window for the focused field
// (src/background/picker.ts). It carries no choice and gets no list and no
// text back; a page that asks over and over gets a few windows a minute at most.
import { defineHandler } from '../../define-handler';
import { formPage } from '../../insert-variants';
import { documentOf } from '../../documents';
import { openPicker } from '../../picker';
import { spend, type Rate } from '../../rate-limit';

const OPEN_RATE: Rate = {
  purpose: 'open-picker',
  burst: 6,
  refillMs: 10_000,
  refused: {
    zh: '这个页面打开选择窗口太频繁，请稍后再试。',
    en: 'This page has opened the picker too often. Try again in a moment.',
  },
};

export default defineHandler('page/open-picker', async (request, ctx) => {
  formPage(ctx.sender.url);
  const from = await documentOf(ctx);
  if (!from || !ctx.sender.url) throw new Error('not a content script in a tab');
  spend(OPEN_RATE, from.tabId);
  await openPicker(from, ctx.sender.url, request.maxLength);
  return { done: true as const };
});
