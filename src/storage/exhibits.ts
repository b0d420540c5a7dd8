// Exhibits: dated pieces of evidence on a case (README glossary), saved from the page tip.
import type { Exhibit } from '../shared/case';
import { ExhibitSchema } from '../shared/case';
import { requireCases } from './cases';
import type { Checked } from './checked';
import { checkAll, validate } from './checked';
import { commitAtomically } from './commit';
import type { ReopenDb } from './open';

/** Saves a page exhibit; the case must exist. Same id → overwrite, so a retry never duplicates. */
export const saveExhibit = async (db: ReopenDb, exhibit: Exhibit): Promise<void> => {
  const record = validate(ExhibitSchema, exhibit, 'exhibit');
  await commitAtomically(db, ['cases', 'exhibits'], [{ store: 'exhibits', put: record }], requireCases([record.caseId]), [record.caseId]);
};

/** A case's exhibits in time order. */
export const listExhibits = async (db: ReopenDb, caseId: string): Promise<Checked<Exhibit>> => {
  const checked = checkAll(ExhibitSchema, 'exhibits', await db.getAllFromIndex('exhibits', 'byCase', caseId));
  checked.items.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
  return checked;
};
