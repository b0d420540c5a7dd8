// What the user can see of a page: only that is the page's statement about the
// account (docs/trust-model.md#visible-text). Hidden templates, aria-hidden
// copies and off-screen decoys are not, so the sensor never reads them.
//
// No whole-document innerText (docs/trust-model.md#page-reads: 3.3 s on a
// 50,000-node page): the sensor walks only the few subtrees a site pack names,
// and asks each element it enters the cheapest questions first — its tag and
// attributes, then its style (checkVisibility needs style, not layout), and last
// its box (a layout that is already clean after load costs next to nothing).
import { isOurs } from './shadow';

/** Elements whose content is never rendered as text: code, styles, inert markup, fallback for scripting. */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Whether `el` keeps its whole subtree out of sight; its ancestors are the
 * caller's business (the walk below never enters a hidden one, shown() climbs).
 */
export function hidesContent(el: Element): boolean {
  if (NEVER_SHOWN.has(el.localName) || isOurs(el)) return true;
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

/** Computed overflow values that clip the content to the box (https://drafts.csswg.org/css-overflow-3/#overflow-control). */
const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);

/** Whether `el` is drawn where the user can see it: neither it nor an ancestor hides it. */
export function shown(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) if (hidesContent(at)) return false;
  return true;
}

/**
 * The text of `root`'s visible descendants, in document order, raw (whitespace
 * as in the DOM), and at most `budget` characters of it: the walk stops there,
 * so a huge element costs no more than a small one. A hidden element's subtree
 * is skipped whole; leaf elements (img, br, input) are not even asked.
 */
export function visibleText(root: Element, budget: number): string {
  let text = '';
  let node: Node | null = root.firstChild;
  while (node && text.length < budget) {
    let next: Node | null = null;
    if (node.nodeType === 3) text += (node as Text).data.slice(0, budget - text.length);
    else if (node.nodeType === 1 && node.firstChild && !hidesContent(node as Element)) next = node.firstChild;
    if (!next) {
      let up: Node | null = node;
      while (up && up !== root && !up.nextSibling) up = up.parentNode;
      next = up && up !== root ? up.nextSibling : null;
    }
    node = next;
  }
  return text;
}
