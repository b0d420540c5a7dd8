// The case workspace (README.md#the-case-file): the shell around the views. It owns the hash
// route, the lock state (is a lock set, is the key unlocked in
// storage.session), the "reload needed" banner and the undo bar after a case
// is deleted. Views get what they need as props.
import { useEffect, useState } from 'preact/hooks';
import { t, uiLang } from '../shared/i18n';
import {
  StorageError,
  isLockEnabled,
  restoreDeleted,
  forgetSessionKey,
  sessionKeyExpiry,
  watchChanges,
  type DeletedSnapshot,
} from '../storage/index';
import { currentKey, database, errorText, isBlocked, onLockAnnounced, onReloadNeeded, pick, sessionArea } from './connection';
import { parseRoute, routeHash, type Route } from './model';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { PrintView } from './PrintView';
import { ScreenshotPanel } from './ScreenshotPanel';
import { SearchView } from './SearchView';
import { Settings } from './Settings';
import { UnlockForm } from './LockPanel';
import type { LockState, Shell } from './shell';

/** How long "undo" stays offered after a delete (README.md#the-case-file: "can be undone for a short while"). */
export const UNDO_MS = 10_000;

export function Workspace() {
  const lang = uiLang();
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [lock, setLock] = useState<LockState | null>(null);
  const [reloadNeeded, setReloadNeeded] = useState(false);
  // The key in use at the delete stays in this page's memory with the
  // snapshot, so an undo after the lock was removed or replaced can still open the notes.
  const [undo, setUndo] = useState<{ snapshot: DeletedSnapshot; title: string; keyAtDelete: CryptoKey | null } | null>(null);
  const [undoError, setUndoError] = useState('');
  const [undoEnded, setUndoEnded] = useState('');

  const refreshLock = async (): Promise<void> => {
    try {
      const db = await database();
      const enabled = await isLockEnabled(db);
      setLock({ enabled, key: enabled ? await currentKey() : null });
    } catch (error) {
      if (isBlocked(error)) setReloadNeeded(true);
      setLock({ enabled: false, key: null });
    }
  };

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('optionsTitle');
    const stop = onReloadNeeded(() => setReloadNeeded(true));
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    void refreshLock();
    // The lock announcement: the key left storage.session (Lock now in another
    // tab, the worker's idle alarm). Every view showing decrypted text gets
    // key = null at once and clears it.
    const stopLock = onLockAnnounced(() => {
      setLock((l) => (l?.enabled ? { enabled: true, key: null } : l));
      void refreshLock();
    });
    // A lock set or removed in another tab is a write of the key record.
    const stopMeta = watchChanges((change) => {
      if (change.stores.includes('meta')) void refreshLock();
    });
    return () => {
      stopLock();
      stopMeta();
      stop();
      removeEventListener('hashchange', onHash);
    };
  }, []);

  // The idle lock: once the key's idle time has passed, forget it and hide the
  // notes again. Reading the expiry does not count as use (session.ts).
  useEffect(() => {
    if (!lock?.key) return;
    const timer = setInterval(() => {
      void sessionKeyExpiry(sessionArea()).then(async (expiry) => {
        if (expiry === null || Date.now() > expiry) {
          await forgetSessionKey(sessionArea());
          setLock({ enabled: true, key: null });
        }
      });
    }, 15_000);
    return () => clearInterval(timer);
  }, [lock?.key]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const go: Shell['go'] = (next, options = {}) => {
    const hash = routeHash(next);
    if (options.replace) history.replaceState(null, '', hash === '#' ? location.pathname : hash);
    else location.hash = hash;
    setRoute(next);
    scrollTo(0, 0);
  };

  const doUndo = async (): Promise<void> => {
    if (!undo) return;
    try {
      await restoreDeleted(await database(), undo.snapshot, { key: await currentKey(), keyAtDelete: undo.keyAtDelete });
      const id = (undo.snapshot.case as { id: string }).id;
      setUndo(null);
      setUndoError('');
      go({ view: 'case', id });
    } catch (error) {
      if (error instanceof StorageError && error.code === 'invalid') {
        // The notes can no longer be opened: the undo window ends, saying why.
        setUndo(null);
        setUndoEnded(pick(error.text));
      } else setUndoError(errorText(error)); // e.g. unlock first, then undo again
    }
  };

  if (!lock)
    return (
      <main aria-busy="true">
        <p class="muted">{t('popupLoading')}</p>
      </main>
    );

  const shell: Shell = {
    lock,
    refreshLock,
    go,
    deleted: (snapshot, title) => {
      setUndoError('');
      setUndoEnded('');
      setUndo({ snapshot, title, keyAtDelete: lock.key });
    },
    failed: (error) => {
      if (isBlocked(error)) setReloadNeeded(true);
    },
  };

  const tab = (view: 'cases' | 'screenshot' | 'search' | 'settings', label: string) => (
    <a
      href={routeHash({ view })}
      class={`tab${route.view === view || (view === 'cases' && (route.view === 'case' || route.view === 'print')) ? ' current' : ''}`}
      aria-current={route.view === view ? 'page' : undefined}
    >
      {label}
    </a>
  );

  return (
    <>
      <header class="options-head no-print">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNavLabel')} class="options-nav">
          {tab('cases', t('casesHeading'))}
          {tab('screenshot', t('shotHeading'))}
          {tab('search', t('optionsSearchHeading'))}
          {tab('settings', t('optionsSettingsHeading'))}
        </nav>
      </header>
      <main>
        {reloadNeeded && (
          <div class="warn options-banner" role="alert" data-testid="reload-banner">
            <span>{t('optionsReloadNeeded')}</span>{' '}
            <button type="button" onClick={() => location.reload()}>
              {t('optionsReload')}
            </button>
          </div>
        )}
        {undo && (
          <div class="card options-banner" role="status" data-testid="undo-bar">
            <span>{t('optionsDeletedCase', undo.title)}</span>{' '}
            <button type="button" class="primary" onClick={() => void doUndo()}>
              {t('optionsUndo')}
            </button>
            {undoError && (
              <p class="err" role="alert" data-testid="undo-error">
                {undoError}
              </p>
            )}
          </div>
        )}
        {undoEnded && (
          <p class="err options-banner" role="alert" data-testid="undo-ended">
            {undoEnded}
          </p>
        )}
        {lock.enabled && !lock.key && route.view !== 'settings' && (
          <div class="card options-banner no-print" data-testid="locked-banner">
            <p>{t('optionsLockedNotice')}</p>
            <UnlockForm shell={shell} />
          </div>
        )}
        {route.view === 'cases' && <CaseList shell={shell} newStatus={route.newStatus} />}
        {route.view === 'case' && <CaseView key={route.id} shell={shell} id={route.id} />}
        {route.view === 'print' && <PrintView key={route.id} shell={shell} id={route.id} />}
        {route.view === 'screenshot' && <ScreenshotPanel shell={shell} {...(route.caseId ? { caseId: route.caseId } : {})} />}
        {route.view === 'search' && <SearchView shell={shell} />}
        {route.view === 'settings' && <Settings shell={shell} />}
      </main>
      <footer class="options-foot">
        <p class="muted">{t('privacyLine')}</p>
        <p class="muted">{t('notLegalAdvice')}</p>
      </footer>
    </>
  );
}
