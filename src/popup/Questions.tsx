// The engine's questionnaire (src/rules/questions.ts). Every question may be
// skipped; "not sure" counts as unanswered, exactly as the engine treats it.
// The question whose answer would change the likely causes most comes first
// (the diagnosis orders them: src/rules/next-question.ts), then the rest, then
// those answered; a follow-up shows only after its trigger. Answers are read
// as questionnaire v2 (v1 answers mapped: src/rules/answers.ts), and each is
// saved to the case at once and the diagnosis refreshes.
import { t } from '../shared/i18n';
import { LEGACY_ANSWER_KEYS, answersOf } from '../rules/answers';
import { QUESTIONS, UNSURE, applies } from '../rules/questions';
import { dateLabel } from './labels';
import { NeedCase } from './NeedCase';
import type { ViewProps } from './view';

export function Questions({ lang, theCase, diagnosis, update, goto }: ViewProps) {
  if (!theCase) return <NeedCase goto={goto} />;
  const answers = answersOf(theCase.answers);
  const answered = QUESTIONS.filter((q) => answers[q.id] !== undefined && answers[q.id] !== UNSURE).length;
  const ranked = diagnosis?.questions ?? [];
  const rank = (id: string) => {
    const at = ranked.indexOf(id);
    return at < 0 ? ranked.length + QUESTIONS.findIndex((q) => q.id === id) : at;
  };
  const shown = QUESTIONS.filter((q) => applies(q, answers)).sort((a, b) => rank(a.id) - rank(b.id));
  const choose = (id: string, value: string | null) =>
    update({ answers: { [id]: value, ...Object.fromEntries((LEGACY_ANSWER_KEYS[id] ?? []).map((k) => [k, null])) } });
  return (
    <>
      <h2>{t('popupQuestionsHeading')}</h2>
      <p class="muted" data-testid="answered-count">
        {t('popupAnsweredCount', String(answered), String(QUESTIONS.length))}
      </p>
      {shown.map((q) => {
        const current = answers[q.id];
        const chosen = q.options.find((o) => o.value === current);
        const dateKey = chosen?.dateFact;
        return (
          <fieldset
            key={q.id}
            class="popup-question"
            data-testid={`question-${q.id}`}
            {...(ranked[0] === q.id ? { 'data-next': 'true' } : {})}
          >
            <legend>{q.text[lang]}</legend>
            {q.options.map((o) => (
              <label key={o.value} class="popup-option">
                <input type="radio" name={q.id} value={o.value} checked={current === o.value} onChange={() => void choose(q.id, o.value)} />{' '}
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
              <button type="button" class="popup-link" onClick={() => void choose(q.id, null)}>
                {t('popupClearAnswer')}
              </button>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
