// The sensor: a page's reading, the visible text handed to detection in the
// worker (README.md#on-the-page). It reads only where the site pack says the
// status lives, through scoped selectors — never a whole-document innerText,
// which took 3.3 s on a 50,000-node page (docs/trust-model.md#page-reads) — and
// only what the user can see (visible.ts). On a listed page whose markup the
// pack did not guess, and in generic mode, it keeps the visible text near
// credit words (near-credit.ts).
//
// Every reading is at most MAX_READING characters, capped after its parts are
// joined: the worker's schema refuses one character more (src/shared/limits.ts).
// Each element is capped before its whitespace is normalised, and normalising
// is linear (squeeze, visible.ts): `/\s*\n\s*/g` over 40,000 &nbsp; blocked a
// page for 3.6 s (docs/trust-model.md#visible-text).
//
// Frame policy (README.md#on-the-page): the script runs in the top frame only
// (manifest all_frames:false) and also reads visible same-origin child frames,
// which the top frame can reach directly. Cross-origin frames are never read:
// the browser forbids it, and a third-party frame is not the lender's status.
import { PACKS, findPack, type PageKind } from '../lenders/index';
import { MAX_READING } from '../shared/limits';
import { hasCreditWord, productWordsIn, readNearCredit } from './near-credit';
import { shown, squeeze, visibleText } from './visible';

const MAX_FRAMES = 8;
/**
 * Raw characters read per character a reading may still hold. Indentation and
 * &nbsp; runs collapse after the cap, so the raw budget is a small multiple of
 * what is kept: enough for pretty-printed markup, bounded for any page.
 */
const RAW_PER_KEPT = 4;

export interface Reading {
  text: string;
  /** The elements the text came from, for observing the narrowest container. */
  elements: Element[];
  /** The open shadow roots read (web components): observed too, as no observer of the page sees into them. */
  shadows: ShadowRoot[];
}

/** The same-origin documents we may read: this one, then reachable child frames the user can see. */
export function readableDocuments(doc: Document): Document[] {
  const docs = [doc];
  // window.length counts child frames without walking the DOM (a full
  // querySelectorAll on every re-read of a 50,000-node page); most pages have none.
  if (!doc.defaultView?.length) return docs;
  const frames = doc.querySelectorAll('iframe, frame');
  for (let i = 0; i < frames.length && docs.length <= MAX_FRAMES; i++) {
    try {
      const inner = (frames[i] as HTMLIFrameElement).contentDocument;
      if (inner?.documentElement && shown(frames[i]!)) docs.push(inner);
    } catch {
      // cross-origin: not ours to read
    }
  }
  return docs;
}

const collapse = (text: string): string => squeeze(text).trim();

// Node.DOCUMENT_POSITION_FOLLOWING (https://dom.spec.whatwg.org/#dom-node-document_position_following), named
// here: the sensor also runs on documents of other windows (same-origin frames), whose Node is not this one.
const FOLLOWING = 4;

/** Boxes looked at beside each matched one: a portal's row of product cards, not a long list. */
const MAX_SIBLINGS = 8;

/**
 * The boxes beside the matched ones that are of their kind (the same tag under the
 * same parent, below the body): a portal shows one card per product,
 * and a pack's selector may name one product's card only (src/lenders/packs/: the
 * selectors are guesses). The product comes from the evidence on the page.
 */
function siblingsOf(matched: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const node of matched) {
    const parent = node.parentElement;
    if (!parent || parent === node.ownerDocument.body || parent === node.ownerDocument.documentElement) continue;
    let looked = 0;
    for (let c = parent.firstElementChild; c && looked < MAX_SIBLINGS; c = c.nextElementSibling) {
      if (c === node || c.tagName !== node.tagName) continue;
      looked++;
      if (!matched.some((m) => m.contains(c) || c.contains(m)) && !out.includes(c)) out.push(c);
    }
  }
  return out;
}

/**
 * The first selector (in the pack's order, specific to generic) that matches a
 * visible element wins, and all visible elements it matches are read in
 * document order, joined with a line break so a phrase split across elements
 * still matches while unrelated blocks stay apart (src/lenders/define.ts PackPage).
 * Hidden matches count as absent. A box of the same kind beside a match is read
 * too when it names a product the matches do not (siblingsOf).
 */
export function readStatusText(docs: readonly Document[], selectors: readonly string[], limit = MAX_READING): Reading {
  for (const selector of selectors) {
    const elements: Element[] = [];
    for (const doc of docs) {
      let found: NodeListOf<Element>;
      try {
        found = doc.querySelectorAll(selector);
      } catch {
        break; // a bad selector in a pack must not break the page
      }
      for (let i = 0; i < found.length; i++) {
        const node = found[i]!;
        if (!elements.some((e) => e.contains(node)) && shown(node)) elements.push(node);
      }
    }
    if (elements.length) return readBoxes(elements, limit);
  }
  return { text: '', elements: [], shadows: [] };
}

/** The visible text of `matched` and of the boxes beside them that name another product, in page order. */
function readBoxes(matched: Element[], limit: number): Reading {
  const shadows: ShadowRoot[] = [];
  const texts = new Map<Element, string>();
  let size = 0; // the length of the texts joined by line breaks
  const take = (node: Element): string => {
    const text = size < limit ? collapse(visibleText(node, (limit - size) * RAW_PER_KEPT, shadows)) : '';
    if (text) size += (texts.size ? 1 : 0) + text.length;
    texts.set(node, text);
    return text;
  };
  for (const node of matched) take(node);
  const named = productWordsIn([...texts.values()].join('\n'));
  const adds = (text: string): boolean => [...productWordsIn(text)].some((w) => !named.has(w));
  for (const node of siblingsOf(matched)) {
    // Its raw text first (hidden parts too, no layout): most boxes beside a card name nothing new.
    if (!adds(node.textContent ?? '') || !shown(node)) continue;
    const before = size;
    const text = take(node);
    if (!adds(text)) {
      texts.delete(node);
      size = before;
    }
  }
  // Page order within a document; documents (a frame's) keep the order they were read in.
  const read = [...texts.keys()];
  const order = new Map(read.map((e, i) => [e, i]));
  const elements = read.sort((a, b) =>
    a.ownerDocument === b.ownerDocument ? (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1) : order.get(a)! - order.get(b)!,
  );
  const parts = elements.map((e) => texts.get(e)!).filter((t) => t);
  return { text: parts.join('\n').slice(0, limit), elements, shadows };
}

/** What the sensor reads on a URL, decided once per URL (an SPA navigation changes it). */
export interface ReadingPlan {
  /** The pack's status selectors; empty: this page shows no status of the user's own. */
  selectors: readonly string[];
  /** No pack knows this site: read the visible text near credit words (generic mode). */
  generic: boolean;
  kind?: PageKind;
}

let planned: { url: string; plan: ReadingPlan } | undefined;

/** The page kinds of a lender's own site, as opposed to a complaint site or the credit bureau. */
const LENDER_KINDS: readonly PageKind[] = ['account', 'support'];

/** Where the status may be read on `url`: the site pack's scoped selectors (src/lenders), or generic mode. */
export function planFor(url: string): ReadingPlan {
  if (planned?.url === url) return planned.plan;
  const match = findPack(url);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // not a URL: no pack knows it
  }
  const pack = PACKS.find((p) => p.hosts.includes(host));
  const plan: ReadingPlan = match
    ? { selectors: match.page.statusSelectors, generic: false, kind: match.page.kind }
    : // No pack knows this site (the script runs there only on demand from the popup,
      // activeTab, or on a site the user added), or a lender's page no pack page
      // describes (its markup and paths are guesses, src/lenders/packs/): read the
      // visible text near credit words. Other pages of a complaint site or of the
      // credit bureau stay unread: they hold other people's statuses, or a report's accounts.
      { selectors: [], generic: !pack || pack.pages.every((p) => LENDER_KINDS.includes(p.kind)) };
  planned = { url, plan };
  return plan;
}

/**
 * The reading of `doc` at `url`. A listed page whose pack selectors find
 * nothing, or only text without a credit word (markup the pack did not guess),
 * falls back to the near-credit reader generic mode uses. Pages whose pack
 * lists no selectors (complaint threads, credit reports) are never read.
 */
export function readPage(doc: Document, url: string): Reading {
  const plan = planFor(url);
  const docs = readableDocuments(doc);
  if (plan.generic) return readNearCredit(docs);
  const reading = readStatusText(docs, plan.selectors);
  if (!plan.selectors.length || hasCreditWord(reading.text)) return reading;
  const near = readNearCredit(docs);
  return hasCreditWord(near.text) ? near : reading;
}

/** The narrowest element containing all the given elements (or the body). */
export function commonContainer(elements: Element[], doc: Document): Element {
  const fallback = doc.body ?? doc.documentElement;
  const first = elements[0];
  if (!first) return fallback;
  let container: Element | null = first.parentElement ?? first;
  while (container && !elements.every((e) => container!.contains(e))) container = container.parentElement;
  return container ?? fallback;
}
