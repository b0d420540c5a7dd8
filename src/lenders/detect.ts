// Status detection: page text in, one normalised status out, with the snippets
// that justify it. Pure (no DOM); it runs in the worker on each page reading, never in the
// content script (README.md#on-the-page). Phrases come from
// ./phrases.ts (docs/sources.md#status-wording); statuses from ../shared/status.ts.
//
// Resolution, in order (documented here because the tip and the rule engine
// rely on it):
//  1. Collect signals. A match inside a question, a conditional, advice or a
//     negation ("如何避免额度被关闭", "额度关闭怎么办？", "未被冻结") is dropped:
//     help, FAQ and complaint pages quote the same phrases.
//  2. Refinements: a status that explains another absorbs it (REFINES below),
//     e.g. "经综合评估暂未通过，请6个月后再试" → cooling_off with months=6;
//     "已冻结，当前无法使用" → frozen; a positive 可用额度 next to 额度已调降 →
//     reduced. Any fault status absorbs the brand_split page signal.
//  3. If statuses still disagree, bare verbs (已关闭) lose to a strong phrase of
//     another status (额度已冻结). A positive available amount always counts
//     as strong, so 已关闭 + 可用额度 5,000 stays a conflict.
//  4. Exactly one status left → it. Otherwise → unknown, with all the evidence.
//     `reduced` from amounts needs the after-limit to be lower; a rise next to
//     a reduction phrase is a conflict.
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { NEGATIONS, PHRASES, PRODUCT_WORDS, QUESTION_MARKERS, TRAILERS } from './phrases';

export interface Detection {
  status: Status;
  /** cooling_off: the waiting period in months, when the page states one. */
  months?: number;
  /** reduced: the line before and after, in yuan, when the page states them. */
  limitBefore?: number;
  limitAfter?: number;
  /** The product the evidence names, when all of it names the same one. */
  product?: Product;
  /** Trimmed snippets (≤ 120 chars each, at most 6) of normalised page text. */
  evidence: string[];
}

export interface DetectOptions {
  /** Ignore signals that name another product (a portal showing 花呗 and 借呗). */
  product?: Product;
}

// ---------------------------------------------------------------- normalising

// Traditional → simplified for the characters the dictionary and the context
// markers use; not a general converter (pairs: traditional, simplified).
const TRAD_SIMP =
  '額额關关閉闭凍冻結结暫暂評评無无請请個个後后試试鎖锁經经綜综總总過过調调風风險险帳账賬账戶户務务當当時时態态開开貸贷網网條条從从為为萬万兩两確确認认錯错誤误麼么辦办題题問问嗎吗會会還还唄呗現现餘余來来號号審审於于啟启單单銀银資资機机構构轉转換换變变級级詢询謹谨註注銷销間间內内將将預预須须嘗尝週周與与應应滿满團团錢钱護护維维統统碼码驗验遲迟這这裡里';
const T2S = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_SIMP.length; i += 2) T2S.set(TRAD_SIMP[i]!, TRAD_SIMP[i + 1]!);
const TRAD_RE = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');
const CJK = '\\u3400-\\u9fff';
const SPACE_NEAR_CJK = new RegExp(`([${CJK}]) | (?=[${CJK}])`, 'g');

/**
 * NFKC (full-width ＡＢＣ１２３，： → ABC123,:), drops zero-width characters,
 * maps the dictionary's traditional characters to simplified, collapses
 * whitespace (a run with a line break becomes one "\n", kept as a sentence
 * boundary) and removes spaces next to CJK characters ("额度 已 关闭" → "额度已关闭").
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(TRAD_RE, (c) => T2S.get(c) ?? c)
    .replace(/[\t\r\f\v\u1680\u2028\u2029 ]{2,}|[\t\r\f\v\u1680\u2028\u2029]/g, ' ') // NFKC already made other spaces ' '
    .replace(/ ?\n\s*/g, '\n')
    .replace(SPACE_NEAR_CJK, '$1')
    .trim();
}

// ---------------------------------------------------------------- numbers

const CN_DIGITS = '零一二三四五六七八九';
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** "六" → 6, "十二" → 12, "二十" → 20, "三千五百" → 3500, "两万" → 20000, "半" → 0.5. */
export function parseChineseNumber(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    const d = c === '〇' ? 0 : c === '两' ? 2 : CN_DIGITS.indexOf(c);
    if (d >= 0) digit = d;
    else if (c === '半') digit = 0.5;
    else if (c === '万') {
      total += (section + digit) * 10000;
      section = digit = 0;
    } else {
      section += (digit || 1) * (CN_UNITS[c] ?? 0);
      digit = 0;
    }
  }
  return total + section + digit;
}

const parseNumber = (num: string): number => (/\d/.test(num.charAt(0)) ? Number(num.replace(/,/g, '')) : parseChineseNumber(num));

const parseAmount = (num: string | undefined, unit: string | undefined): number | undefined => {
  if (!num) return undefined;
  const u = unit?.toLowerCase();
  const n = parseNumber(num) * (u === '万' || u === 'w' ? 10000 : u === '千' || u === 'k' ? 1000 : 1);
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
};

const EN_NUMBERS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const toMonths = (num: string | undefined, unit: string | undefined): number | undefined => {
  if (!num || !unit) return undefined;
  const w = EN_NUMBERS.indexOf(num.toLowerCase());
  const n = num.toLowerCase() === 'an' ? 1 : w >= 0 ? Math.max(w, 1) : parseNumber(num);
  const u = unit.toLowerCase();
  const months = u === '月' || u === 'month' ? n : u === '年' || u === 'year' ? n * 12 : undefined;
  return months !== undefined && Number.isInteger(months) && months > 0 ? months : undefined;
};

// ---------------------------------------------------------------- patterns

// Allow one whitespace (a line break left by normalizeText) between CJK tokens.
const GAP = new RegExp(`([${CJK}]|\\)\\??)(?=[${CJK}(])`, 'g');
const compile = (parts: readonly string[]): RegExp => new RegExp(parts.map((p) => p.replace(GAP, '$1\\s?')).join('|'), 'gi');

interface Pattern {
  status: Status;
  strong: boolean;
  re: RegExp;
}
const PATTERNS: Pattern[] = [];
for (const set of PHRASES) {
  PATTERNS.push({ status: set.status, strong: true, re: compile(set.strong) });
  if (set.weak) PATTERNS.push({ status: set.status, strong: false, re: compile(set.weak) });
}

const CN_NUM = '[零〇一二两三四五六七八九十百千万]+';
const CN_SMALL = '[零〇一二两三四五六七八九十百半]{1,4}';
const AMT = `(?:¥|\\$|rmb|cny)?\\s?(\\d[\\d,]*(?:\\.\\d+)?|${CN_NUM})\\s?(万|千|k|w)?`;

// 请X个月后再试 / X个月以后再试 / 六个月以后再来 / X个月内无法再次申请 (docs/sources.md#user-complaints item 3, docs/sources.md#status-wording).
const COOLING = new RegExp(
  `(?:请|可|需)?(?:于|在)?(\\d{1,3}|${CN_SMALL})\\s?个?\\s?(月|年|天|日|周|星期)\\s?(?:后|以后|之后)\\s?(?:再|重新|方可|才能|才可|可)次?(?:试|尝试|申请|来|评估|查看|开通|使用)` +
    `|(\\d{1,3}|${CN_SMALL})\\s?个?\\s?(月|年|天|日|周)\\s?内\\s?(?:无法|不能|不可|不予)(?:再次|重新)?(?:申请|尝试)` +
    `|(?:try again|reapply|re-apply|apply again|come back)\\s(?:in|after)\\s(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s(month|year|day|week)s?\\b`,
  'gi',
);

// A positive available amount is the normal line signal (docs/sources.md#desktop-pages: the
// portal's 花呗 panel shows 可用额度 / 总额度). 总额度 alone is not: a frozen
// line keeps its total.
const AVAILABLE = new RegExp(
  `(?:剩余可用|当前可用|可用|可借|剩余|可提现)额度\\s?:?\\s?${AMT}|available (?:credit(?: limit)?|limit|balance)\\s?:?\\s?${AMT}`,
  'gi',
);

// 额度从5,000元降至2,000元 / 额度由1.2万调整为3000 / 花呗5千突然降到了2千 (docs/sources.md#user-complaints item 2).
const MOVE_VERBS =
  '降至|降到|降为|降低至|降低到|降低为|下调至|下调为|下调到|调降至|调降为|调降到|调整为|调整至|调整到|调为|调至|变为|变成|减少至|减少到|减至|减为|改为|->|→';
const MOVE = new RegExp(
  `(?:额度|花呗|借呗|白条|金条|信用卡)[^\\d。!?\\n]{0,8}?${AMT}\\s?元?[^\\d。!?\\n]{0,6}?(?:${MOVE_VERBS})了?\\s?${AMT}` +
    `|(?:limit|line)[^\\d.\\n]{0,30}?from\\s?${AMT}\\s?(?:yuan|cny|rmb)?\\s?to\\s?${AMT}`,
  'gi',
);

const QUESTION_RE = new RegExp(QUESTION_MARKERS, 'i');
const FOLLOWING_QUESTION = /^\s?(?:怎么|如何|为什么|为何|咋|怎样|是什么|what|how|why)/i;
const NEGATION_RE = new RegExp(NEGATIONS);
const CONDITION_RE = /如果|假如|一旦|倘若|万一|\bif\b|\bwhen\b/i;
const TRAILER_RE = new RegExp(`^(?:${TRAILERS})`);
const PRODUCT_RE = new RegExp(Object.keys(PRODUCT_WORDS).join('|'), 'gi');

// ---------------------------------------------------------------- context

const SENTENCE_ENDS = '。!?;\n';
const isClauseEnd = (t: string, i: number): boolean => {
  const c = t.charAt(i);
  if (c === '') return true;
  // "温馨提示:额度已关闭": a label before a colon is its own clause.
  if (SENTENCE_ENDS.includes(c) || c === '、' || c === ':') return true;
  // "," and "." end a clause unless they sit inside a number (5,000 / 1.2).
  return (c === ',' || c === '.') && !(/\d/.test(t.charAt(i - 1)) && /\d/.test(t.charAt(i + 1)));
};

const SCAN = 60;
function clauseOf(t: string, s: number, e: number): [number, number] {
  let a = s;
  while (a > 0 && s - a < SCAN && !isClauseEnd(t, a - 1)) a--;
  let b = e;
  while (b < t.length && b - e < SCAN && !isClauseEnd(t, b)) b++;
  return [a, b];
}

function sentenceOf(t: string, s: number, e: number): [number, number] {
  let a = s;
  while (a > 0 && s - a < SCAN && !SENTENCE_ENDS.includes(t.charAt(a - 1))) a--;
  let b = e;
  while (b < t.length && b - e < SCAN && !SENTENCE_ENDS.includes(t.charAt(b))) b++;
  return [a, b];
}

/** True when the match is asked about, advised against, negated or conditional. */
function isMention(t: string, s: number, e: number): boolean {
  const [a, b] = clauseOf(t, s, e);
  if (QUESTION_RE.test(t.slice(a, b))) return true;
  // "如果逾期，额度冻结": a condition earlier in the same sentence.
  if (CONDITION_RE.test(t.slice(sentenceOf(t, s, e)[0], a))) return true;
  const end = t.charAt(b);
  if (end === '?') return true;
  if ((end === ',' || end === '、') && FOLLOWING_QUESTION.test(t.slice(b + 1, b + 8))) return true;
  if (NEGATION_RE.test(t.slice(Math.max(a, s - 3), s))) return true;
  return TRAILER_RE.test(t.slice(e, Math.min(b, e + 6)));
}

function productOf(t: string, s: number, e: number): Product | undefined {
  const [a] = sentenceOf(t, s, e);
  const inMatch = t.slice(s, e).match(PRODUCT_RE);
  const before = t.slice(Math.max(a, s - 40), s).match(PRODUCT_RE);
  const word = inMatch?.[0] ?? before?.[before.length - 1];
  return word === undefined ? undefined : PRODUCT_WORDS[word.toLowerCase()];
}

const NEWLINE_IN_CJK = new RegExp(`(?<=[${CJK}])\\n(?=[${CJK}])`, 'g');

function snippetOf(t: string, s: number, e: number): string {
  const [a, b] = sentenceOf(t, s, e);
  let from = a;
  let to = b;
  if (to - from > 120) {
    from = Math.max(a, s - Math.max(0, Math.floor((120 - (e - s)) / 2)));
    to = Math.min(b, from + 120);
  }
  return t.slice(from, to).replace(NEWLINE_IN_CJK, '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- resolving

interface Signal {
  status: Status;
  strong: boolean;
  start: number;
  end: number;
  product?: Product;
  months?: number;
  before?: number;
  after?: number;
}

// Step 2: the key explains (and replaces) the listed statuses.
const REFINES: Partial<Record<Status, readonly Status[]>> = {
  cooling_off: ['declined', 'closed', 'unavailable'],
  declined: ['unavailable'],
  closed: ['unavailable'],
  frozen: ['unavailable', 'suspended'],
  suspended: ['unavailable'],
  security_risk: ['unavailable', 'suspended', 'frozen'],
  user_locked: ['unavailable', 'suspended'],
  reduced: ['normal'],
  merchant_switch: ['closed', 'normal'],
  brand_split: ['normal'],
};
const CONTEXT_ONLY: readonly Status[] = ['brand_split', 'normal', 'unknown'];

const MAX_MATCHES = 40;
const MAX_EVIDENCE = 6;

function collect(
  t: string,
  re: RegExp,
  make: (m: RegExpExecArray) => Omit<Signal, 'start' | 'end' | 'product'> | null,
  out: Signal[],
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(t)) !== null && n < MAX_MATCHES) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    n++;
    const start = m.index;
    const end = start + m[0].length;
    if (isMention(t, start, end)) continue;
    const base = make(m);
    if (!base) continue;
    const signal: Signal = { ...base, start, end };
    // brand_split and merchant_switch are about the page, not one product.
    if (base.status !== 'brand_split' && base.status !== 'merchant_switch') signal.product = productOf(t, start, end);
    out.push(signal);
  }
}

/** Detects the credit-line status stated in `text` (the joined text of the pack's status elements). */
export function detectStatus(text: string, options: DetectOptions = {}): Detection {
  const t = normalizeText(text);
  const signals: Signal[] = [];
  for (const p of PATTERNS) collect(t, p.re, () => ({ status: p.status, strong: p.strong }), signals);
  collect(
    t,
    COOLING,
    (m) => ({
      status: 'cooling_off',
      strong: true,
      months: toMonths(m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]),
    }),
    signals,
  );
  collect(
    t,
    AVAILABLE,
    (m) => {
      const amount = parseAmount(m[1] ?? m[3], m[2] ?? m[4]);
      return amount !== undefined && amount > 0 ? { status: 'normal', strong: true } : null;
    },
    signals,
  );
  collect(
    t,
    MOVE,
    (m) => {
      const before = parseAmount(m[1] ?? m[5], m[2] ?? m[6]);
      const after = parseAmount(m[3] ?? m[7], m[4] ?? m[8]);
      if (before === undefined || after === undefined || before === after) return null;
      // A rise is a live line; a cut is a reduction.
      return { status: after < before ? 'reduced' : 'normal', strong: true, before, after };
    },
    signals,
  );

  const counted = options.product ? signals.filter((s) => s.product === undefined || s.product === options.product) : signals;
  counted.sort((x, y) => x.start - y.start);
  const evidenceOf = (list: readonly Signal[]): string[] => {
    const out: string[] = [];
    for (const s of list) {
      const snippet = snippetOf(t, s.start, s.end);
      // Overlapping matches (花呗已冻结 and 已冻结) give one snippet, the longer.
      const i = out.findIndex((o) => o.includes(snippet) || snippet.includes(o));
      if (i < 0) out.push(snippet);
      else if (snippet.length > out[i]!.length) out[i] = snippet;
      if (out.length === MAX_EVIDENCE) break;
    }
    return out;
  };
  if (counted.length === 0) return { status: 'unknown', evidence: [] };

  const present = new Set(counted.map((s) => s.status));
  const absorbed = new Set<Status>();
  for (const s of present) for (const x of REFINES[s] ?? []) absorbed.add(x);
  for (const s of present) if (!CONTEXT_ONLY.includes(s)) absorbed.add('brand_split');
  let left = [...present].filter((s) => !absorbed.has(s));
  if (left.length > 1) {
    const strong = left.filter((s) => counted.some((x) => x.status === s && x.strong));
    if (strong.length > 0) left = strong;
  }
  const status = left.length === 1 ? left[0]! : 'unknown';
  const unknown = { status: 'unknown' as const, evidence: evidenceOf(counted) };
  if (status === 'unknown') return unknown;

  const own = counted.filter((s) => s.status === status);
  const result: Detection = { status, evidence: evidenceOf(own) };
  if (status === 'reduced') {
    const cut = own.find((s) => s.after !== undefined);
    const rise = counted.some((s) => s.status === 'normal' && s.after !== undefined);
    if (rise && !cut) return unknown;
    if (cut) {
      result.limitBefore = cut.before;
      result.limitAfter = cut.after;
    }
  }
  if (status === 'cooling_off') {
    const months = new Set(own.map((s) => s.months).filter((m) => m !== undefined));
    if (months.size === 1) result.months = [...months][0];
  }
  const products = new Set(own.map((s) => s.product));
  if (products.size === 1 && own[0]?.product) result.product = own[0].product;
  // Evidence of the absorbed statuses still explains the answer (暂未通过 next to 6个月后再试).
  if (result.evidence.length < MAX_EVIDENCE) {
    for (const e of evidenceOf(counted)) if (!result.evidence.includes(e) && result.evidence.length < MAX_EVIDENCE) result.evidence.push(e);
  }
  return result;
}
