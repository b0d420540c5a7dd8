// One case: its details, page exhibits, computed deadlines, key dates,
// questionnaire, checklist and timeline. Every change is saved at once as a
// patch of the fields it touches (updateCase, docs/architecture.md#one-writer),
// never as a whole case, and the view re-reads the case whenever any context
// announces a change to it (the popup through the worker, another tab). A
// failed save keeps what the user entered on screen, says why, and offers to
// try again (README.md#the-case-file: "Drafts are never lost").
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Case, CasePatch } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { t } from '../shared/i18n';
import { CASE_DATE_KEYS, QUESTIONS, diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { CASE_DATE_LABEL } from '../rules/text';
import { applyPatch, deleteCase, getCase, listExhibits, listNotes, updateCase, watchChanges, type NoteView } from '../storage/index';
import { database, errorText, pick } from './connection';
import { localDay, mergePatches, routeHash } from './model';
import { daysLeftLabel, deadlineStateLabel } from './labels';
import { ExhibitItem } from './ExhibitItem';
import { Timeline } from './Timeline';
import type { Shell } from './shell';
import { CaseDetails } from './CaseDetails';

export function CaseView({ shell, id }: { shell: Shell; id: string }) {
  const [theCase, setCase] = useState<Case | null | undefined>(undefined);
  const [exhibits, setExhibits] = useState<Exhibit[]>([]);
  const [notes, setNotes] = useState<NoteView[]>([]);
  const [loadError, setLoadError] = useState('');
  const [saveError, setSaveError] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState('');
  /** Fields changed on screen whose save has not succeeded yet. */
  const unsaved = useRef<CasePatch | null>(null);

  const loadNotes = async (): Promise<void> => {
    const { items } = await listNotes(await database(), id, { key: shell.lock.key });
    setNotes(items);
  };
  /** Reads the case and its records as stored now. */
  const load = async (): Promise<void> => {
    try {
      const db = await database();
      const found = await getCase(db, id);
      // A change not yet saved stays on screen over what is stored.
      setCase(found ? (unsaved.current ? applyPatch(found, unsaved.current, found.updatedAt) : found) : null);
      if (found) {
        setExhibits((await listExhibits(db, id)).items);
        await loadNotes();
      }
    } catch (e) {
      shell.failed(e);
      setLoadError(errorText(e));
      setCase((c) => c ?? null);
    }
  };
  useEffect(() => {
    void load();
    return watchChanges((change) => {
      if (change.caseIds.includes(id)) void load();
    });
  }, [id]);
  useEffect(() => {
    if (theCase) void loadNotes().catch((e: unknown) => setLoadError(errorText(e)));
  }, [shell.lock.key]);

  const diagnosis = useMemo(() => (theCase ? diagnose(factsFromCase(theCase, localDay(), exhibits)) : null), [theCase, exhibits]);

  /**
   * Shows the change at once and stores it as a patch. On failure the change
   * stays on screen, merged into the patch that "try again" sends.
   */
  const commit = async (patch: CasePatch): Promise<boolean> => {
    const pending = mergePatches(unsaved.current, patch);
    unsaved.current = pending;
    setCase((c) => (c ? applyPatch(c, patch, new Date().toISOString()) : c));
    try {
      const stored = await updateCase(await database(), id, pending, new Date().toISOString());
      if (unsaved.current === pending) unsaved.current = null;
      setCase(unsaved.current ? applyPatch(stored, unsaved.current, stored.updatedAt) : stored);
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
          <button type="button" onClick={() => void commit({})}>
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
                <ExhibitItem exhibit={o} />
              </li>
            ))}
          </ul>
        )}
        <a href={routeHash({ view: 'screenshot', caseId: theCase.id })} data-testid="case-add-screenshot">
          {t('optionsAddScreenshot')}
        </a>
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
                onChange={(e) => void commit({ dates: { [k]: e.currentTarget.value || null } })}
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
                onChange={(e) => void commit({ answers: { [q.id]: e.currentTarget.value || null } })}
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
                  onChange={(e) => void commit({ checklist: { [item.id]: e.currentTarget.checked } })}
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
