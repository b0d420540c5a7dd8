// README.md#appeal-text: the page-side Reopen button on a listed complaint page, end to end.
// Focus a field → our button appears beside it (closed shadow root,
// <reopen-field>) → a click opens the picker, the extension's own window,
// which lists each case (lender and product) with its variants by label and
// length only → choosing one there inserts that text, which the page's React
// state then holds. Clicks on the page button are real mouse clicks at its
// position, located through the DevTools protocol (a closed root is out of
// reach of Playwright's locators).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sendFromExtensionPage, useSession } from './harness';
import { PAGES, serveForms } from '../fixtures/forms/serve';
import { closedRootItems, waitForClosedRootItem } from '../fixtures/forms/closed-root';
import { choose, openPickerFrom, pickerEntries } from './insert-helpers';
import { axeViolations } from './popup-helpers';

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
const picker = (page: Page): Promise<Page> => openPickerFrom(suite.session, page, suite.pages);

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
  test('without a case the picker offers to start one, and opens the workspace', async () => {
    const page = await open(PAGES.react, '#body');
    await focusForButton(page, '#body');
    const chooser = await picker(page);
    // The page side only says where to choose.
    await waitForClosedRootItem(page, TAG, /选择窗口/);
    await chooser.getByText('还没有案卷。先建一个案卷，这里就会列出可用的申诉文本。').waitFor();
    expect(await pickerEntries(chooser)).toEqual([]);
    // The field kept the focus (our button does not steal the caret).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
    const opened = suite.session.ctx.waitForEvent('page', { predicate: (p) => p.url().includes('/src/options/') });
    await chooser.getByRole('button', { name: '新建案卷' }).click();
    const workspace = await opened;
    suite.pages.push(workspace);
    await workspace.waitForLoadState();
    expect(workspace.url()).toBe(`${suite.session.origin}src/options/index.html#new?status=unknown`);
  });

  test('focus → button → the picker → choose a variant → the text is in React state; the page never sees a list or a text', async () => {
    const ext = await suite.session.openExtensionPage('src/popup/index.html');
    suite.pages.push(ext);
    const started = (await sendFromExtensionPage(ext, {
      type: 'ext/case-start',
      payload: { caseId: 'insert-case', product: 'jiebei', status: 'closed' },
    })) as {
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
    let chooser = await picker(page);
    const entries = await pickerEntries(chooser);
    expect(entries.map((e) => e.text)).toEqual([
      `借呗 · 黑猫投诉 · 投诉标题 · ${[...title].length} 字`,
      `借呗 · 黑猫投诉 · 投诉描述 · ${[...description].length} 字`,
      expect.stringMatching(/^借呗 · 黑猫投诉 · 投诉要求 · \d+ 字$/),
    ]);
    expect(entries.every((e) => e.tag === 'button')).toBe(true);
    expect(await axeViolations(chooser)).toEqual([]);
    // The keyboard starts on the first entry.
    await expect.poll(() => chooser.evaluate(() => document.activeElement?.textContent)).toBe(entries[0]!.text);
    expect(await chooser.getByTestId('picker-where').innerText()).toContain('tousu.sina.com.cn');
    // A public complaint site gets only its own fields: no letter carrying name, account or ticket numbers.
    expect(entries.some((e) => e.text.includes('书面申诉'))).toBe(false);
    // The page side shows no entry, no label and no text: only the line saying where to choose.
    const shown = await closedRootItems(page, TAG);
    expect(shown.filter((i) => i.tag === 'button').map((i) => i.text)).toEqual(['申诉文本 ▾']);
    expect(shown.some((i) => /投诉描述|借呗/.test(i.text))).toBe(false);
    expect(await page.content()).not.toContain(description.split('\n')[0]);

    expect(await choose(chooser, /投诉描述/)).toMatch(/^(已插入 \d+ 字|closed)/);
    await expect.poll(async () => (await formState(page)).body).toBe(description);
    // A success closes the picker; the caret is still in the field.
    await expect.poll(() => chooser.isClosed(), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');

    // The title variant into the single-line input.
    await focusForButton(page, '#title');
    chooser = await picker(page);
    await choose(chooser, /投诉标题/);
    await expect.poll(async () => (await formState(page)).title).toBe(title);
    expect(await page.evaluate(() => (window as unknown as { __xssSubmitted?: boolean }).__xssSubmitted)).toBeUndefined();
  });

  test('a maxlength field: variants that do not fit the room left are listed with it but cannot be chosen', async () => {
    const page = await open(PAGES.react, '#short');
    await focusForButton(page, '#short');
    let chooser = await picker(page);
    // The demand (the numbered requests) is longer than 20 characters for any case;
    // a status-only description (我的借呗目前的状态：额度已关闭。) fits.
    const demand = (await pickerEntries(chooser)).find((i) => /投诉要求/.test(i.text))!;
    expect(demand.tag).toBe('span');
    expect(demand.text).toMatch(/超出本栏剩余的 20 字$/);
    expect(await chooser.getByRole('button', { name: /投诉要求/ }).count()).toBe(0);
    expect((await formState(page)).short).toBe('');
    // Escape closes the picker, with nothing changed on the page. The window may close between the key's
    // down and up, and Playwright then cannot send the up: what counts is that it closed.
    const closed = chooser.waitForEvent('close', { timeout: 10_000 });
    await chooser.keyboard.press('Escape').catch(() => undefined);
    await closed;

    // The user's own text counts: with six characters typed, the room the picker says is 14.
    const typed = '我的额度没了';
    await page.focus('#short');
    await page.keyboard.insertText(typed);
    await expect.poll(async () => (await formState(page)).short).toBe(typed);
    await focusForButton(page, '#short');
    chooser = await picker(page);
    const demandAfter = (await pickerEntries(chooser)).find((i) => /投诉要求/.test(i.text))!;
    expect(demandAfter.tag).toBe('span');
    expect(demandAfter.text).toMatch(new RegExp(`超出本栏剩余的 ${20 - typed.length} 字$`));
    expect((await formState(page)).short).toBe(typed);
  });

  test('a picker whose page moved on says it expired, and nothing enters the reloaded page', async () => {
    // The case started above is still in this file's case file.
    const page = await open(PAGES.react, '#body');
    await focusForButton(page, '#body');
    const chooser = await picker(page);
    expect((await pickerEntries(chooser)).some((e) => /投诉描述/.test(e.text))).toBe(true);
    await page.reload();
    await page.waitForSelector('#body');
    expect(await choose(chooser, /投诉描述/)).toContain('已失效');
    expect(chooser.isClosed()).toBe(false);
    expect((await formState(page)).body).toBe('');
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
