// Numbers in status text: Chinese numerals, amounts with units, waiting
// periods (docs/sources.md#status-wording: "请6个月后再试", "额度从5,000元降至2,000元").
// The patterns are sources for detect.ts; every quantifier is bounded or over
// one character class, so no input can make them backtrack.

const CN_DIGITS = '零一二三四五六七八九';
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * "六" → 6, "十二" → 12, "二十" → 20, "三千五百" → 3500, "两万" → 20000, "半" → 0.5;
 * a last digit right after 万, 千 or 百 counts in the next unit down, as people say it
 * ("一万五" → 15000, "三千五" → 3500), unless a 零 stands between ("一万零五" → 10005).
 */
export function parseChineseNumber(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let unit = 0; // the unit right before the current digit, 0 when none or 零
  let last = 0;
  for (const c of s) {
    const d = c === '〇' ? 0 : c === '两' ? 2 : CN_DIGITS.indexOf(c);
    if (d >= 0) {
      digit = d;
      unit = d === 0 ? 0 : last;
      last = 0;
    } else if (c === '半') digit = 0.5;
    else if (c === '万') {
      total += (section + digit) * 10000;
      section = digit = 0;
      last = 10000;
    } else {
      last = CN_UNITS[c] ?? 0;
      section += (digit || 1) * last;
      digit = 0;
    }
  }
  return total + section + (unit > 10 ? (digit * unit) / 10 : digit);
}

const parseNumber = (num: string): number => (/\d/.test(num.charAt(0)) ? Number(num.replace(/,/g, '')) : parseChineseNumber(num));

/** An amount in yuan from a number and an optional unit (万, 千, k, w). */
export function parseAmount(num: string | undefined, unit: string | undefined): number | undefined {
  if (!num) return undefined;
  const u = unit?.toLowerCase().charAt(0);
  // "1万5" is 1.5万, "3千5" 3.5千: a digit after the unit counts in tenths of it.
  const tenths = unit && unit.length > 1 ? Number(unit.charAt(1)) / 10 : 0;
  const n = (parseNumber(num) + tenths) * (u === '万' || u === 'w' ? 10000 : u === '千' || u === 'k' ? 1000 : 1);
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
}

const EN_NUMBERS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A waiting period in whole months ("6"+"月", "半"+"年", "six"+"month"), or undefined for days, weeks and fractions. */
export function toMonths(num: string | undefined, unit: string | undefined): number | undefined {
  if (!num || !unit) return undefined;
  const w = EN_NUMBERS.indexOf(num.toLowerCase());
  const n = num.toLowerCase() === 'an' ? 1 : w >= 0 ? Math.max(w, 1) : parseNumber(num);
  const u = unit.toLowerCase();
  const months = u === '月' || u === 'month' ? n : u === '年' || u === 'year' ? n * 12 : undefined;
  return months !== undefined && Number.isInteger(months) && months > 0 ? months : undefined;
}

// A lone 一 is a word, not an amount (一半, 一直, 一下子): "额度被砍了一半，从两万变成一万" moved from 两万.
const CN_NUM = '(?:[零〇一二两三四五六七八九十百千万]{2,8}|[二两三四五六七八九十百千万])';
const CN_SMALL = '[零〇一二两三四五六七八九十百半]{1,4}';
const EN_COUNT = '\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/**
 * An amount: two groups, the number and its unit (万5 in "1万5"). A card's last digits (尾号9902, ending 9902)
 * are none, and so is a post's "+1" (me too), and a part of one it cannot read whole ("3万5000" is no 3 and no 5000). Only a space may part
 * the number from its unit: an amount ends at its line ("可用额度 ¥4,300.00 / 小金库 ¥128.00" is two lines).
 */
export const AMOUNT = `\\s?(?:¥|\\$|rmb|cny|人民币)?\\s?(?<![\\d,.万千+]|尾号\\s?|ending\\s(?:in\\s)?)(\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,2})?|\\d{1,9}(?:\\.\\d{1,2})?|${CN_NUM}) ?((?:万|千)\\d(?!\\d|[,.]\\d)|(?:万|千)(?!\\d)|k|w)?(?![万千\\d])`;

// 请X个月后再试 / X个月以后再来 / 等待6个月后才能重新申请 / 一年内请勿重复申请 /
// reapply in 3 months / wait at least 6 months before applying again
// (docs/sources.md#user-complaints item 3). Groups: (number, unit) in each branch.
export const COOLING = [
  // 后 then, within a few characters, "again" and the act: 三个月后再行申请, 6个月后可重新申请.
  `(\\d{1,3}|${CN_SMALL})个?(月|年|天|日|周|星期)(?:后|以后|之后)[^,.!?;\\n\\d]{0,3}?(?:可以|可|才能|才可|方可|再次|重新|再)[^,.!?;\\n\\d]{0,3}?(?:试|尝试|申请|来|评估|查看|开通|使用|提交)`,
  // 等三个月才能重新申请; Cantonese 等六個月先可以再申請.
  `等(?:待)?(?:满)?(\\d{1,3}|${CN_SMALL})个?(月|年|天|日|周|星期)(?:后|以后|之后)?(?:才能|才可|方可|再|先(?:可以|能)?)(?:再次|重新|再)?(?:试|尝试|申请|评估|开通|提交)`,
  `(\\d{1,3}|${CN_SMALL})个?(月|年|天|日|周)内(?:请勿|勿|不要|无法|不能|不可|不予)(?:再次|重复|重新)?(?:申请|尝试|提交)`,
  `(?:try|check|apply|reapply|re-apply|come back|check back|submit a new application|make a new application)(?:\\sagain)?(?:\\sfor\\s[^.\\n]{1,30}?)?\\s(?:in|after)\\s(?:at least\\s)?(${EN_COUNT})\\s(month|year|day|week)s?\\b`,
  `wait\\s(?:at least\\s|for\\s)?(${EN_COUNT})\\s(month|year|day|week)s?\\sbefore`,
];

// A wait without a number: "过段时间再来看看", "try again later".
export const COOLING_UNTIMED = [
  '过(?:一)?段时间再(?:来)?(?:试|申请|看看)|稍后再申请|下次可(?:申请|借款)(?:时间|日期)',
  'try again later|reapply later|next (?:eligible )?application date',
];

// A positive available amount is the normal line signal (docs/sources.md#desktop-pages: the
// portal's 花呗 panel shows 可用额度 / 总额度). 总额度 alone is not: a frozen line keeps its total.
// A screen prints the label with its unit or alone ("可借额度(元) 45,000.00", "剩余可用 ¥1,679.50", "可借 ¥30,000").
const IN_YUAN = '(?:\\((?:元|人民币)\\))?';
export const AVAILABLE = [
  `(?:剩余可用|当前可用|可用|可借|剩余|可提现)额度${IN_YUAN}:?${AMOUNT}`,
  `(?:当前可借|可借金额|当前可用|剩余可用|可借|可用)${IN_YUAN}:?${AMOUNT}`,
  // A line just granted, with its amount: "您的月付已开通，额度¥1,500".
  `(?:已开通|开通成功)[^\\d。!?\\n]{0,4}?额度:?${AMOUNT}`,
  `available\\s(?:credit(?:\\slimit)?|limit|to borrow)?:?\\s?${AMOUNT}`,
];

// 额度从5,000元降至2,000元 / 由1.2万调整为3000 / 5千突然降到了2千 / from 5,000 to 2,000
// (docs/sources.md#user-complaints item 2). Groups: before (number, unit), after (number, unit).
const MOVE_VERBS =
  '降至|降到|降为|调到|调成|跌到|跌至|掉到|降低至|降低到|降低为|下调至|下调为|下调到|调降至|调降为|调降到|调整为|调整至|调整到|调为|调至|变为|变成|减少至|减少到|减至|减为|改为|砍到|砍至|缩到|缩至|缩减到|缩减至|缩水到|缩水至|->|=>|→|▸|▶|►|➜|➔|⟶|⇒';
// A labelled pair, in either order, may sit on two lines ("调整前 20,000.00 / 调整后 6,000.00").
const WAS =
  '(?:原额度|原本|原来|之前|当前为|调整前(?:额度)?|原(?=\\s?[¥\\d])|previously|was|old limit|previous (?:credit )?limit|original (?:credit )?limit|down from)(?:一直)?(?:为|是)?:?';
// A screen's label of the line now ("总额度 ¥12,000 / 原额度 ¥30,000", "额度：1万↓ / 原额度 5万", "Credit limit: CNY 3,000 (was 10,000)").
const NOW =
  '(?:新额度|现额度|当前额度|总额度|额度:|(?:credit )?limit:|当前可用|现在(?:只有|只剩|剩)?|只剩|砍到(?:剩)?|变|调整后(?:额度)?|调成了?|调到了?|降到了?|(?:调整|下调|调降|降低)(?:为|至|到)|调(?:为|至)|降(?:至|为)|(?:limit|line) is now|new (?:credit )?limit|current (?:credit )?limit|(?:lowered|reduced|cut|decreased) to|now)(?:为|是)?:?';
export const MOVE = [
  // A product's name is no amount: "360借条额度被降到2000元" is no move from 360.
  `${AMOUNT}(?!借条)元?[^\\d。!?\\n]{0,8}?(?:${MOVE_VERBS})了?(?:剩)?${AMOUNT}`,
  `from\\s?${AMOUNT}\\s?(?:yuan|cny|rmb)?\\s?to\\s?${AMOUNT}`,
  `${WAS}${AMOUNT}元?[^\\d。!?]{0,12}?${NOW}${AMOUNT}`,
];

// The line after, then before: "调整后额度为5,000元，原额度为3万元", "额度调成了2000，之前是两万", "Your limit is now ¥3,000 (previously ¥10,000)".
// Groups: after (number, unit), before (number, unit).
export const MOVE_BACK = [`${NOW}${AMOUNT}元?[^\\d。!?]{0,12}?${WAS}${AMOUNT}`];
