// The page tip's content, built in the worker from what the page said.
import { QUESTION_BY_ID, diagnose } from '../rules/index';
import { localToday as today } from '../rules/dates';
import { PACKS } from '../lenders/index';
import { statusLabel } from '../shared/status';
import { t, uiLang } from '../shared/i18n';
import type { PageFacts, Tip, TipLabels } from '../shared/messages';

/**
 * What the page tip shows for what the page said — and nothing else. The tip
 * is drawn inside the lender's page, and a closed shadow root hides the DOM,
 * not everything (a page can find() text in it: docs/trust-model.md#closed-shadow-root), so it never
 * carries the user's answers, notes or case data: only the page's own words,
 * our explanations, and causes the page's own words support. With none, it
 * says what the status usually means, lists the status's common causes
 * unranked (never one that accuses the user: docs/sources.md#wording-rules)
 * and names the two questions that would tell them apart.
 */
export function buildTip(facts: PageFacts, dismissed: boolean, lang = uiLang(), day = today()): Tip {
  const product = PACKS.find((p) => p.id === facts.packId)?.product;
  const diagnosis = diagnose({
    today: day,
    answers: {},
    ...(product ? { product } : {}),
    status: {
      status: facts.status,
      ...(facts.evidence[0] ? { evidence: facts.evidence[0] } : {}),
      ...(facts.months !== undefined ? { months: facts.months } : {}),
      ...(facts.limitBefore !== undefined ? { limitBefore: facts.limitBefore } : {}),
      ...(facts.limitAfter !== undefined ? { limitAfter: facts.limitAfter } : {}),
    },
  });
  const meaning = diagnosis.meaning;
  const questions = diagnosis.causes.length ? [] : diagnosis.questions.slice(0, 2);
  return {
    status: facts.status,
    statusLabel: statusLabel(facts.status, lang).slice(0, 200),
    explanation: (meaning?.meaning[lang] ?? '').slice(0, 600),
    causes: diagnosis.causes.slice(0, 3).map((c) => ({
      id: c.id,
      title: c.title[lang].slice(0, 200),
      evidence: (c.evidence[0]?.[lang] ?? '').slice(0, 300),
    })),
    common: diagnosis.causes.length ? [] : diagnosis.common.slice(0, 6).map((c) => c.title[lang].slice(0, 200)),
    questions: questions.flatMap((id) => {
      const q = QUESTION_BY_ID.get(id);
      return q ? [q.text[lang].slice(0, 300)] : [];
    }),
    ...(meaning ? { summary: meaning.summary[lang].slice(0, 300) } : {}),
    dismissed,
    lang,
  };
}

/** The tip's fixed words; looked up here so the page's content script never calls chrome.i18n (a sync IPC per page). */
export const tipLabels = (): TipLabels => ({
  aria: t('tipAriaLabel'),
  close: t('tipClose'),
  likelyCauses: t('tipLikelyCauses'),
  commonCauses: t('tipCommonCauses'),
  askThese: t('tipAskThese'),
  openChecklist: t('tipOpenChecklist'),
  saveExhibit: t('tipSaveExhibit'),
  saving: t('tipSaving'),
  saved: t('tipSaved'),
  saveFailed: t('tipSaveFailed'),
  dismiss: t('tipDismiss'),
  privacy: t('tipPrivacy'),
});
