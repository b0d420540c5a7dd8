// The worker's reading of a page: what detection makes of the visible text a
// content script sent for `url`, as the facts the tip and the popup work from.
// Pure (no browser API), so the meta-tests run the very path the product runs.
import { findPack } from '../lenders/index';
import { detectStatus } from '../lenders/detect';
import type { PageFacts } from '../shared/messages';

/** What the status text read on `url` means, as the facts the popup and the tip work from; null when it says nothing. */
export function factsFromReading(url: string, text: string): PageFacts | null {
  const match = findPack(url);
  // The pack's product is only a hint for text that names none: a portal shows
  // several products (借呗 closed next to 花呗 available), and the product comes
  // from the evidence. A bare verb needs its own subject even on an account page:
  // its tables list orders and bills (已取消, 已关闭; README.md#on-the-page).
  const detected = detectStatus(text, match?.pack.product ? { product: match.pack.product } : {});
  // No credit signal at all: nothing to say, so no tip (README.md#on-the-page).
  if (detected.status === 'unknown' && detected.evidence.length === 0) return null;
  return {
    url,
    status: detected.status,
    ...(detected.product ? { product: detected.product } : {}),
    evidence: detected.evidence.slice(0, 8).map((e) => e.slice(0, 200)),
    ...(match ? { packId: match.pack.id, pageKind: match.page.kind } : {}),
    ...(detected.months !== undefined ? { months: detected.months } : {}),
    ...(detected.limitBefore !== undefined ? { limitBefore: detected.limitBefore } : {}),
    ...(detected.limitAfter !== undefined ? { limitAfter: detected.limitAfter } : {}),
  };
}
