// Where a match sits: its clause, its sentence and its block (README.md#on-the-page),
// and whether that clause states the user's own state or only mentions one
// (a question, advice, a condition, a negation, someone else's line). Every
// scan here is bounded (SCAN characters, LINES lines), so the cost per match
// is constant whatever the text.
import {
  ADVICE_MARKERS,
  CLAUSE_NEGATIONS,
  CONDITION_MARKERS,
  FOLLOWING_QUESTION,
  FUTURE,
  NEGATIONS,
  OR_QUESTION,
  PROSPECTS,
  QUESTION_MARKERS,
  REPORTED_MARKERS,
  TRAILERS,
  UNKNOWN_REASON,
} from './phrases';
import { CREDIT_WORDS, PRODUCT_WORDS } from './subjects';

const isCjkAt = (p: string, i: number): boolean => p.charCodeAt(i) >= 0x3400 && p.charCodeAt(i) <= 0x9fff;

const opens = (p: string, i: number): boolean => isCjkAt(p, i) || p[i] === '(';

/** Lets an optional line break follow every CJK character outside [...] classes that another CJK character (or a group) follows. */
function breakable(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    out += c;
    if (c === '\\') {
      out += p[++i] ?? '';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (!inClass && isCjkAt(p, i) && (isCjkAt(p, i + 1) || p[i + 1] === '(')) out += '\\n?';
    else if (!inClass && c === ')' && (opens(p, i + 1) || (p[i + 1] === '?' && opens(p, i + 2)))) {
      if (p[i + 1] === '?') out += p[++i];
      out += '\\n?';
    }
  }
  return out;
}

/** Compiles dictionary sources, letting a line break sit between two CJK characters (a phrase broken over lines). */
export function compile(sources: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(sources.map(breakable).join('|'), flags);
}

export interface Span {
  start: number;
  end: number;
}

const SCAN = 80;
const SENTENCE_ENDS = '。!?;\n';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** A full stop ends an English sentence unless it sits inside a number (1.2). */
const isSentenceEnd = (t: string, i: number): boolean => {
  const c = t.charAt(i);
  if (c === '') return true;
  if (SENTENCE_ENDS.includes(c)) return true;
  return c === '.' && !(isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1)));
};

/** Commas and 、 part clauses; "," inside a number (5,000) does not. */
const isClauseEnd = (t: string, i: number): boolean => {
  if (isSentenceEnd(t, i)) return true;
  const c = t.charAt(i);
  return c === '、' || (c === ',' && !(isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1))));
};

function around(t: string, s: number, e: number, end: (t: string, i: number) => boolean): Span {
  let a = s;
  while (a > 0 && s - a < SCAN && !end(t, a - 1)) a--;
  let b = e;
  while (b < t.length && b - e < SCAN && !end(t, b)) b++;
  return { start: a, end: b };
}

export const clauseOf = (t: string, s: number, e: number): Span => around(t, s, e, isClauseEnd);
export const sentenceOf = (t: string, s: number, e: number): Span => around(t, s, e, isSentenceEnd);

const LINES = 3;
const CONTEXT = 160;

/**
 * The block around a sentence: up to LINES lines before it (its heading: "借呗",
 * "信用卡 尾号3390") and one short line after it, bounded by CONTEXT characters.
 * The reading keeps blocks apart with line breaks.
 */
export function blockOf(t: string, sentence: Span): { before: Span; after: Span } {
  let a = sentence.start;
  let lines = 0;
  while (a > 0 && sentence.start - a < CONTEXT) {
    if (t.charAt(a - 1) === '\n' && ++lines > LINES) break;
    a--;
  }
  let b = sentence.end;
  if (t.charAt(b) === '\n') {
    b++;
    const limit = Math.min(t.length, b + 30);
    while (b < limit && t.charAt(b) !== '\n') b++;
    if (b === limit && t.charAt(b) !== '\n' && b !== t.length) b = sentence.end; // too long for a label line
  }
  return { before: { start: a, end: sentence.start }, after: { start: sentence.end, end: b } };
}

const QUESTION = compile(QUESTION_MARKERS);
const REASON_UNKNOWN = compile(UNKNOWN_REASON, 'gi');
const CREDIT = compile([...PRODUCT_WORDS.map(([source]) => source), ...CREDIT_WORDS]);
// An FAQ line: "问：…" / "答：…" / "Q: …" / "A: …".
const FAQ_LINE = /^(?:问|答|q|a)\s?:/i;
const ADVICE = compile(ADVICE_MARKERS);
const CONDITION = compile(CONDITION_MARKERS);
const REPORTED = compile(REPORTED_MARKERS);
const CLAUSE_NEGATED = compile(CLAUSE_NEGATIONS);
const FUTURE_BEFORE = new RegExp(`(?:${FUTURE.join('|')})$`, 'i');
const NEGATED = new RegExp(`(?:${NEGATIONS.join('|')})$`, 'i');
const TRAILER = new RegExp(`^(?:${TRAILERS.join('|')})`, 'i');
const FOLLOWS_QUESTION = new RegExp(`^\\s?(?:${FOLLOWING_QUESTION.join('|')})`, 'i');
const ASKS = /^\s?(?:is|are|was|were|does|do|did|can|could|will|would|has|have|should)\b/i;
const ASKS_WHICH = compile(OR_QUESTION);
// A recovery said as a prospect, not a fact: "还清后可恢复使用", "结清后将自动解冻".
const PROSPECT = new RegExp(`(?:${PROSPECTS.join('|')})$`, 'i');

// ---------------------------------------------------------------- indexes

const MAX_SPANS = 50_000;

/** Every match of a global `re` in `t`, in order: one linear pass per expression, whatever the number of candidates. */
export function spansOf(re: RegExp, t: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(t); m !== null && out.length < MAX_SPANS; m = re.exec(t)) {
    if (m[0] === '') re.lastIndex++;
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The spans (sorted by start) lying wholly inside [from, to), by binary search. */
export function within<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end <= to) out.push(spans[i]!);
  return out;
}

/** True when a span (sorted by start) lies wholly inside [from, to). */
function hasWithin(spans: readonly Span[], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end <= to) return true;
  return false;
}

/** Where the context markers are in a text, found once per detection (README.md#on-the-page: linear time). */
export interface Marks {
  question: Span[];
  advice: Span[];
  condition: Span[];
  reported: Span[];
  negation: Span[];
  which: Span[];
  credit: Span[];
}

export function markText(t: string): Marks {
  // "不知道为什么借呗被关了" states the closure: its 为什么 asks for the reason only.
  const unknownReason = spansOf(REASON_UNKNOWN, t);
  const question = spansOf(QUESTION, t).filter((q) => !unknownReason.some((r) => r.start <= q.start && q.end <= r.end));
  return {
    question,
    advice: spansOf(ADVICE, t),
    condition: spansOf(CONDITION, t),
    reported: spansOf(REPORTED, t),
    negation: spansOf(CLAUSE_NEGATED, t),
    which: spansOf(ASKS_WHICH, t),
    credit: spansOf(CREDIT, t),
  };
}

export interface MentionRules {
  /** Advice words ("可能", "may") make it a mention; not for a waiting period ("you may reapply after 6 months"). */
  advice: boolean;
  /** Words after the match ("…后", "…的原因") make it a mention. */
  trailers: boolean;
  /** A recovery or usable state: a prospect ("还清后可恢复") is not one. */
  prospect: boolean;
}

/** Where a match sits: its clause and its sentence. */
export interface Place {
  clause: Span;
  sentence: Span;
}

export const placeOf = (t: string, s: number, e: number): Place => ({ clause: clauseOf(t, s, e), sentence: sentenceOf(t, s, e) });

/** True when the match at [s, e) is asked about, advised on, conditional, negated, or someone else's. */
export function isMention(t: string, marks: Marks, s: number, e: number, place: Place, rules: MentionRules): boolean {
  const { clause, sentence } = place;
  // The markers are looked for around the match, not in it ("可以正常使用" is no advice).
  const around = (spans: Span[]): boolean => hasWithin(spans, clause.start, s) || hasWithin(spans, e, clause.end);
  if (around(marks.question) || (rules.advice && around(marks.advice))) return true;
  const end = t.charAt(clause.end);
  if (end === '?') return true;
  if ((end === ',' || end === '、') && FOLLOWS_QUESTION.test(t.slice(clause.end + 1, clause.end + 8))) return true;
  if (
    t.charAt(sentence.end) === '?' &&
    (ASKS.test(t.slice(sentence.start, sentence.start + 8)) || hasWithin(marks.which, sentence.start, sentence.end))
  )
    return true;
  if (hasWithin(marks.reported, sentence.start, sentence.end)) return true;
  if (hasWithin(marks.condition, sentence.start, s)) return true;
  if (NEGATED.test(t.slice(Math.max(clause.start, s - 8), s)) || hasWithin(marks.negation, clause.start, s)) return true;
  if (rules.advice && FUTURE_BEFORE.test(t.slice(Math.max(clause.start, s - 12), s))) return true;
  if (answersQuestion(t, marks, sentence.start)) return true;
  if (rules.prospect && PROSPECT.test(t.slice(Math.max(clause.start, s - 6), s))) return true;
  return rules.trailers && TRAILER.test(t.slice(e, Math.min(clause.end, e + 6)));
}

const LINE_BACK = 200;

/**
 * An FAQ answer: the line is marked 问/答/Q/A, or an earlier sentence on the same
 * line asks how, why or what about credit ("信用卡被降额怎么办？可以先…"; not
 * a chat's "请问有什么可以帮您？").
 */
function answersQuestion(t: string, marks: Marks, from: number): boolean {
  let a = from;
  while (a > 0 && from - a < LINE_BACK && t.charAt(a - 1) !== '\n') a--;
  if (FAQ_LINE.test(t.slice(a, a + 3))) return true;
  let asked = from - 1;
  while (asked >= a && t.charAt(asked) !== '?') asked--;
  return asked >= a && hasWithin(marks.question, a, asked) && hasWithin(marks.credit, a, asked);
}
