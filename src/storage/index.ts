// The one entry to src/storage for everything outside it (a lint rule keeps
// it so): the worker, extension pages, tests in test/ and the bench import
// from here. What it lists is the storage API; files behind it are details.
export { DB_NAME, DB_VERSION, STORE_NAMES, openReopenDb } from './open';
export type { OpenOptions, ReopenDb, ReopenSchema, StoreName } from './open';
export { applyUpgrade } from './migrations';
export { watchChanges } from './commit';
export type { Change } from './commit';
export type { Checked, CorruptRecord } from './checked';
export { applyPatch, createCase, getCase, listCases, saveCase, updateCase } from './cases';
export { UNDO_KEY_GONE, UNDO_NEEDS_UNLOCK, deleteCase, restoreDeleted } from './deletion';
export type { DeletedSnapshot, RestoreOptions } from './deletion';
export { deleteNote, listNotes, listRecentNotes, saveNote } from './notes';
export type { KeyOption, NoteView } from './notes';
export { saveBatch } from './batch';
export type { Batch } from './batch';
export { listExhibits, saveExhibit } from './exhibits';
export { getSetting, setSetting } from './settings';
export { getReminder, saveReminder } from './reminders';
export { dumpStores } from './dump';
export { buildNoteIndex, watchNoteChanges } from './note-index';
export type { NoteIndex, NoteIndexFilters, SearchResult } from './note-index';
export { changePassphrase, disableLock, enableLock, isLockEnabled, unlock } from './lock';
export { MIN_PASSPHRASE_LENGTH } from './crypto';
export { IDLE_MINUTES, SETTING_RULES } from './records';
export type { SettingValue } from './records';
export {
  AUTOLOCK_ALARM,
  DEFAULT_IDLE_MINUTES,
  boundedIdleMinutes,
  forgetSessionKey,
  loadSessionKey,
  sessionKeyExpiry,
  storeSessionKey,
  watchLock,
} from './session';
export type { SessionArea, StorageChangeEvents } from './session';
export { StorageError } from './errors';
export type { StorageErrorCode, StorageErrorInfo } from './errors';
export { MAX_BACKUP_CHARS } from './backup-format';
export type { Backup } from './backup-format';
export { exportAll, serializeBackup } from './backup-export';
export { parseBackup, parseBackupFile } from './backup-parse';
export type { ParsedBackup } from './backup-parse';
export type { ImportPreview, KeptNote, SettingChange } from './backup-preview';
