// Whether a match states the user's own state or only mentions one (README.md#on-the-page):
// a question, advice, a condition, a negation, a future, someone else's line, a
// list of reasons, an FAQ answer. Markers: ./markers.ts. Each is found once per
// reading (one pass per expression); each match looks only at its clause, its
// sentence or a bounded window, so the cost per match is constant.
import {
  ADDRESSED_MARKERS,
  YES_NO_ENDS,
  ADVICE_MARKERS,
  CAUSE_MARKERS,
  CLAUSE_NEGATIONS,
  CONDITION_MARKERS,
  FOLLOWING_QUESTION,
  FUTURE,
  LIST_HEADINGS,
  LIST_MARKERS,
  NEGATIONS,
  OR_QUESTION,
  PERSON_MARKERS,
  PROSPECTS,
  QUESTION_MARKERS,
  RECOVERY_NEGATIONS,
  RECOVERY_TIMES,
  REPORTED_MARKERS,
  SCHEDULE_MARKERS,
  SINCE_DATE,
  TRAILERS,
  DONE_TIMES,
  PAST,
  UNKNOWN_REASON,
  SAME_QUESTIONS,
  UNTIL_MARKERS,
  USER_ACTS,
  BELIEFS,
  CONTRASTS,
  OWN_MARKERS,
  PROTESTS,
  RECOVERY_STEPS,
  AGENT_LABELS,
} from './markers';
import { CREDIT_WORDS, PRODUCT_WORDS } from './subjects';
import { type Layout, type Place, type Span, compile, hasWithin, lastBefore, spansOf, within } from './clauses';

const QUESTION = compile(QUESTION_MARKERS);
const REASON_UNKNOWN = compile(UNKNOWN_REASON, 'gi');
const SAME_ASKED = compile(SAME_QUESTIONS);
const CREDIT = compile([...PRODUCT_WORDS.map(([source]) => source), ...CREDIT_WORDS]);
// An FAQ line: "问：…" / "答：…" / "Q: …" / "A: …".
const FAQ_LINE = /^(?:问|答|q|a)\s?:/i;
const ADVICE = compile(ADVICE_MARKERS);
const CONDITION = compile(CONDITION_MARKERS);
const UNTIL = compile(UNTIL_MARKERS);
const USER_ACT = compile(USER_ACTS);
const BELIEF = compile(BELIEFS);
const CONTRAST = compile(CONTRASTS);
const OWN = compile(OWN_MARKERS);
const PROTEST = compile(PROTESTS);
const REPORTED = compile(REPORTED_MARKERS);
const CLAUSE_NEGATED = compile(CLAUSE_NEGATIONS);
const FUTURE_BEFORE = new RegExp(`(?:${FUTURE.join('|')})$`, 'i');
const NEGATED = new RegExp(`(?:${NEGATIONS.join('|')})$`, 'i');
// After 状态 too: "处于冻结状态期间" is a time, like "冻结期间"; after a closing quote, a status named as a topic ("暂无额度"的常见原因).
const TRAILER = new RegExp(`^["”」』]?(?:状态)?(?:${TRAILERS.join('|')})`, 'i');
const FOLLOWS_QUESTION = new RegExp(`^\\s?(?:${FOLLOWING_QUESTION.join('|')})`, 'i');
const ASKS = /^\s?(?:is|are|was|were|does|do|did|can|could|will|would|has|have|should)\b/i;
const ASKS_WHICH = compile(OR_QUESTION);
// A recovery said as a prospect, not a fact: "还清后可恢复使用", "结清后将自动解冻".
const PROSPECT = new RegExp(`(?:${PROSPECTS.join('|')})$`, 'i');
const LIST = compile(LIST_MARKERS);
const LIST_HEADING = compile(LIST_HEADINGS);
const SINCE = compile(SINCE_DATE);
const SCHEDULE = compile(SCHEDULE_MARKERS);
const PERSON = compile(PERSON_MARKERS);
const CAUSE = compile(CAUSE_MARKERS);
const RECOVERY_NEGATED = compile(RECOVERY_NEGATIONS);
const DONE_TIME = new RegExp(`(?:${DONE_TIMES.join('|')})[^,.]{0,3}$`);
const PAST_BEFORE = new RegExp(`(?:${PAST.join('|')})$`);
const RECOVERY_TIME = new RegExp(`^\\s?(?:${RECOVERY_TIMES.join('|')})`, 'i');
// An agent's turn after the question, speaking to the user (您的金条因逾期已被冻结, your card was frozen).
const AGENT_TURN = new RegExp(`(?:${AGENT_LABELS.join('|')})\\s?:`, 'i');
const RECOVERY_STEP = new RegExp(`^(?:${RECOVERY_STEPS.join('|')})`);

/** Where the context markers are in a text, found once per detection (README.md#on-the-page: linear time). */
export interface Marks {
  question: Span[];
  same: Span[];
  advice: Span[];
  condition: Span[];
  until: Span[];
  userAct: Span[];
  belief: Span[];
  contrast: Span[];
  own: Span[];
  reported: Span[];
  negation: Span[];
  which: Span[];
  credit: Span[];
  list: Span[];
  listHeading: Span[];
  since: Span[];
  schedule: Span[];
  person: Span[];
  cause: Span[];
  recoveryNegation: Span[];
  protest: Span[];
}

export function markText(t: string): Marks {
  // "不知道为什么借呗被关了" states the closure: its 为什么 asks for the reason only.
  const unknownReason = spansOf(REASON_UNKNOWN, t);
  // "有人一样吗" asks whether others share the status, not whether it holds.
  const same = spansOf(SAME_ASKED, t);
  const covers = (spans: Span[], q: Span): boolean =>
    within(spans, q.start - 24, q.end + 24).some((r) => r.start <= q.start && q.end <= r.end);
  const question = spansOf(QUESTION, t).filter((q) => !unknownReason.some((r) => r.start <= q.start && q.end <= r.end) && !covers(same, q));
  return {
    same,
    question,
    advice: spansOf(ADVICE, t),
    condition: spansOf(CONDITION, t),
    until: spansOf(UNTIL, t),
    userAct: spansOf(USER_ACT, t),
    belief: spansOf(BELIEF, t),
    contrast: spansOf(CONTRAST, t),
    own: spansOf(OWN, t),
    reported: spansOf(REPORTED, t),
    negation: spansOf(CLAUSE_NEGATED, t),
    which: spansOf(ASKS_WHICH, t),
    credit: spansOf(CREDIT, t),
    list: spansOf(LIST, t),
    listHeading: spansOf(LIST_HEADING, t),
    since: spansOf(SINCE, t),
    schedule: spansOf(SCHEDULE, t),
    person: spansOf(PERSON, t),
    cause: spansOf(CAUSE, t),
    recoveryNegation: spansOf(RECOVERY_NEGATED, t),
    protest: spansOf(PROTEST, t),
  };
}

export interface MentionRules {
  /** Advice words ("可能", "may") make it a mention; not for a waiting period ("you may reapply after 6 months"). */
  advice: boolean;
  /** Words after the match ("…后", "…的原因") make it a mention. */
  trailers: boolean;
  /** A recovery or usable state: a prospect ("还清后可恢复") is not one. */
  prospect: boolean;
  /** A lender's act (closed, frozen, suspended, reduced): the user asking for it ("根据您的申请") makes it none. */
  lenderAct: boolean;
}

/** A marker in the match's clause, before or after the match but not in it ("可以正常使用" is no advice). */
const around = (spans: Span[], clause: Span, s: number, e: number): boolean =>
  hasWithin(spans, clause.start, s) || hasWithin(spans, e, clause.end);

// How far above a match a list's heading is looked for: a screen's few lines (clauses.ts blockOf reads as far).
const HEADING_BACK = 160;
const ADDRESSED = new RegExp(ADDRESSED_MARKERS.join('|'), 'i');
// The last clause asks only why: "结果显示「暂不满足开通条件」，是因为我的手机号码是香港的吗？" states the refusal.
const ASKS_CAUSE = /,(?:是|会不会是|是不是|难道是|可能是)?(?:因为|由于)[^,]{0,40}$/;
const YES_NO = new RegExp(`^(?:${YES_NO_ENDS.join('|')})$`);

/** True when the match at [s, e) is asked about, advised on, conditional, negated, or someone else's. */
export function isMention(l: Layout, marks: Marks, s: number, e: number, place: Place, rules: MentionRules): boolean {
  const { t } = l;
  const { clause, sentence } = place;
  if (around(marks.question, clause, s, e) || (rules.advice && around(marks.advice, clause, s, e))) return true;
  if (enumerated(t, s, e)) return true;
  const end = t.charAt(clause.end);
  if (end === '?' && !hasWithin(marks.protest, clause.start, clause.end)) return true;
  if ((end === ',' || end === '、' || end === '—') && FOLLOWS_QUESTION.test(t.slice(clause.end + 1, clause.end + 8))) return true;
  if (
    t.charAt(sentence.end) === '?' &&
    // "是被关了还是系统问题？" asks which; "还完款还是显示冻结中" (still) before the match does not.
    (ASKS.test(t.slice(sentence.start, sentence.start + 8)) || hasWithin(marks.which, e, Math.min(sentence.end, clause.end + 3)))
  )
    return true;
  // "借呗被关闭了，之前借的钱还要还吗？": a premise before a yes-or-no question is asked about with it
  // (not when the lender says it to the user: "您的借呗已关闭，是否前往还款？").
  if (
    t.charAt(sentence.end) === '?' &&
    YES_NO.test(t.slice(sentence.end - 1, sentence.end)) &&
    !ADDRESSED.test(t.slice(clause.start, s)) &&
    !ASKS_CAUSE.test(t.slice(e, sentence.end)) &&
    !hasWithin(marks.same, e, sentence.end + 1)
  )
    return true;
  if (hasWithin(marks.reported, sentence.start, sentence.end) && !ownClause(marks, clause)) return true;
  if (rules.lenderAct && hasWithin(marks.userAct, sentence.start, sentence.end)) return true;
  if (believed(marks, sentence.start, s)) return true;
  if (hasWithin(marks.condition, sentence.start, s) || hasWithin(marks.list, sentence.start, s)) return true;
  // A list of searches, topics or others' complaints heads the screen above the match (or its line),
  // unless the clause speaks to the user ("常见问题 / … / 您的借呗额度已关闭" is the user's line below an FAQ;
  // "支付宝客服中心 / 诊断结果 / 很抱歉，综合评分不足" is the user's own result).
  if (hasWithin(marks.listHeading, Math.max(0, sentence.start - HEADING_BACK), s) && !ADDRESSED.test(t.slice(clause.start, s))) return true;
  // A question word inside the phrase asks ("信用贷由哪些银行提供").
  if (hasWithin(marks.question, s, e)) return true;
  // "2021年11月起，借呗进行品牌隔离": a dated change in a sentence naming nobody is news.
  if (hasWithin(marks.since, sentence.start, sentence.end) && !hasWithin(marks.person, sentence.start, sentence.end)) return true;
  if (NEGATED.test(t.slice(Math.max(clause.start, s - 8), s)) || hasWithin(marks.negation, clause.start, s)) return true;
  // A future with the date it takes effect, told to the user, is a decision notified (自2026年12月15日起，您的额度将暂停使用).
  const scheduled = hasWithin(marks.schedule, sentence.start, sentence.end) && hasWithin(marks.person, sentence.start, sentence.end);
  if (rules.advice && !scheduled && (t.charAt(s) === '将' || FUTURE_BEFORE.test(t.slice(Math.max(clause.start, s - 12), s)))) return true;
  if (answersQuestion(l, marks, sentence.start, clause, s)) return true;
  if (rules.prospect && hasWithin(marks.until, sentence.start, s)) return true;
  if (rules.prospect && PROSPECT.test(t.slice(Math.max(clause.start, s - 6), s)) && !happened(t, s, clause)) return true;
  if (!rules.prospect && PAST_BEFORE.test(t.slice(Math.max(clause.start, s - 16), s))) return true;
  // "这边无法为您手动解冻": a recovery that cannot be done is none.
  if (rules.prospect && hasWithin(marks.recoveryNegation, clause.start, s)) return true;
  if (rules.prospect && RECOVERY_TIME.test(t.slice(e, e + 4))) return true;
  if (rules.prospect && RECOVERY_STEP.test(t.slice(e, e + 2)) && !happened(t, s, clause)) return true;
  return rules.trailers && TRAILER.test(t.slice(e, Math.min(clause.end, e + 40)));
}

// An item of an enumeration: a status word with no aspect of its own next to 、 or after 或/和/及
// ("冻结、关闭或暂停的用户无法参与", "额度提升、降低、冻结、关闭时通知我"). A list of statuses names kinds,
// it states none; a statement has its aspect (已冻结, 被关闭, 冻结中, 冻结了).
const ASPECT = /已|被|了|中|过|咗/;
// Chinese only: English statuses carry their aspect in words ("has been frozen"), and ", " parts its clauses.
const JOINED_BEFORE = /(?:、|或|和|及|与)$/;
const JOINED_AFTER = /^(?:、|或|和|及|与|等)/;
function enumerated(t: string, s: number, e: number): boolean {
  if (ASPECT.test(t.slice(Math.max(0, s - 2), e)) || ASPECT.test(t.charAt(e))) return false;
  return JOINED_BEFORE.test(t.slice(Math.max(0, s - 1), s)) || JOINED_AFTER.test(t.charAt(e));
}

/** A recovery said as done (已经恢复了) or at a time it happened (今天又恢复成): a fact, even after a prospect's cue (还清之后). */
const happened = (t: string, s: number, clause: Span): boolean =>
  t.charAt(s) === '已' || DONE_TIME.test(t.slice(Math.max(clause.start, s - 6), s));

/** The clause names the user's own line and no one else's: "…，我的也被关了". */
const ownClause = (marks: Marks, clause: Span): boolean =>
  hasWithin(marks.own, clause.start, clause.end) && !hasWithin(marks.reported, clause.start, clause.end);

/** A belief before the match in its sentence, with nothing that came of it between ("以为…，结果…"). */
function believed(marks: Marks, from: number, s: number): boolean {
  const belief = within(marks.belief, from, s).pop();
  return belief !== undefined && !hasWithin(marks.contrast, belief.end, s);
}

/**
 * Where the cause marker before the match in its clause starts ("因您的账户存在风险，我行已…销卡"),
 * or undefined: detect.ts takes the first status after the marker as the cause, later ones as its effects.
 */
export const causeOf = (marks: Marks, s: number, { clause }: Place): number | undefined =>
  within(marks.cause, clause.start, s).pop()?.start;

const LINE_BACK = 200;

/**
 * An FAQ answer: the line is marked 问/答/Q/A, or an earlier sentence on the same
 * line asks how, why or what about credit (not an agent's reply to the user who asked) ("信用卡被降额怎么办？可以先…"; not
 * a chat's "请问有什么可以帮您？").
 */
function answersQuestion(l: Layout, marks: Marks, from: number, clause: Span, s: number): boolean {
  // Line breaks and question marks are found once per text (clauses.ts), not per match.
  const a = Math.max(0, from - LINE_BACK, lastBefore(l, 'line', from) + 1);
  if (FAQ_LINE.test(l.t.slice(a, a + 3))) return true;
  const asked = lastBefore(l, 'question', from);
  if (asked < a || !hasWithin(marks.question, a, asked) || !hasWithin(marks.credit, a, asked)) return false;
  // A chat's or a call's agent answering the user who asked ("客户：…？客服：您的金条因逾期已被冻结") states the user's line.
  return !(
    AGENT_TURN.test(l.t.slice(asked, Math.min(s, asked + LINE_BACK))) && ADDRESSED.test(l.t.slice(Math.max(clause.start, s - 40), s))
  );
}
