// The bounded near-credit-words reader: for pages no site pack describes
// (generic mode: "Scan this page", a site the user added) and for listed pages
// whose markup the pack did not guess (README.md#on-the-page). It keeps the
// parts of a page's visible text around credit words, in page order, within
// MAX_READING. Plain indexOf scans: linear in the text, and no regular
// expression to compile in the page.
import { MAX_READING } from '../shared/limits';

// Words near which a credit line's status is written (docs/sources.md#status-wording glossary).
const NEAR = ['额度', '借呗', '花呗', '白条', '金条', '微粒贷', '授信', '信用', '贷', '額度', '關閉', '凍結', 'credit', 'limit', 'loan'];
/** Characters kept on each side of a credit word. */
const WINDOW = 120;
/** At most this many windows: a page full of credit words costs no more than this. */
const MAX_SPANS = 400;

/** Whether `text` names credit at all (a pack's element holding only an order status does not). */
export function hasCreditWord(text: string): boolean {
  const lower = text.toLowerCase();
  return NEAR.some((word) => lower.includes(word));
}

/**
 * The text around credit words, in page order, at most `max` characters; the
 * text itself when it is that short already. A text with no credit word at all
 * gives its first `max` characters.
 */
export function excerptNearCredit(text: string, max = MAX_READING): string {
  if (text.length <= max) return text;
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const word of NEAR) {
    for (let at = lower.indexOf(word); at !== -1 && spans.length < MAX_SPANS; at = lower.indexOf(word, at + word.length)) {
      spans.push([Math.max(0, at - WINDOW), Math.min(text.length, at + word.length + WINDOW)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let size = 0;
  let end = -1;
  for (const [from, to] of spans) {
    const start = Math.max(from, end);
    if (start >= to) continue;
    const piece = text.slice(start, to);
    if (size + piece.length > max) break;
    parts.push(start === end ? piece : `\n${piece}`);
    size += piece.length + 1;
    end = to;
  }
  return parts.join('').trim() || text.slice(0, max);
}
