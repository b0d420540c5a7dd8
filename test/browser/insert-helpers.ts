// Shared steps of the insertion tests (insert*.test.ts): the popup's request
// to the content script as the worker sends it, the page button's picker
// window, and the editors' own state.
import { expect } from 'vitest';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Session } from './harness';
import { clickInClosedRoot } from '../fixtures/forms/closed-root';

export type Reply = { ok: boolean; reason?: string; maxLength?: number; length?: number; method?: string };

/** A multi-line appeal text with a blank line, as the letter channel renders them. */
export const LETTER = '尊敬的客服：\n我的借呗额度于2025年3月1日显示“额度已关闭”。\n\n请说明原因并人工复核。';

/**
 * What the popup's insertText() does (src/popup/tab.ts), sent from the worker to
 * every tab's top frame: only our content script answers.
 */
export async function insertFromExtension(session: Session, text: string): Promise<Reply> {
  const worker = await session.worker();
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
export async function contentScriptReady(session: Session, page: Page): Promise<void> {
  await expect.poll(() => session.inContentScript(page, '1').catch(() => 0), { timeout: 10_000 }).toBe(1);
}

/** The text the editor itself holds for field `id` (window.__editorText of the fixture: its model, never the DOM). */
export const editorText = (page: Page, id: string): Promise<string | undefined> =>
  page.evaluate((i) => (window as unknown as { __editorText?: (id: string) => string | undefined }).__editorText?.(i), id);

/** An editor field of a fixture page: where to click, and the id its state is read by. */
export type EditorField = { id: string; click: (page: Page) => Locator };

export const inPage = (id: string, selector = `#${id}`): EditorField => ({ id, click: (page) => page.locator(selector) });
/** TinyMCE's body inside the same-origin <iframe> it writes (id `${id}_ifr`). */
export const inFrame = (id: string): EditorField => ({
  id,
  click: (page) => (page.frameLocator(`#${id}_ifr`) as FrameLocator).locator('body'),
});

/** Waits for the editor to mount, clicks into it and puts the caret after its text. */
export async function focusEditor(page: Page, field: EditorField): Promise<void> {
  await expect.poll(() => editorText(page, field.id), { timeout: 15_000 }).not.toBeUndefined();
  await field.click(page).click();
  await page.keyboard.press('Control+End');
}

const PICKER = '/src/picker/index.html';

/**
 * Clicks the page button beside the focused field of `page` and returns the
 * picker window the worker opens (README.md#privacy, "Page texts are bound to
 * the case you chose"); pushed to `pages`, so the suite closes it.
 */
export async function openPickerFrom(session: Session, page: Page, pages: Page[]): Promise<Page> {
  const opened = session.ctx.waitForEvent('page', { predicate: (p) => p.url().includes(PICKER), timeout: 15_000 });
  await clickInClosedRoot(page, 'reopen-field', /申诉文本/);
  const picker = await opened;
  pages.push(picker);
  await picker.waitForLoadState();
  return picker;
}

/** The picker's entries as the user reads them: buttons to choose, lines (`span`) that cannot be chosen. */
export async function pickerEntries(picker: Page): Promise<{ tag: string; text: string }[]> {
  await picker.locator('[data-testid=picker-where], [data-testid=picker-said]').first().waitFor({ timeout: 15_000 });
  return picker
    .locator('.picker-list li > *')
    .evaluateAll((nodes) => nodes.map((n) => ({ tag: n.localName, text: (n.textContent ?? '').trim() })));
}

/** Clicks the picker's entry named `label`: what it then says, or 'closed' once it closed itself after a success. */
export async function choose(picker: Page, label: RegExp): Promise<string> {
  const closed = picker.waitForEvent('close', { timeout: 20_000 }).then(() => 'closed');
  await picker.getByRole('button', { name: label }).click();
  const said = picker
    .locator('[data-testid=picker-said]')
    .innerText({ timeout: 15_000 })
    .catch(() => 'closed');
  return Promise.race([said, closed]);
}
