// Content script entry: a sensor and a display, nothing else (docs/architecture.md#content-script).
// It reads the status text through the site pack's selectors, sends it in one
// small message (the worker detects and diagnoses), and renders the tip it answers with. It holds no notes,
// keys or case list, and everything it sets up dies with one AbortSignal.
import { PACKS, findPack } from '../lenders/index';
import type { Tip, TipLabels } from '../shared/messages';
import { OrphanedError, ask, extensionAlive, onExtensionMessage, watchForOrphaning } from './runtime';
import { MAX_INSERT_CHARS, describeField, focusedField, insertIntoField } from './insert';
import { GENERIC_LIMIT, commonContainer, excerptNearCredit, readStatusText, readableDocuments, type Reading } from './sensor';
import { renderTip, type TipHandle } from './tip';
import { isFormKind, startFieldButton } from './field-button';

// A Symbol key: page element ids become globals in this world (docs/trust-model.md#page-id-globals),
// but no page markup can create a symbol-keyed global.
const LOADED = Symbol.for('reopen.content.loaded');
const DEBOUNCE_MS = 250;
/**
 * Circuit breaker: how often the page may remove or rewrite our host before we
 * stop for good. Each removal is repaired once (a framework re-rendering the
 * whole document now and then), but a page that fights us wins quickly.
 */
const HOST_TAMPER_LIMIT = 10;

type G = typeof globalThis & { [LOADED]?: boolean };

/** Mutation records about our own elements (tip, field button) only: not the page changing. */
const ours = (nodes: NodeList): boolean =>
  Array.from(nodes).every((n) => n.nodeType === 1 && (n as Element).localName.startsWith('reopen-'));

type Where = { selectors: readonly string[]; generic?: true; kind?: string };
// The answer for the last URL: every mutation batch re-reads the page, and the
// URL rarely changes between them (an SPA navigation does).
let where: { url: string; value: Where } | undefined;

/** Where the status may be read on `url`: the site pack's scoped selectors (src/lenders). */
function selectorsFor(url: string): Where {
  if (where?.url === url) return where.value;
  const match = findPack(url);
  const value: Where = match
    ? { selectors: match.page.statusSelectors, kind: match.page.kind }
    : // A listed site, but not a page any pack knows: read nothing there.
      PACKS.some((p) => p.hosts.includes(location.hostname))
      ? { selectors: [] }
      : // Generic mode: injected on demand from the popup (activeTab, a user
        // gesture) or on a site the user added. Read the body, capped in sensor.ts.
        { selectors: ['body'], generic: true };
  where = { url, value };
  return value;
}

/** The text to send for detection: the pack's elements, or in generic mode the parts of the body near credit words. */
function readPage(url: string): Reading {
  const { selectors, generic } = selectorsFor(url);
  const docs = readableDocuments(document);
  if (!generic) return readStatusText(docs, selectors);
  const whole = readStatusText(docs, selectors, GENERIC_LIMIT);
  return { ...whole, text: excerptNearCredit(whole.text) };
}

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  let tip: TipHandle | null = null;
  let lastKey = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tamper = 0;
  let observed: Element | null = null;

  const stop = (): void => {
    if (signal.aborted) return;
    controller.abort(); // removes the tip, listeners, observers and timers
    (globalThis as G)[LOADED] = false;
  };
  signal.addEventListener('abort', () => {
    watcher.disconnect();
    guard.disconnect();
    clearTimeout(timer);
    tip?.remove();
    tip = null;
  });

  const schedule = (): void => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void evaluate(), DEBOUNCE_MS);
  };

  // One debounced observer on the narrowest container of the status (docs/trust-model.md#page-reads),
  // plus childList on each of its ancestors: an SPA that swaps a whole subtree
  // replaces the container itself, which only its parent's records show.
  const watcher = new MutationObserver((records) => {
    if (
      records.some((r) => !(r.type === 'childList' && r.target === document.documentElement && ours(r.addedNodes) && ours(r.removedNodes)))
    )
      schedule();
  });
  const observe = (target: Element): void => {
    if (observed === target && target.isConnected) return;
    watcher.disconnect();
    observed = target;
    watcher.observe(target, { childList: true, subtree: true, characterData: true });
    for (let up = target.parentElement; up; up = up.parentElement) watcher.observe(up, { childList: true });
  };

  // A second observer watches our host. Our own removals happen only after
  // `tip` is cleared or replaced, so a removed node that is still `tip.host`,
  // or an attribute change on it (we set none after insertion), is the page.
  const guard = new MutationObserver((records) => {
    const host = tip?.host;
    for (const r of records) {
      if (host && (r.target === host || Array.from(r.removedNodes).includes(host))) tamper++;
    }
    if (tamper > HOST_TAMPER_LIMIT) return stop();
    if (host && !host.isConnected) schedule(); // repaired by evaluate()
  });

  const hide = (): void => {
    tip?.remove();
    tip = null;
  };

  const show = (next: Tip | null, labels: TipLabels): void => {
    hide();
    if (!next || next.dismissed) return;
    tip = renderTip(
      next,
      labels,
      {
        openChecklist: () => void ask('page/open-checklist', { status: next.status }).catch(handleError),
        saveExhibit: async () => {
          const reading = readPage(location.href);
          try {
            await ask('page/save-exhibit', {
              url: location.href,
              status: next.status,
              text: reading.text.replace(/\s+/g, ' ').slice(0, 500).trim(),
            });
            return true;
          } catch (error) {
            handleError(error);
            return false;
          }
        },
        dismiss: () => void ask('page/dismiss', { host: location.hostname, status: next.status }).catch(handleError),
        // Closed by the user (× or dismiss): stays closed until the status or URL changes.
        close: hide,
      },
      signal,
    );
    attach(tip.host);
  };

  const attach = (host: HTMLElement): void => {
    document.documentElement.append(host);
    guard.observe(document.documentElement, { childList: true });
    guard.observe(host, { attributes: true });
  };

  const handleError = (error: unknown): void => {
    if (error instanceof OrphanedError) stop();
    // Other errors (a refused message) leave the page as it is; nothing to show the page.
  };

  // The field button costs nothing until the page is a form page (also after an SPA navigation).
  let fieldButton = false;
  const evaluate = async (): Promise<void> => {
    if (signal.aborted) return;
    // Between the orphan polls, every page change we react to checks first.
    if (!extensionAlive()) return stop();
    const url = location.href;
    if (!fieldButton && isFormKind(selectorsFor(url).kind)) {
      fieldButton = true;
      startFieldButton(signal, handleError);
    }
    const reading = readPage(url);
    observe(reading.elements.length ? commonContainer(reading.elements, document) : (document.body ?? document.documentElement));
    // The URL is part of the key: an SPA navigation (pushState) asks again.
    const key = `${url}\u0000${reading.text}`;
    if (key === lastKey) {
      // Same reading. If the page took our host away, put it back (counted by the guard).
      if (tip && !tip.host.isConnected) attach(tip.host);
      return;
    }
    lastKey = key;
    if (!reading.text) return hide(); // nothing to read: no message, no DOM change
    try {
      // Detection runs in the worker (src/shared/messages.ts 'page/reading').
      const answer = await ask('page/reading', { url, text: reading.text });
      if (signal.aborted || key !== lastKey) return; // a newer reading won
      show(answer.tip, answer.labels);
    } catch (error) {
      handleError(error);
    }
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
        if (typeof m.text !== 'string' || !m.text || m.text.length > MAX_INSERT_CHARS)
          return Promise.resolve({ ok: false, reason: 'unsupported' });
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
