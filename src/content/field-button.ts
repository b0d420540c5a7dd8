// The page-side Reopen button (README.md#appeal-text, "Insertion into the form"): on a listed
// support, complaint or objection page, focusing a text field (also inside a
// same-origin frame, frame-focus.ts) shows a small button beside it. The
// button lists nothing itself: it asks the worker to open the picker, a small
// window of the extension's own where the user chooses a case and a variant
// (src/background/picker.ts), because whatever this script draws a compromised
// one could click. Only the chosen text then comes back, into the field the
// button was beside (insertPicked); nothing is submitted.
//
// Plain DOM in a closed shadow root with textContent only (docs/trust-model.md#page-text-is-data),
// every listener on the content script's AbortSignal, and small: the whole
// injected bundle must stay ≤ 12 KB gzip (README.md#on-the-page). The host is a second
// element, `reopen-field`, and exists only while a field is focused.
import { findPack, type PageKind } from '../lenders/index';
import { t } from '../shared/i18n';
import type { InsertResult } from '../shared/to-content';
import { ask } from './runtime';
import { insertIntoField, refusalFor, roomLeft } from './insert';
import { rectInTop, watchFocus } from './frame-focus';
import { closedHost, element } from './shadow';

/** Page kinds where the user writes to the lender, a complaint site or the PBOC. */
const FORM_KINDS: readonly (PageKind | undefined)[] = ['support', 'complaint', 'objection'];

/** Whether a pack page of this kind is a form page, where the button may appear. */
const isFormKind = (kind: PageKind | undefined): boolean => FORM_KINDS.includes(kind);

/** The page button's two doors: told the page kind on every reading, and handed the text the user picked. */
export interface FieldButton {
  onPage(kind: PageKind | undefined): void;
  insertPicked(text: string): Promise<InsertResult>;
}

/**
 * The button costs nothing until the page is a form page: `onPage` is told the
 * page kind on every reading (also after an SPA navigation) and starts the
 * button the first time it is a form page.
 */
export function fieldButtonOnFormPages(signal: AbortSignal, onError: (error: unknown) => void): FieldButton {
  let started: ((text: string) => Promise<InsertResult>) | undefined;
  return {
    onPage: (kind) => {
      if (started || !isFormKind(kind)) return;
      started = startFieldButton(signal, onError);
    },
    // No button started: no field was ever chosen (the text itself is checked by commands.ts).
    insertPicked: (text) => (started ? started(text) : Promise.resolve({ ok: false, reason: 'no-field' })),
  };
}

const CSS = `:host{all:initial;position:fixed;z-index:2147483645;font:13px/1.5 system-ui,sans-serif}
button{all:unset;cursor:pointer;display:block;padding:3px 9px;border-radius:6px}
button:hover,:focus-visible{outline:2px solid #f5a623}.b{background:#0e7c7b;color:#fff}
.m{position:absolute;right:0;top:100%;width:max-content;max-width:min(360px,80vw);margin:4px 0;background:#fff;color:#222;border:1px solid #0e7c7b;border-radius:8px;padding:4px}
p{margin:4px 9px;color:#666}.m.u{top:auto;bottom:100%}@media(prefers-color-scheme:dark){.m{background:#222;color:#eee}p{color:#aaa}}`;

/**
 * Shows the button beside the focused field on listed form pages and returns
 * what inserts a picked text. `onError` gets failures of the extension itself
 * (e.g. orphaned after an update). Focus is re-checked against the current URL
 * because an SPA may navigate away again.
 */
function startFieldButton(signal: AbortSignal, onError: (error: unknown) => void): (text: string) => Promise<InsertResult> {
  let field: HTMLElement | null = null;
  // The field whose button opened the picker: the focus leaves it for the picker window, the target stays.
  let picked: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let menu: HTMLElement | null = null;

  const hide = (): void => {
    host?.remove();
    host = menu = field = null;
  };
  signal.addEventListener('abort', hide);

  const place = (): void => {
    if (!host || !field) return;
    const r = rectInTop(field);
    // Inside the field's bottom-right corner when it is tall enough, else just below it.
    host.style.top = `${r.height > 44 ? r.bottom - 30 : r.bottom + 4}px`;
    host.style.right = `${Math.max(4, innerWidth - r.right + 6)}px`;
  };

  const say = (text: string): void => void menu?.append(element('p', text));

  /** Opens the picker window for this field; the menu says in one line where to choose. */
  const open = async (root: ShadowRoot, toggle: HTMLElement): Promise<void> => {
    const target = field;
    const shown = Boolean(menu);
    menu?.remove();
    menu = null;
    toggle.setAttribute('aria-expanded', String(!shown));
    if (shown || !target) return;
    const current = (menu = element('div', '', 'm'));
    current.setAttribute('role', 'status');
    // Near the bottom of the window the line opens upwards, so it stays on screen.
    if (toggle.getBoundingClientRect().top > innerHeight / 2) current.classList.add('u');
    root.append(current);
    // What fits is what the field has room for now, its own text counted.
    const room = roomLeft(target);
    picked = target;
    try {
      await ask('page/open-picker', room === undefined ? {} : { maxLength: room });
      if (menu === current) say(t('insertPickerOpened'));
    } catch (error) {
      if (menu === current) say(t('insertFailed'));
      onError(error);
    }
  };

  const show = (next: HTMLElement): void => {
    if (field === next && host?.isConnected) return;
    hide();
    field = next;
    const made = closedHost('reopen-field', CSS);
    host = made.host;
    const root = made.root;
    const toggle = element('button', t('insertButton'), 'b');
    toggle.setAttribute('aria-haspopup', 'dialog');
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => void open(root, toggle), { signal });
    root.append(toggle);
    // Clicking our button must not take the focus (and the caret) from the field.
    root.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    root.addEventListener(
      'keydown',
      (e) => {
        if ((e as KeyboardEvent).key !== 'Escape') return;
        menu?.remove();
        menu = null;
        next.focus();
      },
      { signal },
    );
    document.documentElement.append(host);
    place();
  };

  /** A short line beside a focused frame from another site: its fields cannot be reached. */
  const note = (frame: HTMLElement): void => {
    hide();
    field = frame;
    const made = closedHost('reopen-field', CSS);
    host = made.host;
    menu = element('div', '', 'm');
    made.root.append(menu);
    say(t('insertForeignFrame'));
    document.documentElement.append(host);
    place();
    // Until the focus comes back to the page itself.
    addEventListener('focus', hide, { signal, once: true });
  };

  const onForm = (): boolean => isFormKind(findPack(location.href)?.page.kind);
  watchFocus(signal, {
    focusIn: (el) => el !== host && (onForm() && !refusalFor(el) ? show(el as HTMLElement) : hide()),
    // Leaving the field for anything but our own button hides it; leaving our
    // button (back to the field, or elsewhere) keeps it until the next focus.
    focusOut: (e) => e.target !== host && e.relatedTarget !== host && hide(),
    foreignFrame: (frame) => (onForm() ? note(frame) : hide()),
    moved: place,
  });
  addEventListener('scroll', place, { signal, capture: true, passive: true });
  addEventListener('resize', place, { signal, passive: true });
  signal.addEventListener('abort', () => (picked = null));
  return (text) => insertIntoField(picked?.isConnected ? picked : null, text);
}
