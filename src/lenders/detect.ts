// Status detection: a reading in, one normalised status out, with the product
// it is about and the snippets that justify it (README.md#on-the-page). Pure (no
// DOM); runs in the worker (src/background/reading.ts) and on recognised
// screenshots. Candidates: ./patterns.ts (phrases: ./phrases.ts); subjects: ./subjects.ts; where a match
// sits: ./clauses.ts; whose status and product: ./attribution.ts; numbers: ./numbers.ts.
//
// Detection is by clause, with a subject:
//  1. Normalise (./normalise.ts), remembering where each character came from.
//  2. Every phrase match is a candidate. It is dropped when its clause asks,
//     advises, states a condition, negates it or reports someone else's line.
//  3. It needs a subject: a credit subject (a product, 额度, 信用卡, credit line…)
//     in its clause, else in its sentence, else in its block's heading (the
//     lines before it) or a short label line after it — even on a lender's own
//     account page, whose tables list orders and bills (已取消, 已关闭). A non-credit subject between
//     the credit subject and the verb (白条免密支付已关闭), or the only subject of
//     the clause (订单已关闭), takes the verb: no signal.
//  4. The product is the clause's own, else the sentence's, else the block's;
//     the caller's product is only a hint for signals that name none.
//  5. Resolve: a recovery (已恢复, 已解除冻结) over the faults of its product; a
//     status that explains another absorbs it (REFINES); a fault on one product
//     beside a usable other (借呗 closed, 花呗 available) is the fault; statuses
//     said in their own clause beat those inherited from a heading; anything
//     still in conflict is `unknown`, with all the evidence.
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { type Reading, subjectOf } from './attribution';
import { indexSubjects } from './subject-index';
import { type Layout, layoutOf, placeOf, sentenceOf, within } from './clauses';
import { causeOf, isMention, markText } from './mentions';
import { type Normalised, normaliseReading, originalSlice } from './normalise';
import { MARKETING } from './markers';
import { recordCell } from './records';
import { isBareLine, isChrome, isListItem } from './screens';
import { PATTERNS, type Pattern, type Signal } from './patterns';

export interface Detection {
  status: Status;
  /** cooling_off: the waiting period in months, when the text states one. */
  months?: number;
  /** reduced: the line before and after, in yuan, when the text states them. */
  limitBefore?: number;
  limitAfter?: number;
  /** The product the evidence names (or the caller's hint when it names none). */
  product?: Product;
  /** Snippets of the original text (≤ 120 chars each, at most 6). */
  evidence: string[];
}

export interface DetectOptions {
  /** The product of the page (a site pack's): used only for signals that name none. */
  product?: Product;
}

// ---------------------------------------------------------------- signals

const MARKETED = new RegExp(`(?:${MARKETING.join('|')})$`, 'i');

const LENDER_ACTS: readonly Status[] = ['closed', 'frozen', 'suspended', 'reduced'];

// A completed act (已被冻结) is its clause's own predicate: after a reason ("因逾期未还款已被冻结") it is the effect, never the cause.
const DONE = /^(?:已经|已被|已|被)/;

// A notice's title word after the match, before its colon or its line's end: "停卡通知：…".
const TITLE = /^(?:通知|告知书|告知函)(?::|\n)/;

// Bounds per pattern: matches looked at, and signals kept (a page listing 300 closed orders).
const MAX_MATCHES = 400;
const MAX_SIGNALS = 40;

function collect(l: Layout, read: () => Reading, p: Pattern, out: Signal[]): void {
  const { t } = l;
  p.re.lastIndex = 0;
  const positive = p.status === 'normal';
  // The same for every match of the pattern.
  const rules = {
    advice: p.status !== 'cooling_off' && p.status !== 'merchant_switch',
    // "由XX银行提供的贷款" still names the bank that lends: a relative clause is no trailer for brand_split.
    trailers: p.status !== 'security_risk' && p.status !== 'brand_split' && !positive,
    prospect: positive,
    lenderAct: LENDER_ACTS.includes(p.status),
  };
  let n = 0;
  let kept = 0;
  for (let m = p.re.exec(t); m !== null && n < MAX_MATCHES && kept < MAX_SIGNALS; m = p.re.exec(t)) {
    if (m[0] === '') {
      p.re.lastIndex++;
      continue;
    }
    n++;
    // A line break the compiled phrase let in before its first word ("(?:已)?\n?锁定") is the line's, not the phrase's.
    const start = t.charCodeAt(m.index) === 10 ? m.index + 1 : m.index;
    const end = m.index + m[0].length;
    // A screen's chrome first: it looks at one line, the mention checks at the whole clause and sentence.
    if (isChrome(l, start, end, p.recovery === true) || (p.check && isBareLine(l, start, end))) continue;
    const r = read();
    const place = placeOf(l, start, end);
    if (isListItem(l, place.sentence.start, place.sentence.end) || isMention(l, r.marks, start, end, place, rules)) continue;
    if (positive && MARKETED.test(t.slice(Math.max(0, start - 6), start))) continue;
    const extra = p.make ? p.make(m) : {};
    if (extra === null) continue;
    const subject = subjectOf(r, start, end, place, p.needs);
    if (!subject) continue;
    // A state cell of a dated record (已结清 / 已关闭 under 2025-07-15) is that record's, unless its own line names the line.
    const cell = recordCell(l, start, end);
    if (cell && !within(r.subjects, cell.start, cell.end).some((x) => x.kind === 'credit' || x.kind === 'lender')) continue;
    // "借呗入口已调整为信用贷", "还款日调整为每月10日的提醒": a change into a named thing is no cut of an amount.
    if (p.adjusted && within(r.subjects, end, end + 12).some((x) => x.start <= end + 1 && (x.product !== undefined || x.kind === 'other')))
      continue;
    const status = extra.status ?? p.status;
    const signal: Signal = { status, strong: subject.strong, start, end, ...extra };
    if (p.recovery) signal.recovery = true;
    const cause = causeOf(r.marks, start, place);
    if (cause !== undefined && !DONE.test(m[0])) signal.cause = cause;
    if (p.adjusted) signal.adjusted = true;
    if (p.check) signal.check = true;
    if (TITLE.test(t.slice(end, end + 4))) signal.titled = true;
    kept++;
    const product = status === 'brand_split' ? 'xinyongdai' : status === 'merchant_switch' ? 'wangshangdai' : subject.product;
    if (product) signal.product = product;
    out.push(signal);
  }
}

// ---------------------------------------------------------------- resolving

// The key explains (and replaces) the listed statuses.
const REFINES: Partial<Record<Status, readonly Status[]>> = {
  cooling_off: ['declined', 'closed', 'unavailable', 'suspended'],
  declined: ['unavailable', 'closed'],
  closed: ['unavailable', 'suspended'],
  frozen: ['unavailable', 'suspended'],
  suspended: ['unavailable'],
  // A lock until the user verifies is a security hold, not a lock the user set.
  security_risk: ['unavailable', 'suspended', 'frozen', 'user_locked'],
  user_locked: ['unavailable', 'suspended', 'frozen'],
  reduced: ['normal'],
  merchant_switch: ['closed', 'normal', 'unavailable', 'reduced'],
  brand_split: ['normal', 'declined'],
};
const HOLDS: readonly Status[] = ['frozen', 'suspended', 'unavailable'];
// The line still exists, held: a screen keeps printing its amounts.
const HELD_LINE: readonly Status[] = [...HOLDS, 'security_risk', 'user_locked'];

/** Signals (sorted by start) after the first one that follows a cause marker are that cause's effects. */
function effectsOfCauses(found: Signal[]): void {
  const causes = new Map<number, number>(); // cause marker → end of the first signal after it
  for (const s of found) {
    if (s.cause === undefined) continue;
    const end = causes.get(s.cause);
    if (end === undefined) causes.set(s.cause, s.end);
    else if (s.start >= end) delete s.cause;
  }
}
const FAULTLESS: readonly Status[] = ['brand_split', 'normal', 'unknown'];
// A recovery that names the hold it ends (解冻, 解除限制, unfrozen).
const ENDS_A_HOLD = /冻|锁|止付|暂停|限制|管制|unfrozen|unblocked|unlocked|lifted/i;
const MAX_EVIDENCE = 6;
const sameProduct = (a: Signal, b: Signal): boolean => a.product === undefined || b.product === undefined || a.product === b.product;

/** Detects the credit-line status stated in `text` (a reading: the visible text of a page, or recognised text). */
export function detectStatus(text: string, options: DetectOptions = {}): Detection {
  const n = normaliseReading(text);
  const t = n.text;
  const layout = layoutOf(t, n.origin);
  const found: Signal[] = [];
  // Subjects and markers are indexed on the first candidate only: a text with no phrase costs one pass per pattern.
  let reading: Reading | undefined;
  const read = (): Reading => (reading ??= { t, layout, subjects: indexSubjects(t), marks: markText(t) });
  for (const p of PATTERNS) collect(layout, read, p, found);
  if (found.length === 0) return { status: 'unknown', evidence: [] };
  found.sort((x, y) => x.start - y.start);

  // "额度调整为3000" is a cut unless the amounts say it rose ("从2000元调整为5000元").
  // A cause yields to the status it explains ("因账户存在风险，已作销卡处理" is closed). The cause is
  // the first status after its marker; later ones in the clause are its effects (因存在风险交易已被我行止付并停用).
  // An account-security check explains a hold (因疑似盗刷已临时锁卡 is the check, not a freeze).
  effectsOfCauses(found);
  const effects = found.filter((s) => s.cause === undefined && s.status !== 'normal');
  if (effects.length > 0) {
    const held = effects.every((s) => HOLDS.includes(s.status));
    found.splice(0, found.length, ...found.filter((s) => s.cause === undefined || (s.check && held)));
  }
  // "停卡通知：…我行暂停该卡的消费及取现功能，暂停期限30天": the body's own status over the title's kind.
  if (found.some((s) => !s.titled && s.status !== 'normal')) found.splice(0, found.length, ...found.filter((s) => !s.titled));
  // "Weilidai cannot be used right now. Please try again later.": a retry without a period is a wait only after a decline.
  if (!found.some((s) => s.status === 'declined')) found.splice(0, found.length, ...found.filter((s) => !s.untimed));
  const moves = found.filter((s) => s.after !== undefined);
  const unmoved = found.filter((s) => !s.adjusted || !moves.some((m) => m.start < s.end && s.start < m.end + 2));
  found.length = 0;
  found.push(...unmoved);
  // A recovery ends the faults of its product ("已解除冻结，可正常使用").
  // An unfreezing ends a hold, not a cut said beside it ("帐户解冻了，但额度从5万变成1万").
  const recoveries = found.filter((s) => s.recovery);
  // The hold named inside its ending ("止付已解除", "白条锁已关闭") is the recovery's object, no fault of its own.
  const ends = (r: Signal, s: Signal): boolean =>
    (r.start <= s.start && s.end <= r.end) ||
    (sameProduct(r, s) && (HELD_LINE.includes(s.status) || !ENDS_A_HOLD.test(t.slice(r.start, r.end))));
  let counted = found.filter((s) => s.status === 'normal' || FAULTLESS.includes(s.status) || !recoveries.some((r) => ends(r, s)));
  // A printed amount (可借额度 ¥28,000) stays on screen while the line is held: a hold said of the same product wins.
  // Beside a line that is gone (closed, declined) it is a contradiction, and stays one.
  const said = counted.filter((s) => HELD_LINE.includes(s.status));
  counted = counted.filter((s) => !s.printed || !said.some((f) => sameProduct(f, s)));

  // "借呗没了，支付宝里多了一个“信用贷”…由上海银行放款": 借呗 gone beside bank-funded loans shown apart is the brand split.
  if (counted.some((s) => s.status === 'brand_split'))
    counted = counted.filter((s) => s.status !== 'closed' || (s.product !== undefined && s.product !== 'jiebei'));
  const present = new Set(counted.map((s) => s.status));
  const absorbed = new Set<Status>();
  for (const s of present) for (const x of REFINES[s] ?? []) absorbed.add(x);
  for (const s of present) if (!FAULTLESS.includes(s)) absorbed.add('brand_split');
  counted = counted.filter((s) => !absorbed.has(s.status));
  let left = [...new Set(counted.map((s) => s.status))];
  if (left.length > 1 && left.includes('normal')) {
    // A fault on one product beside a usable other product (借呗 closed, 花呗 available) is the fault;
    // a fault and a usable state of the same line is a conflict.
    const normals = counted.filter((s) => s.status === 'normal');
    const faults = counted.filter((s) => s.status !== 'normal');
    if (!normals.every((x) => x.product && faults.every((f) => f.product && f.product !== x.product))) return unknownOf(n, layout, counted);
    left = left.filter((s) => s !== 'normal');
  }
  if (left.length > 1) {
    const strong = left.filter((s) => counted.some((x) => x.status === s && x.strong));
    if (strong.length > 0) left = strong;
  }
  if (left.length !== 1) return unknownOf(n, layout, counted);
  const status = left[0]!;
  const own = counted.filter((s) => s.status === status);
  const result: Detection = { status, evidence: evidenceOf(n, layout, own) };
  if (status === 'reduced') {
    const cut = own.find((s) => s.after !== undefined);
    // "额度已调降" next to "额度从2000元调整为5000元": a rise and a cut phrase disagree.
    if (!cut && found.some((s) => s.status === 'normal' && s.after !== undefined)) return unknownOf(n, layout, counted);
    if (cut) {
      result.limitBefore = cut.before;
      result.limitAfter = cut.after;
    }
  }
  if (status === 'cooling_off') {
    const months = new Set(own.map((s) => s.months).filter((m) => m !== undefined));
    if (months.size === 1) result.months = [...months][0];
  }
  // A status that absorbed others may name no product itself ("Account security check required. Jintiao is unavailable…").
  const named = own.some((s) => s.product) ? own : found.filter((s) => REFINES[status]?.includes(s.status));
  const products = new Set(named.map((s) => s.product).filter((p) => p !== undefined));
  const product = products.size === 1 ? [...products][0] : products.size === 0 ? options.product : undefined;
  if (product) result.product = product;
  // Evidence of the absorbed statuses still explains the answer (暂未通过 next to 6个月后再试).
  for (const e of evidenceOf(n, layout, found))
    if (result.evidence.length < MAX_EVIDENCE && !result.evidence.includes(e)) result.evidence.push(e);
  return result;
}

// ---------------------------------------------------------------- evidence

const unknownOf = (n: Normalised, l: Layout, list: readonly Signal[]): Detection => ({
  status: 'unknown',
  evidence: evidenceOf(n, l, list),
});

const SNIPPET = 120;

function evidenceOf(n: Normalised, l: Layout, list: readonly Signal[]): string[] {
  const out: string[] = [];
  // A page repeating one status gives one line; looking at a few dozen signals is enough to find six lines.
  let looked = 0;
  for (const s of list) {
    if (++looked > MAX_EVIDENCE * 2) break;
    const snippet = (s.snippet ??= snippetOf(n, l, s.start, s.end));
    // Overlapping matches (花呗已冻结 and 已冻结) give one snippet, the longer.
    const i = out.findIndex((o) => o.includes(snippet) || snippet.includes(o));
    if (i < 0) out.push(snippet);
    else if (snippet.length > out[i]!.length) out[i] = snippet;
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/** The sentence around a match, from the original text, at most SNIPPET characters around the match. */
function snippetOf(n: Normalised, l: Layout, s: number, e: number): string {
  const sentence = sentenceOf(l, s, e);
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > SNIPPET) {
    from = Math.max(sentence.start, s - Math.max(0, Math.floor((SNIPPET - (e - s)) / 2)));
    to = Math.min(sentence.end, from + SNIPPET);
  }
  return originalSlice(n, from, to, SNIPPET);
}
