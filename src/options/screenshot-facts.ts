// What a screenshot's text says, read exactly as a web page's reading is
// (README.md#on-the-page): the worker's own factsFromReading, on the text the
// engine recognised or the user corrected. It is pure and needs no network,
// so the options page runs it itself and the text never leaves the page.
import { factsFromReading } from '../background/reading';
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { LIMITS } from '../shared/case';

/**
 * A screenshot has no address. A host under the reserved `.invalid` top-level
 * domain (RFC 2606, https://www.rfc-editor.org/rfc/rfc2606#section-2) matches
 * no site pack, so detection reads the text as it reads an unlisted page: a
 * status counts only with a credit subject in its clause, sentence or heading.
 */
const NO_ADDRESS = 'https://screenshot.invalid/';

export interface ScreenshotFacts {
  /** `unknown` when the text states no credit status (or conflicting ones). */
  status: Status;
  product?: Product;
  months?: number;
  limitBefore?: number;
  limitAfter?: number;
  /** The snippets of the text that show the status, as recognised. */
  evidence: string[];
}

export function screenshotFacts(text: string): ScreenshotFacts {
  const facts = factsFromReading(NO_ADDRESS, text);
  if (!facts) return { status: 'unknown', evidence: [] };
  const { url: _url, packId: _pack, pageKind: _kind, ...rest } = facts;
  return rest;
}

/** The line an appeal quotes: the first evidence snippet, on one line and within an exhibit's text limit; '' when there is none. */
export const statusLineOf = (facts: ScreenshotFacts): string =>
  (facts.evidence[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.exhibitText).trim();

const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * Where the evidence snippets sit in `text`, as [start, end) ranges in order,
 * merged where they overlap. Snippets leave out the text's whitespace and
 * invisible characters (src/lenders/normalise.ts originalSlice), so they are
 * matched without them. Linear in the text per snippet.
 */
export function evidenceRanges(text: string, evidence: readonly string[]): [number, number][] {
  let compact = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.test(text[i]!)) continue;
    compact += text[i];
    origin.push(i);
  }
  const ranges: [number, number][] = [];
  for (const snippet of evidence) {
    const needle = [...snippet].filter((c) => !IGNORED.test(c)).join('');
    if (!needle) continue;
    for (let at = compact.indexOf(needle); at >= 0; at = compact.indexOf(needle, at + needle.length)) {
      ranges.push([origin[at]!, origin[at + needle.length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
