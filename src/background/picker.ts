// The picker window (README.md#privacy, "Page texts are bound to the case you
// chose"; docs/trust-model.md#page-texts-bound). The page button on a listed
// form page does not list cases or texts itself: anything drawn by the content
// script could be driven by a compromised one, which could then take a text
// with no click of the user's. It asks the worker to open this small window of
// the extension's own, where the page can neither read nor click, and the user
// chooses there. The worker remembers which document asked (and for a field
// with how much room); the chosen text goes to that document only.
import { browser } from '../shared/browser';
import type { InsertResult } from '../shared/to-content';
import type { Bilingual } from '../shared/bilingual';
import { stillShowing, type DocumentRef } from './documents';
import { inTurn } from './in-turn';
import { Refusal } from './refusal';

/** Which document opened the picker for tab `from.tabId`, and where its window is. */
export interface Picker {
  from: DocumentRef;
  /** The sender's address as the browser reported it. */
  url: string;
  /** The room the focused field had left, when it has a maxlength. */
  maxLength?: number;
  expiresAt: number;
  windowId?: number;
  pickerTabId?: number;
}

/** As long as a choice token lives (src/background/insert-choices.ts). */
const LIFETIME_MS = 5 * 60_000;
const pickerKey = (tabId: number): string => `picker:${tabId}`;
const SIZE = { width: 460, height: 560 };

export const PICKER_EXPIRED: Bilingual = {
  zh: '这个窗口已失效：页面已经变化或关闭，或已过了几分钟。请回到页面，在输入框旁重新点“申诉文本”。',
  en: 'This window has expired: the page changed or closed, or a few minutes passed. Go back to the page and click “Appeal text” beside the field again.',
};

const pickerUrl = (tabId: number): string => browser.runtime.getURL(`src/picker/index.html?tab=${tabId}`);

/** Near the right edge of the page's own window, where the field's button is. */
async function placeFor(tabId: number): Promise<{ left?: number; top?: number }> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const win = tab?.windowId === undefined ? undefined : await browser.windows.get(tab.windowId).catch(() => undefined);
  if (win?.left === undefined || win.top === undefined || win.width === undefined) return {};
  return { left: Math.max(0, win.left + win.width - SIZE.width - 24), top: win.top + 80 };
}

/** Opens the picker window for `from` (or reloads and raises the one already open for its tab). */
export function openPicker(from: DocumentRef, url: string, maxLength: number | undefined, now = Date.now()): Promise<void> {
  return inTurn(pickerKey(from.tabId), async () => {
    const old = (await browser.storage.session.get(pickerKey(from.tabId)))[pickerKey(from.tabId)] as Picker | undefined;
    const record: Picker = { from, url, ...(maxLength === undefined ? {} : { maxLength }), expiresAt: now + LIFETIME_MS };
    const target = pickerUrl(from.tabId);
    const reused =
      old?.windowId !== undefined && old.pickerTabId !== undefined
        ? await browser.tabs
            .update(old.pickerTabId, { url: target })
            .then(() => browser.windows.update(old.windowId!, { focused: true }))
            .then(() => true)
            .catch(() => false)
        : false;
    if (reused) {
      record.windowId = old!.windowId!;
      record.pickerTabId = old!.pickerTabId!;
    }
    // Stored before a new window loads, so its first question finds the record.
    await browser.storage.session.set({ [pickerKey(from.tabId)]: record });
    if (reused) return;
    const create = (place: { left?: number; top?: number }) =>
      browser.windows.create({ url: target, type: 'popup', focused: true, ...SIZE, ...place });
    // Chromium refuses bounds less than half on screen ("at least 50% within visible screen space"), which a
    // window partly off a small screen can give: then the browser places it.
    const made = await create(await placeFor(from.tabId)).catch(() => create({}));
    const pickerTabId = made?.tabs?.[0]?.id;
    await browser.storage.session.set({
      [pickerKey(from.tabId)]: {
        ...record,
        ...(made?.id === undefined ? {} : { windowId: made.id }),
        ...(pickerTabId === undefined ? {} : { pickerTabId }),
      },
    });
  });
}

/** The picker record of tab `tabId`, if it is still valid: not expired, and the page that asked is still shown. */
export async function pickerOf(tabId: number, now = Date.now()): Promise<Picker> {
  const stored = (await browser.storage.session.get(pickerKey(tabId)))[pickerKey(tabId)] as Picker | undefined;
  if (!stored || now > stored.expiresAt || !(await stillShowing(stored.from))) throw new Refusal(PICKER_EXPIRED);
  return stored;
}

/** Hands the chosen text to the document the button was in (Chromium: that very document; Firefox: that frame). */
export async function insertPicked(from: DocumentRef, text: string): Promise<InsertResult> {
  const options = { frameId: from.frameId, ...(from.documentId ? { documentId: from.documentId } : {}) };
  const reply = await browser.tabs.sendMessage(from.tabId, { type: 'content/insert-picked', text }, options).catch(() => undefined);
  if (!reply) throw new Refusal(PICKER_EXPIRED);
  return reply as InsertResult;
}

/** Forgets a tab's picker when it navigates or closes (its window then says it expired). */
export function forgetPicker(tabId: number): Promise<void> {
  return inTurn(pickerKey(tabId), () => browser.storage.session.remove(pickerKey(tabId)));
}
