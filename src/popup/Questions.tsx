// The engine's questionnaire (src/rules/questions.ts). Every question may be
// skipped; "not sure" counts as unanswered, exactly as the engine treats it.
// Each answer is saved to the case at once and the diagnosis refreshes.
import { t } from '../shared/i18n';
import { QUESTIONS, UNSURE } from '../rules/questions';
import { dateLabel } from './labels';
import { NeedCase, type ViewProps } from './App';

export function Questions({ lang, theCase, update, goto }: ViewProps) {
  if (!theCase) return <NeedCase goto={goto} />;
  const answered = QUESTIONS.filter((q) => theCase.answers[q.id] !== undefined && theCase.answers[q.id] !== UNSURE).length;
  return (
    <>
      <h2>{t('popupQuestionsHeading')}</h2>
      <p class="muted" data-testid="answered-count">
        {t('popupAnsweredCount', String(answered), String(QUESTIONS.length))}
      </p>
      {QUESTIONS.map((q) => {
        const current = theCase.answers[q.id];
        const chosen = q.options.find((o) => o.value === current);
        const dateKey = chosen?.dateFact;
        return (
          <fieldset key={q.id} class="popup-question" data-testid={`question-${q.id}`}>
            <legend>{q.text[lang]}</legend>
            {q.options.map((o) => (
              <label key={o.value} class="popup-option">
                <input
                  type="radio"
                  name={q.id}
                  value={o.value}
                  checked={current === o.value}
                  onChange={() => void update({ answers: { [q.id]: o.value } })}
                />{' '}
                {o.text[lang]}
              </label>
            ))}
            {dateKey && (
              <label class="field">
                <span>{dateLabel(dateKey)}</span>
                <input
                  type="date"
                  value={theCase.dates[dateKey] ?? ''}
                  onChange={(e) => void update({ dates: { [dateKey]: (e.target as HTMLInputElement).value || null } })}
                />
              </label>
            )}
            {current !== undefined && (
              <button type="button" class="popup-link" onClick={() => void update({ answers: { [q.id]: null } })}>
                {t('popupClearAnswer')}
              </button>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
