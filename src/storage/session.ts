// The unlocked data key between pages and the worker. It lives only in the
// browser's session storage area (storage.session: memory only, cleared when
// the browser closes, and not readable by content scripts), passed in by the
// shells so this module stays free of chrome.* (README.md#the-case-file "Optional passphrase
// lock"). It locks itself after `idleMinutes` without use.
import { exportSessionKey, importSessionKey } from './crypto';
import { IDLE_MINUTES } from './records';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'reopen:unlocked';

/** The alarm (set by the page that keeps a key, handled by the worker) that forgets it when idle. */
export const AUTOLOCK_ALARM = 'reopen-autolock';
export const DEFAULT_IDLE_MINUTES = 15;

/** An idle time within IDLE_MINUTES, else the default: no value, stored or passed, can keep a key for ever. */
export const boundedIdleMinutes = (minutes: unknown): number =>
  typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= IDLE_MINUTES.min && minutes <= IDLE_MINUTES.max
    ? minutes
    : DEFAULT_IDLE_MINUTES;

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
  const stored: Stored = { raw: await exportSessionKey(key), idleMinutes: boundedIdleMinutes(idleMinutes), lastUsed: now };
  await area.set({ [KEY]: stored });
}

/** The unlocked key, or null when locked or idle for too long (then it is forgotten). Each read counts as use. */
export async function loadSessionKey(area: SessionArea, now = Date.now()): Promise<CryptoKey | null> {
  const stored = (await area.get(KEY))[KEY] as Stored | undefined;
  if (!stored || typeof stored.raw !== 'string') return null;
  if (!(now - stored.lastUsed <= boundedIdleMinutes(stored.idleMinutes) * 60_000)) {
    await area.remove(KEY);
    return null;
  }
  await area.set({ [KEY]: { ...stored, lastUsed: now } });
  return importSessionKey(stored.raw);
}

/** When the key should be forgotten if unused; null when locked. */
export async function sessionKeyExpiry(area: SessionArea): Promise<number | null> {
  const stored = (await area.get(KEY))[KEY] as Stored | undefined;
  return stored ? stored.lastUsed + boundedIdleMinutes(stored.idleMinutes) * 60_000 : null;
}

export const forgetSessionKey = (area: SessionArea): Promise<void> => area.remove(KEY);

/** The shape of `storage.onChanged` that `watchLock` needs (passed in by the shells, like SessionArea). */
export interface StorageChangeEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

/**
 * The lock announcement: calls `onLocked` whenever the unlocked key leaves
 * storage.session, whoever removed it ("Lock now" in another tab, the worker's
 * idle alarm, removing the lock). Returns the unsubscribe function.
 */
export function watchLock(events: StorageChangeEvents, onLocked: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[KEY];
    if (areaName === 'session' && change && change.newValue === undefined) onLocked();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
