// Several records saved together, all or nothing: the worker stores a case
// with the exhibit that started it this way, and the bench seeds its store.
import type { Case, Note } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { CaseSchema } from '../shared/case';
import { ExhibitSchema } from '../shared/exhibit';
import { requireCases } from './cases';
import { validate } from './checked';
import { commitAtomically } from './commit';
import { expectLock } from './lock';
import type { KeyOption } from './notes';
import { prepareNotes } from './notes';
import type { ReopenDb } from './schema';
import type { KeyRecord, StoredNote } from './records';

/** Records to save together, all or nothing. */
export interface Batch {
  cases?: readonly Case[];
  notes?: readonly Note[];
  exhibits?: readonly Exhibit[];
}

/**
 * Saves several records in one transaction: either all are stored or none.
 * Every record is validated (and encrypted when locked) before the transaction opens.
 */
export const saveBatch = async (db: ReopenDb, batch: Batch, options: KeyOption = {}): Promise<void> => {
  const cases = (batch.cases ?? []).map((c, i) => validate(CaseSchema, c, `cases[${i}]`));
  const exhibits = (batch.exhibits ?? []).map((o, i) => validate(ExhibitSchema, o, `exhibits[${i}]`));
  const { lock, stored } = batch.notes?.length
    ? await prepareNotes(db, batch.notes, options.key)
    : { lock: undefined as KeyRecord | undefined, stored: [] as StoredNote[] };
  const newCaseIds = new Set(cases.map((c) => c.id));
  const referenced = [...stored.map((n) => n.caseId), ...exhibits.map((o) => o.caseId)];
  await commitAtomically(
    db,
    ['cases', 'notes', 'exhibits', 'meta'],
    [
      ...cases.map((put) => ({ store: 'cases' as const, put })),
      ...stored.map((put) => ({ store: 'notes' as const, put })),
      ...exhibits.map((put) => ({ store: 'exhibits' as const, put })),
    ],
    async (tx) => {
      if (stored.length) await expectLock(lock)(tx);
      await requireCases(referenced.filter((id) => !newCaseIds.has(id)))(tx);
    },
    [...newCaseIds, ...referenced],
  );
};
