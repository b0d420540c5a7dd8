// The page watcher: when to read the page again, and when to give up on it.
//
// One debounced MutationObserver on the narrowest container of the last reading
// (docs/trust-model.md#page-reads), plus SPA navigations and late same-origin
// frames. A second observer guards our own host: a page that keeps removing or
// rewriting it trips the circuit breaker and the script stops for good.
// Everything here dies with the content script's AbortSignal.
import { isOurs } from './shadow';

const DEBOUNCE_MS = 250;
/**
 * A page that never stops changing (a ticker animating its style, a clock) would
 * push a debounced read back forever: it runs at the latest this long after
 * the first change it is waiting for, so a read follows every change and costs
 * at most one per second.
 */
const MAX_WAIT_MS = 1000;
/**
 * Circuit breaker: how often the page may remove or rewrite our host before we
 * stop for good. Each removal is repaired once (a framework re-rendering the
 * whole document now and then), but a page that fights us wins quickly.
 */
const HOST_TAMPER_LIMIT = 10;
/**
 * What hides or shows text without touching the DOM's tree: a status box whose
 * `hidden` class is removed once its data arrives is read then (visible.ts).
 */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden'];

export interface PageWatcher {
  /** Watch `target`, the narrowest container of the last reading, the child lists of its ancestors, and the open shadow roots the reading entered. */
  observe(target: Element, shadows?: readonly ShadowRoot[]): void;
  /** Our host on the page now, or null: the page removing or rewriting it counts towards the breaker. */
  guard(host: HTMLElement | null): void;
  /** Read again once the page has been quiet for a moment. */
  schedule(): void;
}

/** Records about our own elements only (the tip, the field button): not the page changing. */
const ours = (r: MutationRecord): boolean =>
  isOurs(r.target) ||
  (r.type === 'childList' &&
    r.target === document.documentElement &&
    Array.from(r.addedNodes).every(isOurs) &&
    Array.from(r.removedNodes).every(isOurs));

/** Calls `read` after page changes (debounced), and `trip` once the page has fought our host too often. */
export function watchPage(read: () => void, trip: () => void, signal: AbortSignal): PageWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince = 0;
  let observed: Element | null = null;
  let guarded: HTMLElement | null = null;
  let tamper = 0;

  const schedule = (): void => {
    if (signal.aborted) return;
    const now = Date.now();
    if (timer === undefined) waitingSince = now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        read();
      },
      Math.max(0, Math.min(DEBOUNCE_MS, waitingSince + MAX_WAIT_MS - now)),
    );
  };

  // childList on each ancestor too: an SPA that swaps a whole subtree replaces
  // the container itself, which only its parent's records show.
  const watcher = new MutationObserver((records) => {
    if (!records.every(ours)) schedule();
  });
  let shadowsSeen: readonly ShadowRoot[] = [];
  const observe = (target: Element, shadows: readonly ShadowRoot[] = []): void => {
    if (observed === target && target.isConnected && shadows.every((s) => shadowsSeen.includes(s))) return;
    watcher.disconnect();
    observed = target;
    shadowsSeen = shadows;
    const what = { childList: true, subtree: true, characterData: true, attributeFilter: VISIBILITY_ATTRIBUTES };
    watcher.observe(target, what);
    for (let up = target.parentElement; up; up = up.parentElement) watcher.observe(up, { childList: true });
    // A web component's shadow tree changes unseen by any observer of the page's own tree.
    for (const shadow of shadows) watcher.observe(shadow, what);
  };

  // Our own removals happen only after the host is no longer guarded (or a new
  // one is), so a removed node that is still `guarded`, or an attribute change
  // on it (we set none after insertion), is the page.
  const guardian = new MutationObserver((records) => {
    const host = guarded;
    for (const r of records) {
      if (host && (r.target === host || Array.from(r.removedNodes).includes(host))) tamper++;
    }
    if (tamper > HOST_TAMPER_LIMIT) return trip();
    if (host && !host.isConnected) schedule(); // the reading puts it back
  });
  const guard = (host: HTMLElement | null): void => {
    guarded = host;
    if (!host) return;
    guardian.observe(document.documentElement, { childList: true });
    guardian.observe(host, { attributes: true });
  };

  // Same-document navigations (history.pushState) do not always touch the
  // observed container; the Navigation API reports them where it exists.
  addEventListener('popstate', schedule, { signal });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', schedule, { signal });
  // A same-origin child frame that finishes loading after our first reading
  // (frame policy: sensor.ts). `load` does not bubble, so listen in capture.
  document.addEventListener('load', (e) => ((e.target as Element | null)?.localName === 'iframe' ? schedule() : undefined), {
    capture: true,
    signal,
  });
  signal.addEventListener(
    'abort',
    () => {
      watcher.disconnect();
      guardian.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  return { observe, guard, schedule };
}
