// What the workspace shell (Workspace.tsx) hands every view of the case
// workspace (README.md#the-case-file). Its own file so the views depend on this
// contract, not on the shell that renders them.
import type { DeletedSnapshot } from '../storage/index';
import type { Route } from './model';

/** Whether a passphrase lock is set, and the unlocked key if any. */
export interface LockState {
  enabled: boolean;
  key: CryptoKey | null;
}

/** What every view may call on the shell. */
export interface Shell {
  lock: LockState;
  /** Re-reads the lock state (after unlock, lock, enable, disable). */
  refreshLock(): Promise<void>;
  go(route: Route, options?: { replace?: boolean }): void;
  /** A case was deleted: offer undo for UNDO_MS. */
  deleted(snapshot: DeletedSnapshot, title: string): void;
  /** A storage failure that means the page must reload. */
  failed(error: unknown): void;
}
