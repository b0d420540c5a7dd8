// Where a match sits: its clause, its sentence and its block (README.md#on-the-page).
// Clause, sentence and line ends and question marks are found once per text;
// every other scan here is bounded (SCAN characters, LINES lines), so the cost
// per match is constant whatever the text. Whether a clause states the user's own state or
// only mentions one: ./mentions.ts.

const isCjkAt = (p: string, i: number): boolean => p.charCodeAt(i) >= 0x3400 && p.charCodeAt(i) <= 0x9fff;

// A lookaround ("(?!", "(?=", "(?<!", "(?<=") reads no text: a line break before it would end the match with the
// line's break ("可用额度¥4,300.00\n", which then takes the next line's 小金库 for its object).
const isLookaround = (p: string, i: number): boolean => p[i + 1] === '?' && (p[i + 2] === '=' || p[i + 2] === '!' || p[i + 2] === '<');
const opens = (p: string, i: number): boolean => isCjkAt(p, i) || (p[i] === '(' && !isLookaround(p, i));

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

// Boundary kinds, as bits of one flag per character (found in one pass of character codes: charAt on a CJK text
// makes a string per call, and this pass runs over every reading).
const CLAUSE = 1;
const SENTENCE = 2;
const LINE = 4;
const QUESTION = 8;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A dot of a one-letter dotted abbreviation (e.g., i.e., a.m.): "Search help, e.g. “credit line frozen”" is one clause. */
function abbreviationDot(t: string, i: number): boolean {
  const letter = (k: number): boolean => isLetterCode(t.charCodeAt(k));
  // The first dot (e|.|g.) or the second (e.g|.|), the pair standing alone as a word.
  if (letter(i - 1) && !letter(i - 2) && letter(i + 1) && t.charCodeAt(i + 2) === 46) return !letter(i + 3);
  return letter(i - 1) && t.charCodeAt(i - 2) === 46 && letter(i - 3) && !letter(i - 4);
}

/**
 * The boundaries each character of `t` is: 。!?;\n and a full stop outside a number (1.2) or an abbreviation (e.g.)
 * end a sentence; those, 、 and a comma outside a number (5,000) end a clause.
 */
function flagsOf(t: string): Uint8Array {
  const n = t.length;
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    let f = 0;
    switch (c) {
      case 10: // \n
        f = SENTENCE | CLAUSE | LINE;
        break;
      case 63: // ?
        f = SENTENCE | CLAUSE | QUESTION;
        break;
      case 0x3002: // 。
      case 33: // !
      case 59: // ;
        f = SENTENCE | CLAUSE;
        break;
      case 46: // .
        f = (isDigitCode(t.charCodeAt(i - 1)) && isDigitCode(t.charCodeAt(i + 1))) || abbreviationDot(t, i) ? 0 : SENTENCE | CLAUSE;
        break;
      case 44: // ,
        f = isDigitCode(t.charCodeAt(i - 1)) && isDigitCode(t.charCodeAt(i + 1)) ? 0 : CLAUSE;
        break;
      case 0x3001: // 、
      case 0x2014: // — ("your Huabei hasn't been frozen — you can use it as usual")
        f = CLAUSE;
        break;
    }
    flags[i] = f;
  }
  return flags;
}

/** For each index of a text, the last boundary before it and the first at or after it (-1 / length when none). */
interface Bounds {
  before: Int32Array;
  from: Int32Array;
}

function boundsIn(flags: Uint8Array, bit: number): Bounds {
  const n = flags.length;
  const before = new Int32Array(n + 1);
  const from = new Int32Array(n + 1);
  let prev = -1;
  for (let i = 0; i <= n; i++) {
    before[i] = prev;
    if (i < n && flags[i]! & bit) prev = i;
  }
  let next = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && flags[i]! & bit) next = i;
    from[i] = next;
  }
  return { before, from };
}

const BOUNDARIES = { clause: CLAUSE, sentence: SENTENCE, line: LINE, question: QUESTION };
type Boundary = keyof typeof BOUNDARIES;

/**
 * One text and its boundaries, each found in one linear pass when first needed:
 * detection asks about one reading once per match, and scanning per match cost
 * a window of up to 2 × SCAN characters each time. The layout is made once per
 * detection and passed along; an earlier cache keyed by the text compared the
 * text on every lookup, and V8 may compare two references to one flat string
 * character by character (about 0.6 µs a lookup on 4,000 characters here).
 */
export interface Layout {
  readonly t: string;
  flags?: Uint8Array;
  readonly bounds: Partial<Record<Boundary, Bounds>>;
  /** Where each character of `t` came from in the reading (./normalise.ts): a gap is a space normalisation dropped. */
  readonly origin?: readonly number[];
}

export const layoutOf = (t: string, origin?: readonly number[]): Layout => (origin ? { t, bounds: {}, origin } : { t, bounds: {} });

/** True when the reading had a space (or another dropped character) right before `t[i]` ("额度冻结 解除冻结"). */
export const spacedBefore = (l: Layout, i: number): boolean =>
  l.origin !== undefined && i > 0 && i < l.origin.length && l.origin[i]! - l.origin[i - 1]! > 1 && l.t.charCodeAt(i - 1) !== 10;

const boundsOf = (l: Layout, kind: Boundary): Bounds => (l.bounds[kind] ??= boundsIn((l.flags ??= flagsOf(l.t)), BOUNDARIES[kind]));

/** The last index before `i` where the text has a line break ('line') or a question mark ('question'); -1 when none. */
export const lastBefore = (l: Layout, kind: 'line' | 'question', i: number): number => boundsOf(l, kind).before[i]!;

/** The first index at or after `i` where the text has a line break; the text's length when none. */
export const lineEndFrom = (l: Layout, i: number): number => boundsOf(l, 'line').from[i]!;

/** The line before the one holding `at`, as [start, end) without its break, or null at the text's first line. */
export function lineBefore(l: Layout, at: number): Span | null {
  const br = lastBefore(l, 'line', at);
  return br < 0 ? null : { start: lastBefore(l, 'line', br) + 1, end: br };
}

/** From [s, e) outwards to the nearest end on each side, at most SCAN characters each way. */
function around(l: Layout, kind: 'clause' | 'sentence', s: number, e: number): Span {
  const b = boundsOf(l, kind);
  return { start: Math.max(0, s - SCAN, b.before[s]! + 1), end: Math.min(l.t.length, e + SCAN, b.from[e]!) };
}

export const sentenceOf = (l: Layout, s: number, e: number): Span => around(l, 'sentence', s, e);

// A status card prints label and value on lines of their own (可用额度 / ¥0.00 / 总额度 / ¥20,000.00 / …), so its
// heading can sit several short lines up; CONTEXT still bounds the characters looked at.
const LINES = 8;
const CONTEXT = 160;

/**
 * The block around a sentence: up to LINES lines before it (its heading: "借呗",
 * "信用卡 尾号3390") and one short line after it, bounded by CONTEXT characters.
 * The reading keeps blocks apart with line breaks.
 */
export function blockOf(l: Layout, sentence: Span): { before: Span; after: Span } {
  const { t } = l;
  // Back from line break to line break (found once per text), as far as CONTEXT characters.
  const floor = Math.max(0, sentence.start - CONTEXT);
  let a = sentence.start;
  for (let lines = 0; ;) {
    const br = lastBefore(l, 'line', a);
    if (br < floor) {
      a = floor;
      break;
    }
    if (++lines > LINES) {
      a = br + 1;
      break;
    }
    a = br;
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

/** The index of the first span (sorted by start) that starts at or after `from`, by binary search. */
function firstFrom(spans: readonly Span[], from: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans (sorted by start) lying wholly inside [from, to). */
export function within<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(spans, from); i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end <= to) out.push(spans[i]!);
  return out;
}

/** True when a span (sorted by start) lies wholly inside [from, to). */
export function hasWithin(spans: readonly Span[], from: number, to: number): boolean {
  for (let i = firstFrom(spans, from); i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end <= to) return true;
  return false;
}

/** Where a match sits: its clause and its sentence. */
export interface Place {
  clause: Span;
  sentence: Span;
}

export const placeOf = (l: Layout, s: number, e: number): Place => ({
  clause: around(l, 'clause', s, e),
  sentence: around(l, 'sentence', s, e),
});
