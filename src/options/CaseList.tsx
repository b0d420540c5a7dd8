// The case list (newest first), the new-case form and the newest timeline
// entries across all cases. The worker's `#new?status=<status>` only prefills
// the form: a case is created by the user's click, so a reload never duplicates.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Case } from '../shared/case';
import { t } from '../shared/i18n';
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUS_LABEL } from '../shared/status';
import { createCase, listCases, listRecentNotes, watchChanges, type NoteView } from '../storage/index';
import { database, errorText, measure, pick, showDateTime } from './connection';
import { newCase, routeHash } from './model';
import { channelLabel } from './labels';
import type { Shell } from './shell';
import { ProductSelect, StatusSelect } from './fields';

/** Newest entries shown on the first screen: a page, read through the `at` index (bench: open_list). */
export const RECENT_LIMIT = 50;

export function CaseList({ shell, newStatus }: { shell: Shell; newStatus?: Status | undefined }) {
  const [cases, setCases] = useState<Case[] | null>(null);
  const [recent, setRecent] = useState<NoteView[]>([]);
  const [corrupt, setCorrupt] = useState(0);
  const [loadError, setLoadError] = useState('');
  const [title, setTitle] = useState(newStatus ? pick(STATUS_LABEL[newStatus]) : '');
  const [lender, setLender] = useState('');
  const [product, setProduct] = useState<Product | ''>('');
  const [status, setStatus] = useState<Status | ''>(newStatus ?? '');
  const [error, setError] = useState('');
  const [created, setCreated] = useState<Case | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  const load = async (): Promise<void> => {
    const started = performance.now();
    try {
      const db = await database();
      const [list, notes] = await Promise.all([listCases(db), listRecentNotes(db, RECENT_LIMIT, { key: shell.lock.key })]);
      measure('reopen:open-list', started);
      setCases(list.items);
      setRecent(notes.items);
      setCorrupt(list.corrupt.length + notes.corrupt.length);
      setLoadError('');
    } catch (e) {
      shell.failed(e);
      setLoadError(errorText(e));
      setCases((c) => c ?? []);
    }
  };
  useEffect(() => {
    void load();
    // Cases and entries saved elsewhere (the popup, the page tip, another tab) show up here.
    return watchChanges((change) => {
      if (change.stores.includes('cases') || change.stores.includes('notes')) void load();
    });
  }, [shell.lock.key]);
  useEffect(() => {
    if (newStatus) titleRef.current?.focus();
  }, [newStatus]);

  const create = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const draft = newCase(
      { title, lender, ...(product ? { product } : {}), ...(status ? { status } : {}) },
      crypto.randomUUID(),
      new Date().toISOString(),
    );
    try {
      await createCase(await database(), draft);
      // Acknowledged only now that it is stored; the form empties only on success.
      setTitle('');
      setLender('');
      setProduct('');
      setStatus('');
      setError('');
      setCreated(draft);
      if (newStatus) shell.go({ view: 'cases' }, { replace: true });
      await load();
    } catch (e) {
      shell.failed(e);
      setError(errorText(e)); // the draft stays in the fields
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (c: Case | undefined) => c?.title ?? '';
  const byId = new Map((cases ?? []).map((c) => [c.id, c]));

  return (
    <>
      <section aria-labelledby="new-case-heading">
        <h2 id="new-case-heading">{t('optionsNewCaseHeading')}</h2>
        {newStatus && (
          <p class="muted" data-testid="prefill-note">
            {t('optionsPrefilled', pick(STATUS_LABEL[newStatus]))}
          </p>
        )}
        <form onSubmit={(e) => void create(e)} class="options-grid" data-testid="new-case-form">
          <label class="field">
            <span>{t('caseTitleLabel')}</span>
            <input
              ref={titleRef}
              data-testid="new-case-title"
              value={title}
              maxLength={200}
              required
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('optionsLenderLabel')}</span>
            <input data-testid="new-case-lender" value={lender} maxLength={100} onInput={(e) => setLender(e.currentTarget.value)} />
          </label>
          <ProductSelect value={product} onChange={setProduct} testId="new-case-product" />
          <StatusSelect value={status} onChange={setStatus} testId="new-case-status" />
          <div class="row">
            <button class="primary" type="submit" disabled={busy}>
              {t('caseCreate')}
            </button>
          </div>
        </form>
        {error && (
          <p class="err" role="alert">
            {error}
          </p>
        )}
        {created && (
          <p role="status" class="ok">
            {t('optionsCreated')} <a href={routeHash({ view: 'case', id: created.id })}>{created.title}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('casesHeading')}</h2>
        {loadError && (
          <p class="err" role="alert">
            {loadError}
          </p>
        )}
        {corrupt > 0 && <p class="warn">{t('optionsCorrupt', String(corrupt))}</p>}
        {cases === null ? <p class="muted">{t('popupLoading')}</p> : cases.length === 0 ? <p class="muted">{t('optionsNoCases')}</p> : null}
        <ul class="plain" data-testid="case-list">
          {(cases ?? []).map((c) => (
            <li key={c.id} class="card options-case" data-case-id={c.id}>
              <a href={routeHash({ view: 'case', id: c.id })}>{c.title}</a>
              <span class="muted">
                {[c.lender, c.product ? pick(PRODUCT_LABEL[c.product]) : '', c.status ? pick(STATUS_LABEL[c.status]) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span class="muted">{t('optionsUpdated', showDateTime(c.updatedAt))}</span>
            </li>
          ))}
        </ul>
      </section>

      {recent.length > 0 && (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('optionsRecentHeading')}</h2>
          <ul class="plain" data-testid="recent-list">
            {recent.map((n) => (
              <li key={n.id} class="options-entry">
                <span class="muted">
                  {showDateTime(n.at)} · {channelLabel(n.channel)} ·{' '}
                </span>
                <a href={routeHash({ view: 'case', id: n.caseId })}>{nameOf(byId.get(n.caseId))}</a>
                {': '}
                {n.locked ? <span class="muted">{t('optionsLockedEntry')}</span> : <span>{n.text.slice(0, 140)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
