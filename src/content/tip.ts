// The inline tip: one prefixed host element, a closed shadow root, a style
// reset, and text set only through textContent (docs/trust-model.md#page-text-is-data: page text is
// data). Plain DOM rather than Preact: the whole injected bundle must stay
// ≤ 12 KB gzip (README.md#on-the-page), and the tip is a handful of nodes.
import type { Tip, TipLabels } from '../shared/messages';
import { closedHost, element } from './shadow';

const HOST_TAG = 'reopen-tip';

export interface TipActions {
  openChecklist(): void;
  /** Saves the page as an exhibit: null when stored, else the worker's reason, shown under the buttons. */
  saveExhibit(): Promise<string | null>;
  dismiss(): void;
  /** The user closed the tip (× or dismiss); the owner removes it and forgets it. */
  close(): void;
}

export interface TipHandle {
  host: HTMLElement;
  remove(): void;
}

// `all: initial` on :host stops the page's CSS (and inherited properties) from
// reaching us; the page cannot pierce a closed root with its selectors.
const CSS = `
:host{all:initial;position:fixed;z-index:2147483646;right:16px;bottom:16px;display:block}
.tip{box-sizing:border-box;width:340px;max-width:calc(100vw - 32px);max-height:70vh;overflow:auto;
font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1f23;background:#fff;
border:1px solid #0e7c7b;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:12px 14px}
h2{all:unset;display:block;font-weight:600;font-size:15px;margin:0 22px 4px 0}
p{margin:4px 0}
ol,ul{margin:6px 0 8px;padding-left:20px}
li{margin:3px 0}
.ev{display:block;color:#555;font-size:12px}
.row{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{all:unset;cursor:pointer;border:1px solid #0e7c7b;border-radius:6px;padding:4px 10px;color:#0e7c7b;font-size:13px}
button.primary{background:#0e7c7b;color:#fff}
button:focus-visible{outline:2px solid #f5a623;outline-offset:2px}
.x{position:absolute;top:8px;right:10px;border:none;padding:0 4px;font-size:16px;color:#555}
.muted{color:#666;font-size:12px}
@media (prefers-color-scheme:dark){.tip{background:#1e2226;color:#e8eaed;border-color:#3fb5b3}
.ev,.muted,.x{color:#aab}button{color:#3fb5b3;border-color:#3fb5b3}button.primary{background:#3fb5b3;color:#111}}
`;

/**
 * Builds the tip; the caller appends `host` where it belongs. Every listener dies with `signal`.
 * `labels` come from the worker with the tip (no chrome.i18n call in the page: it is a sync IPC).
 */
export function renderTip(tip: Tip, labels: TipLabels, actions: TipActions, signal: AbortSignal): TipHandle {
  const { host, root } = closedHost(HOST_TAG, CSS);
  host.setAttribute('data-reopen-status', tip.status);

  const box = element('section', undefined, 'tip');
  box.setAttribute('role', 'complementary');
  box.setAttribute('aria-label', labels.aria);
  const close = element('button', '×', 'x');
  close.setAttribute('aria-label', labels.close);
  box.append(close, element('h2', tip.statusLabel), element('p', tip.explanation));

  if (tip.causes.length) {
    box.append(element('p', labels.likelyCauses, 'muted'));
    const list = element('ol');
    for (const cause of tip.causes) {
      const item = element('li', cause.title);
      if (cause.evidence) item.append(element('span', cause.evidence, 'ev'));
      list.append(item);
    }
    box.append(list);
  }
  if (tip.common?.length) {
    box.append(element('p', labels.commonCauses, 'muted'));
    const list = element('ul');
    for (const title of tip.common) list.append(element('li', title));
    box.append(list);
  }
  if (tip.questions?.length) {
    box.append(element('p', labels.askThese, 'muted'));
    const list = element('ul');
    for (const q of tip.questions) list.append(element('li', q));
    box.append(list);
  }
  if (tip.summary) box.append(element('p', tip.summary));

  const row = element('div', undefined, 'row');
  const open = element('button', labels.openChecklist, 'primary');
  const save = element('button', labels.saveExhibit);
  const dismiss = element('button', labels.dismiss);
  row.append(open, save, dismiss);
  const outcome = element('p', '', 'muted');
  outcome.setAttribute('role', 'status');
  box.append(row, outcome, element('p', labels.privacy, 'muted'));
  root.append(box);

  const remove = (): void => host.remove();
  const on = (node: HTMLElement, fn: () => void): void => node.addEventListener('click', fn, { signal });
  on(close, () => actions.close());
  on(open, () => actions.openChecklist());
  on(dismiss, () => {
    actions.dismiss();
    actions.close();
  });
  // One save per click, never two in flight (a double click must not file two exhibits).
  let saving = false;
  on(save, () => {
    if (saving) return;
    saving = true;
    save.textContent = labels.saving;
    const done = (refused: string | null): void => {
      saving = false;
      save.textContent = refused === null ? labels.saved : labels.saveFailed;
      outcome.textContent = refused ?? '';
    };
    actions.saveExhibit().then(done, () => done(''));
  });
  signal.addEventListener('abort', remove, { once: true });
  return { host, remove };
}
