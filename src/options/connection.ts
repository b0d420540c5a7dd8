// The workspace's handles on the browser: one database connection, the
// session area that holds the unlocked key, and error wording. Kept apart from
// the components so every view shares one connection and one "reload needed"
// signal (README.md#the-case-file: "An open connection that blocks an upgrade closes itself and
// the page says it must reload").
import { browser } from '../shared/browser';
import {
  openReopenDb,
  StorageError,
  AUTOLOCK_ALARM,
  loadSessionKey,
  boundedIdleMinutes,
  storeSessionKey,
  watchLock,
  type StorageChangeEvents,
  type ReopenDb,
  type SessionArea,
} from '../storage/index';
import type { Bilingual } from '../rules/types';
import { uiLang } from '../shared/i18n';

let dbPromise: Promise<ReopenDb> | null = null;
const reloadListeners = new Set<() => void>();

/** Called when a newer Reopen upgraded the database: this page must reload. */
export function onReloadNeeded(listener: () => void): () => void {
  reloadListeners.add(listener);
  return () => reloadListeners.delete(listener);
}

/** The shared connection, opened on first use; a failed open is retried next time. */
export function database(): Promise<ReopenDb> {
  dbPromise ??= openReopenDb({
    // The connection has already closed itself; never reopen silently under a
    // newer schema with stale state on screen.
    onVersionChange: () => reloadListeners.forEach((l) => l()),
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** storage.session: memory only, cleared when the browser closes, not readable by content scripts. */
export const sessionArea = (): SessionArea => browser.storage.session as unknown as SessionArea;

/**
 * Keeps the unlocked key in session storage and arms the auto-lock, so the key
 * is forgotten on time even when no Reopen page is open to notice
 * (src/background/index.ts handles the alarm).
 */
export async function keepKey(key: CryptoKey, idleMinutes: number): Promise<void> {
  const minutes = boundedIdleMinutes(idleMinutes);
  await storeSessionKey(sessionArea(), key, minutes);
  await browser.alarms.create(AUTOLOCK_ALARM, { when: Date.now() + minutes * 60_000 + 1_000 });
}

/** Calls `onLocked` when the unlocked key leaves storage.session, in this tab or any other context. */
export const onLockAnnounced = (onLocked: () => void): (() => void) =>
  watchLock(browser.storage.onChanged as unknown as StorageChangeEvents, onLocked);

/** The unlocked data key, or null (locked, or forgotten after the idle time). Each read counts as use. */
export const currentKey = (): Promise<CryptoKey | null> => loadSessionKey(sessionArea()).catch(() => null);

/** Picks the UI language's half of a bilingual pair. */
export const pick = (text: Bilingual): string => text[uiLang()];

/** What to tell the user about a failure; StorageError carries its own bilingual text. */
export function errorText(error: unknown): string {
  if (error instanceof StorageError) return pick(error.text);
  return error instanceof Error ? error.message : String(error);
}

/** Whether a failure means this page must reload (the database moved on). */
export const isBlocked = (error: unknown): boolean => error instanceof StorageError && error.code === 'blocked';

/** A date-time for display in the UI language. */
export function showDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(uiLang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** User Timing marks: the store bench (bench/store-browser.bench.ts) reads these measures. */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // User Timing is best effort.
  }
}
