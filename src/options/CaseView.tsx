// One case: its details, page exhibits, computed deadlines, key dates,
// questionnaire, checklist and timeline. Every change is saved at once; a
// failed save keeps what the user entered on screen, says why, and offers to
// try again (README.md#the-case-file: "Drafts are never lost").
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Case, Exhibit } from '../shared/case';
import { t } from '../shared/i18n';
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { CASE_DATE_KEYS, QUESTIONS, diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { CASE_DATE_LABEL } from '../rules/text';
import { STATUS_LABEL } from '../shared/status';
import { deleteCase, getCase, listNotes, listExhibits, saveCase, type NoteView } from '../storage/index';
import { database, errorText, pick, showDateTime } from './connection';
import { localDay, routeHash } from './model';
import { daysLeftLabel, deadlineStateLabel } from './labels';
import { Timeline } from './Timeline';
import type { Shell } from './Workspace';
import { ProductSelect, StatusSelect } from './fields';

export function CaseView({ shell, id }: { shell: Shell; id: string }) {
  const [theCase, setCase] = useState<Case | null | undefined>(undefined);
  const [exhibits, setExhibits] = useState<Exhibit[]>([]);
  const [notes, setNotes] = useState<NoteView[]>([]);
  const [loadError, setLoadError] = useState('');
  const [saveError, setSaveError] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState('');

  const loadNotes = async (): Promise<void> => {
    const { items } = await listNotes(await database(), id, { key: shell.lock.key });
    setNotes(items);
  };
  useEffect(() => {
    void (async () => {
      try {
        const db = await database();
        const found = await getCase(db, id);
        setCase(found ?? null);
        if (found) {
          setExhibits((await listExhibits(db, id)).items);
          await loadNotes();
        }
      } catch (e) {
        shell.failed(e);
        setLoadError(errorText(e));
        setCase(null);
      }
    })();
  }, [id]);
  useEffect(() => {
    if (theCase) void loadNotes().catch((e: unknown) => setLoadError(errorText(e)));
  }, [shell.lock.key]);

  const diagnosis = useMemo(() => (theCase ? diagnose(factsFromCase(theCase, localDay(), exhibits)) : null), [theCase, exhibits]);

  /** Shows the change at once and stores it; on failure the change stays on screen, marked unsaved. */
  const commit = async (next: Case): Promise<boolean> => {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    setCase(stamped);
    try {
      await saveCase(await database(), stamped);
      setSaveError('');
      return true;
    } catch (e) {
      shell.failed(e);
      setSaveError(errorText(e));
      return false;
    }
  };

  if (theCase === undefined) return <p class="muted">{t('popupLoading')}</p>;
  if (theCase === null) {
    return (
      <section>
        <h2>{t('optionsCaseMissing')}</h2>
        {loadError && (
          <p class="err" role="alert">
            {loadError}
          </p>
        )}
        <p>
          <a href={routeHash({ view: 'cases' })}>{t('optionsBackToCases')}</a>
        </p>
      </section>
    );
  }

  const remove = async (): Promise<void> => {
    try {
      const snapshot = await deleteCase(await database(), theCase.id);
      setConfirmDelete(false);
      if (snapshot) shell.deleted(snapshot, theCase.title);
      shell.go({ view: 'cases' });
    } catch (e) {
      shell.failed(e);
      setDeleteError(errorText(e));
    }
  };

  const checklist = diagnosis?.checklist ?? [];
  const done = checklist.filter((item) => theCase.checklist[item.id]).length;

  return (
    <article data-testid="case-view" data-case-id={theCase.id}>
      <p class="no-print">
        <a href={routeHash({ view: 'cases' })}>{t('optionsBackToCases')}</a>
      </p>
      <h2 data-testid="case-title">{theCase.title}</h2>
      {saveError && (
        <div class="err options-banner" role="alert" data-testid="save-error">
          <span>{saveError}</span>{' '}
          <button type="button" onClick={() => void commit(theCase)}>
            {t('optionsRetrySave')}
          </button>
        </div>
      )}
      <div class="row no-print">
        <a class="button" href={routeHash({ view: 'print', id: theCase.id })} data-testid="open-print">
          {t('optionsPrintView')}
        </a>
        {!confirmDelete ? (
          <button type="button" data-testid="delete-case" onClick={() => setConfirmDelete(true)}>
            {t('optionsDeleteCase')}
          </button>
        ) : (
          <span class="row" role="group" aria-label={t('optionsDeleteCase')}>
            <span>{t('optionsDeleteConfirm', String(notes.length), String(exhibits.length))}</span>
            <button type="button" class="danger" data-testid="delete-confirm" onClick={() => void remove()}>
              {t('optionsDeleteYes')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('optionsCancel')}
            </button>
          </span>
        )}
      </div>
      {deleteError && (
        <p class="err" role="alert">
          {deleteError}
        </p>
      )}

      <CaseDetails theCase={theCase} commit={commit} />

      <section aria-labelledby="obs-heading">
        <h3 id="obs-heading">{t('optionsExhibitsHeading')}</h3>
        {exhibits.length === 0 ? (
          <p class="muted">{t('optionsNoExhibits')}</p>
        ) : (
          <ul class="plain" data-testid="exhibits">
            {exhibits.map((o) => (
              <li key={o.id} class="card">
                <div class="muted">
                  {showDateTime(o.observedAt)} · {pick(STATUS_LABEL[o.status])}
                </div>
                <div>「{o.text}」</div>
                <div class="muted options-url">{o.url}</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="deadlines-heading">
        <h3 id="deadlines-heading">{t('optionsDeadlinesHeading')}</h3>
        <table class="options-table" data-testid="deadlines">
          <thead>
            <tr>
              <th scope="col">{t('optionsStep')}</th>
              <th scope="col">{t('optionsState')}</th>
              <th scope="col">{t('optionsDue')}</th>
              <th scope="col">{t('optionsNextStep')}</th>
            </tr>
          </thead>
          <tbody>
            {(diagnosis?.deadlines ?? []).map((d) => (
              <tr key={d.id} data-state={d.state}>
                <th scope="row">{pick(d.title)}</th>
                <td>{deadlineStateLabel(d.state)}</td>
                <td>
                  {d.due ?? '—'}
                  {d.extendedDue && <span class="muted"> ({t('optionsExtendedDue', d.extendedDue)})</span>}
                  {d.state === 'waiting' || d.state === 'overdue' ? <div class="muted">{daysLeftLabel(d.daysLeft)}</div> : null}
                </td>
                <td>{pick(d.next)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="dates-heading">
        <h3 id="dates-heading">{t('optionsDatesHeading')}</h3>
        <div class="options-grid">
          {CASE_DATE_KEYS.map((k) => (
            <label class="field" key={k}>
              <span>{pick(CASE_DATE_LABEL[k])}</span>
              <input
                type="date"
                data-testid={`date-${k}`}
                value={theCase.dates[k] ?? ''}
                onChange={(e) => {
                  const dates = { ...theCase.dates };
                  const v = e.currentTarget.value;
                  if (v) dates[k] = v;
                  else delete dates[k];
                  void commit({ ...theCase, dates });
                }}
              />
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="answers-heading">
        <h3 id="answers-heading">{t('optionsAnswersHeading')}</h3>
        <div class="options-grid">
          {QUESTIONS.map((q) => (
            <label class="field" key={q.id}>
              <span>{pick(q.text)}</span>
              <select
                data-testid={`answer-${q.id}`}
                value={String(theCase.answers[q.id] ?? '')}
                onChange={(e) => {
                  const answers = { ...theCase.answers };
                  const v = e.currentTarget.value;
                  if (v) answers[q.id] = v;
                  else delete answers[q.id];
                  void commit({ ...theCase, answers });
                }}
              >
                <option value="">{t('optionsNotAnswered')}</option>
                {q.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {pick(o.text)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">{t('optionsChecklistHeading')}</h3>
        <p class="muted" data-testid="checklist-progress">
          {t('optionsChecklistProgress', String(done), String(checklist.length))}
        </p>
        <ul class="plain">
          {checklist.map((item) => (
            <li key={item.id}>
              <label class="options-check">
                <input
                  type="checkbox"
                  checked={theCase.checklist[item.id] === true}
                  onChange={(e) => void commit({ ...theCase, checklist: { ...theCase.checklist, [item.id]: e.currentTarget.checked } })}
                />
                <span>{pick(item.text)}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <Timeline shell={shell} theCase={theCase} notes={notes} exhibits={exhibits} diagnosis={diagnosis} reload={loadNotes} />
    </article>
  );
}

/** Title, lender, product, status and account reference, saved together with one button. */
function CaseDetails({ theCase, commit }: { theCase: Case; commit: (next: Case) => Promise<boolean> }) {
  const [title, setTitle] = useState(theCase.title);
  const [lender, setLender] = useState(theCase.lender ?? '');
  const [product, setProduct] = useState<Product | ''>(theCase.product ?? '');
  const [status, setStatus] = useState<Status | ''>(theCase.status ?? '');
  const [accountRef, setAccountRef] = useState(theCase.accountRef ?? '');
  const [saved, setSaved] = useState(false);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const { lender: _l, product: _p, status: _s, accountRef: _a, ...rest } = theCase;
    const next: Case = {
      ...rest,
      title: title.trim(),
      ...(lender.trim() ? { lender: lender.trim() } : {}),
      ...(product ? { product } : {}),
      ...(status ? { status } : {}),
      ...(accountRef.trim() ? { accountRef: accountRef.trim() } : {}),
    };
    setSaved(await commit(next));
  };

  return (
    <form class="options-grid" onSubmit={(e) => void save(e)} aria-label={t('optionsDetailsHeading')} onInput={() => setSaved(false)}>
      <label class="field">
        <span>{t('caseTitleLabel')}</span>
        <input value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('optionsLenderLabel')}</span>
        <input value={lender} maxLength={100} onInput={(e) => setLender(e.currentTarget.value)} />
      </label>
      <ProductSelect value={product} onChange={setProduct} />
      <StatusSelect value={status} onChange={setStatus} />
      <label class="field">
        <span>{t('optionsAccountRefLabel')}</span>
        <input value={accountRef} maxLength={100} onInput={(e) => setAccountRef(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit">{t('optionsSaveDetails')}</button>
        {saved && (
          <span class="ok" role="status">
            {t('optionsSaved')}
          </span>
        )}
      </div>
    </form>
  );
}
