// README.md#appeal-text: the page-side Reopen button on a listed complaint page, end to end.
// Focus a field → our button appears beside it (closed shadow root,
// <reopen-field>) → its menu lists the variants by label and length only →
// choosing one inserts that text, which the page's React state then holds.
// Clicks are real mouse clicks at the button's position, located through the
// DevTools protocol (a closed root is out of reach of Playwright's locators).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sendFromExtensionPage, useSession } from './harness';
import { PAGES, serveForms } from '../fixtures/forms/serve';
import { clickInClosedRoot, closedRootItems, waitForClosedRootItem } from '../fixtures/forms/closed-root';

const TAG = 'reopen-field';

type FormState = { title: string; body: string; short: string };
type AppealReply = { ok: true; data: { appeal: { fields: { id: string; text: string }[] } } };

const suite = useSession(
  {},
  async (session) => {
    await serveForms(session);
    await suite.session.route('https://my.alipay.com/**', '<!doctype html><meta charset="utf-8"><main><textarea id="t"></textarea></main>');
  },
  async (page) => expect(await page.locator(TAG).count(), 'field-button hosts').toBeLessThanOrEqual(1),
);
const open = (url: string, ready: string): Promise<Page> => suite.open(url, ready);

/** Focus until the button shows (the content script starts at document_idle, maybe after the first focus). */
async function focusForButton(page: Page, selector: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.focus(selector);
        return page.locator(TAG).count();
      },
      { timeout: 10_000 },
    )
    .toBe(1);
}

const formState = (page: Page): Promise<FormState> => page.evaluate(() => (window as unknown as { __formState: FormState }).__formState);

describe('field button', () => {
  test('without a case it offers to start one, and opens the workspace', async () => {
    const page = await open(PAGES.react, '#body');
    await focusForButton(page, '#body');
    await clickInClosedRoot(page, TAG, /申诉文本/);
    const items = await waitForClosedRootItem(page, TAG, /新建案卷/);
    expect(items.map((i) => i.text)).toContain('还没有案卷。先建一个案卷，这里就会列出可用的申诉文本。');
    // The field kept the focus (our button does not steal the caret).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
    const opened = suite.session.ctx.waitForEvent('page');
    await clickInClosedRoot(page, TAG, /新建案卷/);
    const workspace = await opened;
    suite.pages.push(workspace);
    await workspace.waitForLoadState();
    expect(workspace.url()).toBe(`${suite.session.origin}src/options/index.html#new?status=unknown`);
  });

  test('focus → button → choose a variant → the text is in React state; the menu shows no text', async () => {
    const ext = await suite.session.openExtensionPage('src/popup/index.html');
    suite.pages.push(ext);
    const started = (await sendFromExtensionPage(ext, { type: 'ext/case-start', payload: { product: 'jiebei', status: 'closed' } })) as {
      ok: true;
      data: { case: { id: string } };
    };
    expect(started.ok).toBe(true);
    const expected = (await sendFromExtensionPage(ext, {
      type: 'ext/appeal',
      payload: { caseId: started.data.case.id, channel: 'heimao', lang: 'zh' },
    })) as AppealReply;
    const description = expected.data.appeal.fields.find((f) => f.id === 'description')!.text;
    const title = expected.data.appeal.fields.find((f) => f.id === 'title')!.text;
    expect(description.length).toBeGreaterThan(20);

    const page = await open(PAGES.react, '#body');
    await focusForButton(page, '#body');
    await clickInClosedRoot(page, TAG, /申诉文本/);
    const items = await waitForClosedRootItem(page, TAG, /投诉描述/);
    const labels = items.filter((i) => i.tag === 'button').map((i) => i.text);
    expect(labels).toEqual([
      '申诉文本 ▾',
      `黑猫投诉 · 投诉标题 · ${[...title].length} 字`,
      `黑猫投诉 · 投诉描述 · ${[...description].length} 字`,
      expect.stringMatching(/^黑猫投诉 · 投诉要求 · \d+ 字$/),
    ]);
    // A public complaint site gets only its own fields: no letter carrying name, account or ticket numbers.
    expect(labels.some((l) => l.includes('书面申诉'))).toBe(false);
    // Only labels and lengths: no line of any text is in the menu or the page.
    for (const line of description.split('\n').filter((l) => l.length > 8)) {
      expect(items.some((i) => i.text.includes(line))).toBe(false);
    }
    expect(await page.content()).not.toContain(description.split('\n')[0]);

    await clickInClosedRoot(page, TAG, /投诉描述/);
    await waitForClosedRootItem(page, TAG, /已插入/);
    await expect.poll(async () => (await formState(page)).body).toBe(description);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');

    // The title variant into the single-line input.
    await focusForButton(page, '#title');
    await clickInClosedRoot(page, TAG, /申诉文本/);
    await waitForClosedRootItem(page, TAG, /投诉标题/);
    await clickInClosedRoot(page, TAG, /投诉标题/);
    await expect.poll(async () => (await formState(page)).title).toBe(title);
    expect(await page.evaluate(() => (window as unknown as { __xssSubmitted?: boolean }).__xssSubmitted)).toBeUndefined();
  });

  test('a maxlength field: variants that do not fit are listed with the limit but cannot be chosen', async () => {
    const page = await open(PAGES.react, '#short');
    await focusForButton(page, '#short');
    await clickInClosedRoot(page, TAG, /申诉文本/);
    // The demand (the numbered requests) is longer than 20 characters for any case;
    // a status-only description (我的借呗目前的状态：额度已关闭。) fits.
    const items = await waitForClosedRootItem(page, TAG, /投诉要求/);
    const demand = items.find((i) => /投诉要求/.test(i.text))!;
    expect(demand.tag).toBe('p');
    expect(demand.text).toMatch(/超出本栏 20 字上限$/);
    expect((await formState(page)).short).toBe('');
  });

  test('no button on refused fields, on account pages, or after focus leaves', async () => {
    const page = await open(PAGES.plain, '#password');
    await focusForButton(page, '#body');
    await page.focus('#password');
    await expect.poll(() => page.locator(TAG).count()).toBe(0);
    await page.focus('#readonly');
    expect(await page.locator(TAG).count()).toBe(0);
    await page.focus('#title');
    await expect.poll(() => page.locator(TAG).count()).toBe(1);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect.poll(() => page.locator(TAG).count()).toBe(0);

    const account = await open('https://my.alipay.com/portal/i.htm', '#t');
    await expect.poll(() => suite.session.inContentScript(account, '1').catch(() => 0), { timeout: 10_000 }).toBe(1);
    await account.focus('#t');
    await account.waitForTimeout(300);
    expect(await account.locator(TAG).count()).toBe(0);
    expect(await closedRootItems(account, TAG)).toEqual([]);
  });
});
