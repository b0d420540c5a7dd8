// The bounded near-credit-words reader (README.md#on-the-page): for pages no
// site pack describes (generic mode: "Scan this page", a site the user added)
// and for listed pages whose markup the pack did not guess. It keeps the
// visible text around credit words, in page order, within MAX_READING.
//
// A whole page is too big to ask every element whether it is visible (about
// 10 µs each on the 50,000-node page, bench/sensor.bench.ts), and most of it is
// not about credit. So the page's text is searched first, natively
// (textContent, indexOf: linear, no regular expression to compile in the page),
// and shown() is asked only about the text nodes around the words found:
// hidden ones are stepped over and the window grows past them.
import { MAX_READING } from '../shared/limits';
import { breaksLine, isControlLabel, nearest, shown, squeeze } from './visible';

// Products by name, as users and the apps' English pages write them (near-credit.test.ts checks PRODUCT_LABEL).
const PRODUCT_WORDS = [
  '借呗',
  '花呗',
  '白条',
  '金条',
  '微粒贷',
  '网商贷',
  '信用贷',
  '月付',
  '有钱花',
  '度小满',
  '借条',
  '信用卡',
  '借唄',
  '花唄',
  '白條',
  '金條',
  'jiebei',
  'huabei',
  'baitiao',
  'jintiao',
  'weilidai',
  'wangshangdai',
  'xinyongdai',
  'jietiao',
  'meituan',
  'xiaoman',
  'iou',
];
// Words near which a credit line's status is written (docs/sources.md#status-wording glossary): every product's
// name, and the words of a line.
const NEAR = [
  ...PRODUCT_WORDS,
  '额度',
  '授信',
  '信用',
  '贷',
  '借款',
  '借钱',
  '备用金',
  '額度',
  '貸',
  '關閉',
  '凍結',
  'credit',
  'limit',
  'loan',
];
/** Visible characters kept on each side of a credit word. */
const WINDOW = 120;
/** At most this many credit words are looked at: a page full of them costs no more. */
const MAX_HITS = 2000;
/** At most this many text nodes are stepped over on each side of a word, visible or not. */
const MAX_STEPS = 64;
/** At most this much of a page's text is searched. */
const PAGE_LIMIT = 200_000;

/** Lower-cases ASCII only, so that every position stays where it was (toLowerCase may lengthen other letters). */
const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** The product names `text` holds (a portal's card names its own). */
export function productWordsIn(text: string): Set<string> {
  const lower = asciiLower(text);
  return new Set(PRODUCT_WORDS.filter((word) => lower.includes(word)));
}

/** Whether `text` names credit at all (a pack's element holding only an order status does not). */
export function hasCreditWord(text: string): boolean {
  const lower = asciiLower(text);
  return NEAR.some((word) => lower.includes(word));
}

/** The element a text node is drawn in (a shadow root's own text: its host). */
const elementOf = (node: Text): Element | null => node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;

/** At most this many shadow roots are read, nested at most SHADOW_DEPTH deep. */
const MAX_SHADOWS = 64;
const SHADOW_DEPTH = 4;

/** The open shadow roots under `root`, in tree order (one element walk; closed roots, ours among them, are not reachable). */
function shadowRoots(doc: Document, root: Node, depth = 0, out: ShadowRoot[] = []): ShadowRoot[] {
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el && out.length < MAX_SHADOWS; el = walker.nextNode() as Element | null) {
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    out.push(shadow);
    if (depth + 1 < SHADOW_DEPTH) shadowRoots(doc, shadow, depth + 1, out);
  }
  return out;
}

export interface NearCredit {
  text: string;
  /** The bodies read, for observing. */
  elements: Element[];
  /** The open shadow roots read, for observing (no observer of a body sees into them). */
  shadows: ShadowRoot[];
}

/** The visible text near credit words in the bodies of `docs`, at most `max` characters. */
export function readNearCredit(docs: readonly Document[], max = MAX_READING): NearCredit {
  const memo = new Map<Element, Element | null>();
  const nodes: Text[] = [];
  const starts: number[] = []; // where each node's text starts in `raw`
  const elements: Element[] = [];
  const shadows: ShadowRoot[] = [];
  let raw = '';
  for (const doc of docs) {
    const body = doc.body;
    if (!body || raw.length >= PAGE_LIMIT || !shown(body, memo)) continue;
    elements.push(body);
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    let end = raw.length;
    for (let node = walker.nextNode() as Text | null; node && end < PAGE_LIMIT; node = walker.nextNode() as Text | null) {
      nodes.push(node);
      starts.push(end);
      end += node.length;
    }
    // textContent is the body's text nodes' data in tree order: the walk's nodes, concatenated.
    raw += (body.textContent ?? '').slice(0, end - raw.length);
    // Open shadow trees (web components) are drawn too, but neither the walk nor textContent enters them.
    for (const shadow of shadowRoots(doc, body)) {
      shadows.push(shadow);
      const inner = doc.createTreeWalker(shadow, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = inner.nextNode() as Text | null; node && raw.length < PAGE_LIMIT; node = inner.nextNode() as Text | null) {
        nodes.push(node);
        starts.push(raw.length);
        raw += node.data;
      }
    }
  }

  // A short control's label (a menu entry, a tab, an FAQ link: visible.ts isControlLabel) is read as hidden text.
  const labels = new Map<Element, Element | null>();
  const inLabel = (el: Element): boolean => nearest(el, isControlLabel, labels) !== null;
  const visible = (i: number): boolean => {
    const parent = elementOf(nodes[i]!);
    return Boolean(parent && shown(parent, memo) && !inLabel(parent));
  };
  // The nearest box that starts a line (visible.ts breaksLine): two text nodes in different boxes are on different lines.
  const boxes = new Map<Element, Element | null>();
  const boxOf = (el: Element | null): Element | null => nearest(el, breaksLine, boxes);
  /** The index of the node holding raw position `at`. */
  const nodeAt = (at: number): number => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Where a window of `WINDOW` visible characters before (i, offset) begins, in `raw`. */
  const back = (i: number, offset: number): number => {
    let need = WINDOW;
    let from = starts[i]! + offset;
    for (let k = i, steps = 0; need > 0 && k >= 0 && steps <= MAX_STEPS; k--, steps++) {
      if (!visible(k)) continue;
      const end = k === i ? offset : nodes[k]!.length;
      const take = Math.min(end, need);
      from = starts[k]! + end - take;
      need -= take;
    }
    return from;
  };
  /** Where a window of `want` visible characters from (j, offset) on ends, in `raw`. */
  const forward = (j: number, offset: number, want = WINDOW): number => {
    let need = want;
    let to = starts[j]! + offset;
    const maxSteps = MAX_STEPS * Math.ceil(want / WINDOW);
    for (let k = j, steps = 0; need > 0 && k < nodes.length && steps <= maxSteps; k++, steps++) {
      if (!visible(k)) continue;
      const start = k === j ? offset : 0;
      const take = Math.min(nodes[k]!.length - start, need);
      to = starts[k]! + start + take;
      need -= take;
    }
    return to;
  };

  if (!nodes.length) return { text: '', elements, shadows };
  // Every credit word, in page order; a word in hidden text (a script's JSON, a hidden copy) opens no window.
  const lower = asciiLower(raw);
  const hits: [number, number][] = [];
  for (const word of NEAR) {
    for (let at = lower.indexOf(word); at !== -1 && hits.length < MAX_HITS; at = lower.indexOf(word, at + word.length)) {
      hits.push([at, at + word.length]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  let estimate = 0; // visible characters in the ranges, counted generously: a bound for when to stop
  for (const [at, end] of hits) {
    if (estimate > 2 * max) break;
    const i = nodeAt(at);
    const j = nodeAt(end - 1);
    if (!visible(i) || !visible(j)) continue;
    const from = back(i, at - starts[i]!);
    const to = forward(j, end - starts[j]!);
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
    estimate += 2 * WINDOW + end - at;
  }
  // No credit word anywhere: the first visible characters (generic mode still sends something to look at).
  if (!ranges.length) ranges.push([0, forward(0, 0, max)]);

  // The visible text of each range, in order, joined by line breaks, until `max`.
  const pieces: string[] = [];
  let size = 0;
  for (const [from, to] of ranges) {
    let piece = '';
    let box: Element | null | undefined;
    for (let k = nodeAt(from); k < nodes.length && starts[k]! < to; k++) {
      if (!visible(k)) continue;
      const own = boxOf(elementOf(nodes[k]!));
      if (box !== undefined && own !== box) piece += '\n';
      box = own;
      piece += nodes[k]!.data.slice(Math.max(0, from - starts[k]!), to - starts[k]!);
    }
    piece = squeeze(piece).trim();
    if (!piece) continue;
    const room = max - size - (pieces.length ? 1 : 0);
    if (piece.length > room) {
      if (!pieces.length) pieces.push(piece.slice(0, room));
      break;
    }
    pieces.push(piece);
    size += piece.length + (pieces.length > 1 ? 1 : 0);
  }
  return { text: pieces.join('\n'), elements, shadows };
}
