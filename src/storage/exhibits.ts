// Exhibits: dated pieces of evidence on a case (README glossary), saved from the page tip.
import type { Exhibit } from '../shared/case';
import { ExhibitSchema, LIMITS } from '../shared/case';
import { caseMissing } from './cases';
import type { Checked } from './checked';
import { checkAll, validate } from './checked';
import { commitAtomically } from './commit';
import { StorageError } from './errors';
import type { ReopenDb } from './open';

/** The message when a case already holds as many exhibits as it keeps. */
const caseFull = (): StorageError =>
  new StorageError(
    'full',
    {
      zh: `这个案卷已有 ${LIMITS.exhibitsPerCase} 条页面存证，已达上限，这一条没有保存。之前的存证都还在。`,
      en: `This case already holds ${LIMITS.exhibitsPerCase} page exhibits, the most it keeps, so this one was not saved. Every earlier exhibit is still there.`,
    },
    { replace: true },
  );

/**
 * Adds a page exhibit to an existing case, in one transaction. Idempotent on
 * the exhibit's id, which the sender minted: when that id is already stored,
 * the stored exhibit is kept and returned (`added: false`), so a retry after a
 * lost reply stores nothing twice (docs/trust-model.md#worker-lifetime).
 * Throws StorageError: 'invalid' for a bad record or a case that no longer
 * exists, 'full' when the case already holds LIMITS.exhibitsPerCase exhibits.
 */
export const addExhibit = async (db: ReopenDb, exhibit: Exhibit): Promise<{ exhibit: Exhibit; added: boolean }> => {
  const record = validate(ExhibitSchema, exhibit, 'exhibit');
  let result = { exhibit: record, added: true };
  await commitAtomically(
    db,
    ['cases', 'exhibits'],
    [],
    async (tx) => {
      const existing: unknown = await tx.objectStore('exhibits').get(record.id);
      if (existing !== undefined) {
        result = { exhibit: validate(ExhibitSchema, existing, `exhibit ${record.id}`), added: false };
        return;
      }
      if ((await tx.objectStore('cases').count(record.caseId)) === 0) throw caseMissing(record.caseId);
      if ((await tx.objectStore('exhibits').index('byCase').count(record.caseId)) >= LIMITS.exhibitsPerCase) throw caseFull();
      tx.objectStore('exhibits')
        .put(record)
        .catch(() => undefined);
    },
    [record.caseId],
  );
  return result;
};

/** A case's exhibits in time order. */
export const listExhibits = async (db: ReopenDb, caseId: string): Promise<Checked<Exhibit>> => {
  const checked = checkAll(ExhibitSchema, 'exhibits', await db.getAllFromIndex('exhibits', 'byCase', caseId));
  checked.items.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
  return checked;
};
