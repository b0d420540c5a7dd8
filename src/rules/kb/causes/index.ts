// Possible causes, each a possibility with its source (docs/sources.md#causes, docs/sources.md#wording-rules).
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { CauseDef } from '../../types';
import cashOut from './cash-out';
import creditEvaluation from './credit-evaluation';
import deviceChange from './device-change';
import fundUse from './fund-use';
import idExpired from './id-expired';
import inactivity from './inactivity';
import largeWithdrawals from './large-withdrawals';
import merchantSwitch from './merchant-switch';
import multiLending from './multi-lending';
import overdue from './overdue';
import platformPolicy from './platform-policy';
import reportError from './report-error';
import systemError from './system-error';
import userLock from './user-lock';

export const CAUSES: readonly CauseDef[] = [
  cashOut,
  creditEvaluation,
  deviceChange,
  fundUse,
  idExpired,
  inactivity,
  largeWithdrawals,
  merchantSwitch,
  multiLending,
  overdue,
  platformPolicy,
  reportError,
  systemError,
  userLock,
];
