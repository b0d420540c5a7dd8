// The next deadline of the case on the escalation ladder (docs/sources.md#regulators), what
// to do when it passes, and the key dates that start and stop the clocks.
// Days are calendar days, as the sources count them (日).
import { t } from '../shared/i18n';
import { CASE_DATE_KEYS } from '../rules/types';
import { dateLabel, stateLabel } from './labels';
import { Sources } from './Sources';
import { NeedCase } from './NeedCase';
import type { ViewProps } from './view';
import type { DiagnosisView } from '../shared/diagnosis';

type Step = DiagnosisView['deadlines'][number];

/**
 * The step to act on now: the engine puts it first (src/rules/deadlines.ts leadFirst: on a wrong credit-report
 * entry the objection, then the PBOC branch; otherwise the lender's complaint, then the regulator).
 */
export function nextStep(steps: readonly Step[]): Step | undefined {
  return steps[0];
}

function daysText(days: number): string {
  if (days > 0) return t('popupDaysLeft', String(days));
  if (days === 0) return t('popupDueToday');
  return t('popupDaysPast', String(-days));
}

export function Deadlines({ lang, theCase, diagnosis, update, goto }: ViewProps) {
  if (!theCase) return <NeedCase goto={goto} />;
  if (!diagnosis) return <p class="muted">{t('popupLoading')}</p>;
  const next = nextStep(diagnosis.deadlines);
  return (
    <>
      <h2>{t('popupDeadlinesHeading')}</h2>
      {next ? (
        <div class={next.state === 'overdue' ? 'card popup-overdue' : 'card'} data-testid="next-deadline" data-state={next.state}>
          <h3>{next.title[lang]}</h3>
          <p>
            <span class="badge">{stateLabel(next.state)}</span>
            {next.due && (
              <>
                {' '}
                {t('popupDue', next.due)}
                {next.daysLeft !== undefined && ` · ${daysText(next.daysLeft)}`}
              </>
            )}
          </p>
          {next.extendedDue && <p class="muted">{t('popupExtendedDue', next.extendedDue)}</p>}
          <p>{next.text[lang]}</p>
          <p data-testid="deadline-next">
            <strong>{t('popupWhenItPasses')}</strong> {next.next[lang]}
          </p>
          <Sources sources={next.sources} />
        </div>
      ) : (
        <p>{t('popupNoDeadline')}</p>
      )}
      {diagnosis.deadlines.length > 1 && (
        <details class="card">
          <summary>{t('popupLadder')}</summary>
          <ol>
            {diagnosis.deadlines.map((s) => (
              <li key={s.id}>
                {s.title[lang]} — {stateLabel(s.state)}
                {s.due ? ` · ${t('popupDue', s.due)}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      <h3>{t('popupKeyDates')}</h3>
      <p class="muted">{t('popupKeyDatesHint')}</p>
      {CASE_DATE_KEYS.map((key) => (
        <label key={key} class="field popup-date">
          <span>{dateLabel(key)}</span>
          <input
            type="date"
            data-testid={`date-${key}`}
            value={theCase.dates[key] ?? ''}
            onChange={(e) => void update({ dates: { [key]: (e.target as HTMLInputElement).value || null } })}
          />
        </label>
      ))}
    </>
  );
}
