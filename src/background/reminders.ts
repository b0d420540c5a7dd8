// Deadline reminders (README.md#the-case-file): one daily alarm; for each open case the
// engine's deadlines are computed and, when one is near or has passed, one
// notification per case per day offers the next escalation step. The
// notifications permission is optional and asked for by the options page when
// the user turns reminders on; without it nothing is shown.
import { browser } from '../shared/browser';
import { diagnose } from '../rules/index';
import { stepToRemind } from '../rules/reminders';
import { localToday as today } from '../rules/dates';
import { t, uiLang } from '../shared/i18n';
import { getReminder, listCases, listExhibits, saveReminder } from '../storage/index';
import { factsFromCase } from '../rules/case-facts';
import { db } from './database';
import { AUTOLOCK_ALARM, forgetSessionKey, sessionKeyExpiry } from '../storage/index';

export const REMINDER_ALARM = 'reopen-reminders';
export async function scheduleReminderAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (!existing) await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 12 * 60 });
}

/** Forgets the unlocked key once it went unused for its idle time; re-arms while it is still in use. */
async function autoLock(): Promise<void> {
  const area = browser.storage.session;
  const expiry = await sessionKeyExpiry(area);
  if (expiry === null) return;
  if (Date.now() >= expiry) await forgetSessionKey(area);
  else await browser.alarms.create(AUTOLOCK_ALARM, { when: expiry + 1_000 });
}

export async function handleAlarm(name: string): Promise<void> {
  if (name === AUTOLOCK_ALARM) return autoLock();
  if (name !== REMINDER_ALARM) return;
  const granted = await browser.permissions.contains({ permissions: ['notifications'] });
  if (!granted) return;
  const database = await db();
  const day = today();
  const lang = uiLang();
  const { items: records } = await listCases(database);
  for (const theCase of records) {
    if (theCase.archived) continue;
    // The same facts the popup and the options page use (src/rules/case-facts.ts).
    const { items: exhibits } = await listExhibits(database, theCase.id);
    const diagnosis = diagnose(factsFromCase(theCase, day, exhibits));
    const step = stepToRemind(diagnosis.deadlines);
    if (!step) continue;
    const last = await getReminder(database, theCase.id, step.id);
    if (last?.lastNotifiedDay === day) continue; // at most one a day per case and step
    const anyToday = await Promise.all(diagnosis.deadlines.map((s) => getReminder(database, theCase.id, s.id)));
    if (anyToday.some((r) => r?.lastNotifiedDay === day)) continue; // at most one per case per day
    await browser.notifications.create(`reopen:${theCase.id}:${step.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: `${t('reminderTitle')} · ${theCase.title}`.slice(0, 120),
      message: (step.state === 'overdue' ? step.next[lang] : step.title[lang]).slice(0, 300),
    });
    await saveReminder(database, { caseId: theCase.id, deadlineId: step.id, lastNotifiedDay: day });
  }
}
