// From a stored case to the engine's facts: the one mapping used by the worker
// (popup, page tip, reminders) and the options page, so both always diagnose
// the same case the same way. Pure; the case shape is src/shared/case.ts.
import type { Case } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { detectStatus } from '../lenders/detect';
import { answersOf } from './answers';
import { localToday } from './dates';
import { CASE_DATE_KEYS, type CaseDateKey, type Facts } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the exhibit's own text says beyond its status: the months to wait and
 * the limits before and after a cut. The exhibit keeps the page's words, not
 * numbers a page could have sent, so they are read again here with the same
 * detection the worker ran on the page (docs/trust-model.md#worker-derives-facts),
 * and only when that reading agrees with the exhibit's status.
 */
function numbersOf(
  exhibit: Exhibit,
  product: Case['product'],
): Pick<NonNullable<Facts['status']>, 'months' | 'limitBefore' | 'limitAfter'> {
  const read = detectStatus(exhibit.text, product ? { product } : {});
  if (read.status !== exhibit.status) return {};
  return {
    ...(read.months !== undefined ? { months: read.months } : {}),
    ...(read.limitBefore !== undefined ? { limitBefore: read.limitBefore } : {}),
    ...(read.limitAfter !== undefined ? { limitAfter: read.limitAfter } : {}),
  };
}

/**
 * `exhibits` are the dated page exhibits of the case; the newest one's text is
 * the page evidence, and the day it was seen (in the user's own time zone)
 * starts any waiting period it states. Answers are read through `answersOf`
 * (questionnaire v1 answers mapped to v2).
 */
export function factsFromCase(theCase: Case, today: string, exhibits: readonly Exhibit[] = []): Facts {
  const latest = [...exhibits].sort((a, b) => (a.observedAt < b.observedAt ? 1 : -1))[0];
  const status = theCase.status ?? latest?.status;
  const caseDates: Partial<Record<CaseDateKey, string>> = {};
  for (const key of CASE_DATE_KEYS) {
    const value = theCase.dates[key];
    if (value && DAY.test(value)) caseDates[key] = value;
  }
  const page =
    latest && latest.status === status
      ? {
          evidence: latest.text.slice(0, 200),
          seen: localToday(new Date(latest.observedAt)),
          ...numbersOf(latest, theCase.product),
        }
      : {};
  return {
    today,
    answers: answersOf(theCase.answers),
    caseDates,
    ...(theCase.lender ? { lender: theCase.lender } : {}),
    ...(theCase.product ? { product: theCase.product } : {}),
    ...(status ? { status: { status, ...page } } : {}),
  };
}
