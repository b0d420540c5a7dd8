// What every element we put into a lender page shares (docs/architecture.md#shadow-root):
// a `reopen-` prefixed host, a closed shadow root with our own stylesheet, and
// nodes whose text is set only through textContent (docs/trust-model.md#page-text-is-data).
// The tip (tip.ts) and the field button (field-button.ts) build on these; the
// sensor and the watcher use the prefix to tell our elements from the page's.

/** What every element we add to a page is called by (the page's own markup never uses it). */
export const OUR_PREFIX = 'reopen-';

/** Whether `node` is one of our hosts (the tip, the field button), never the page's own markup. */
export const isOurs = (node: Node): boolean => node.nodeType === 1 && (node as Element).localName.startsWith(OUR_PREFIX);

/** An element with its text set through textContent only. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

// One sheet per stylesheet text for every host this script shows: a re-render
// (SPA navigation, a changed status) adopts it again instead of parsing again.
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Styles a closed shadow root. Constructable stylesheets are CSSOM, not inline
 * <style>, so a page CSP without 'unsafe-inline' for styles does not block them
 * (https://www.w3.org/TR/CSP3/#directive-style-src). Firefox may refuse a sheet
 * built in the content-script compartment; then fall back to <style>.
 */
function applyStyles(root: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(element('style', css));
  }
}

/**
 * A new `reopen-…` host with a closed shadow root styled by `css`. A closed root
 * keeps the page's scripts and selectors out (docs/trust-model.md#closed-shadow-root);
 * `all: initial` on :host in `css` keeps the page's inherited styles out.
 */
export function closedHost(tag: `${typeof OUR_PREFIX}${string}`, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, css);
  return { host, root };
}
