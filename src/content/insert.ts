// Puts the chosen appeal text into the field the user is working in, so that
// the page's own framework sees it, and never submits anything (README.md#appeal-text).
//
// Order of attempts:
// 1. document.execCommand('insertText'): the browser's own editing path. It
//    fires beforeinput/input as if typed, so React, Vue and rich editors
//    (ProseMirror, Quill, Slate, Lexical…) update their state, it inserts plain
//    text (never HTML), and Ctrl+Z undoes it.
// 2. For <textarea>/<input> when that is refused: the native value setter plus
//    input and change events. React tracks `value` with its own property on the
//    node; the prototype's setter bypasses that tracker, so React notices the
//    change on the input event and updates its state.
// 3. For contenteditable when that is refused: a text node at the selection
//    plus an input event.
// Only the text crosses into the page: no ids, notes or case data.
import type { FieldInfo, InsertRefusal, InsertResult } from '../shared/to-content';

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

function valueSetter(el: HTMLInputElement | HTMLTextAreaElement): ((v: string) => void) | undefined {
  // The element's own realm (a same-origin iframe has its own prototypes).
  const realm = (el.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const proto = el.localName === 'textarea' ? realm.HTMLTextAreaElement.prototype : realm.HTMLInputElement.prototype;
  const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  return set ? (v: string) => set.call(el, v) : undefined;
}

function insertIntoTextControl(el: HTMLInputElement | HTMLTextAreaElement, text: string): InsertResult {
  const doc = el.ownerDocument;
  el.focus();
  const before = el.value;
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? before.length;
  const expected = before.slice(0, start) + text + before.slice(end);
  // Chromium splits a multi-line insertText into one edit per line and fires
  // an input event after each: 30 for a 15-line letter, so a React form
  // re-rendered 30 times (about 20 ms, over one frame; bench/insert.bench.ts).
  // The field's own input events are held back while the command runs and one
  // is sent at the end, as a paste would: the framework still sees the final
  // value, and the browser's undo entry (one Ctrl+Z) is untouched.
  const win = doc.defaultView;
  let held = 0;
  const hold = (e: Event): void => {
    if (e.target !== el) return;
    held++;
    e.stopImmediatePropagation();
  };
  win?.addEventListener('input', hold, true);
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  } finally {
    win?.removeEventListener('input', hold, true);
  }
  if (held) el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  if (ok && el.value === expected) return { ok: true, length: fieldLength(text), method: 'execCommand' };
  // execCommand refused (or a listener rewrote the text): fall back to the setter.
  const set = valueSetter(el);
  if (!set) return { ok: false, reason: 'unsupported' };
  set(expected);
  const caret = start + text.length;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // some input types have no selection
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return { ok: true, length: fieldLength(text), method: 'setter' };
}

function insertIntoEditable(el: HTMLElement, text: string): InsertResult {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  el.focus();
  const selection = win?.getSelection();
  if (selection && (!selection.rangeCount || !el.contains(selection.getRangeAt(0).commonAncestorContainer))) {
    // No caret inside the editor yet: put it at the end.
    const range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = el.textContent ?? '';
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  const firstLine = text.split('\n')[0] ?? '';
  if (ok && (el.textContent ?? '') !== before && (el.textContent ?? '').includes(firstLine)) {
    return { ok: true, length: fieldLength(text), method: 'execCommand' };
  }
  if (!selection || !selection.rangeCount) return { ok: false, reason: 'unsupported' };
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const node = doc.createTextNode(text);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return { ok: true, length: fieldLength(text), method: 'range' };
}

/**
 * Inserts `text` at the caret of `el` (replacing any selection). Refuses
 * password, hidden, read-only, disabled and non-text fields, and text longer
 * than the field's maxlength (the caller picks a shorter variant or asks the
 * user first; we never truncate silently).
 */
export function insertIntoField(el: Element | 'cross-origin-frame' | null, text: string): InsertResult {
  if (el === 'cross-origin-frame') return { ok: false, reason: 'cross-origin-frame' };
  if (!el) return { ok: false, reason: 'no-field' };
  const refusal = refusalFor(el);
  if (refusal) return { ok: false, reason: refusal };
  if (el.localName === 'input' || el.localName === 'textarea') {
    const control = el as HTMLInputElement | HTMLTextAreaElement;
    // Single-line inputs cannot hold line breaks.
    const fitted = el.localName === 'input' ? text.replace(/\s*\n+\s*/g, ' ') : text;
    const max = maxLengthOf(control);
    if (max !== undefined) {
      const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
      if (fieldLength(control.value) - selected + fieldLength(fitted) > max) return { ok: false, reason: 'too-long', maxLength: max };
    }
    return insertIntoTextControl(control, fitted);
  }
  return insertIntoEditable(el as HTMLElement, text);
}

/** What the focused field accepts, without touching it. */
export function describeField(el: Element | 'cross-origin-frame' | null): FieldInfo {
  if (el === 'cross-origin-frame') return { ok: false, reason: 'cross-origin-frame' };
  if (!el) return { ok: false, reason: 'no-field' };
  const refusal = refusalFor(el);
  if (refusal) return { ok: false, reason: refusal };
  const isControl = el.localName === 'input' || el.localName === 'textarea';
  const max = isControl ? maxLengthOf(el) : undefined;
  const used = isControl ? (el as HTMLInputElement).value.length : (el.textContent ?? '').length;
  return { ok: true, multiline: el.localName !== 'input', used, ...(max !== undefined ? { maxLength: max } : {}) };
}
