// The passphrase lock's cryptography, with Web Crypto only (crypto.subtle exists
// in the worker, extension pages and Node 20).
//
// Design (README.md#the-case-file "Optional passphrase lock"):
// - PBKDF2-SHA256, 600,000 iterations by default, derives a key-encryption key
//   (KEK) from the passphrase and a random 16-byte salt.
// - The KEK wraps a random AES-GCM-256 data key with AES-GCM (the GCM tag makes
//   a wrong passphrase fail cleanly instead of producing a wrong key).
// - Each note's secret fields are sealed with the data key, a fresh 12-byte IV
//   and the note id as additional data, so ciphertext moved to another note
//   fails to open.
//
// Trade-off, documented for the README: the shells keep the unlocked data key
// in `storage.session` so that it survives the service worker's 30 s idle death
// (docs/trust-model.md#worker-lifetime). Session storage holds strings, so the key must be
// extractable and is stored as raw bytes. storage.session is memory-only and
// not exposed to content scripts by default, but while unlocked the key can be
// read by any extension page. JavaScript memory cannot be wiped reliably.
import type { Note, NoteSecret } from '../shared/case';
import { NoteSecretSchema, describeIssues } from '../shared/case';
import { StorageError } from './errors';
import type { EncryptedNote, KeyRecord } from './records';
import { DEFAULT_ITERATIONS, KeyRecordSchema } from './records';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();
const utf8Decode = new TextDecoder('utf-8', { fatal: true });

/** Standard base64 of bytes (no Buffer: this runs in browsers too). */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

/** Bytes of a standard base64 string; throws on anything else. */
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
};

const randomBytes = (n: number): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** The message for a wrong passphrase; nothing is written when it is shown. */
export const WRONG_PASSPHRASE = {
  zh: '口令不正确，没有做任何更改。',
  en: 'Wrong passphrase. Nothing was changed.',
};

/** Passphrases shorter than this are refused when setting a lock. */
export const MIN_PASSPHRASE_LENGTH = 8;

// NFC so that the same passphrase typed through different input methods
// (composed vs decomposed characters) derives the same key.
const passphraseBytes = (passphrase: string) => utf8.encode(passphrase.normalize('NFC'));

export const checkNewPassphrase = (passphrase: string): void => {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new StorageError('invalid', {
      zh: `（口令至少需要 ${MIN_PASSPHRASE_LENGTH} 个字符。）`,
      en: `(The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.)`,
    });
  }
};

const deriveKek = async (passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> => {
  const base = await subtle().importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ]);
};

const keyAad = (keyId: string) => utf8.encode(`reopen-key:v1:${keyId}`);
const noteAad = (noteId: string) => utf8.encode(`reopen-note:v1:${noteId}`);

/** A new random AES-GCM-256 data key (extractable, so it can be wrapped and kept in storage.session). */
export const generateDataKey = (): Promise<CryptoKey> =>
  subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']) as Promise<CryptoKey>;

/** Wraps `dataKey` under `passphrase` into a storable key record. */
export const wrapDataKey = async (
  dataKey: CryptoKey,
  passphrase: string,
  options: { keyId: string; iterations?: number; createdAt?: string },
): Promise<KeyRecord> => {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(passphrase, salt, iterations);
  const wrapped = new Uint8Array(
    await subtle().wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv, additionalData: keyAad(options.keyId) }),
  );
  return KeyRecordSchema.parse({
    id: 'lock',
    keyId: options.keyId,
    createdAt: options.createdAt ?? new Date().toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    wrap: { name: 'AES-GCM', iv: toBase64(iv), wrapped: toBase64(wrapped) },
  });
};

/**
 * Opens a key record with a passphrase. Throws StorageError('locked') with
 * WRONG_PASSPHRASE if the passphrase (or the record) is wrong.
 * `extractable: false` gives a key that cannot leave Web Crypto, for pages that
 * do not hand it to storage.session.
 */
export const unwrapDataKey = async (record: KeyRecord, passphrase: string, options: { extractable?: boolean } = {}): Promise<CryptoKey> => {
  try {
    const kek = await deriveKek(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations);
    return await subtle().unwrapKey(
      'raw',
      fromBase64(record.wrap.wrapped),
      kek,
      { name: 'AES-GCM', iv: fromBase64(record.wrap.iv), additionalData: keyAad(record.keyId) },
      { name: 'AES-GCM', length: 256 },
      options.extractable ?? true,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    throw new StorageError('locked', WRONG_PASSPHRASE, { cause: error, replace: true });
  }
};

/** Seals a note's ref, text and appealText; a fresh IV every call, AAD = note id. */
export const encryptNote = async (note: Note, key: CryptoKey): Promise<EncryptedNote> => {
  const secret: NoteSecret = { text: note.text };
  if (note.ref !== undefined) secret.ref = note.ref;
  if (note.appealText !== undefined) secret.appealText = note.appealText;
  const iv = randomBytes(12);
  const ct = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: noteAad(note.id) }, key, utf8.encode(JSON.stringify(secret))),
  );
  return {
    id: note.id,
    caseId: note.caseId,
    at: note.at,
    channel: note.channel,
    enc: { v: 1, iv: toBase64(iv), ct: toBase64(ct) },
  };
};

/** The message when a sealed note cannot be opened. */
export const NOTE_UNREADABLE = {
  zh: '这条记录无法解密：它可能被改动过，或者是用另一个口令加密的。',
  en: 'This note cannot be decrypted: it may have been altered, or it was sealed with another passphrase.',
};

/** Opens a sealed note. Throws StorageError('invalid') if it was altered, moved or sealed with another key. */
export const decryptNote = async (note: EncryptedNote, key: CryptoKey): Promise<Note> => {
  let secret: unknown;
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(note.enc.iv), additionalData: noteAad(note.id) },
      key,
      fromBase64(note.enc.ct),
    );
    secret = JSON.parse(utf8Decode.decode(plain));
  } catch (error) {
    throw new StorageError('invalid', NOTE_UNREADABLE, { cause: error, replace: true });
  }
  const checked = NoteSecretSchema.safeParse(secret);
  if (!checked.success) {
    throw new StorageError('invalid', {
      zh: `（解密后的内容无效：${describeIssues(checked.error.issues)}）`,
      en: `(Decrypted content is invalid: ${describeIssues(checked.error.issues)})`,
    });
  }
  return { id: note.id, caseId: note.caseId, at: note.at, channel: note.channel, ...checked.data };
};

/** Raw key bytes as base64, for the shells to keep in storage.session while unlocked. */
export const exportSessionKey = async (key: CryptoKey): Promise<string> => toBase64(new Uint8Array(await subtle().exportKey('raw', key)));

/** The data key back from exportSessionKey's base64. Throws StorageError('locked') on bad input. */
export const importSessionKey = async (raw: string, options: { extractable?: boolean } = {}): Promise<CryptoKey> => {
  try {
    const bytes = fromBase64(raw);
    if (bytes.length !== 32) throw new Error('not a 256-bit key');
    return await subtle().importKey('raw', bytes, { name: 'AES-GCM', length: 256 }, options.extractable ?? true, ['encrypt', 'decrypt']);
  } catch (error) {
    throw new StorageError('locked', undefined, { cause: error });
  }
};
