import type { Case } from '../shared/case';
import type { CasePatch } from '../shared/messages';

/** Applies a popup patch to a copy of the case; null removes an answer or a date, an empty accountRef removes it. Pure. */
export function applyPatch(theCase: Case, patch: CasePatch, now: string): Case {
  const next: Case = {
    ...theCase,
    updatedAt: now,
    answers: { ...theCase.answers },
    checklist: { ...theCase.checklist },
    dates: { ...theCase.dates },
  };
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.product !== undefined) next.product = patch.product;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.lender !== undefined) next.lender = patch.lender;
  if (patch.accountRef !== undefined) {
    if (patch.accountRef) next.accountRef = patch.accountRef;
    else delete next.accountRef;
  }
  for (const [k, v] of Object.entries(patch.answers ?? {})) {
    if (v === null) delete next.answers[k];
    else next.answers[k] = v;
  }
  for (const [k, v] of Object.entries(patch.checklist ?? {})) next.checklist[k] = v;
  for (const [k, v] of Object.entries(patch.dates ?? {})) {
    if (v === null) delete next.dates[k];
    else next.dates[k] = v;
  }
  return next;
}
