// Reminder bookkeeping: at most one notification per case per deadline per day (README.md#the-case-file).
import type { Reminder } from '../shared/case';
import { ReminderSchema } from '../shared/case';
import { validate } from './checked';
import { commitAtomically } from './commit';
import type { ReopenDb } from './schema';

/** Reminder state for one deadline of a case. */
export const getReminder = async (db: ReopenDb, caseId: string, deadlineId: string): Promise<Reminder | undefined> => {
  const raw = await db.get('reminders', [caseId, deadlineId]);
  return raw === undefined ? undefined : validate(ReminderSchema, raw, 'reminder');
};

/** Records that a reminder was shown today. */
export const saveReminder = async (db: ReopenDb, reminder: Reminder): Promise<void> => {
  const record = validate(ReminderSchema, reminder, 'reminder');
  await commitAtomically(db, ['reminders'], [{ store: 'reminders', put: record }], undefined, [record.caseId]);
};
