// Typed, bilingual storage errors. IndexedDB reports failures as DOMExceptions
// whose names (QuotaExceededError, AbortError…) mean nothing to a user; the
// options page shows `message.zh`/`message.en` and keeps the unsaved draft.

import type { Bilingual } from '../shared/bilingual';

export type StorageErrorCode = 'quota' | 'aborted' | 'invalid' | 'locked' | 'blocked' | 'full' | 'unknown';

/** The plain-data form sent over the message contract. */
export interface StorageErrorInfo {
  code: StorageErrorCode;
  message: Bilingual;
}

const MESSAGES: Record<StorageErrorCode, Bilingual> = {
  quota: {
    zh: '浏览器存储空间已满，本次内容没有保存。之前保存的记录都还在。请先导出备份或删除不需要的记录，再重试。',
    en: 'Browser storage is full, so this was not saved. Everything saved earlier is still there. Export a backup or delete records you no longer need, then try again.',
  },
  aborted: {
    zh: '保存被中断，本次内容没有写入。之前保存的记录都还在，请重试。',
    en: 'Saving was interrupted and nothing from this attempt was written. Everything saved earlier is still there; please try again.',
  },
  invalid: {
    zh: '记录格式不正确，没有保存。',
    en: 'The record is not valid and was not saved.',
  },
  locked: {
    zh: '案件记录已加锁。请先输入口令解锁。',
    en: 'The case file is locked. Enter your passphrase to unlock it first.',
  },
  blocked: {
    zh: '扩展已在另一个页面更新了数据库。请重新加载此页面后再试。',
    en: 'The extension updated its database in another page. Reload this page and try again.',
  },
  full: {
    zh: '已达上限，这一条没有保存。之前保存的记录都还在。',
    en: 'The limit is reached, so this was not saved. Everything saved earlier is still there.',
  },
  unknown: {
    zh: '保存时出现意外错误，本次内容没有写入。之前保存的记录都还在。',
    en: 'An unexpected error occurred and nothing from this attempt was written. Everything saved earlier is still there.',
  },
};

/**
 * The one error type thrown by src/storage. `code` says what happened,
 * `text` what to tell the user; `info` is the plain `{ code, message: {zh, en} }`
 * form for the message contract. `detail` adds specifics (e.g. which field).
 */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly text: Bilingual;

  /**
   * @param detail appended to the code's standard message, or used instead of it
   *   when `options.replace` is set.
   */
  constructor(code: StorageErrorCode, detail?: Bilingual, options: { cause?: unknown; replace?: boolean } = {}) {
    const base = MESSAGES[code];
    const text = !detail ? base : options.replace ? detail : { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` };
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.code = code;
    this.text = text;
  }

  get info(): StorageErrorInfo {
    return { code: this.code, message: this.text };
  }
}

/** A zod validation failure as a StorageError naming the fields. */
export const invalidRecord = (what: string, issues: string): StorageError =>
  new StorageError('invalid', { zh: `（${what}：${issues}）`, en: `(${what}: ${issues})` });

/**
 * Maps anything thrown by IndexedDB to a StorageError. Quota and abort errors
 * cannot be provoked in a real browser here (docs/trust-model.md#quota-errors), so this mapping
 * is covered by injected faults in db.test.ts.
 */
export const toStorageError = (error: unknown): StorageError => {
  if (error instanceof StorageError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError('quota', undefined, { cause: error });
    case 'AbortError':
    case 'TransactionInactiveError':
      return new StorageError('aborted', undefined, { cause: error });
    case 'InvalidStateError':
      // The connection was closed under us, typically by `blocking()` when a
      // newer version of the extension opened the database.
      return new StorageError('blocked', undefined, { cause: error });
    case 'VersionError':
      // The stored database is newer than this build (e.g. the user rolled back).
      return new StorageError(
        'blocked',
        {
          zh: '（数据库来自更新版本的扩展，请更新扩展。）',
          en: '(The database was written by a newer version of the extension; update it.)',
        },
        { cause: error },
      );
    case 'DataError':
    case 'DataCloneError':
      return new StorageError('invalid', undefined, { cause: error });
    default:
      return new StorageError('unknown', undefined, { cause: error });
  }
};
