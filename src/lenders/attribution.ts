// Whose status a phrase states, and which product (README.md#on-the-page): the
// subject of a match from its clause, its sentence or its block's heading, with
// the non-credit subjects that take the verb instead. Word lists: ./subjects.ts.
// Every subject is found once per reading (./subject-index.ts), and each
// lookup is a binary search over them, so attribution costs nothing per match
// beyond a bounded window.
import type { Product } from '../shared/products';
import { type Layout, type Place, type Span, blockOf, lastBefore, lineBefore, lineEndFrom, sentenceOf, within } from './clauses';
import type { Marks } from './mentions';
import type { Needs } from './phrases';
import type { Subject, SubjectKind } from './subject-index';
import { NOTICE_WORDS, REPLY_LABELS } from './subjects';

// Between a non-credit noun and a product that names or qualifies it: 免密支付(花呗), 群聊“借呗交流群”, 花呗的.
const QUALIFIES = /^[ 的(“"「]?$/;
// Between a product after the verb and the noun it belongs to: 关闭“花呗”作为默认付款方式, 关闭花呗的提醒, 关闭花呗分期选项.
const OBJECT_OF = /^[”"」)]?(?:作为|为)?[\u4e00-\u9fff]{0,3}$/;
// In English, a compound's words: "withdrawn your Jintiao loan application", "cancelled your credit limit increase request".
const EN_OBJECT_OF = /^(?: (?!and\b|or\b|but\b|the\b|to\b|on\b|in\b|with\b)[a-z-]{1,14}){0,2} $/i;
const REPLY = new RegExp(`^${REPLY_LABELS.join('|')}`);
const NOTICE = new RegExp(`^(?:${NOTICE_WORDS.join('|')})$`);

/** A notice's title word before a colon ("调低通知：¥8,000 → ¥2,000"): it titles what follows. */
const titles = (t: string, o: Subject): boolean => t.charAt(o.end) === ':' && NOTICE.test(t.slice(o.start, o.end));
// Right after the verb: its object ("已暂停扣款", "已取消订单", "已暂停自动续费", "已暂停该版本的更新");
// "Your card has been locked from online purchases", "locked your card for international transactions": what is locked.
const OBJECT_GAP = /^(?:了)?(?:您的|你的|(?:该|本|此|这)(?:笔|项|个)?)?$|^ (?:from|for) $/;

/** A non-credit noun right after the match is the verb's object: the status is that thing's, not a line's. */
/** A non-credit noun after a product names what the product qualifies: 关闭花呗的提醒, "your Jintiao loan application". */
const ownsObject = (t: string, others: readonly Subject[], from: number): boolean =>
  others.some((o) => o.start >= from && (OBJECT_OF.test(t.slice(from, o.start)) || EN_OBJECT_OF.test(t.slice(from, o.start))));

const hasObject = (t: string, others: readonly Subject[], e: number): boolean =>
  // A noun before a colon titles what follows ("额度调低通知:¥8,000.00 → ¥2,000.00").
  others.some((o) => o.start >= e && o.start - e <= 6 && OBJECT_GAP.test(t.slice(e, o.start)) && t.charAt(o.end) !== ':');

// "经重新评估现已恢复", "评估后已恢复": an assessment said as the means or the time of the change, not its subject;
// a bank's review as the means or the cause of a card's state ("信用卡因综合风险评估已止付", "经我行审核已办理销卡").
const MEANS_BEFORE = /(?:经|经过|因|由于)(?:重新|我行|本行|银行|系统|平台|近期|定期|最新|本次|综合|风险|信用){0,3}$/;
const isMeans = (t: string, x: Subject): boolean =>
  MEANS_BEFORE.test(t.slice(Math.max(0, x.start - 8), x.start)) || t.charAt(x.end) === '后';

/** What one detection looks things up in: the normalised text, its subjects and its context markers. */
export interface Reading {
  t: string;
  layout: Layout;
  subjects: Subject[];
  marks: Marks;
}

const subjectsIn = (r: Reading, from: number, to: number): Subject[] => within(r.subjects, from, to);

const serves = (kind: SubjectKind, needs: Needs): boolean =>
  kind === 'credit' || (needs === 'application' && kind === 'application') || (needs === 'account' && kind === 'account');

export interface Found {
  /** Where the subject came from: the clause or sentence (strong), or the block (weak). */
  strong: boolean;
  product?: Product;
}

/** The product named nearest before `at` (else nearest after it); a product word before a lender's name. */
function nearestProduct(list: Subject[], at: number, hints = true): Product | undefined {
  for (const rank of hints ? [0, 1, 2] : [0, 1]) {
    const named = list.filter(
      (x) => x.product && (rank === 0 ? x.kind === 'credit' && !x.hint : rank === 1 ? x.kind === 'lender' : x.hint),
    );
    const before = named.filter((x) => x.start <= at).pop() ?? named.find((x) => x.start > at);
    if (before) return before.product;
  }
  return undefined;
}

/** The last product a heading names (a product word before a lender's name). */
const lastProduct = (list: Subject[]): Product | undefined => nearestProduct(list, Number.MAX_SAFE_INTEGER);

/** A non-credit subject inside [from, to) takes the verb. */
const takesVerb = (others: readonly Subject[], from: number, to: number): boolean => others.some((o) => o.start >= from && o.end <= to);

/** The product of a clause with a credit subject; a guess from the word (月付) only when neither the clause nor its context names one. */
const clauseProduct = (r: Reading, inClause: Subject[], s: number, place: Place): Product | undefined =>
  nearestProduct(inClause, s, false) ?? contextProduct(r, s, place) ?? nearestProduct(inClause, s);

/** The subject of the match at [s, e) as `needs` allows, or null when there is none or another subject takes the verb. */
export function subjectOf(r: Reading, s: number, e: number, place: Place, needs: Needs): Found | null {
  const { t } = r;
  const { clause, sentence } = place;
  const inClause = subjectsIn(r, clause.start, clause.end);
  // An application is a thing of its own to a verb that is no application outcome: "借款申请已取消" cancels the request, not the line.
  // "商家回复：经核实已为您恢复": a reply's label introduces the lender's words; the merchant is no subject of them.
  const others = inClause.filter(
    (x) =>
      (x.kind === 'other' && !REPLY.test(t.slice(x.end, x.end + 3)) && !titles(t, x)) ||
      (x.kind === 'application' && (needs === 'credit' || needs === 'account') && !isMeans(t, x)),
  );
  // "暂无可领取的临时额度": a phrase that names its subject itself names another thing's (a temporary offer, a coupon).
  if (needs === 'none' && others.some((o) => o.start >= s && o.end <= e)) return null;
  const usable = inClause.filter((x) => serves(x.kind, needs));
  // Nearest usable subject: inside or before the match, else after it.
  const before = usable.filter((x) => x.start < e).pop();
  const after = usable.find((x) => x.start >= e);
  const subject = before ?? after;
  if (subject) {
    if (subject === before) {
      // 白条免密支付已关闭 (between), daily transfer limit (right before the subject).
      if (subject.end <= s && takesVerb(others, subject.end, s)) return null;
      // "The refund to your Huabei has been frozen": an English clause is about its first noun (a label before a colon is not).
      if (others.some((o) => o.end <= subject.start && /^[a-z]/i.test(t.charAt(o.start)) && !t.slice(o.end, subject.start).includes(':')))
        return null;
      // 免密支付(花呗), 群聊“借呗…群”: a product right after a noun names or qualifies that noun.
      if (others.some((o) => o.end <= subject.start && QUALIFIES.test(t.slice(o.end, subject.start)))) return null;
    } else if (
      // 订单已取消…花呗, "Password-free payments have been disabled for Huabei": the clause's own
      // subject stands before the verb, and the product after it is only where money went.
      others.some((o) => o.end <= s) ||
      takesVerb(others, e, subject.start) ||
      ownsObject(t, others, subject.end)
    ) {
      // 关闭花呗付款方式, 已关闭“花呗”作为默认付款方式: the object is the payment method, not 花呗.
      return null;
    }
    // "You have locked your card for international transactions", "cancelled your credit limit increase request": the
    // match ends inside its subject, and the object follows that.
    if (hasObject(t, others, Math.max(e, subject.end)) || (subject.end > e && ownsObject(t, others, subject.end))) return null;
    if (!subject.product && !inClause.some((x) => x.product) && titledByOther(r, s)) return null;
    return { strong: true, product: clauseProduct(r, inClause, s, place) };
  }
  if (needs === 'none') return { strong: true, product: clauseProduct(r, inClause, s, place) };
  // 订单已关闭, 已取消订单: the clause's own subject (or the verb's object) is not a credit one.
  if (others.some((o) => o.start < s) || hasObject(t, others, e)) return null;
  const inSentence = subjectsIn(r, sentence.start, sentence.end);
  if (inSentence.some((x) => serves(x.kind, needs)))
    return { strong: true, product: nearestProduct(inSentence, s, false) ?? contextProduct(r, s, place) ?? nearestProduct(inSentence, s) };
  const antecedent = pronounSubject(r, place, needs);
  if (antecedent) return antecedent;
  const block = blockOf(r.layout, sentence);
  // The heading's last subject is the block's: "花呗收钱服务" heads a setting, not the line.
  // A question heads nothing: an FAQ's titles ("How do I unlock Baitiao?") stand above the next title, not a card.
  const heading = subjectsIn(r, block.before.start, block.before.end).filter((x) => t.charAt(lineEndFrom(r.layout, x.end) - 1) !== '?');
  const label = subjectsIn(r, block.after.start, block.after.end);
  // "额度调整通知": a title's notice word after a credit word on its line names that credit word's notice.
  // Not a reminder: "借呗额度变动提醒 ↵ 已关闭" is a settings row, the reminder switched off.
  let head = heading[heading.length - 1];
  const prior = heading[heading.length - 2];
  if (
    head &&
    prior &&
    head.kind === 'other' &&
    NOTICE.test(t.slice(head.start, head.end)) &&
    t.slice(head.start, head.end) !== '提醒' &&
    t.charAt(head.end) === '\n' &&
    !t.slice(prior.end, head.start).includes('\n')
  )
    head = prior;
  // A row's name right above a bare value ("账单分期提醒 ↵ 已关闭", "自动还款 ↵ 已暂停") owns it: the
  // value is that setting's, and the line after it is the next row, not its label.
  if (head && head.kind === 'other' && /^\s*$/.test(t.slice(head.end, sentence.start))) return null;
  const fromHeading = head !== undefined && serves(head.kind, needs) && !inMenu(r, head, heading);
  // A label line's first subject is its own: "支付方式:美团月付" names how an order was paid, not a line.
  // "白条免息券 已过期", "花呗还款提醒": a line naming a thing of its own (a coupon, a reminder) is that thing's
  // row, the next one in a list, not a label of the status above it.
  // A row stating a state of its own ("先享后付：哈啰出行 已开通") is the next row too; an amount
  // ("Available credit: ¥0.00") is the same card's.
  const fromLabel =
    label[0] !== undefined &&
    serves(label[0].kind, needs) &&
    !label.some((x) => x.kind === 'other') &&
    !OWN_STATE.test(t.slice(block.after.start, block.after.end));
  if (fromHeading || fromLabel) {
    return { strong: false, product: lastProduct(heading) ?? label.find((x) => x.product)?.product };
  }
  return null;
}

const OWN_STATE = /:[^\n]*[已未]/;

// An English pronoun for the thing the sentence before names: "Your card is not blocked. It's working normally."
const PRONOUN = /\b(?:it|it's|its|them)\b/i;

/**
 * The subject of the sentence right before, on the same line, for a clause that names its subject only by a pronoun;
 * none when that sentence names a thing of its own ("Your order has been shipped. You can continue using it.").
 */
function pronounSubject(r: Reading, { clause, sentence }: Place, needs: Needs): Found | null {
  if (!PRONOUN.test(r.t.slice(clause.start, clause.end))) return null;
  let p = sentence.start - 1;
  while (p > 0 && r.t.charAt(p) === ' ') p--;
  if (p <= 0 || r.t.charAt(p) === '\n') return null;
  const prior = sentenceOf(r.layout, p - 1, p - 1);
  const inPrior = subjectsIn(r, prior.start, prior.end);
  if (inPrior.some((x) => x.kind === 'other')) return null;
  const own = inPrior.filter((x) => serves(x.kind, needs)).pop();
  return own ? { strong: true, product: nearestProduct(inPrior, own.start, false) ?? nearestProduct(inPrior, own.start) } : null;
}

const TITLE = 20;

/**
 * A title line ending in a thing of its own right above the match ("小明赠送的亲情卡 ↵ 额度已冻结"): a 额度 that
 * names no product is that thing's limit, not a credit line. Not a title a credit word qualifies (额度调整记录), nor
 * a notice's, a reminder's or a message list's (消息通知 ↵ 您的额度已冻结, "Notifications").
 */
function titledByOther(r: Reading, s: number): boolean {
  const line = lineBefore(r.layout, s);
  if (!line || line.end - line.start > TITLE) return false;
  const inLine = subjectsIn(r, line.start, line.end);
  const last = inLine[inLine.length - 1];
  if (!last || last.kind !== 'other' || last.end !== line.end || inLine.some((x) => x.kind === 'credit')) return false;
  return !NOTICE.test(r.t.slice(last.start, last.end)) && !MESSAGES.test(r.t.slice(last.start, last.end));
}
const MESSAGES = /^(?:notifications?|messages?|alerts?|reminders?|消息|推送|短信)$/i;

/** A line that is one subject word and nothing else ("基金", "白条"). */
function bareSubjectLine(r: Reading, line: Span | null): Subject | null {
  if (!line) return null;
  const inLine = subjectsIn(r, line.start, line.end);
  return inLine.length === 1 && inLine[0]!.start === line.start && inLine[0]!.end === line.end ? inLine[0]! : null;
}

/**
 * The heading's subject is an entry of a menu: its line is the word alone, and so is the line above it, naming
 * another thing ("小金库 | 基金 | 保险 | 金条 | 白条", a tab bar). "借呗 ↵ 额度 ↵ 已冻结" is a card: 额度 names no other thing.
 */
function inMenu(r: Reading, head: Subject, heading: readonly Subject[]): boolean {
  // A word naming no product (借钱, 额度) is a card's label under its product, never a menu's entry.
  if (!head.product) return false;
  const own = bareSubjectLine(r, { start: lastBefore(r.layout, 'line', head.start) + 1, end: head.end });
  if (own !== head || r.t.charAt(head.end) !== '\n') return false;
  const above = bareSubjectLine(r, lineBefore(r.layout, head.start));
  return (
    above !== null && heading.includes(above) && (above.kind === 'other' || (above.product !== undefined && above.product !== head.product))
  );
}

/** A product for a clause whose subject names none (额度已关闭 under a 借呗 heading). */
function contextProduct(r: Reading, s: number, { clause, sentence }: Place): Product | undefined {
  const inSentence = subjectsIn(r, sentence.start, sentence.end);
  const own = nearestProduct(
    inSentence.filter((x) => x.end <= clause.start || x.start >= clause.end),
    s,
  );
  if (own) return own;
  const block = blockOf(r.layout, sentence);
  return (
    lastProduct(subjectsIn(r, block.before.start, block.before.end)) ??
    subjectsIn(r, block.after.start, block.after.end).find((x) => x.product)?.product
  );
}
