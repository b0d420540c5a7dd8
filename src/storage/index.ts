// The one entry to src/storage for everything outside it (a lint rule keeps
// it so): the worker, extension pages, tests in test/ and the bench import
// from here. What it lists is the storage API; files behind it are details.
export { DB_NAME, DB_VERSION, openReopenDb } from './open';
export type { ReopenDb, ReopenSchema, StoreName } from './schema';
export { applyUpgrade } from './migrations';
export { watchChanges } from './commit';
export { applyPatch, createCase, getCase, listCases, saveCase, updateCase } from './cases';
export { deleteCase, restoreDeleted } from './deletion';
export type { DeletedSnapshot } from './deletion';
export { deleteNote, listNotes, listRecentNotes, saveNote } from './notes';
export type { NoteView } from './notes';
export { saveBatch } from './batch';
export { addExhibit, deleteExhibit, listExhibits, saveScreenshot, setRedaction } from './exhibits';
export type { Redacted, ScreenshotImages } from './exhibits';
export { getExhibitImage, imageDigest, matchesImage } from './images';
export type { ImageCopy } from './images';
export { getSetting, setSetting } from './settings';
export { getReminder, saveReminder } from './reminders';
export { dumpStores } from './dump';
export { buildNoteIndex, watchNoteChanges } from './note-index';
export type { NoteIndex, NoteIndexFilters } from './note-index';
export { changePassphrase, disableLock, enableLock, isLockEnabled, unlock } from './lock';
export { MIN_PASSPHRASE_LENGTH } from './crypto';
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
export { MAX_BACKUP_CHARS } from './backup-format';
export type { Backup } from './backup-format';
export { exportAll, serializeBackup } from './backup-export';
export { parseBackup, parseBackupFile } from './backup-parse';
export type { ParsedBackup } from './backup-parse';
export type { ImportPreview, SettingChange } from './backup-preview';
