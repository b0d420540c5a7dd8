// The picker (src/background/picker.ts): the cases the page that opened it may
// be offered, each named by lender and product, and their appeal texts by label
// and length. A click here — never on the page — puts that one text into the
// field the page button was beside; what happened is said in one line, and a
// text the editor would not take is copied from the same click.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../shared/ask';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import type { ResponseOf } from '../shared/messages';
import { copyText } from '../popup/clipboard';
import { refusalText } from '../popup/labels';

type Menu = ResponseOf<'ext/picker-menu'>;
type State =
  { kind: 'loading' } | { kind: 'menu'; menu: Menu } | { kind: 'busy'; menu: Menu } | { kind: 'said'; lines: string[]; ok: boolean };

/** A successful insertion closes the window after this long, once the user could read the line. */
const CLOSE_AFTER_MS = 1500;

export function Picker({ tabId }: { tabId: number | undefined }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const list = useRef<HTMLUListElement>(null);

  const load = async (): Promise<void> => {
    if (tabId === undefined) return setState({ kind: 'said', lines: [t('insertFailed')], ok: false });
    const reply = await ask('ext/picker-menu', { tabId });
    setState(reply.ok ? { kind: 'menu', menu: reply.data } : { kind: 'said', lines: [reply.error], ok: false });
  };
  useEffect(() => {
    void load();
    // Escape closes the window, as it closes a menu: the user is back on the page with nothing changed.
    const onKey = (e: KeyboardEvent): void => void (e.key === 'Escape' && window.close());
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  // The keyboard starts on the first text that can be chosen.
  useEffect(() => {
    if (state.kind === 'menu') list.current?.querySelector('button')?.focus();
  }, [state.kind]);

  const choose = async (menu: Menu, id: string): Promise<void> => {
    setState({ kind: 'busy', menu });
    const reply = await ask('ext/picker-insert', { tabId: tabId!, id });
    if (!reply.ok) return setState({ kind: 'said', lines: [reply.error], ok: false });
    const { result, text } = reply.data;
    if (result.ok) {
      setState({ kind: 'said', lines: [t('insertDone', String(result.length))], ok: true });
      setTimeout(() => window.close(), CLOSE_AFTER_MS);
      return;
    }
    const lines = [refusalText(result.reason) + (result.maxLength ? ` ${t('popupFieldLimit', String(result.maxLength))}` : '')];
    // Still inside the click's activation: the user can paste it by hand.
    if ((result.reason === 'not-taken' || result.reason === 'changed') && (await copyText(text))) lines.push(t('insertCopied'));
    setState({ kind: 'said', lines, ok: false });
  };

  const startCase = (): void =>
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#new?status=unknown') }).then(() => window.close());

  return (
    <main>
      <h1>{t('pickerTitle')}</h1>
      {state.kind === 'loading' && <p class="muted">…</p>}
      {(state.kind === 'menu' || state.kind === 'busy') && (
        <>
          <p class="muted" data-testid="picker-where">
            {t('pickerWhere', state.menu.host)}
            {state.menu.room !== undefined && ` ${t('pickerRoom', String(state.menu.room))}`}
          </p>
          {!state.menu.items.length && (
            <>
              <p>{t('insertNoCase')}</p>
              <button type="button" class="primary" onClick={startCase}>
                {t('insertStartCase')}
              </button>
            </>
          )}
          <ul class="picker-list" ref={list} aria-busy={state.kind === 'busy'}>
            {state.menu.items.map((item) => {
              const label = `${item.caseName} · ${item.label} · ${t('insertChars', String(item.length))}`;
              return (
                <li key={item.id}>
                  {/* A variant that cannot fit is listed with the room left, not offered (never truncated). */}
                  {item.fits ? (
                    <button type="button" disabled={state.kind === 'busy'} onClick={() => void choose(state.menu, item.id)}>
                      {label}
                    </button>
                  ) : (
                    <span class="muted">{`${label} · ${t('insertNoRoom', String(state.menu.room ?? 0))}`}</span>
                  )}
                </li>
              );
            })}
          </ul>
          {state.kind === 'busy' && <p role="status">{t('pickerInserting')}</p>}
        </>
      )}
      {state.kind === 'said' && (
        <div role="status" class={state.ok ? 'ok' : 'err'} data-testid="picker-said">
          {state.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <p class="row">
        {state.kind === 'said' && !state.ok && tabId !== undefined && (
          <button type="button" onClick={() => void load()}>
            {t('pickerAgain')}
          </button>
        )}
        <button type="button" onClick={() => window.close()}>
          {t('pickerClose')}
        </button>
      </p>
    </main>
  );
}
