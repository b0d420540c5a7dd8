// Settings: small JSON values with bounds at the schema (records.ts
// SettingRecordSchema), so neither the UI nor an imported backup can store an
// idle time that never locks (docs/trust-model.md#imported-settings).
import { validate } from './checked';
import { commitAtomically } from './commit';
import type { ReopenDb } from './schema';
import type { SettingValue } from './records';
import { SettingRecordSchema } from './records';

/** A setting's value, or undefined when unset, out of bounds or corrupt. */
export const getSetting = async (db: ReopenDb, key: string): Promise<SettingValue | undefined> => {
  const result = SettingRecordSchema.safeParse(await db.get('settings', key));
  return result.success ? result.data.value : undefined;
};

/** Sets a setting; a value outside its bounds is refused with a message naming them. */
export const setSetting = async (db: ReopenDb, key: string, value: SettingValue): Promise<void> => {
  const record = validate(SettingRecordSchema, { key, value }, `setting ${key}`);
  await commitAtomically(db, ['settings'], [{ store: 'settings', put: record }]);
};
