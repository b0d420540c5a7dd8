// "Don't show this here again": one setting per host and status.
import { getSetting, setSetting, type ReopenDb } from '../storage/index';
import type { Status } from '../shared/status';

// Setting keys allow only letters, digits, ".", "-" and "_" (SettingRecordSchema);
// hosts are lowercase ASCII (punycode). test/browser/content-behaviour.test.ts.
const dismissKey = (host: string, status: Status): string => `dismissed.${host.toLowerCase()}.${status}`;

export async function isDismissed(database: ReopenDb, host: string, status: Status): Promise<boolean> {
  return (await getSetting(database, dismissKey(host, status))) === true;
}

export async function dismiss(database: ReopenDb, host: string, status: Status): Promise<void> {
  await setSetting(database, dismissKey(host, status), true);
}
