// Messages from the extension to the content script (tabs.sendMessage): the
// other direction of the contract in messages.ts. The content script cannot
// carry a validator (size: docs/testing.md#sizes), so these are few, flat and
// checked by hand there (src/content/index.ts), and only accepted from our own
// extension (sender.id === runtime.id, no tab).

/**
 * Why text could not be inserted into the focused field (README.md#appeal-text).
 * 'not-taken': the editor did not take the text and the field is as it was
 * (the caller offers the clipboard); 'changed': an attempt changed the field
 * and could not be undone (the user is asked to check it and press Ctrl+Z).
 */
export const INSERT_REFUSALS = [
  'no-field',
  'password',
  'hidden',
  'readonly',
  'disabled',
  'unsupported',
  'cross-origin-frame',
  'too-long',
  'not-taken',
  'changed',
] as const;
export type InsertRefusal = (typeof INSERT_REFUSALS)[number];

export type InsertResult =
  { ok: true; length: number; method: 'beforeinput' | 'execCommand' | 'setter' } | { ok: false; reason: InsertRefusal; maxLength?: number };

/** What the focused field can take, so the popup can pick a variant that fits; `used` is the text that stays (a selection is replaced). */
export type FieldInfo = { ok: true; maxLength?: number; multiline: boolean; used: number } | { ok: false; reason: InsertRefusal };

/**
 * 'content/insert': the popup's text, into the focused field. 'content/insert-picked': the text the user
 * chose in the picker window, into the field the page button was beside (src/content/field-button.ts).
 */
export type ToContent =
  | { type: 'content/scan' }
  | { type: 'content/field-info' }
  | { type: 'content/insert'; text: string }
  | { type: 'content/insert-picked'; text: string };
