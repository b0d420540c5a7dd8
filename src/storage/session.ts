// The unlocked data key between pages and the worker. It lives only in the
// browser's session storage area (storage.session: memory only, cleared when
// the browser closes, and not readable by content scripts), passed in by the
// shells so this module stays free of chrome.* (README.md#the-case-file "Optional passphrase
// lock"). It locks itself after `idleMinutes` without use.
import { exportSessionKey, importSessionKey } from './crypto';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'reopen:unlocked';

/** The alarm (set by the page that keeps a key, handled by the worker) that forgets it when idle. */
export const AUTOLOCK_ALARM = 'reopen-autolock';
export const DEFAULT_IDLE_MINUTES = 15;

interface Stored {
  raw: string;
  idleMinutes: number;
  lastUsed: number;
}

export async function storeSessionKey(
  area: SessionArea,
  key: CryptoKey,
  idleMinutes = DEFAULT_IDLE_MINUTES,
  now = Date.now(),
): Promise<void> {
  const stored: Stored = { raw: await exportSessionKey(key), idleMinutes, lastUsed: now };
  await area.set({ [KEY]: stored });
}

/** The unlocked key, or null when locked or idle for too long (then it is forgotten). Each read counts as use. */
export async function loadSessionKey(area: SessionArea, now = Date.now()): Promise<CryptoKey | null> {
  const stored = (await area.get(KEY))[KEY] as Stored | undefined;
  if (!stored || typeof stored.raw !== 'string') return null;
  if (now - stored.lastUsed > stored.idleMinutes * 60_000) {
    await area.remove(KEY);
    return null;
  }
  await area.set({ [KEY]: { ...stored, lastUsed: now } });
  return importSessionKey(stored.raw);
}

/** When the key should be forgotten if unused; null when locked. */
export async function sessionKeyExpiry(area: SessionArea): Promise<number | null> {
  const stored = (await area.get(KEY))[KEY] as Stored | undefined;
  return stored ? stored.lastUsed + stored.idleMinutes * 60_000 : null;
}

export const forgetSessionKey = (area: SessionArea): Promise<void> => area.remove(KEY);
