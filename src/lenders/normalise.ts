// Text normalisation before matching (README.md#on-the-page). Detection matches
// the normalised text, but every normalised character remembers where it came
// from, so evidence is cut from the text the user saw (or OCR recognised),
// never from our rewrite of it.
//
// What is folded, one character at a time (so the whole pass is linear):
//  - NFKC: full-width forms (，：１２３ＡＢＣ￥ → ,:123ABC¥), compatibility ideographs;
//  - zero-width characters are dropped;
//  - the dictionary's traditional characters → simplified (TRADITIONAL below);
//  - OCR confusions of on-device engines on phone screenshots (docs/testing.md#ocr):
//    己/巳 read for 已 (not in 自己/知己), 日/自 read for 白 in 白条, O read for 0 inside a number (￥3,OOO.OO),
//    Y read for ¥ before a figure (Y8,000.00);
//  - visual separators (" / ", "·", "•", "|") become line breaks: they part blocks;
//  - whitespace runs collapse (a run with a line break becomes one "\n"), and
//    spaces next to CJK characters go ("额度 已 关闭" → "额度已关闭").

export interface Normalised {
  /** The text detection matches. */
  text: string;
  /** origin[i]: index in the original text of the character text[i] came from. */
  origin: number[];
  /** The original text. */
  source: string;
}

// Traditional → simplified for the characters the phrase dictionary, the
// subjects and the context markers use; not a general converter. Pairs of
// (traditional, simplified), generated with OpenCC (https://github.com/BYVoid/OpenCC)
// from the dictionary; test/meta/traditional.test.ts checks that every dictionary
// character's traditional forms (Taiwan, Hong Kong, OpenCC standard) are here.
// 帳 → 账 is added by hand: OpenCC writes 賬戶, Taiwan and Hong Kong apps write 帳戶.
export const TRADITIONAL =
  '預预範范謹谨當当辦办請请會会將将導导響响無无區区別别隨随時时過过並并沒没從从對对萬万麼么爲为為为樣样達达計计測测還还經经統统臺台銀银機机構构關关閉闭銷销終终戶户給给歸归處处於于狀状態态額额進进務务暫暂' +
  '臨临凍冻結结鎖锁費费調调減减縮缩變变記记錄录綜综評评後后審审獲获準准駁驳絕绝滿满條条標标開开發发敗败風风險险賬账攔拦觸触號号異异設设備备驗验證证認认臉脸識识實实資资錢钱螞蚂蟻蚁唄呗產产換换轉转級级網网' +
  '貸贷顯显啓启啟启繼继續续現现復复長长間间嗎吗問问據据體体報报稱称聞闻媽妈們们許许維维護护來来見见幾几種种況况題题說说説说書书緣缘衆众眾众農农業业國国興兴廣广華华郵邮儲储訂订單单員员權权訴诉話话諮咨詢询' +
  '親亲寶宝醫医繳缴籤签約约碼码紋纹動动連连閱阅閲阅匯汇餘余庫库優优紅红積积遞递貨货營营購购贖赎財财駐驻細细東东團团樂乐聯联飛飞贏赢鴨鸭馬马攜携蘇苏寧宁兩两個个試试嘗尝內内註注覈核瞭了簽签纔才複复帳账' +
  '專专兒儿婦妇學学點点諸诸鄰邻鑑鉴閨闺閣阁舊旧幣币檢检筆笔' +
  '爭争傳传聽听禮礼組组羣群視视議议該该貼贴這这選选項项' +
  '應应邊边饋馈規规則则讀读鋪铺慮虑電电盜盗劃划閃闪數数詐诈謊谎騙骗誤误掛挂卻却場场薦荐' +
  '與与尋寻幫帮熱热紹绍門门須须總总遺遗獨独覆复' +
  '圍围講讲論论裏里裡里決决監监剛刚誰谁樓楼層层術术語语釋释彙汇詞词義义屬属獎奖勵励頁页嬸婶孫孙嶽岳愛爱爺爷簡简訊讯張张舉举謂谓線线憑凭確确輸输錯错' +
  '偵侦騎骑絡络';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) T2S.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

const isCjk = (c: string): boolean => c >= '\u3400' && c <= '\u9fff';
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const SEPARATORS = new Set(['·', '•', '|', '・', '｜']);
const isSpace = (c: string): boolean =>
  c === ' ' ||
  c === '\t' ||
  c === '\f' ||
  c === '\v' ||
  c === '\u00a0' ||
  c === '\u1680' ||
  c === '\u202f' ||
  c === '\u205f' ||
  c === '\u3000' ||
  (c >= '\u2000' && c <= '\u200a');
const isBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

// Characters folded so one dictionary reads them: Cantonese particles Hong Kong users
// write (金條凍結咗 = 金条冻结了, 我嘅 = 我的, 閂咗 = 关了, 冇 = 没; https://en.wiktionary.org/wiki/咗), and the
// financial numerals banks print amounts in (人民币伍仟元整 = 五千元).
const FOLDS = new Map(
  [...'咗了嘅的閂关冇没壹一贰二貳二叁三參三肆四伍五陆六陸六柒七捌八玖九拾十佰百仟千'].flatMap((c, i, all) =>
    i % 2 ? [] : [[c, all[i + 1]!]],
  ),
);

/** Folds one character (already NFKC) to what the dictionary is written in, before the OCR confusions of 已. */
const folded = (c: string): string => {
  const simple = T2S.get(c) ?? c;
  return FOLDS.get(simple) ?? simple;
};

// The fold of every unified ideograph, by code (0: itself): the common path makes no string per character.
const CJK_FROM = 0x3400;
const CJK_TO = 0x9fff;
const FOLDED = new Uint16Array(CJK_TO - CJK_FROM + 1);
for (const c of new Set([...T2S.keys(), ...FOLDS.keys()])) {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code >= CJK_FROM && code <= CJK_TO) FOLDED[code - CJK_FROM] = folded(c).charCodeAt(0);
}

const C_YI = 0x5df2; // 已
const C_JI = 0x5df1; // 己
const C_SI = 0x5df3; // 巳
const C_ZI = 0x81ea; // 自
const C_ZHI = 0x77e5; // 知
const C_RI = 0x65e5; // 日
const C_BAI = 0x767d; // 白
const C_TIAO = 0x6761; // 条
const C_BREAK = 10;
const C_SPACE = 32;
const isCjkCode = (c: number | undefined): boolean => c !== undefined && c >= CJK_FROM && c <= CJK_TO;
const isDigitCode = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 57;

/** Folds one ideograph by code; 己 for 已 is the commonest OCR confusion on status lines, but 自己/知己 are words. */
function foldCode(c: number, previous: number | undefined): number {
  const f = c >= CJK_FROM && c <= CJK_TO ? FOLDED[c - CJK_FROM] || c : c;
  if (f === C_SI) return C_YI;
  if (f === C_JI && previous !== C_ZI && previous !== C_ZHI) return C_YI;
  return f;
}

const isWordCode = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));

/** An ASCII character; O or o inside a number is the 0 OCR misread ("￥3,OOO.OO"), not before a word ("10OFF"). */
function digitOf(source: string, i: number, out: readonly number[]): number {
  const c = source.charCodeAt(i);
  // ¥ read as Y before a figure ("可用额度 Y8,000.00"), not in a word or a code (XY8000).
  if (c === 0x59) return isDigitCode(source.charCodeAt(i + 1)) && !isWordCode(out[out.length - 1]) ? 0xa5 : c;
  if (c !== 0x4f && c !== 0x6f) return c;
  const p = out[out.length - 1];
  const inNumber = isDigitCode(p) || ((p === 0x2c || p === 0x2e) && isDigitCode(out[out.length - 2]));
  const next = source.charAt(i + 1);
  return inNumber && !((next >= 'a' && next <= 'z' && next !== 'o') || (next >= 'A' && next <= 'Z' && next !== 'O')) ? 0x30 : c;
}

// NFKC of each character once: a page repeats few distinct symbols (【, ①, ·), and normalize() makes strings per call.
const NFKC = new Map<string, string>();
const MAX_NFKC = 4096;
function nfkc(raw: string): string {
  let n = NFKC.get(raw);
  if (n === undefined) {
    n = raw.normalize('NFKC');
    if (NFKC.size < MAX_NFKC) NFKC.set(raw, n);
  }
  return n;
}

/** Normalises `source` for matching, keeping where each character came from. */
export function normaliseReading(source: string): Normalised {
  // Character codes, one per UTF-16 unit of the text, each with its origin.
  const out: number[] = [];
  const origin: number[] = [];
  // Pending whitespace: ' ' or '\n' (a break wins), and where it started.
  let pending = 0;
  let pendingAt = 0;
  const flush = (next: number): void => {
    if (!pending) return;
    const last = out[out.length - 1];
    if (pending === C_BREAK) {
      if (last !== undefined && last !== C_BREAK) {
        out.push(C_BREAK);
        origin.push(pendingAt);
      }
    } else if (last !== undefined && last !== C_BREAK && next !== C_BREAK && !isCjkCode(last) && !isCjkCode(next)) {
      out.push(C_SPACE);
      origin.push(pendingAt);
    }
    pending = 0;
  };
  const visible = (c: string, at: number): void => {
    // A run of dots masks a card's number ("Platinum •••• 1024"): one line, not four separators.
    const mask = SEPARATORS.has(c) && (source[at - 1] === c || source[at + 1] === c);
    if (isBreak(c) || (SEPARATORS.has(c) && !mask)) {
      if (pending !== C_BREAK) pendingAt = at;
      pending = C_BREAK;
    } else if (isSpace(c) || mask) {
      if (!pending) {
        pending = C_SPACE;
        pendingAt = at;
      }
    } else if (c === '/' && pending) {
      // " / " between two visible lines is a line break (a slash inside a word is not).
      pending = C_BREAK;
      pendingAt = at;
    } else {
      const f = folded(c);
      flush(f.charCodeAt(0));
      // A character outside the basic plane (an emoji) is two units, each with the origin of the character.
      for (let k = 0; k < f.length; k++) {
        out.push(k === 0 ? foldCode(f.charCodeAt(0), out[out.length - 1]) : f.charCodeAt(k));
        origin.push(at);
      }
    }
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // The common case first: letters, digits and unified ideographs are their own NFKC form.
    if ((c > 0x20 && c < 0x7f && c !== 0x2f && c !== 0x7c) || (c >= 0x4e00 && c <= 0x9fff)) {
      if (pending) flush(c);
      out.push(c < 0x80 ? digitOf(source, i, out) : foldCode(c, out[out.length - 1]));
      origin.push(i);
      continue;
    }
    // Full-width ASCII (，：１２３ＡＢＣ) is NFKC's plain form at a fixed offset (https://unicode.org/charts/PDF/UFF00.pdf).
    if (c >= 0xff01 && c <= 0xff5e) {
      visible(String.fromCharCode(c - 0xfee0), i);
      continue;
    }
    const at = i;
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < source.length;
    const raw = wide ? source.slice(i, i + 2) : source[i]!;
    if (wide) i++;
    // A circled number or letter (①, ⓘ) is an icon or a footnote mark, not a figure: NFKC would make
    // "可借额度（元）①" an amount of 1 (OCR reads the info icon so).
    if (ZERO_WIDTH.has(raw) || (c >= 0x2460 && c <= 0x24ff)) continue;
    for (const ch of nfkc(raw)) visible(ch, at);
  }
  // A trailing separator or space is dropped; so is a leading one (flush never ran).
  // 白条 is read as 日条 or 自条 by OCR engines (the strokes of 白 are thin).
  for (let k = 0; k + 1 < out.length; k++) if ((out[k] === C_RI || out[k] === C_ZI) && out[k + 1] === C_TIAO) out[k] = C_BAI;
  return { text: textOf(out), origin, source };
}

/** The string of `codes`, in chunks (an argument list has a length limit). */
function textOf(codes: readonly number[]): string {
  let text = '';
  for (let k = 0; k < codes.length; k += 4096) text += String.fromCharCode(...codes.slice(k, k + 4096));
  return text;
}

/** The normalised text alone (for tests and callers that do not need the origins). */
export const normalizeText = (text: string): string => normaliseReading(text).text;

/**
 * The original text behind normalised [from, to), tidied the way evidence
 * lines always were: whitespace next to CJK characters dropped, other runs
 * collapsed to one space, at most `max` characters. One pass, no regular
 * expression: the original may hold any amount of whitespace between them.
 */
export function originalSlice(n: Normalised, from: number, to: number, max: number): string {
  if (to <= from) return '';
  const start = n.origin[from]!;
  const lastAt = n.origin[to - 1]!;
  const end = lastAt + (n.source.codePointAt(lastAt)! > 0xffff ? 2 : 1);
  const plain = n.source.slice(start, end);
  // Most evidence holds no whitespace or invisible character: nothing to tidy.
  if (!/[\s\u00ad\u200b-\u200d\u2060\ufeff]/.test(plain)) return plain.slice(0, max);
  let out = '';
  let gap = false;
  for (let k = start; k < end && out.length < max; k++) {
    const c = n.source[k]!;
    if (ZERO_WIDTH.has(c)) continue;
    if (isSpace(c) || isBreak(c)) {
      gap = true;
      continue;
    }
    const last = out[out.length - 1];
    if (gap && last !== undefined && !isCjk(last) && !isCjk(c)) out += ' ';
    gap = false;
    out += c;
  }
  return out.slice(0, max);
}
