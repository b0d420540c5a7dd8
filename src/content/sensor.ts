// Reads the status text of a page through the site pack's scoped selectors —
// never a whole-document innerText read, which took 3.3 s on a 50,000-node page
// (docs/trust-model.md#page-reads). textContent does not force layout.
//
// Frame policy (README.md#on-the-page): the script runs in the top frame only
// (manifest all_frames:false) and also reads same-origin child frames, which
// the top frame can reach directly. Cross-origin frames are never read: the
// browser forbids it, and a third-party frame is not the lender's status.
import { HOST_TAG } from './tip';

/**
 * Upper bound on the text sent to the worker for detection, so a hostile page
 * cannot make us read or send megabytes. Equals MAX_READING in
 * src/shared/messages.ts (not imported: that module carries the validator).
 */
export const MAX_TEXT = 4000;
const MAX_FRAMES = 8;
/** Generic mode reads at most this much of a body before keeping what is near credit words. */
export const GENERIC_LIMIT = 200_000;

/** The same-origin documents we may read: this one, then reachable child frames. */
export function readableDocuments(doc: Document): Document[] {
  const docs = [doc];
  // window.length counts child frames without walking the DOM (a full
  // querySelectorAll on every re-read of a 50,000-node page); most pages have none.
  if (!doc.defaultView?.length) return docs;
  const frames = doc.querySelectorAll('iframe, frame');
  for (let i = 0; i < frames.length && docs.length <= MAX_FRAMES; i++) {
    try {
      const inner = (frames[i] as HTMLIFrameElement).contentDocument;
      if (inner && inner.documentElement) docs.push(inner);
    } catch {
      // cross-origin: not ours to read
    }
  }
  return docs;
}

export interface Reading {
  text: string;
  /** The elements the text came from, for observing the narrowest container. */
  elements: Element[];
}

/**
 * The first selector (in the pack's order, specific to generic) that matches
 * anything wins, and all elements it matches are read in document order,
 * joined with a line break so a phrase split across elements still matches
 * while unrelated blocks stay apart (src/lenders/define.ts PackPage).
 */
export function readStatusText(docs: Document[], selectors: readonly string[], limit = MAX_TEXT): Reading {
  for (const selector of selectors) {
    const parts: string[] = [];
    const elements: Element[] = [];
    let size = 0;
    for (const doc of docs) {
      let found: NodeListOf<Element>;
      try {
        found = doc.querySelectorAll(selector);
      } catch {
        break; // a bad selector in a pack must not break the page
      }
      for (let i = 0; i < found.length && size < limit; i++) {
        const node = found[i]!;
        if (node.closest(HOST_TAG) || elements.some((e) => e.contains(node))) continue;
        // Whitespace runs collapse (a line break stays a line break: it keeps
        // blocks apart), so indentation does not eat the budget.
        const text = (node.textContent ?? '')
          .replace(/\s*\n\s*/g, '\n')
          .replace(/[^\S\n]+/g, ' ')
          .trim()
          .slice(0, limit - size);
        elements.push(node);
        if (!text.trim()) continue;
        parts.push(text);
        size += text.length;
      }
    }
    if (elements.length) return { text: parts.join('\n'), elements };
  }
  return { text: '', elements: [] };
}

// Words near which a credit line's status is written (docs/sources.md#status-wording glossary),
// for pages without a site pack: bank online banking, lenders we do not know.
const NEAR = ['额度', '借呗', '花呗', '白条', '金条', '微粒贷', '授信', '信用', '贷', '額度', '關閉', '凍結', 'credit', 'limit', 'loan'];
const WINDOW = 120;

/**
 * Generic mode reads a whole body, which is mostly not about credit: keep the
 * text around credit words, in page order, within `max` characters, so the
 * status is not cut off by the message size cap. Plain indexOf scans: no
 * regular expressions to compile in the page.
 */
export function excerptNearCredit(text: string, max = MAX_TEXT): string {
  if (text.length <= max) return text;
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const word of NEAR) {
    for (let at = lower.indexOf(word); at !== -1 && spans.length < 400; at = lower.indexOf(word, at + word.length)) {
      spans.push([Math.max(0, at - WINDOW), Math.min(text.length, at + word.length + WINDOW)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let size = 0;
  let end = -1;
  for (const [from, to] of spans) {
    const start = Math.max(from, end);
    if (start >= to) continue;
    const piece = text.slice(start, to);
    if (size + piece.length > max) break;
    parts.push(start === end ? piece : `\n${piece}`);
    size += piece.length + 1;
    end = to;
  }
  return parts.join('').trim() || text.slice(0, max);
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
