// The engine's diagnosis of the current case: what the status usually means,
// the likely causes (only those with evidence: the page's words or the user's
// answers) ranked with that evidence, or else the status's common causes
// listed unranked with the questions that would tell them apart; what would
// change the picture; and "what this means for you" (Impacts.tsx). Causes are
// possibilities (docs/sources.md#wording-rules), so the heading says so.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { QUESTIONS, UNSURE } from '../rules/questions';
import { statusLabel } from '../shared/status';
import { confidenceLabel, productLabel } from './labels';
import { LevelNote, Sources } from './Sources';
import { Impacts } from './Impacts';
import { NeedCase } from './NeedCase';
import type { ViewProps } from './view';

/** Causes shown before "show the others": the rest are weaker possibilities. */
const FIRST = 5;

export function Diagnosis({ lang, theCase, diagnosis, goto }: ViewProps) {
  const [showAll, setShowAll] = useState(false);
  if (!theCase) return <NeedCase goto={goto} />;
  if (!diagnosis) return <p class="muted">{t('popupLoading')}</p>;
  const unanswered = QUESTIONS.filter((q) => {
    const a = theCase.answers[q.id];
    return a === undefined || a === UNSURE;
  }).length;

  return (
    <>
      <h2>{t('popupDiagnosisHeading')}</h2>
      <p class="muted">
        {[theCase.product ? productLabel(theCase.product) : '', theCase.status ? statusLabel(theCase.status, lang) : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {unanswered > 0 && (
        <p class="popup-unanswered" data-testid="unanswered">
          {t('popupUnanswered', String(unanswered), String(QUESTIONS.length))}{' '}
          <button type="button" class="popup-link" onClick={() => goto('questions')}>
            {t('popupAnswerQuestions')}
          </button>
        </p>
      )}
      {diagnosis.meaning && (
        <div data-testid="meaning">
          <p>{diagnosis.meaning.meaning[lang]}</p>
          <Sources sources={diagnosis.meaning.sources} />
        </div>
      )}
      {diagnosis.retryFrom && <p data-testid="retry-from">{t('popupRetryFrom', diagnosis.retryFrom)}</p>}
      {diagnosis.causes.length === 0 && diagnosis.common.length > 0 && (
        <>
          <h3>{t('popupCommonCauses')}</h3>
          <ul class="plain" data-testid="common-causes">
            {diagnosis.common.map((c) => (
              <li key={c.id} class="card" data-testid="common-cause" data-cause={c.id}>
                <details>
                  <summary>
                    <strong>{c.title[lang]}</strong> <LevelNote level={c.level} />
                  </summary>
                  <p>{c.explanation[lang]}</p>
                  {c.check.length > 0 && (
                    <ul>
                      {c.check.map((x, j) => (
                        <li key={j}>{x[lang]}</li>
                      ))}
                    </ul>
                  )}
                  <Sources sources={c.sources} />
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {diagnosis.causes.length === 0 ? (
        diagnosis.common.length === 0 && <p>{t('popupNoCauses')}</p>
      ) : (
        <ol class="plain" data-testid="causes">
          {diagnosis.causes.slice(0, showAll ? undefined : FIRST).map((c, i) => (
            <li key={c.id} class="card" data-testid="cause" data-cause={c.id} data-confidence={c.confidence}>
              <details open={i === 0}>
                <summary>
                  <strong>{c.title[lang]}</strong> <span class="badge">{confidenceLabel(c.confidence)}</span> <LevelNote level={c.level} />
                </summary>
                {c.evidence.length > 0 && (
                  <>
                    <h3>{t('popupEvidence')}</h3>
                    <ul data-testid="evidence">
                      {c.evidence.map((e, j) => (
                        <li key={j}>{e[lang]}</li>
                      ))}
                    </ul>
                  </>
                )}
                <p>
                  {c.level === 'reported'
                    ? `${t('popupReportedPrefix')} `
                    : c.level === 'unverified'
                      ? `${t('popupUnverifiedPrefix')} `
                      : ''}
                  {c.explanation[lang]}
                </p>
                {c.check.length > 0 && (
                  <>
                    <h3>{t('popupCheck')}</h3>
                    <ul>
                      {c.check.map((x, j) => (
                        <li key={j}>{x[lang]}</li>
                      ))}
                    </ul>
                  </>
                )}
                {c.whatWouldChange.length > 0 && (
                  <>
                    <h3>{t('popupWouldChange')}</h3>
                    <ul>
                      {c.whatWouldChange.map((x, j) => (
                        <li key={j}>{x[lang]}</li>
                      ))}
                    </ul>
                  </>
                )}
                <Sources sources={c.sources} />
              </details>
            </li>
          ))}
        </ol>
      )}
      {!showAll && diagnosis.causes.length > FIRST && (
        <button type="button" onClick={() => setShowAll(true)} data-testid="more-causes">
          {t('popupMoreCauses', String(diagnosis.causes.length - FIRST))}
        </button>
      )}
      <Impacts lang={lang} diagnosis={diagnosis} />
      {diagnosis.warnings.map((w) => (
        <div key={w.id} class="warn popup-warning" role="note" data-testid="warning">
          <strong>{w.title[lang]}</strong>
          <p>{w.text[lang]}</p>
          <Sources sources={w.sources} />
        </div>
      ))}
      {diagnosis.whatWouldChange.length > 0 && (
        <>
          <h3>{t('popupWouldChangeOverall')}</h3>
          <ul data-testid="would-change">
            {diagnosis.whatWouldChange.map((x, j) => (
              <li key={j}>{x[lang]}</li>
            ))}
          </ul>
        </>
      )}
      {diagnosis.financing.length > 0 && (
        <details class="card">
          <summary>{t('popupFinancing')}</summary>
          <ul>
            {diagnosis.financing.map((f) => (
              <li key={f.id}>
                <strong>{f.title[lang]}</strong> <LevelNote level={f.level} />
                <p>{f.text[lang]}</p>
                <Sources sources={f.sources} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
