// Service worker (Firefox: event page) entry: wires listeners to handlers.
// Listeners are registered synchronously at top level so a worker woken by an
// event finds them (SECURITY.md §7); no state lives in globals that matters
// after the worker stops — the database is reopened on demand.
import { route, type Self } from './router';
import { createHandlers } from './handlers';
import { handleAlarm, scheduleReminderAlarm } from './reminders';
import { assertKnowledgeBase } from '../rules/index';

// The bundled rules are data: check them once per worker start (issue 3), so a
// broken knowledge base fails loudly in tests instead of misleading a user.
assertKnowledgeBase();

type SendResponse = (response: unknown) => void;
interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(cb: (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean | undefined): void };
  onConnect: { addListener(cb: (port: { name: string; disconnect(): void }) => void): void };
  onInstalled: { addListener(cb: () => void): void };
  onStartup: { addListener(cb: () => void): void };
}
const g = globalThis as unknown as { chrome?: { runtime: RuntimeLike; alarms?: { onAlarm: { addListener(cb: (a: { name: string }) => void): void } } } ; browser?: { runtime: RuntimeLike } };
const runtime = (g.browser ?? g.chrome)!.runtime;

const self_: Self = { id: runtime.id, origin: runtime.getURL('') };
const handlers = createHandlers();

// The callback form (sendResponse + return true) works the same in Chromium
// and Firefox; `route` never throws and always answers.
runtime.onMessage.addListener((message, sender, sendResponse) => {
  void route(message, sender as Parameters<typeof route>[1], self_, handlers).then(sendResponse);
  return true;
});

// Content scripts hold a port only to learn when the extension goes away
// (src/content/runtime.ts). Anything else is not ours.
runtime.onConnect.addListener((port) => {
  if (port.name !== 'reopen-content') port.disconnect();
});

g.chrome?.alarms?.onAlarm.addListener((alarm) => void handleAlarm(alarm.name));
runtime.onInstalled.addListener(() => void scheduleReminderAlarm());
runtime.onStartup.addListener(() => void scheduleReminderAlarm());
