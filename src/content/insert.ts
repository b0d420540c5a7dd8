// Puts the chosen appeal text into the field the user is working in, so that
// the page's own editor holds it, and never submits anything (README.md#appeal-text).
//
// Each attempt is checked by the editor's own account: after it the editor is
// given time to settle (settle.ts), and the text it then renders (field-text.ts)
// must be what was there before, with the text at the caret or in place of the
// selection. Methods, in order, each tried only while the field is as it was:
// 1. contenteditable: a beforeinput carrying a DataTransfer (insert-beforeinput.ts),
//    which Slate and Lexical take. An editor that takes it owns its input, so
//    no other method is tried behind its back.
// 2. execCommand('insertText'), the whole text, then line by line with explicit
//    paragraph breaks (insert-exec.ts): ProseMirror, Quill, TinyMCE, a bare
//    contenteditable, React and Vue fields.
// 3. <input>/<textarea>: the native value setter (insert-setter.ts).
// An attempt that changed the field into anything else is rolled back (the
// editor's own undo, or the value as it was) before anything else is tried;
// when it cannot be, the user is told. When no method lands, the field is as
// it was and the caller offers the text on the clipboard instead.
// Only the text crosses into the page: no ids, notes or case data.
import type { FieldInfo, InsertRefusal, InsertResult } from '../shared/to-content';
import { fieldText } from './field-text';
import { offerBeforeInput, offerHistoryUndo } from './insert-beforeinput';
import { execInsert } from './insert-exec';
import { setControlValue } from './insert-setter';
import { settle } from './settle';

/** Upper bound on inserted text; the longest appeal variant is far below it. */
export const MAX_INSERT_CHARS = 20_000;

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

/** The focused element, looking inside same-origin frames and open shadow roots. */
export function focusedField(doc: Document): Element | 'cross-origin-frame' | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 10; depth++) {
    if (active.localName === 'iframe' || active.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) return 'cross-origin-frame';
      active = inner.activeElement;
      continue;
    }
    const root = (active as HTMLElement).shadowRoot;
    if (root?.activeElement) {
      active = root.activeElement;
      continue;
    }
    break;
  }
  if (!active || active === doc.body || active === doc.documentElement) return null;
  return active;
}

/** Why this element cannot take text, or null when it can. */
export function refusalFor(el: Element): InsertRefusal | null {
  const isInput = el.localName === 'input';
  if (isInput) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'password') return 'password';
    if (type === 'hidden') return 'hidden';
    if (!TEXT_INPUT_TYPES.has(type)) return 'unsupported';
  }
  if (isInput || el.localName === 'textarea') {
    // :disabled also covers a control inside <fieldset disabled>, which the
    // `disabled` property does not.
    if (el.matches(':disabled')) return 'disabled';
    if ((el as HTMLInputElement).readOnly) return 'readonly';
    return null;
  }
  if (!(el as HTMLElement).isContentEditable) return 'unsupported';
  // Rich editors mark a locked editor this way while it stays contenteditable.
  if (el.getAttribute('aria-disabled') === 'true') return 'disabled';
  if (el.getAttribute('aria-readonly') === 'true') return 'readonly';
  return null;
}

/** The field's maxlength, if it has one. */
export function maxLengthOf(el: Element): number | undefined {
  const raw = el.getAttribute('maxlength');
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Length as a field counts it (UTF-16 code units, which is what maxlength uses). */
const fieldLength = (text: string): number => text.length;

/** How long an editor may take to show an edit it accepted (several frames; Slate renders through React). */
const SETTLE_LIMIT_MS = 250;

type Outcome = 'done' | 'untouched' | 'changed';

/**
 * Waits for the field to settle and compares its text with `intended`. A
 * `patient` wait (the editor accepted the edit) polls frame by frame up to
 * SETTLE_LIMIT_MS; otherwise one settle decides.
 */
async function outcome(el: Element, before: string, intended: string, patient: boolean): Promise<Outcome> {
  const deadline = performance.now() + SETTLE_LIMIT_MS;
  for (;;) {
    await settle();
    const now = fieldText(el).text;
    if (now === intended) return 'done';
    if (!patient || performance.now() >= deadline) return now === before ? 'untouched' : 'changed';
  }
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

async function insertIntoTextControl(el: TextControl, text: string): Promise<InsertResult> {
  el.focus();
  const { text: before, start, end } = fieldText(el);
  const intended = before.slice(0, start) + text + before.slice(end);
  const ran = execInsert(el, text, false);
  const first = ran ? await outcome(el, before, intended, true) : 'untouched';
  if (first === 'done') return { ok: true, length: fieldLength(text), method: 'execCommand' };
  // Refused, or the page rewrote the result: put back what was there, then set the value.
  if (first === 'changed' && !setControlValue(el, before, end)) return { ok: false, reason: 'changed' };
  if (!setControlValue(el, intended, start + text.length)) return { ok: false, reason: 'unsupported' };
  if ((await outcome(el, before, intended, true)) === 'done') return { ok: true, length: fieldLength(text), method: 'setter' };
  return setControlValue(el, before, end) && el.value === before ? { ok: false, reason: 'not-taken' } : { ok: false, reason: 'changed' };
}

/** Undoes a failed attempt with the editor's own history, else the browser's; true when the field is as before. */
async function rollBack(el: HTMLElement, before: string): Promise<boolean> {
  if (!offerHistoryUndo(el)) el.ownerDocument.execCommand('undo');
  return (await outcome(el, before, before, true)) === 'done';
}

/** Puts the caret at the end of the editor's text when the selection is not inside it. */
function caretInside(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const selection = doc.defaultView?.getSelection();
  if (!selection || (selection.rangeCount && el.contains(selection.getRangeAt(0).commonAncestorContainer))) return;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue) last = n;
  const range = doc.createRange();
  if (last) range.setStart(last, last.nodeValue!.length);
  else range.setStart(el, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

async function insertIntoEditable(el: HTMLElement, text: string): Promise<InsertResult> {
  el.focus();
  caretInside(el);
  // Editors learn of a caret from selectionchange, which comes a task later.
  await settle();
  const { text: before, start, end } = fieldText(el);
  const intended = before.slice(0, start) + text + before.slice(end);
  const done: InsertResult = { ok: true, length: fieldLength(text), method: 'beforeinput' };

  const taken = offerBeforeInput(el, text);
  const first = await outcome(el, before, intended, taken);
  if (first === 'done') return done;
  if (first === 'changed' && !(await rollBack(el, before))) return { ok: false, reason: 'changed' };
  // An editor that took the event but shows something else keeps its own model:
  // typing behind its back would show text it does not hold.
  if (taken) return { ok: false, reason: 'not-taken' };

  for (const perLine of text.includes('\n') ? [false, true] : [false]) {
    if (!execInsert(el, text, perLine)) break;
    const result = await outcome(el, before, intended, true);
    if (result === 'done') return { ...done, method: 'execCommand' };
    if (result === 'changed' && !(await rollBack(el, before))) return { ok: false, reason: 'changed' };
  }
  return { ok: false, reason: 'not-taken' };
}

/**
 * Inserts `text` at the caret of `el` (replacing any selection), checked by
 * the field's own account. Refuses password, hidden, read-only, disabled and
 * non-text fields, and text longer than the room maxlength leaves (the caller
 * picks a shorter variant or asks the user first; we never truncate silently).
 */
export async function insertIntoField(el: Element | 'cross-origin-frame' | null, raw: string): Promise<InsertResult> {
  if (el === 'cross-origin-frame') return { ok: false, reason: 'cross-origin-frame' };
  if (!el) return { ok: false, reason: 'no-field' };
  const refusal = refusalFor(el);
  if (refusal) return { ok: false, reason: refusal };
  const text = raw.replace(/\r\n?/g, '\n');
  if (el.localName === 'input' || el.localName === 'textarea') {
    const control = el as TextControl;
    // Single-line inputs cannot hold line breaks.
    const fitted = el.localName === 'input' ? text.replace(/\s*\n+\s*/g, ' ') : text;
    const max = maxLengthOf(control);
    if (max !== undefined && fieldLength(fitted) > roomIn(control, max)) return { ok: false, reason: 'too-long', maxLength: max };
    return insertIntoTextControl(control, fitted);
  }
  return insertIntoEditable(el as HTMLElement, text);
}

/** What maxlength leaves once the text that stays is counted (a selection is replaced, so it does not). */
function roomIn(control: TextControl, max: number): number {
  const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
  return max - (fieldLength(control.value) - selected);
}

/** The room a maxlength field has left for an insertion, or undefined when it has no limit. */
export function roomLeft(el: Element): number | undefined {
  const max = el.localName === 'input' || el.localName === 'textarea' ? maxLengthOf(el) : undefined;
  return max === undefined ? undefined : Math.max(0, roomIn(el as TextControl, max));
}

/** What the focused field accepts, without touching it. */
export function describeField(el: Element | 'cross-origin-frame' | null): FieldInfo {
  if (el === 'cross-origin-frame') return { ok: false, reason: 'cross-origin-frame' };
  if (!el) return { ok: false, reason: 'no-field' };
  const refusal = refusalFor(el);
  if (refusal) return { ok: false, reason: refusal };
  const isControl = el.localName === 'input' || el.localName === 'textarea';
  const max = isControl ? maxLengthOf(el) : undefined;
  // The text that will stay: a selection is replaced by the insertion.
  const { text, start, end } = fieldText(el);
  const used = fieldLength(text) - (end - start);
  return { ok: true, multiline: el.localName !== 'input', used, ...(max !== undefined ? { maxLength: max } : {}) };
}
