// Cases, and the one writer of an existing case (docs/architecture.md#one-writer):
// `updateCase` reads the stored case, applies a field patch and writes it back
// inside ONE IndexedDB transaction, so an answer given in the popup and a date
// set in an open case view can never overwrite each other. New cases come from
// `createCase`. Every commit announces the case id (commit.ts watchChanges), and
// views re-read on it instead of writing back their own copy.
import type { Case, CasePatch } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { CasePatchSchema, CaseSchema } from '../shared/case';
import { ExhibitSchema } from '../shared/exhibit';
import type { Checked } from './checked';
import { checkAll, validate } from './checked';
import { commitAtomically } from './commit';
import { StorageError } from './errors';
import type { ReopenDb, WriteTx } from './schema';

/** The message when a case was deleted (or never existed) before a write reached it. */
export const caseMissing = (id: string): StorageError =>
  new StorageError('invalid', {
    zh: `（找不到案件 ${id}，它可能已被删除。）`,
    en: `(Case ${id} does not exist; it may have been deleted.)`,
  });

/** Applies a patch to a case (null removes a field or an entry); `updatedAt` becomes `now`. Pure. */
export function applyPatch(theCase: Case, patch: CasePatch, now: string): Case {
  const next: Case = {
    ...theCase,
    updatedAt: now,
    answers: { ...theCase.answers },
    checklist: { ...theCase.checklist },
    dates: { ...theCase.dates },
  };
  if (patch.title !== undefined) next.title = patch.title;
  for (const field of ['lender', 'product', 'status', 'accountRef'] as const) {
    const value = patch[field];
    if (value === undefined) continue;
    if (value === null || value === '') delete next[field];
    else (next as Record<typeof field, string>)[field] = value;
  }
  if (patch.archived !== undefined) {
    if (patch.archived) next.archived = true;
    else delete next.archived;
  }
  const merge = <V>(into: Record<string, V>, changes: Record<string, V | null> | undefined) => {
    for (const [k, v] of Object.entries(changes ?? {})) {
      if (v === null) delete into[k];
      else into[k] = v;
    }
  };
  merge(next.answers, patch.answers);
  merge(next.checklist, patch.checklist);
  merge(next.dates, patch.dates);
  return next;
}

/**
 * Changes some fields of a stored case in one readwrite transaction: read,
 * patch, validate, write. Returns the case as stored. Throws StorageError:
 * 'invalid' for a bad patch, a result that breaks the case schema or a case
 * that no longer exists; 'quota'/'aborted' from IndexedDB. Nothing is written then.
 */
export const updateCase = async (db: ReopenDb, id: string, patch: CasePatch, now: string): Promise<Case> => {
  const checkedPatch = validate(CasePatchSchema, patch, 'case change');
  let stored: Case | undefined;
  await commitAtomically(
    db,
    ['cases'],
    [],
    async (tx: WriteTx) => {
      const raw: unknown = await tx.objectStore('cases').get(id);
      if (raw === undefined) throw caseMissing(id);
      const next = validate(CaseSchema, applyPatch(validate(CaseSchema, raw, `case ${id}`), checkedPatch, now), 'case');
      tx.objectStore('cases')
        .put(next)
        .catch(() => undefined);
      stored = next;
    },
    [id],
  );
  return stored!;
};

/**
 * Stores a new case, with the exhibits it starts from, in one transaction.
 * The id is minted by the caller, so a retry after a lost reply finds the case
 * already there and leaves it (and any edit made since) as it is.
 */
export const createCase = async (db: ReopenDb, value: Case, exhibits: readonly Exhibit[] = []): Promise<Case> => {
  const record = validate(CaseSchema, value, 'case');
  const firsts = exhibits.map((o, i) => validate(ExhibitSchema, o, `exhibits[${i}]`));
  if (firsts.some((o) => o.caseId !== record.id))
    throw new StorageError('invalid', { zh: '（存证不属于这个案件。）', en: '(An exhibit belongs to another case.)' });
  let stored = record;
  await commitAtomically(
    db,
    ['cases', 'exhibits'],
    [],
    async (tx) => {
      const existing: unknown = await tx.objectStore('cases').get(record.id);
      if (existing !== undefined) {
        stored = validate(CaseSchema, existing, `case ${record.id}`);
        return;
      }
      tx.objectStore('cases')
        .put(record)
        .catch(() => undefined);
      for (const o of firsts)
        tx.objectStore('exhibits')
          .put(o)
          .catch(() => undefined);
    },
    [record.id],
  );
  return stored;
};

/**
 * Creates or replaces a whole case (same id → overwrite). Only the worker
 * still writes whole cases this way, until it moves to createCase/updateCase;
 * extension pages never do. Throws StorageError.
 */
export const saveCase = async (db: ReopenDb, value: Case): Promise<Case> => {
  const record = validate(CaseSchema, value, 'case');
  await commitAtomically(db, ['cases'], [{ store: 'cases', put: record }], undefined, [record.id]);
  return record;
};

/** One case, checked; undefined if absent. Throws StorageError('invalid') if the stored record is corrupt. */
export const getCase = async (db: ReopenDb, id: string): Promise<Case | undefined> => {
  const raw = await db.get('cases', id);
  return raw === undefined ? undefined : validate(CaseSchema, raw, `case ${id}`);
};

/** All cases, most recently updated first; corrupt ones are reported, not thrown. */
export const listCases = async (db: ReopenDb): Promise<Checked<Case>> => {
  const checked = checkAll(CaseSchema, 'cases', await db.getAll('cases'));
  checked.items.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return checked;
};

/** Guard: every case a note or exhibit refers to exists, inside the write transaction. */
export const requireCases =
  (caseIds: readonly string[]) =>
  async (tx: WriteTx): Promise<void> => {
    for (const caseId of new Set(caseIds)) {
      if ((await tx.objectStore('cases').count(caseId)) === 0) throw caseMissing(caseId);
    }
  };
