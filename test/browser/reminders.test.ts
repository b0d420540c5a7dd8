// README.md#the-case-file: reminders. A deadline that passed without a reply gives one
// notification offering the next escalation step, at most one per case per
// day. The notifications permission is optional (asked from the options page's
// click); a test cannot answer that prompt, so this file loads a copy of the
// built extension that already holds it, and fires the worker's own alarm.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT, TMP, sendFromExtensionPage, useSession } from './harness';
import { addCalendarDays, localToday } from '../../src/rules/dates';

const DIST = join(TMP, `dist-notifications-${process.pid}`);
cpSync(join(ROOT, 'dist'), DIST, { recursive: true });
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
manifest.permissions = [...manifest.permissions, 'notifications'];
writeFileSync(join(DIST, 'manifest.json'), JSON.stringify(manifest));

const suite = useSession({ dist: DIST });
afterAll(() => rmSync(DIST, { recursive: true, force: true }));

/** chrome.notifications.getAll(): the ids of the notifications on screen. */
type Shown = Record<string, boolean>;

/** Fires the worker's reminder alarm now and returns the notifications it has shown. */
async function fireReminders(): Promise<string[]> {
  const worker = await suite.session.worker();
  return worker.evaluate(async () => {
    const fired = new Promise<void>((done) =>
      chrome.alarms.onAlarm.addListener((a) => a.name === 'reopen-reminders' && setTimeout(done, 1500)),
    );
    await chrome.alarms.create('reopen-reminders', { when: Date.now() + 50 });
    await fired;
    return Object.keys((await chrome.notifications.getAll()) as Shown);
  });
}

test('an overdue lender complaint gives one notification with the next step, and only one that day', async () => {
  const page = await suite.session.openExtensionPage('src/popup/index.html');
  suite.pages.push(page);
  const started = (await sendFromExtensionPage(page, {
    type: 'ext/case-start',
    payload: { caseId: 'reminder-case', product: 'jiebei', status: 'closed' },
  })) as {
    data: { case: { id: string } };
  };
  const caseId = started.data.case.id;
  // Complaint filed 20 calendar days ago, no reply: past the 15-day limit.
  const filed = addCalendarDays(localToday(), -20);
  await sendFromExtensionPage(page, { type: 'ext/case-update', payload: { caseId, patch: { dates: { lenderComplaint: filed } } } });

  const first = await fireReminders();
  expect(first).toEqual([`reopen:${caseId}:lender-complaint`]);
  const worker = await suite.session.worker();
  const shown = (await worker.evaluate(async () => chrome.notifications.getAll())) as Shown;
  expect(Object.keys(shown)).toHaveLength(1);

  // Cleared by the user; the alarm fires again the same day: nothing new.
  await worker.evaluate(async (id) => chrome.notifications.clear(id), first[0]!);
  expect(await fireReminders()).toEqual([]);
});
