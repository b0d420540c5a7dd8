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

/** Compiles dictionary sources, letting a line break sit between two CJK characters (a phrase broken over lines). */
export function compile(sources: readonly string[], flags = 'gi'): RegExp {
  const gap = /([\u3400-\u9fff]|\)\??)(?=[\u3400-\u9fff(])/g;
  return new RegExp(sources.map((p) => p.replace(gap, '$1\\n?')).join('|'), flags);
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

const QUESTION = compile(QUESTION_MARKERS, 'i');
const REASON_UNKNOWN = compile(UNKNOWN_REASON, 'gi');
const CREDIT = compile([...PRODUCT_WORDS.map(([source]) => source), ...CREDIT_WORDS], 'i');
// An FAQ line: "问：…" / "答：…" / "Q: …" / "A: …".
const FAQ_LINE = /^(?:问|答|q|a)\s?:/i;
const ADVICE = compile(ADVICE_MARKERS, 'i');
const CONDITION = compile(CONDITION_MARKERS, 'i');
const REPORTED = compile(REPORTED_MARKERS, 'i');
const CLAUSE_NEGATED = compile(CLAUSE_NEGATIONS, 'i');
const FUTURE_BEFORE = new RegExp(`(?:${FUTURE.join('|')})$`, 'i');
const NEGATED = new RegExp(`(?:${NEGATIONS.join('|')})$`, 'i');
const TRAILER = new RegExp(`^(?:${TRAILERS.join('|')})`, 'i');
const FOLLOWS_QUESTION = new RegExp(`^\\s?(?:${FOLLOWING_QUESTION.join('|')})`, 'i');
const ASKS = /^\s?(?:is|are|was|were|does|do|did|can|could|will|would|has|have|should)\b/i;
const ASKS_WHICH = compile(OR_QUESTION, 'i');
// A recovery said as a prospect, not a fact: "还清后可恢复使用", "结清后将自动解冻".
const PROSPECT = new RegExp(`(?:${PROSPECTS.join('|')})$`, 'i');

export interface MentionRules {
  /** Advice words ("可能", "may") make it a mention; not for a waiting period ("you may reapply after 6 months"). */
  advice: boolean;
  /** Words after the match ("…后", "…的原因") make it a mention. */
  trailers: boolean;
  /** A recovery or usable state: a prospect ("还清后可恢复") is not one. */
  prospect: boolean;
}

/** True when the match at [s, e) is asked about, advised on, conditional, negated, or someone else's. */
export function isMention(t: string, s: number, e: number, rules: MentionRules): boolean {
  const clause = clauseOf(t, s, e);
  const sentence = sentenceOf(t, s, e);
  // The markers are looked for around the match, not in it ("可以正常使用" is no advice).
  const inClause = `${t.slice(clause.start, s)}\u0000${t.slice(e, clause.end)}`;
  if (QUESTION.test(inClause.replace(REASON_UNKNOWN, '')) || (rules.advice && ADVICE.test(inClause))) return true;
  const end = t.charAt(clause.end);
  if (end === '?') return true;
  if ((end === ',' || end === '、') && FOLLOWS_QUESTION.test(t.slice(clause.end + 1, clause.end + 8))) return true;
  const inSentence = t.slice(sentence.start, sentence.end);
  if (t.charAt(sentence.end) === '?' && (ASKS.test(inSentence) || ASKS_WHICH.test(inSentence))) return true;
  if (REPORTED.test(inSentence)) return true;
  if (CONDITION.test(t.slice(sentence.start, s))) return true;
  const before = t.slice(Math.max(clause.start, s - 8), s);
  if (NEGATED.test(before) || CLAUSE_NEGATED.test(t.slice(clause.start, s))) return true;
  if (rules.advice && FUTURE_BEFORE.test(t.slice(Math.max(clause.start, s - 12), s))) return true;
  if (answersQuestion(t, sentence.start)) return true;
  if (rules.prospect && PROSPECT.test(t.slice(Math.max(clause.start, s - 6), s))) return true;
  return rules.trailers && TRAILER.test(t.slice(e, Math.min(clause.end, e + 6)));
}

const LINE_BACK = 200;

/**
 * An FAQ answer: the line is marked 问/答/Q/A, or an earlier sentence on the same
 * line asks how, why or what about credit ("信用卡被降额怎么办？可以先…"; not
 * a chat's "请问有什么可以帮您？").
 */
function answersQuestion(t: string, from: number): boolean {
  let a = from;
  while (a > 0 && from - a < LINE_BACK && t.charAt(a - 1) !== '\n') a--;
  if (FAQ_LINE.test(t.slice(a, a + 3))) return true;
  if (a === from) return false;
  const asked = t.lastIndexOf('?', from);
  if (asked < a) return false;
  const question = t.slice(a, asked);
  return QUESTION.test(question) && CREDIT.test(question);
}
