// Reads the status text of a page through the site pack's scoped selectors —
// never a whole-document innerText read, which took 3.3 s on a 50,000-node page
// (SECURITY.md §9). textContent does not force layout.
//
// Frame policy (issue 4): the script runs in the top frame only
// (manifest all_frames:false) and also reads same-origin child frames, which
// the top frame can reach directly. Cross-origin frames are never read: the
// browser forbids it, and a third-party frame is not the lender's status.
import { HOST_TAG } from './tip';

/** Upper bound on the text handed to detection, so a hostile page cannot make us scan megabytes. */
export const MAX_TEXT = 20_000;
const MAX_FRAMES = 8;

/** The same-origin documents we may read: this one, then reachable child frames. */
export function readableDocuments(doc: Document): Document[] {
  const docs = [doc];
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
 * while unrelated blocks stay apart (src/lenders/define.ts LenderPage).
 */
export function readStatusText(docs: Document[], selectors: readonly string[]): Reading {
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
      for (let i = 0; i < found.length && size < MAX_TEXT; i++) {
        const node = found[i]!;
        if (node.closest(HOST_TAG) || elements.some((e) => e.contains(node))) continue;
        const text = (node.textContent ?? '').slice(0, MAX_TEXT - size);
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

/** The narrowest element containing all the given elements (or the body). */
export function commonContainer(elements: Element[], doc: Document): Element {
  const fallback = doc.body ?? doc.documentElement;
  const first = elements[0];
  if (!first) return fallback;
  let container: Element | null = first.parentElement ?? first;
  while (container && !elements.every((e) => container!.contains(e))) container = container.parentElement;
  return container ?? fallback;
}
