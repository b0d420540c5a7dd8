// From a stored case to the engine's facts: the one mapping used by the worker
// (popup, page tip, reminders) and the options page, so both always diagnose
// the same case the same way. Pure; the case shape is src/shared/case.ts.
import type { Case, Exhibit } from '../shared/case';
import { CASE_DATE_KEYS, type CaseDateKey, type Facts } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `exhibits` are the dated page exhibits of the case; the newest one's
 * text is the page evidence. Answers are stored as strings, numbers or
 * booleans; the engine compares strings.
 */
export function factsFromCase(theCase: Case, today: string, exhibits: readonly Exhibit[] = []): Facts {
  const latest = [...exhibits].sort((a, b) => (a.observedAt < b.observedAt ? 1 : -1))[0];
  const status = theCase.status ?? latest?.status;
  const caseDates: Partial<Record<CaseDateKey, string>> = {};
  for (const key of CASE_DATE_KEYS) {
    const value = theCase.dates[key];
    if (value && DAY.test(value)) caseDates[key] = value;
  }
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(theCase.answers)) answers[key] = String(value);
  return {
    today,
    answers,
    caseDates,
    ...(theCase.lender ? { lender: theCase.lender } : {}),
    ...(theCase.product ? { product: theCase.product } : {}),
    ...(status ? { status: { status, ...(latest && latest.status === status ? { evidence: latest.text.slice(0, 200) } : {}) } } : {}),
  };
}
