// README.md#appeal-text, "Insertion into the form": text lands in real framework fields
// (React 19, ProseMirror from npm), plain fields, maxlength fields and
// same-origin frames; password, hidden, read-only, disabled fields and
// cross-origin frames are refused with a reason; nothing is ever submitted
// (the fixtures' onsubmit canary is checked by assertInvariants); undo works.
//
// Paths exercised:
// - the content script on a listed complaint site, driven the way the popup's
//   "Insert into this page" drives it: {type:'content/insert'} sent with
//   tabs.sendMessage from an extension context. The popup itself cannot be
//   the sender here: opened as a tab it has a `sender.tab`, which the content
//   script rightly refuses (only the action popup or the worker may ask), so
//   the worker sends it.
// - src/content/insert.ts bundled into the page (test/fixtures/forms/
//   insert-entry.ts) for refusals of fields that cannot take focus (hidden,
//   disabled) and for the unlisted-site case, where a test cannot obtain
//   activeTab (only a real toolbar click grants it).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness';
import { PAGES, serveForms } from '../fixtures/forms/serve';
import type { BundleName } from '../fixtures/forms/build';

let bundles: Record<BundleName, string>;

const BODY = '尊敬的客服：\n我的借呗额度于2025年3月1日显示“额度已关闭”。\n\n请说明原因并人工复核。';
const LINE = '借呗：请求说明原因并人工复核';

type Reply = { ok: boolean; reason?: string; maxLength?: number; length?: number; method?: string };
type FormState = { title: string; body: string; short: string; changes: number };

const suite = useSession({}, async (session) => {
  bundles = await serveForms(session);
});
const open = (url: string, ready: string): Promise<Page> => suite.open(url, ready);

/** What the popup's insertText() does, sent from the worker: every tab gets it, only ours answers. */
async function insertFromExtension(text: string): Promise<Reply> {
  const worker = await suite.session.worker();
  const replies = await worker.evaluate(async (t) => {
    const tabs = await chrome.tabs.query({});
    const all = await Promise.all(
      tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { type: 'content/insert', text: t }, { frameId: 0 }).catch(() => undefined)),
    );
    return all.filter((r) => r !== undefined);
  }, text);
  expect(replies, 'exactly one content script answered').toHaveLength(1);
  return replies[0] as Reply;
}

/** The content script is ready once its listener answers (the page loads before document_idle fires). */
async function contentScriptReady(page: Page): Promise<void> {
  await expect.poll(() => suite.session.inContentScript(page, '1').catch(() => 0), { timeout: 10_000 }).toBe(1);
}

const formState = (page: Page): Promise<FormState> => page.evaluate(() => (window as unknown as { __formState: FormState }).__formState);

describe('insertion through the content script on a listed complaint page', () => {
  test('React 19 controlled textarea and input: React state holds the text', async () => {
    const page = await open(PAGES.react, '#body');
    await contentScriptReady(page);
    await page.focus('#body');
    await expect(insertFromExtension(BODY)).resolves.toMatchObject({ ok: true, method: 'execCommand', length: BODY.length });
    await expect.poll(async () => (await formState(page)).body).toBe(BODY);
    expect(await page.inputValue('#body')).toBe(BODY);

    // A single-line input gets the line breaks folded into spaces.
    await page.focus('#title');
    await expect(insertFromExtension('第一行\n第二行')).resolves.toMatchObject({ ok: true });
    await expect.poll(async () => (await formState(page)).title).toBe('第一行 第二行');
    // React re-rendered from its own state and kept the text (a setter-only
    // insertion that React did not see would be reverted here).
    await page.evaluate(() => document.querySelector<HTMLElement>('h1')!.click());
    expect(await page.inputValue('#title')).toBe('第一行 第二行');
    expect(await page.evaluate(() => (window as unknown as { __xssSubmitted?: boolean }).__xssSubmitted)).toBeUndefined();
  });

  test('maxlength: refused with the limit, nothing truncated; a fitting text goes in', async () => {
    const page = await open(PAGES.react, '#short');
    await contentScriptReady(page);
    await page.focus('#short');
    await expect(insertFromExtension(BODY)).resolves.toEqual({ ok: false, reason: 'too-long', maxLength: 20 });
    expect(await page.inputValue('#short')).toBe('');
    expect((await formState(page)).short).toBe('');
    await expect(insertFromExtension(LINE)).resolves.toMatchObject({ ok: true });
    await expect.poll(async () => (await formState(page)).short).toBe(LINE);
  });

  test('ProseMirror: the EditorState document holds the text, inserted as text', async () => {
    const page = await open(PAGES.prosemirror, '.ProseMirror');
    await contentScriptReady(page);
    await page.click('.ProseMirror');
    const text = '我的借呗额度显示“额度已关闭”。\n请说明原因。<b>不是HTML</b>';
    await expect(insertFromExtension(text)).resolves.toMatchObject({ ok: true });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pmText(): string }).__pmText())).toBe(text);
    // Two paragraphs in the editor's model, and the markup stayed text.
    expect(await page.evaluate(() => (window as unknown as { __pmParagraphs(): number }).__pmParagraphs())).toBe(2);
    expect(await page.locator('.ProseMirror b').count()).toBe(0);
  });

  test('plain textarea, input and contenteditable; Ctrl+Z undoes the insertion', async () => {
    const page = await open(PAGES.plain, '#body');
    await contentScriptReady(page);
    await page.focus('#body');
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#body')!;
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await expect(insertFromExtension(BODY)).resolves.toMatchObject({ ok: true, method: 'execCommand' });
    expect(await page.inputValue('#body')).toBe(`原有内容。${BODY}`);
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#body')).toBe('原有内容。');

    await page.focus('#title');
    await expect(insertFromExtension(LINE)).resolves.toMatchObject({ ok: true });
    expect(await page.inputValue('#title')).toBe(LINE);

    await page.click('#editable');
    await expect(insertFromExtension(LINE)).resolves.toMatchObject({ ok: true });
    expect(await page.locator('#editable').textContent()).toBe(LINE);
    // Pressing nothing submitted the form.
    expect(await page.evaluate(() => (window as unknown as { __xssSubmitted?: boolean }).__xssSubmitted)).toBeUndefined();
  });

  test('a field inside a same-origin iframe', async () => {
    const page = await open(PAGES.plain, '#same');
    await contentScriptReady(page);
    const frame = page.frameLocator('#same');
    await frame.locator('#inner').focus();
    await frame.locator('#inner').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    await expect(insertFromExtension(LINE)).resolves.toMatchObject({ ok: true });
    await expect(frame.locator('#inner').inputValue()).resolves.toBe(`框架内${LINE}`);
  });

  test('refusals with a reason: cross-origin frame, password, read-only, non-text input, no field', async () => {
    const page = await open(PAGES.plain, '#cross');
    await contentScriptReady(page);
    await page.frameLocator('#cross').locator('#inner').focus();
    await expect(insertFromExtension(LINE)).resolves.toEqual({ ok: false, reason: 'cross-origin-frame' });
    await expect(page.frameLocator('#cross').locator('#inner').inputValue()).resolves.toBe('框架内');

    for (const [id, reason] of [
      ['#password', 'password'],
      ['#readonly', 'readonly'],
      ['#email', 'unsupported'],
    ] as const) {
      await page.focus(id);
      await expect(insertFromExtension(LINE), id).resolves.toEqual({ ok: false, reason });
      expect(await page.inputValue(id)).not.toContain(LINE);
    }
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(insertFromExtension(LINE)).resolves.toEqual({ ok: false, reason: 'no-field' });
  });
});

describe('insert.ts in the page (fields that cannot take focus, unlisted sites)', () => {
  type InsertApi = {
    insertIntoField(el: Element | null, text: string): Promise<Reply>;
    focusedField(doc: Document): Element | string | null;
  };

  test('hidden, disabled (also through a disabled fieldset), aria-readonly editor', async () => {
    const page = await open(PAGES.plain, '#body');
    await page.addScriptTag({ path: bundles.insert });
    const results = await page.evaluate(async (text) => {
      const api = (window as unknown as { __insert: InsertApi }).__insert;
      const editable = document.querySelector('#editable')!;
      editable.setAttribute('aria-readonly', 'true');
      const out: Record<string, Reply> = {};
      for (const sel of ['#hidden', '#disabled', '#fieldset-disabled', '#editable', '#password'])
        out[sel] = await api.insertIntoField(document.querySelector(sel), text);
      return { out, hiddenValue: document.querySelector<HTMLInputElement>('#hidden')!.value };
    }, LINE);
    expect(results.out).toEqual({
      '#hidden': { ok: false, reason: 'hidden' },
      '#disabled': { ok: false, reason: 'disabled' },
      '#fieldset-disabled': { ok: false, reason: 'disabled' },
      '#editable': { ok: false, reason: 'readonly' },
      '#password': { ok: false, reason: 'password' },
    });
    expect(results.hiddenValue).toBe('t');
  });

  test('on an unlisted site (no content script) the same code fills a React form', async () => {
    const page = await open(PAGES.genericReact, '#body');
    await page.addScriptTag({ path: bundles.insert });
    await page.focus('#body');
    const reply = await page.evaluate((text) => {
      const api = (window as unknown as { __insert: InsertApi }).__insert;
      return api.insertIntoField(api.focusedField(document) as Element, text);
    }, BODY);
    expect(reply).toMatchObject({ ok: true, method: 'execCommand' });
    await expect.poll(async () => (await formState(page)).body).toBe(BODY);
    expect(await page.locator('reopen-field').count()).toBe(0);
  });
});
