// Search across every timeline entry (text, reference and attached appeal
// text), filtered by lender and channel. Locked entries are searched only
// while the case file is unlocked; otherwise they are counted, not hidden silently.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Case, Note } from '../shared/case';
import { CONTACT_CHANNELS, type ContactChannel } from '../shared/channels';
import { t } from '../shared/i18n';
import { listCases, buildNoteIndex, watchNoteChanges, type NoteIndex } from '../storage/index';
import { database, errorText, measure, showDateTime } from './connection';
import { routeHash } from './model';
import { channelLabel } from './labels';
import type { Shell } from './shell';

export function SearchView({ shell }: { shell: Shell }) {
  const [cases, setCases] = useState<Case[]>([]);
  const [query, setQuery] = useState('');
  const [lender, setLender] = useState('');
  const [channel, setChannel] = useState<ContactChannel | ''>('');
  const [results, setResults] = useState<{ items: Note[]; lockedSkipped: number; decrypted: boolean } | null>(null);
  const [error, setError] = useState('');

  // The index is read once and kept warm while this view is open; any write
  // anywhere (another tab, the worker) marks it stale (src/storage/note-index.ts).
  const index = useRef<{ key: CryptoKey | null; built: Promise<NoteIndex> } | null>(null);
  const indexFor = (key: CryptoKey | null): Promise<NoteIndex> => {
    if (!index.current || index.current.key !== key) {
      const built = database().then((db) => buildNoteIndex(db, key));
      built.catch(() => (index.current = null));
      index.current = { key, built };
    }
    return index.current.built;
  };
  useEffect(() => {
    // Results opened with a key that is gone (Lock now here or in another
    // tab, the idle lock) leave the screen at once; searching again lists
    // only what is readable now.
    if (!shell.lock.key) setResults((r) => (r?.decrypted ? null : r));
    void indexFor(shell.lock.key).catch(() => undefined); // warm up while the user types
    return watchNoteChanges(() => (index.current = null));
  }, [shell.lock.key]);

  useEffect(() => {
    void database()
      .then(listCases)
      .then((r) => setCases(r.items))
      .catch((e: unknown) => {
        shell.failed(e);
        setError(errorText(e));
      });
  }, []);

  const lenders = [...new Set(cases.map((c) => c.lender).filter((l): l is string => Boolean(l)))].sort();
  const titles = new Map(cases.map((c) => [c.id, c.title]));

  const run = async (event: Event): Promise<void> => {
    event.preventDefault();
    const started = performance.now();
    try {
      const found = (await indexFor(shell.lock.key)).search(query, {
        ...(lender ? { lender } : {}),
        ...(channel ? { channel } : {}),
      });
      measure('reopen:search', started);
      setResults({ items: found.items, lockedSkipped: found.lockedSkipped, decrypted: shell.lock.key !== null });
      setError('');
    } catch (e) {
      shell.failed(e);
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">{t('optionsSearchHeading')}</h2>
      <form role="search" class="options-grid" onSubmit={(e) => void run(e)} data-testid="search-form">
        <label class="field">
          <span>{t('optionsSearchQuery')}</span>
          <input type="search" data-testid="search-query" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('optionsLenderLabel')}</span>
          <select data-testid="search-lender" value={lender} onChange={(e) => setLender(e.currentTarget.value)}>
            <option value="">{t('optionsAll')}</option>
            {lenders.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('optionsEntryChannel')}</span>
          <select data-testid="search-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as ContactChannel | '')}>
            <option value="">{t('optionsAll')}</option>
            {CONTACT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <button type="submit" class="primary" data-testid="search-run">
            {t('optionsSearchButton')}
          </button>
        </div>
      </form>
      {error && (
        <p class="err" role="alert">
          {error}
        </p>
      )}
      {results && (
        <div aria-live="polite">
          <p class="muted" data-testid="search-count" data-count={results.items.length}>
            {t('optionsResultCount', String(results.items.length))}
          </p>
          {results.lockedSkipped > 0 && <p class="warn">{t('optionsLockedSkipped', String(results.lockedSkipped))}</p>}
          <ul class="plain" data-testid="search-results">
            {results.items.slice(0, 200).map((n) => (
              <li key={n.id} class="card" data-note-id={n.id}>
                <div class="muted">
                  {showDateTime(n.at)} · {channelLabel(n.channel)} ·{' '}
                  <a href={routeHash({ view: 'case', id: n.caseId })}>{titles.get(n.caseId) ?? n.caseId}</a>
                  {n.ref ? ` · ${t('optionsRefShort', n.ref)}` : ''}
                </div>
                <p class="options-pre">{n.text.slice(0, 400)}</p>
              </li>
            ))}
          </ul>
          {results.items.length > 200 && <p class="muted">{t('optionsMoreResults')}</p>}
        </div>
      )}
    </section>
  );
}
