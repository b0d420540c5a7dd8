// The printable case file (README.md#the-case-file): the whole case in chronological order —
// page exhibits, timeline entries and key dates — then answers, what this means for you (the impacts and the four
// strategies), checklist,
// deadlines and the sources behind them, styled for print (base.css @media
// print) so the browser's Print → PDF gives a document to attach to a complaint.
import { useEffect, useState } from 'preact/hooks';
import type { Case } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { t } from '../shared/i18n';
import { QUESTION_BY_ID, diagnose } from '../rules/index';
import { whatThisMeans } from '../rules/what-this-means';
import type { Source } from '../rules/types';
import { factsFromCase } from '../rules/case-facts';
import { CASE_DATE_LABEL } from '../rules/text';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUS_LABEL } from '../shared/status';
import type { CaseDateKey } from '../rules/types';
import { getCase, listNotes, listExhibits, type NoteView } from '../storage/index';
import { database, errorText, pick, showDateTime } from './connection';
import { chronological, localDay, routeHash } from './model';
import { channelLabel, daysLeftLabel, deadlineStateLabel } from './labels';
import { ExhibitItem } from './ExhibitItem';
import type { Shell } from './shell';
import { LEVEL_MARK, levelLabel, sourceHref } from '../sources/labels';

export function PrintView({ shell, id }: { shell: Shell; id: string }) {
  const [data, setData] = useState<{ theCase: Case | null; exhibits: Exhibit[]; notes: NoteView[] } | null>(null);
  const [error, setError] = useState('');
  // The blacked-out copies are printed unless the user chooses the originals (README.md#screenshots).
  const [originals, setOriginals] = useState(false);
  useEffect(() => {
    void (async () => {
      try {
        const db = await database();
        const theCase = (await getCase(db, id)) ?? null;
        const exhibits = theCase ? (await listExhibits(db, id)).items : [];
        const notes = theCase ? (await listNotes(db, id, { key: shell.lock.key })).items : [];
        setData({ theCase, exhibits, notes });
      } catch (e) {
        shell.failed(e);
        setError(errorText(e));
      }
    })();
  }, [id, shell.lock.key]);

  if (error)
    return (
      <p class="err" role="alert">
        {error}
      </p>
    );
  if (!data) return <p class="muted">{t('popupLoading')}</p>;
  const { theCase, exhibits, notes } = data;
  if (!theCase) return <p>{t('optionsCaseMissing')}</p>;

  const today = localDay();
  const diagnosis = diagnose(factsFromCase(theCase, today, exhibits));
  const items = chronological(exhibits, notes, theCase.dates);
  const impacts = whatThisMeans(diagnosis);
  const sources = new Map<string, Source>();
  for (const s of [...diagnosis.deadlines, ...diagnosis.checklist, ...impacts.impacts].flatMap((x) => x.sources)) sources.set(s.id, s);
  const dateLabel = (k: string) => (k in CASE_DATE_LABEL ? pick(CASE_DATE_LABEL[k as CaseDateKey]) : k);
  const anyLocked = notes.some((n) => n.locked);

  return (
    <article class="options-print" data-testid="print-view">
      <div class="row no-print">
        <a href={routeHash({ view: 'case', id })}>{t('optionsBackToCase')}</a>
        <button type="button" class="primary" data-testid="print-button" onClick={() => window.print()}>
          {t('optionsPrint')}
        </button>
        <label>
          <input
            type="checkbox"
            checked={originals}
            data-testid="print-originals"
            onChange={(e) => setOriginals(e.currentTarget.checked)}
          />{' '}
          {t('printOriginals')}
        </label>
      </div>
      <h2>{t('optionsPrintHeading', theCase.title)}</h2>
      <dl class="options-meta">
        {theCase.lender && (
          <>
            <dt>{t('optionsLenderLabel')}</dt>
            <dd>{theCase.lender}</dd>
          </>
        )}
        {theCase.product && (
          <>
            <dt>{t('optionsProductLabel')}</dt>
            <dd>{pick(PRODUCT_LABEL[theCase.product])}</dd>
          </>
        )}
        {theCase.status && (
          <>
            <dt>{t('optionsStatusLabel')}</dt>
            <dd>{pick(STATUS_LABEL[theCase.status])}</dd>
          </>
        )}
        {theCase.accountRef && (
          <>
            <dt>{t('optionsAccountRefLabel')}</dt>
            <dd>{theCase.accountRef}</dd>
          </>
        )}
        <dt>{t('optionsPrintedOn')}</dt>
        <dd>{showDateTime(new Date().toISOString())}</dd>
      </dl>
      {anyLocked && <p class="warn">{t('optionsPrintLocked')}</p>}

      <h3>{t('optionsChronology')}</h3>
      <ol class="options-chrono" data-testid="print-chronology">
        {items.map((item) => (
          <li
            key={`${item.kind}-${item.kind === 'date' ? item.key : item.kind === 'note' ? item.note.id : item.exhibit.id}`}
            data-kind={item.kind}
          >
            {item.kind === 'date' && (
              <span>
                <strong>{item.at.slice(0, 10)}</strong> · {dateLabel(item.key)}
              </span>
            )}
            {item.kind === 'exhibit' && <ExhibitItem exhibit={item.exhibit} originals={originals} print />}
            {item.kind === 'note' && (
              <span>
                <strong>{showDateTime(item.at)}</strong> · {channelLabel(item.note.channel)}
                {item.note.locked ? (
                  <> · {t('optionsLockedEntry')}</>
                ) : (
                  <>
                    {item.note.ref ? ` · ${t('optionsRefShort', item.note.ref)}` : ''}
                    <span class="options-pre">{item.note.text}</span>
                    {item.note.appealText && (
                      <>
                        <em>{t('optionsAppealAttached')}</em>
                        <span class="options-pre">{item.note.appealText}</span>
                      </>
                    )}
                  </>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>

      <h3>{t('optionsAnswersHeading')}</h3>
      <ul>
        {Object.entries(theCase.answers).map(([qid, value]) => {
          const q = QUESTION_BY_ID.get(qid);
          const option = q?.options.find((o) => o.value === String(value));
          return (
            <li key={qid}>
              {q ? pick(q.text) : qid}: {option ? pick(option.text) : String(value)}
            </li>
          );
        })}
      </ul>

      {impacts.impacts.length > 0 && (
        <section data-testid="print-impacts">
          <h3>{t('popupImpactsHeading')}</h3>
          {impacts.now && <p>{pick(impacts.now)}</p>}
          <ul>
            {impacts.impacts.map((i) => (
              <li key={i.id}>
                <strong>{pick(i.title)}</strong>: {pick(i.text)}
              </li>
            ))}
          </ul>
          <h4>{t('popupStrategiesHeading')}</h4>
          <ol>
            {impacts.strategies.map((s) => (
              <li key={s.id}>{pick(s.text)}</li>
            ))}
          </ol>
        </section>
      )}

      <h3>{t('optionsChecklistHeading')}</h3>
      <ul>
        {diagnosis.checklist.map((item) => (
          <li key={item.id}>
            {theCase.checklist[item.id] ? '☑' : '☐'} {pick(item.text)}
          </li>
        ))}
      </ul>

      <h3>{t('optionsDeadlinesHeading')}</h3>
      <ul>
        {diagnosis.deadlines.map((d) => (
          <li key={d.id}>
            {pick(d.title)} — {deadlineStateLabel(d.state)}
            {d.due ? ` · ${t('optionsDue')} ${d.due}` : ''}
            {d.extendedDue ? ` (${t('optionsExtendedDue', d.extendedDue)})` : ''}
            {d.state === 'waiting' || d.state === 'overdue' ? ` · ${daysLeftLabel(d.daysLeft)}` : ''}
            {d.state === 'overdue' ? ` · ${pick(d.next)}` : ''}
          </li>
        ))}
      </ul>

      <h3>{t('optionsSources')}</h3>
      <ul class="options-sources">
        {/* Each citation links to its entry on the Sources page; the public
            address is printed too, so the PDF can be followed on paper. */}
        {[...sources.values()].map((s) => (
          <li key={s.id} data-level={s.level}>
            <span aria-hidden="true">{LEVEL_MARK[s.level]} </span>
            <a href={sourceHref(s.id)} target="_blank" rel="noopener" data-source={s.id}>
              {pick(s.cite)}
            </a>
            {` (${levelLabel(s.level)})`}
            {s.url ? ` ${s.url}` : ''}
          </li>
        ))}
      </ul>
    </article>
  );
}
