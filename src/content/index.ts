// Content script entry: a sensor and a display, nothing else (STYLE.md §6).
// It reads the status through the site pack's selectors, sends a small fact
// message, and renders the tip the worker answers with. It holds no notes,
// keys or case list, and everything it sets up dies with one AbortSignal.
import { detectStatus } from '../lenders/detect';
import { LENDERS, findPack } from '../lenders/index';
import type { Product } from '../lenders/products';
import type { PageFacts, Tip } from '../shared/messages';
import { OrphanedError, ask, onExtensionMessage, watchForOrphaning } from './runtime';
import { MAX_INSERT_CHARS, describeField, focusedField, insertIntoField } from './insert';
import { commonContainer, readStatusText, readableDocuments } from './sensor';
import { HOST_TAG, renderTip, type TipHandle } from './tip';

// A Symbol key: page element ids become globals in this world (SECURITY.md §4),
// but no page markup can create a symbol-keyed global.
const LOADED = Symbol.for('reopen.content.loaded');
const DEBOUNCE_MS = 250;
/** Circuit breaker: if the page removes or rewrites our host this often, stop for good. */
const HOST_TAMPER_LIMIT = 20;

type G = typeof globalThis & { [LOADED]?: boolean };

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  let tip: TipHandle | null = null;
  let lastKey = '';
  let lastUrl = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tamper = 0;
  let observer: MutationObserver | null = null;
  let observed: Element | null = null;

  const stop = (): void => {
    if (signal.aborted) return;
    controller.abort(); // removes the tip, listeners, observer and timers
    (globalThis as G)[LOADED] = false;
  };
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    clearTimeout(timer);
    tip?.remove();
    tip = null;
  });

  const selectorsFor = (url: string): { selectors: readonly string[]; packId?: string; pageKind?: string; product?: Product } => {
    const match = findPack(url);
    if (match) {
      return {
        selectors: match.page.statusSelectors,
        packId: match.pack.id,
        pageKind: match.page.kind,
        ...(match.pack.product ? { product: match.pack.product } : {}),
      };
    }
    // A listed site, but not a page any pack knows: read nothing there.
    if (LENDERS.some((p) => p.hosts.includes(location.hostname))) return { selectors: [] };
    // Generic mode: injected on demand from the popup (activeTab, a user
    // gesture) or on a site the user added. Read the body, capped in sensor.ts.
    return { selectors: ['body'] };
  };

  const observe = (target: Element): void => {
    if (observed === target) return;
    observer?.disconnect();
    observed = target;
    observer = new MutationObserver((records) => {
      for (const r of records) {
        const touched = [r.target, ...Array.from(r.removedNodes)];
        if (touched.some((n) => n instanceof Element && n.localName === HOST_TAG)) tamper++;
      }
      if (tamper > HOST_TAMPER_LIMIT) return stop();
      schedule();
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  };

  const show = (next: Tip | null): void => {
    tip?.remove();
    tip = null;
    if (!next || next.dismissed) return;
    tip = renderTip(
      next,
      {
        openChecklist: () => void ask('page/open-checklist', { status: next.status }).catch(handleError),
        saveObservation: async () => {
          const reading = readStatusText(readableDocuments(document), selectorsFor(location.href).selectors);
          try {
            await ask('page/save-observation', {
              url: location.href,
              status: next.status,
              text: reading.text.replace(/\s+/g, ' ').trim().slice(0, 500),
              ...(findPack(location.href) ? { packId: findPack(location.href)!.pack.id } : {}),
            });
            return true;
          } catch (error) {
            handleError(error);
            return false;
          }
        },
        dismiss: () => void ask('page/dismiss', { host: location.hostname, status: next.status }).catch(handleError),
      },
      signal,
    );
    document.documentElement.append(tip.host);
    // Watch our own host too (same observer): the page removing or rewriting
    // it counts towards the circuit breaker, and a removal is repaired once
    // per evaluation.
    observer?.observe(document.documentElement, { childList: true });
    observer?.observe(tip.host, { attributes: true });
  };

  const handleError = (error: unknown): void => {
    if (error instanceof OrphanedError) stop();
    // Other errors (a refused message) leave the page as it is; nothing to show the page.
  };

  const evaluate = async (): Promise<void> => {
    if (signal.aborted) return;
    const url = location.href;
    const { selectors, packId, pageKind, product } = selectorsFor(url);
    const docs = readableDocuments(document);
    const reading = readStatusText(docs, selectors);
    observe(reading.elements.length ? commonContainer(reading.elements, document) : (document.body ?? document.documentElement));
    // The pack's product filters out signals about another product on the
    // same page (a portal showing 借呗 closed next to 花呗 available).
    const detected = detectStatus(reading.text, product ? { product } : {});
    const key = `${url}\u0000${detected.status}\u0000${detected.evidence.join('|')}`;
    if (key === lastKey && (tip === null || tip.host.isConnected)) return;
    lastKey = key;
    const hasSignal = detected.status !== 'unknown' || detected.evidence.length > 0;
    if (!hasSignal || detected.status === 'normal') {
      show(null);
      if (!hasSignal) return;
    }
    const facts: PageFacts = {
      url,
      status: detected.status,
      evidence: detected.evidence.slice(0, 8).map((e) => e.slice(0, 200)),
      ...(packId ? { packId } : {}),
      ...(pageKind ? { pageKind } : {}),
      ...(detected.months !== undefined ? { months: detected.months } : {}),
      ...(detected.limitBefore !== undefined ? { limitBefore: detected.limitBefore } : {}),
      ...(detected.limitAfter !== undefined ? { limitAfter: detected.limitAfter } : {}),
    };
    try {
      const answer = await ask('page/facts', facts);
      if (signal.aborted || key !== lastKey) return; // a newer reading won
      if (detected.status !== 'normal') show(answer);
    } catch (error) {
      handleError(error);
    }
  };

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        lastKey = '';
      }
      void evaluate();
    }, DEBOUNCE_MS);
  };

  // Same-document navigations (history.pushState) do not always touch the
  // observed container; the Navigation API reports them where it exists.
  addEventListener('popstate', schedule, { signal });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', schedule, { signal });
  watchForOrphaning(stop, signal);
  onExtensionMessage((message) => {
    const m = message as { type?: unknown; text?: unknown } | null;
    switch (m?.type) {
      case 'content/scan':
        lastKey = '';
        return evaluate().then(() => ({ done: true }));
      case 'content/field-info':
        return Promise.resolve(describeField(focusedField(document)));
      case 'content/insert':
        if (typeof m.text !== 'string' || !m.text || m.text.length > MAX_INSERT_CHARS) return Promise.resolve({ ok: false, reason: 'unsupported' });
        return Promise.resolve(insertIntoField(focusedField(document), m.text));
      default:
        return undefined;
    }
  }, signal);
  void evaluate();
}

if (!(globalThis as G)[LOADED]) {
  (globalThis as G)[LOADED] = true;
  start();
}
