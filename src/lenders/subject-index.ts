// The subject words of a reading (README.md#on-the-page), found once per reading:
// every list of ./subjects.ts in one pass, and a product named by its shape beside it.
import type { Product } from '../shared/products';
import { type Span, compile } from './clauses';
import {
  ACCOUNT_WORDS,
  APPLICATION_WORDS,
  CREDIT_WORDS,
  HINT_WORDS,
  LENDER_WORDS,
  OTHER_SUBJECTS,
  PRODUCT_WORDS,
  SHAPED_PRODUCT,
} from './subjects';

export type SubjectKind = 'credit' | 'application' | 'account' | 'lender' | 'other';
export interface Subject extends Span {
  kind: SubjectKind;
  product?: Product;
  /** The product is a guess from the word (a "credit limit" is a card's): used when nothing else names one. */
  hint?: true;
}

// One expression for every subject list, each list in its own group: one pass over the text.
// At a position the first list that matches wins, in this order: products, a product
// named by its shape, lenders, credit words, other subjects (before the application
// words: "applications are closed" is a channel, not an outcome), application words,
// account words. The shaped product is scanned apart: its look-behind and broad first
// class would make the one expression try every alternative at every ideograph.
type Entry = readonly [source: string, kind: SubjectKind, product?: Product, hint?: true];
const NAMED: readonly Entry[] = PRODUCT_WORDS.map(([source, product]) => [source, 'credit', product] as const);
const SUBJECT_LISTS: readonly Entry[] = [
  ...NAMED,
  ...LENDER_WORDS.map(([source, product]) => [source, 'lender', product] as const),
  ...HINT_WORDS.map(([source, product]) => [source, 'credit', product, true] as const),
  ...CREDIT_WORDS.map((source) => [source, 'credit'] as const),
  ...OTHER_SUBJECTS.map((source) => [source, 'other'] as const),
  ...APPLICATION_WORDS.map((source) => [source, 'application'] as const),
  ...ACCOUNT_WORDS.map((source) => [source, 'account'] as const),
];
const SUBJECTS = new RegExp(SUBJECT_LISTS.map(([source]) => `(${compile([source]).source})`).join('|'), 'gi');
const SHAPED = compile([SHAPED_PRODUCT]);

interface Hit extends Span {
  /** The list that matched, or -1 for a shaped product. */
  list: number;
}

/** The first match of `re` at or after `from` (null when none): `list` from its group, or -1. */
function hitFrom(re: RegExp, t: string, from: number, grouped: boolean): Hit | null {
  re.lastIndex = from;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    let k = -1;
    if (grouped) {
      k = 0;
      while (m[k + 1] === undefined) k++;
    }
    // A word before a look-ahead may end on the line break compile() lets in ("支付\n" of 支付(?!宝)): not the word's.
    let end = m.index + m[0].length;
    while (end > m.index + 1 && t.charCodeAt(end - 1) === 10) end--;
    return { start: m.index, end, list: k };
  }
  return null;
}

/** Every subject word in `t`, in text order, as the one expression of all lists would find them. */
export function indexSubjects(t: string): Subject[] {
  const out: Subject[] = [];
  let at = 0;
  let listed = hitFrom(SUBJECTS, t, 0, true);
  let shaped = hitFrom(SHAPED, t, 0, false);
  while (listed !== null || shaped !== null) {
    // At one position a named product wins over a shaped one, and a shaped one over every other list.
    const takeShaped =
      shaped !== null && (listed === null || shaped.start < listed.start || (shaped.start === listed.start && listed.list >= NAMED.length));
    const hit = takeShaped ? shaped! : listed!;
    if (hit.list < 0) out.push({ start: hit.start, end: hit.end, kind: 'credit', product: 'other' });
    else {
      const [, kind, product, hint] = SUBJECT_LISTS[hit.list]!;
      const subject: Subject = { start: hit.start, end: hit.end, kind };
      if (product) subject.product = product;
      if (hint) subject.hint = true;
      out.push(subject);
    }
    at = hit.end;
    // A match is consumed as the one expression would: the next starts where it ends.
    if (listed !== null && listed.start < at) listed = hitFrom(SUBJECTS, t, at, true);
    if (shaped !== null && shaped.start < at) shaped = hitFrom(SHAPED, t, at, false);
  }
  return out;
}
