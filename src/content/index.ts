// Content script entry: guard against a second copy, then start the pieces
// (docs/architecture.md#content-script). A sensor and a display, nothing else:
// the page-tip controller reads the page and shows the worker's tip
// (page-tip.ts), the command switch answers the popup (commands.ts), the field
// button appears on form pages (field-button.ts). Everything they set up dies
// with one AbortSignal: when the extension goes away, or the page fights us.
import { answerCommands } from './commands';
import { fieldButtonOnFormPages } from './field-button';
import { startPageTip } from './page-tip';
import { OrphanedError, warnRefused, watchForOrphaning } from './runtime';

// A Symbol key: page element ids become globals in this world (docs/trust-model.md#page-id-globals),
// but no page markup can create a symbol-keyed global.
const LOADED = Symbol.for('reopen.content.loaded');
type G = typeof globalThis & { [LOADED]?: boolean };

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  const stop = (): void => {
    if (signal.aborted) return;
    controller.abort(); // removes the tip, listeners, observers and timers
    (globalThis as G)[LOADED] = false;
  };
  const failed = (what: string, error: unknown): void => (error instanceof OrphanedError ? stop() : warnRefused(what, error));
  const button = fieldButtonOnFormPages(signal, (error) => failed('the field button', error));
  const page = startPageTip({ signal, stop, failed, onPage: button.onPage });
  answerCommands(page.rescan, button.insertPicked, signal);
  watchForOrphaning(stop, signal);
}

if (!(globalThis as G)[LOADED]) {
  (globalThis as G)[LOADED] = true;
  start();
}
