// The worker's reading of a page: what detection makes of the visible text a
// content script sent for `url`, as the facts the tip and the popup work from.
// Pure (no browser API), so the meta-tests run the very path the product runs.
import { findPack } from '../lenders/index';
import { detectStatus } from '../lenders/detect';
import type { PageFacts } from '../shared/messages';

/** What the status text read on `url` means, as the facts the popup and the tip work from; null when it says nothing. */
export function factsFromReading(url: string, text: string): PageFacts | null {
  const match = findPack(url);
  const product = match?.pack.product;
  // The pack's product filters out signals about another product on the same
  // page (a portal showing 借呗 closed next to 花呗 available).
  const detected = detectStatus(text, product ? { product } : {});
  if (detected.status === 'unknown' && detected.evidence.length === 0) return null;
  return {
    url,
    status: detected.status,
    evidence: detected.evidence.slice(0, 8).map((e) => e.slice(0, 200)),
    ...(match ? { packId: match.pack.id, pageKind: match.page.kind } : {}),
    ...(detected.months !== undefined ? { months: detected.months } : {}),
    ...(detected.limitBefore !== undefined ? { limitBefore: detected.limitBefore } : {}),
    ...(detected.limitAfter !== undefined ? { limitAfter: detected.limitAfter } : {}),
  };
}
