// What the user can see of a page: only that is the page's statement about the
// account (docs/trust-model.md#visible-text). Hidden templates, aria-hidden
// copies and off-screen decoys are not, so the sensor never reads them.
//
// No whole-document innerText (docs/trust-model.md#page-reads: 3.3 s on a
// 50,000-node page). An element is asked the cheapest questions first: its tag
// and attributes (free), then its style (checkVisibility: style, no layout,
// about 2 µs), and last its box (getBoundingClientRect: 7–12 µs each on the
// 50,000-node page, bench/sensor.bench.ts). So only the pack's few elements are
// walked this way; a whole page is searched for credit words first and only
// the text around them is asked about (near-credit.ts).
import { OUR_PREFIX } from './shadow';

/** Elements whose content is never rendered as text: code, styles, inert markup, fallback for scripting. */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'noscript']);

/** Computed overflow values that clip the content to the box (https://drafts.csswg.org/css-overflow-3/#overflow-control). */
const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);

/**
 * Whether `el` keeps its whole subtree out of sight; its ancestors are the
 * caller's business (visibleText never enters a hidden one, shown() climbs).
 */
function hidesContent(el: Element): boolean {
  const name = el.localName;
  if (NEVER_SHOWN.has(name) || name.startsWith(OUR_PREFIX)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // display:none (here or above), visibility:hidden, content-visibility:hidden
  // (a closed <details>): https://drafts.csswg.org/cssom-view/#dom-element-checkvisibility
  if (!el.checkVisibility({ checkVisibilityCSS: true })) {
    // display:contents has no box of its own, so checkVisibility says false, but its children are drawn.
    return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
  }
  return outOfSight(el);
}

/**
 * A box no scrolling can bring into view, or one too small to show anything it
 * clips. The root and the body are never judged by their box: their overflow
 * belongs to the viewport (https://drafts.csswg.org/css-overflow-3/#overflow-propagation),
 * and a body of zero height still shows its positioned and floated children.
 */
function outOfSight(el: Element): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view || el === doc.documentElement || el === doc.body) return false;
  const box = el.getBoundingClientRect();
  if (box.width > 1 && box.height > 1) {
    // Left of or above the page's origin (left:-9999px, a transform), or right of all it can scroll to.
    if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return true;
    return box.left > view.innerWidth && box.left + view.scrollX >= doc.documentElement.scrollWidth;
  }
  // Zero or one pixel wide or high: hidden only if it clips in that direction
  // (width:0;overflow:hidden, the 1px "visually hidden" pattern). A parent
  // whose only children are floats has no height but still shows them.
  const style = view.getComputedStyle(el);
  return (box.width <= 1 && CLIPPING.has(style.overflowX)) || (box.height <= 1 && CLIPPING.has(style.overflowY));
}

/** The element `el` is drawn in: its parent, or the host of the open shadow root it sits in (a web component). */
export const parentOf = (el: Element): Element | null => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * The nearest of `el` and the elements it is drawn in for which `test` holds, or
 * null. `memo` keeps one reading's answers for every element climbed, so elements
 * that share ancestors are not asked twice, and the climb stops at the first known.
 */
export function nearest(el: Element | null, test: (el: Element) => boolean, memo: Map<Element, Element | null>): Element | null {
  const chain: Element[] = [];
  let found: Element | null = null;
  for (let at = el; at; at = parentOf(at)) {
    const known = memo.get(at);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (test(at)) {
      found = at;
      memo.set(at, at);
      break;
    }
    chain.push(at);
  }
  for (const at of chain) memo.set(at, found);
  return found;
}

/** Whether `el` is drawn where the user can see it: neither it nor an ancestor hides it. */
export const shown = (el: Element, memo = new Map<Element, Element | null>()): boolean => nearest(el, hidesContent, memo) === null;

/**
 * Displays that lay a box out in the line of its neighbours' text
 * (https://drafts.csswg.org/css-display-3/#the-display-properties). Every other
 * box — a block, a list item, a table cell or row, a flex or grid item (they
 * are blockified) — starts a line of its own, as innerText has it
 * (https://html.spec.whatwg.org/multipage/dom.html#the-innertext-idl-attribute).
 * Built pages are minified: without this a menu's entries ("额度", "额度冻结",
 * "额度恢复") ran together into one phrase.
 */
const IN_LINE = new Set([
  'inline',
  'inline-block',
  'inline-flex',
  'inline-grid',
  'inline-table',
  'contents',
  'ruby',
  'ruby-text',
  'ruby-base',
]);

/** Whether `el`'s box starts a line of its own. */
export function breaksLine(el: Element): boolean {
  if (el.localName === 'br') return true;
  const display = el.ownerDocument.defaultView?.getComputedStyle(el).display;
  return display !== undefined && display !== '' && !IN_LINE.has(display);
}

// Controls (https://www.w3.org/TR/wai-aria-1.2/#widget_roles): a link, a button, a menu entry, a tab, an option.
const CONTROLS = new Set(['a', 'button', 'select', 'option', 'summary']);
const CONTROL_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'treeitem', 'switch']);
/**
 * A control's label this short names where it leads or what it does — a menu's
 * "额度冻结", a tab's "已冻结(1)", a button's "解除锁定", an FAQ link's
 * "花呗被关闭怎么办？" — and states nothing about the user's line. A longer link
 * (a whole notice or banner made clickable) is read like any text.
 */
const LABEL_MAX = 16;

// An icon's glyph ("?", "ⓘ", "›") under a label for screen readers: its text is a picture, not words.
const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/** Whether `el` is a control whose label is short, or an icon: its text is not read. */
export function isControlLabel(el: Element): boolean {
  const role = el.getAttribute('role');
  if ((role === 'img' || el.hasAttribute('aria-label')) && WORDLESS.test(el.textContent ?? '')) return true;
  if (!CONTROLS.has(el.localName) && !(role !== null && CONTROL_ROLES.has(role))) return false;
  const label = el.textContent ?? '';
  // Whitespace around a label does not count; a long label is not trimmed at all.
  return label.length <= LABEL_MAX || label.trim().length <= LABEL_MAX;
}

const HAS_TEXT = /\S/;

/** Elements that draw no ::before or ::after box (replaced and void elements: https://drafts.csswg.org/css-pseudo-4/#generated-content). */
const NO_PSEUDO = new Set([
  'img',
  'input',
  'textarea',
  'select',
  'video',
  'audio',
  'canvas',
  'iframe',
  'object',
  'embed',
  'svg',
  'hr',
  'wbr',
]);
/** At most this many empty elements of one walk are asked for generated content: each asks two pseudo-elements' style. */
const PSEUDO_MAX = 64;
// A string of a computed `content` value, with CSS escapes (https://drafts.csswg.org/css-syntax-3/#consume-escaped-code-point).
const CSS_STRING = /"((?:[^"\\]|\\[\s\S])*)"/g;
const CSS_ESCAPE = /\\(?:([0-9a-f]{1,6}) ?|([\s\S]))/gi;
// An icon font's glyph (content:"\e60a") is a private-use character: a picture, not a word.
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

/** The strings CSS draws as `el`'s ::before or ::after (content:"已冻结"); a counter or an attr() draws numbers and markup the page holds. */
function generated(el: Element, which: '::before' | '::after'): string {
  const content = el.ownerDocument.defaultView?.getComputedStyle(el, which).content ?? 'none';
  if (!content.includes('"')) return '';
  let out = '';
  for (const m of content.matchAll(CSS_STRING))
    out += m[1]!.replace(CSS_ESCAPE, (_, hex: string | undefined, ch: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16) || 0xfffd) : ch!,
    );
  return out.replace(PRIVATE_USE, '');
}

/** An element with no text and no element inside: a chip or an icon, whose only words may be what CSS draws. */
const isBlank = (el: Element): boolean =>
  el.childElementCount === 0 && !NO_PSEUDO.has(el.localName) && !HAS_TEXT.test(el.textContent ?? '');

/**
 * The text of `root`'s visible descendants, in document order, raw (whitespace
 * as in the DOM, a line break where a box starts or ends: breaksLine), and at
 * most `budget` characters of it: the walk stops there, so a huge element costs
 * no more than a small one. A hidden element's subtree and a short control
 * label are skipped whole; `root` itself is the caller's (shown()). Open shadow
 * roots entered are added to `shadows`. An empty element (a status chip whose
 * state a stylesheet draws: content:"已冻结") is read for its generated content,
 * the first PSEUDO_MAX of them: no text node holds what the user sees there.
 */
export function visibleText(root: Element | ShadowRoot, budget: number, shadows: ShadowRoot[] = []): string {
  let text = '';
  let gap = false; // a box started or ended since the last text
  let asked = 0;
  const add = (data: string): void => {
    if (gap && text && HAS_TEXT.test(data)) text += '\n';
    if (gap && HAS_TEXT.test(data)) gap = false;
    text += data.slice(0, budget - text.length);
  };
  const drawn = (el: Element): void => {
    asked++;
    const block = breaksLine(el);
    if (block) gap = true;
    add(generated(el, '::before') + generated(el, '::after'));
    if (block) gap = true;
  };
  if (root.nodeType === 1 && isBlank(root as Element)) drawn(root as Element);
  let node: Node | null = root.firstChild;
  while (node && text.length < budget) {
    let next: Node | null = null;
    if (node.nodeType === 3) add((node as Text).data);
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === 'br') gap = true;
      else if (asked < PSEUDO_MAX && isBlank(el)) {
        if (!hidesContent(el)) drawn(el);
      } else if (el.firstChild && !hidesContent(el)) {
        // A skipped label inside a line ("请联系<a>在线客服</a>处理") leaves the line whole.
        if (isControlLabel(el)) gap ||= breaksLine(el);
        else {
          if (breaksLine(el)) gap = true;
          next = el.firstChild;
        }
      }
      // A web component draws its open shadow tree (its light children follow, as slotted content would).
      const shadow = el.shadowRoot;
      if (shadow && !hidesContent(el)) {
        shadows.push(shadow);
        const inner = visibleText(shadow, budget - text.length, shadows);
        if (HAS_TEXT.test(inner)) {
          text += (text ? '\n' : '') + inner;
          gap = true;
        }
      }
    }
    if (!next) {
      // Up to the next sibling, leaving every element passed on the way (a box that ends parts text too).
      let up: Node | null = node;
      while (up && up !== root && !up.nextSibling) {
        up = up.parentNode;
        if (up && up !== root && up.nodeType === 1 && breaksLine(up as Element)) gap = true;
      }
      next = up && up !== root ? up.nextSibling : null;
    }
    node = next;
  }
  return text;
}

/**
 * White space as the browser draws it: a run becomes one space, or one line
 * break when it holds one (that keeps blocks apart). Linear: the first pass
 * leaves no two spaces in a row, so the second never backtracks more than one
 * character (docs/trust-model.md#visible-text).
 */
export const squeeze = (text: string): string => text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*/g, '\n');
