import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getReminder, getSetting, saveReminder, setSetting } from './index';
import { fresh, rejection } from '../../test/fixtures/storage';

describe('settings and reminders', () => {
  it('stores settings and reminders', async () => {
    const db = await fresh();
    await setSetting(db, 'lockIdleMinutes', 15);
    expect(await getSetting(db, 'lockIdleMinutes')).toBe(15);
    await setSetting(db, 'dismissed.my.alipay.com.closed', true);
    expect(await getSetting(db, 'dismissed.my.alipay.com.closed')).toBe(true);
    expect(await getSetting(db, 'lockIdleMinutes.unset')).toBeUndefined();
    expect((await rejection(setSetting(db, 'bad key!', 1))).code).toBe('invalid');
    await saveReminder(db, { caseId: 'c', deadlineId: 'd', lastNotifiedDay: '2025-03-01' });
    await saveReminder(db, { caseId: 'c', deadlineId: 'd', lastNotifiedDay: '2025-03-02' });
    expect(await getReminder(db, 'c', 'd')).toEqual({ caseId: 'c', deadlineId: 'd', lastNotifiedDay: '2025-03-02' });
  });

  it('bounds the idle lock at the schema: 1 to 1440 whole minutes', async () => {
    const db = await fresh();
    for (const bad of [0, -5, 1441, 1e300, 2.5]) {
      const error = await rejection(setSetting(db, 'lockIdleMinutes', bad));
      expect(error.text.en, String(bad)).toContain('1 to 1440');
    }
    expect((await rejection(setSetting(db, 'lockIdleMinutes', '15'))).code).toBe('invalid');
    await setSetting(db, 'lockIdleMinutes', 1440);
    expect(await getSetting(db, 'lockIdleMinutes')).toBe(1440);
    // A value planted out of bounds (an older build, a hand edit) reads as unset.
    await db.put('settings', { key: 'lockIdleMinutes', value: 1e300 });
    expect(await getSetting(db, 'lockIdleMinutes')).toBeUndefined();
  });

  it('refuses a setting Reopen does not know, and a dismissal that is not true or false', async () => {
    const db = await fresh();
    expect((await rejection(setSetting(db, 'idleLockMinutes', 15))).text.en).toContain('not a Reopen setting');
    expect((await rejection(setSetting(db, 'dismissed.my.alipay.com.closed', 'yes'))).code).toBe('invalid');
  });
});
