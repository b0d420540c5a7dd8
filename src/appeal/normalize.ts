// Insertion safety for user-provided strings (README.md#appeal-text; docs/trust-model.md#page-text-is-data). The output is plain text: nothing here escapes
// markup, because the text is inserted as text (textContent / insertText), so a
// value like `<img onerror>` stays inert and is shown literally. What we do
// remove is what could change the text's *shape*: control characters and line
// breaks (a case value must not start a new paragraph or fake a heading), bidi
// overrides (they can visually reorder the text the user reviews), and length
// (a hostile or pasted value must not swamp the appeal).

/** Length as the user sees it: code points, not UTF-16 units. */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

// C0 and C1 controls (including \t \n \r), DEL, line/paragraph separators,
// zero-width and bidi formatting characters, BOM.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/**
 * Normalise one user-provided value to a single trimmed line of at most `max`
 * code points (cut values end with "…"). Non-strings become ''.
 */
export const cleanText = (value: unknown, max: number): string => {
  if (typeof value !== 'string') return '';
  const line = value.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
};

/** A real calendar day as YYYY-MM-DD, or undefined. */
export const cleanDay = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value : undefined;
};

const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
const MASKED_MOBILE = /^1[3-9]\d\*{4}\d{4}$/;
const EMAIL = /^([^@\s]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})$/;

/**
 * Mask an account reference before it goes into any text (docs/trust-model.md#page-texts-bound: the
 * case is personal; only the chosen text crosses into the page).
 *
 * - mainland mobile numbers → `138****5678` (the style Alipay itself shows);
 * - e-mail addresses → `a***@example.com`;
 * - anything else (card, account or loan number, or just "尾号1234") → `****`
 *   plus at most the last 4 letters or digits.
 *
 * Idempotent: masking a masked value returns it unchanged. Returns undefined
 * when nothing usable is left.
 */
export const maskAccountRef = (value: unknown): string | undefined => {
  const raw = cleanText(value, 100).replace(/[\s\-()（）]/gu, '');
  if (!raw) return undefined;
  const mobile = MOBILE.exec(raw);
  if (mobile?.[1]) return `${mobile[1].slice(0, 3)}****${mobile[1].slice(-4)}`;
  if (MASKED_MOBILE.test(raw)) return raw;
  const email = EMAIL.exec(raw);
  if (email?.[1] && email[2]) {
    const first = Array.from(email[1]).find((c) => /[A-Za-z0-9]/.test(c));
    return `${first ?? ''}***@${email[2].slice(0, 40)}`;
  }
  // Keep only the trailing run of letters/digits, at most 4 of them.
  const tail = /([A-Za-z0-9]{1,4})$/.exec(raw)?.[1];
  return tail ? `****${tail}` : undefined;
};
