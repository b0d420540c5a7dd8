// Service worker (Firefox: event page) entry: wires listeners to handlers.
// Listeners are registered synchronously at top level so a worker woken by an
// event finds them (docs/trust-model.md#worker-lifetime); no state lives in globals that matters
// after the worker stops — the database is reopened on demand.
import { route, type Self } from './router';
import { createHandlers, forgetTab } from './handlers';
import { handleAlarm, scheduleReminderAlarm } from './reminders';

// The bundled rules are data, checked when the extension is built (vite.config.ts)
// and in tests, never here: a throw before the listeners would leave the worker deaf.

type SendResponse = (response: unknown) => void;
interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(cb: (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean | undefined): void };
  onInstalled: { addListener(cb: () => void): void };
  onStartup: { addListener(cb: () => void): void };
}
interface TabsLike {
  onUpdated: { addListener(cb: (tabId: number, change: { status?: string; url?: string }) => void): void };
  onRemoved: { addListener(cb: (tabId: number) => void): void };
}
const g = globalThis as unknown as {
  chrome?: { runtime: RuntimeLike; tabs?: TabsLike; alarms?: { onAlarm: { addListener(cb: (a: { name: string }) => void): void } } };
  browser?: { runtime: RuntimeLike };
};
const runtime = (g.browser ?? g.chrome)!.runtime;

const self_: Self = { id: runtime.id, origin: runtime.getURL('') };
const handlers = createHandlers();

// The callback form (sendResponse + return true) works the same in Chromium
// and Firefox; `route` never throws and always answers.
runtime.onMessage.addListener((message, sender, sendResponse) => {
  void route(message, sender as Parameters<typeof route>[1], self_, handlers).then(sendResponse);
  return true;
});

// What a tab showed is forgotten when it starts loading something else or
// closes, so the popup never offers a previous page's status as this one's.
// (No "tabs" permission: the events fire with the fields we need.)
const quietly = (work: Promise<unknown>): void => void work.catch((error: unknown) => console.warn('reopen:', error));
g.chrome?.tabs?.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' || change.url !== undefined) quietly(forgetTab(tabId));
});
g.chrome?.tabs?.onRemoved.addListener((tabId) => quietly(forgetTab(tabId)));

// Background work has no one to answer: failures are logged, never thrown.
g.chrome?.alarms?.onAlarm.addListener((alarm) => quietly(handleAlarm(alarm.name)));
runtime.onInstalled.addListener(() => quietly(scheduleReminderAlarm()));
runtime.onStartup.addListener(() => quietly(scheduleReminderAlarm()));
