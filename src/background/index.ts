// Service worker (Firefox: event page) entry: wires listeners to handlers, and
// does nothing else. Every listener is registered synchronously at top level,
// before anything that could fail, so a worker woken by an event always finds
// them (docs/trust-model.md#worker-lifetime); the knowledge base is checked at
// build time instead (vite.config.ts, src/rules/kb/kb.test.ts). No state lives
// in globals that matters after the worker stops: the database is reopened on demand.
import { browser } from '../shared/browser';
import { route } from './router';
import { HANDLERS } from './handlers/index';
import { forgetTab } from './tab-status';
import { navigated, tabClosed } from './documents';
import { forgetChoices } from './insert-choices';
import { forgetPicker } from './picker';
import { forgetRates } from './rate-limit';
import { handleAlarm, scheduleReminderAlarm } from './reminders';

// The callback form (sendResponse + return true) works the same in Chromium
// and Firefox; `route` never throws and always answers.
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
  void route(message, sender, self, HANDLERS).then(sendResponse);
  return true;
});

// Background work has no one to answer: failures are logged, never thrown.
const quietly = (work: Promise<unknown>): void => void work.catch((error: unknown) => console.warn('reopen:', error));

// What a tab showed, and the picker and choices it was offered, are forgotten when it
// starts loading something else or closes, and the tab's navigation count
// moves on, so a late message from the page it left changes nothing
// (src/background/documents.ts). (No "tabs" permission: the events fire with the fields we need.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading' && change.url === undefined) return;
  quietly(navigated(tabId));
  quietly(forgetTab(tabId));
  quietly(forgetChoices(tabId));
  quietly(forgetPicker(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetRates(tabId);
  quietly(tabClosed(tabId));
  quietly(forgetTab(tabId));
  quietly(forgetChoices(tabId));
  quietly(forgetPicker(tabId));
});

browser.alarms.onAlarm.addListener((alarm) => quietly(handleAlarm(alarm.name)));
browser.runtime.onInstalled.addListener(() => quietly(scheduleReminderAlarm()));
browser.runtime.onStartup.addListener(() => quietly(scheduleReminderAlarm()));
