// The page-tip controller: read the page, send the reading, show the tip the
// worker answers with (README.md#on-the-page). Detection runs in the worker
// ('page/reading' in src/shared/messages.ts); this side holds no notes, keys or
// case list. Everything it sets up dies with the content script's AbortSignal.
import type { PageKind } from '../lenders/index';
import type { Tip, TipLabels } from '../shared/messages';
import { ask, extensionAlive } from './runtime';
import { commonContainer, planFor, readPage } from './sensor';
import { renderTip, type TipHandle } from './tip';
import { watchPage } from './watcher';

/**
 * A record id minted here, where the save starts: a retry (another click after
 * a lost reply) sends the same id and stores nothing twice. From
 * getRandomValues, which works on http pages too (randomUUID needs a secure context).
 */
const newId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export interface PageTipOptions {
  signal: AbortSignal;
  /** Ends the content script (the circuit breaker tripped, or the extension is gone). */
  stop(): void;
  /** A message that failed: `what` names it. */
  failed(what: string, error: unknown): void;
  /** Told the page kind on every reading (the field button starts on form pages). */
  onPage(kind: PageKind | undefined): void;
}

export interface PageTip {
  /** Reads the page again now, even if nothing changed ("Scan this page" in the popup). */
  rescan(): Promise<void>;
}

export function startPageTip({ signal, stop, failed, onPage }: PageTipOptions): PageTip {
  let tip: TipHandle | null = null;
  let lastKey = '';

  const hide = (): void => {
    watcher.guard(null);
    tip?.remove();
    tip = null;
  };

  const attach = (host: HTMLElement): void => {
    document.documentElement.append(host);
    watcher.guard(host);
  };

  const show = (next: Tip | null, labels: TipLabels): void => {
    hide();
    if (!next || next.dismissed) return;
    // One exhibit per tip: its clicks all save the same record.
    const exhibitId = newId();
    const actions = {
      openChecklist: () => void ask('page/open-checklist', { status: next.status }).catch((e) => failed('page/open-checklist', e)),
      // The worker files its own reading of this page (status, quote, address); a refusal's reason is shown in the tip.
      saveExhibit: async () => {
        try {
          await ask('page/save-exhibit', { id: exhibitId });
          return null;
        } catch (error) {
          failed('page/save-exhibit', error);
          return error instanceof Error ? error.message : String(error);
        }
      },
      dismiss: () => void ask('page/dismiss', { host: location.hostname, status: next.status }).catch((e) => failed('page/dismiss', e)),
      // Closed by the user (× or dismiss): stays closed until the status or URL changes.
      close: hide,
    };
    tip = renderTip(next, labels, actions, signal);
    attach(tip.host);
  };

  const evaluate = async (): Promise<void> => {
    if (signal.aborted) return;
    // Between the orphan polls, every page change we react to checks first.
    if (!extensionAlive()) return stop();
    const url = location.href;
    onPage(planFor(url).kind);
    const reading = readPage(document, url);
    watcher.observe(
      reading.elements.length ? commonContainer(reading.elements, document) : (document.body ?? document.documentElement),
      reading.shadows,
    );
    // The URL is part of the key: an SPA navigation (pushState) asks again.
    const key = `${url}\u0000${reading.text}`;
    if (key === lastKey) {
      // Same reading. If the page took our host away, put it back (counted by the watcher's guard).
      if (tip && !tip.host.isConnected) attach(tip.host);
      return;
    }
    lastKey = key;
    if (!reading.text) return hide(); // nothing to read: no message, no DOM change
    try {
      const answer = await ask('page/reading', { url, text: reading.text });
      if (signal.aborted || key !== lastKey) return; // a newer reading won
      show(answer.tip, answer.labels);
    } catch (error) {
      // Refused: logged, never swallowed. A tip from an earlier reading no
      // longer stands for this one, and the worker stored nothing for the popup.
      hide();
      failed('page/reading', error);
    }
  };

  const watcher = watchPage(() => void evaluate(), stop, signal);
  signal.addEventListener('abort', hide, { once: true });
  void evaluate();
  return {
    rescan: () => {
      lastKey = '';
      return evaluate();
    },
  };
}
