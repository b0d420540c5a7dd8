// Where a match sits on a screen (README.md#on-the-page): a content script joins an
// app's or a site's visible lines, so a status word may be a button ("解除冻结",
// "锁定白条"), a switch row and its value ("白条锁定 未开启") rather than a
// statement. Each check looks only at the match's own line, at most LINE
// characters each way, so its cost per match is constant.
import { type Layout, lastBefore, lineBefore, spacedBefore } from './clauses';

const LINE = 12;

// Said before an action on a button: 确认锁定, 立即解冻, 去解除.
const BUTTON_LEAD = /^(?:确认|确定|立即|马上|去|点击|一键|申请|我要)?$/;
// An action the user may take on a line or a card (冻结卡片, 锁定白条, 解除冻结), not a state.
const ACTION_VERB = /^(?:冻结|锁定|注销|关闭|停用|挂失|止付|销户|解除|解冻|解锁|恢复|重新)/;
// A state carries an aspect or a label: 已冻结, 冻结中, 被关了, 状态:冻结.
const ASPECT = /[已被了中过:]/;
// A switch row's value that it is off: "白条锁定 未开启", "锁定: 关闭".
const SWITCHED_OFF = /^:?(?:未开启|未启用|未设置|未开通|关闭|已关闭|off\b)/i;
// The same value printed on a line of its own, under the row's name and description
// ("金条借款保护 / 借款前需人脸验证 / 未开启").
const OFF_LINE = /^:?(?:未开启|未启用|未设置|未开通|关闭|已关闭|off)$/i;

/** The rest of the match's line after `e`, up to LINE characters, or null when the line goes on longer. */
function restOfLine(t: string, e: number): string | null {
  const ahead = t.slice(e, e + LINE + 1);
  const br = ahead.indexOf('\n');
  if (br >= 0) return ahead.slice(0, br);
  return e + ahead.length === t.length && ahead.length <= LINE ? ahead : null;
}

// A breadcrumb's separators: "首页 > 信用卡 > 额度冻结 > 解冻", "Home › Help › Credit line closed › Next steps".
const CRUMB = /[>›»]/g;
const CRUMB_ANY = /[>›»]/;
// A step holding a value or a sentence is a setting's path or a statement: "设置 › 账户安全 › 锁定白条：已开启".
const NOT_A_STEP = /[:,.!?;]/;

/**
 * True when the match at [s, e) is a step of a breadcrumb: a separator before it and after it (or the line's
 * end) on a line with two or more, its step holding no value, all within LINE × 4 characters.
 */
function isBreadcrumb(l: Layout, s: number, e: number): boolean {
  const { t } = l;
  const from = Math.max(lastBefore(l, 'line', s) + 1, s - LINE * 4);
  const behind = t.slice(from, s);
  const ahead = t.slice(e, e + LINE * 4);
  const br = ahead.indexOf('\n');
  const rest = br >= 0 ? ahead.slice(0, br) : ahead;
  const opened = Math.max(behind.lastIndexOf('>'), behind.lastIndexOf('›'), behind.lastIndexOf('»'));
  if (opened < 0) return false;
  const next = rest.search(CRUMB);
  const step = behind.slice(opened + 1) + t.slice(s, e) + (next >= 0 ? rest.slice(0, next) : rest);
  return !NOT_A_STEP.test(step) && ((behind + rest).match(CRUMB)?.length ?? 0) >= 2;
}

/**
 * True when the match at [s, e) is a control on the screen: a switch row whose value is off, or
 * a button — a short line that starts with an action verb and carries no aspect ("解除冻结",
 * "锁定白条", "确认锁定"). "花呗 / 暂停使用" is no button: a state names no object to act on.
 */
function isControl(l: Layout, s: number, e: number, recovery: boolean): boolean {
  const { t } = l;
  const rest = restOfLine(t, e);
  if (rest === null) return false;
  if (SWITCHED_OFF.test(rest)) return true;
  const from = lastBefore(l, 'line', s) + 1;
  if (s - from > LINE) return false;
  const lead = t.slice(from, s);
  const match = t.slice(s, e);
  if (rest === '' && !ASPECT.test(match)) {
    const next = neighbour(l, s, e, false);
    if (next !== null && OFF_LINE.test(next)) return true;
  }
  if (!BUTTON_LEAD.test(lead) || ASPECT.test(match) || ASPECT.test(rest) || !ACTION_VERB.test(match)) return false;
  // A fault verb acts on an object after it (锁定白条) or follows a lead (确认锁定); a recovery is the act itself (解除冻结).
  return recovery || lead !== '' ? rest.length <= 4 : rest.length > 0 && rest.length <= 6;
}

// A sibling entry of a menu: the undo or the request beside a status word ("额度冻结 / 额度恢复 / 提额申请").
const SIBLING = /^[^已被了中:]{0,4}(?:恢复|解冻|解除|解锁|申请|申诉|提额)[^已被了中:]{0,4}$/;

/** The line before or after the one holding [s, e), when it is at most LINE characters long. */
function neighbour(l: Layout, s: number, e: number, before: boolean): string | null {
  const { t } = l;
  if (before) {
    const line = lineBefore(l, s);
    return line && line.end - line.start <= LINE ? t.slice(line.start, line.end) : null;
  }
  const rest = restOfLine(t, e);
  if (rest === null || e + rest.length >= t.length) return null;
  return restOfLine(t, e + rest.length + 1);
}

/**
 * True when the match at [s, e) is a menu entry: a short bare line ("额度冻结", no aspect) with a sibling
 * line that undoes or requests (额度恢复, 提额申请) right before or after it.
 */
function isMenuEntry(l: Layout, s: number, e: number): boolean {
  const { t } = l;
  const rest = restOfLine(t, e);
  const from = lastBefore(l, 'line', s) + 1;
  if (rest === null || s - from > LINE || ASPECT.test(t.slice(from, e) + rest) || e - from + rest.length > 8) return false;
  return [true, false].some((before) => {
    const line = neighbour(l, s, e, before);
    return line !== null && SIBLING.test(line);
  });
}

// Whether a text has any breadcrumb separator, found once per detection (a reading's layout).
const CRUMBS = new WeakMap<Layout, boolean>();

/**
 * True when the match at [s, e) is part of a screen's chrome rather than a statement: a control, a menu
 * entry or a breadcrumb step. Controls and menu entries sit near their line's start; a text without a
 * breadcrumb separator has no step, so most matches cost one lookup.
 */
// An undo's button: 解除冻结, 解锁, 去解除 — no aspect (已解除, 解除成功 state it done).
const UNDO_BUTTON = /^(?:去|立即)?(?:解除|解冻|解锁)(?![^\n]{0,4}(?:已|了|成功))/;

/**
 * True when the recovery at [s, e) is a button OCR read onto the status line ("花呗 额度冻结 解除冻结"):
 * an undo parted from the text before it by a space, ending its line or followed by another space.
 */
function isRunInButton(l: Layout, s: number, e: number): boolean {
  const { t } = l;
  if (!spacedBefore(l, s) || !UNDO_BUTTON.test(t.slice(s, e + 4))) return false;
  return e === t.length || t.charCodeAt(e) === 10 || spacedBefore(l, e);
}

export function isChrome(l: Layout, s: number, e: number, recovery: boolean): boolean {
  let crumbs = CRUMBS.get(l);
  if (crumbs === undefined) CRUMBS.set(l, (crumbs = CRUMB_ANY.test(l.t)));
  if (crumbs && isBreadcrumb(l, s, e)) return true;
  if (recovery && isRunInButton(l, s, e)) return true;
  if (s - lastBefore(l, 'line', s) - 1 > LINE) return false;
  return isControl(l, s, e, recovery) || isMenuEntry(l, s, e);
}

/**
 * True when [s, e) is its whole line: a check named alone (实名认证, 人脸识别) is a step of a flow, a tab or a
 * menu entry; a check the line waits on is asked of the user (请完成实名认证, 需要人脸验证).
 */
export function isBareLine(l: Layout, s: number, e: number): boolean {
  const { t } = l;
  return (s === 0 || t.charCodeAt(s - 1) === 10) && (e === t.length || t.charCodeAt(e) === 10);
}

// A numbered item ("1.逾期未还 2.存在风险交易"): its number and point end the sentence before it.
const ITEM_NUMBER = /(?:^|[^\d])[1-9][.、)]$/;
// A bare item: a short noun phrase, no aspect and no one addressed.
const BARE_ITEM = /^[^已被了您你]{1,10}$/;

/** True when the sentence [from, to) is a bare item of a numbered list: a reason listed, not a state. */
export function isListItem(l: Layout, from: number, to: number): boolean {
  const { t } = l;
  return to - from <= 12 && ITEM_NUMBER.test(t.slice(Math.max(0, from - 3), from)) && BARE_ITEM.test(t.slice(from, to));
}
