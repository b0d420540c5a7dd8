// A stand-in for the extension API in unit tests, installed where the one
// browser module looks for it (src/shared/browser.ts):
//
//   const fake = fakeBrowser();
//   beforeEach(() => vi.stubGlobal('browser', fake.api));
//   afterEach(() => vi.unstubAllGlobals());
//
// It holds what the worker uses in memory (storage.session, tabs, windows)
// and answers i18n from the real locale files, so t() returns the words users
// see. Messages to tabs are recorded in `sent`, and answered by `answer`.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';

type Locale = Record<string, { message: string }>;
const locale = (dir: 'zh_CN' | 'en'): Locale =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${dir}/messages.json`, import.meta.url), 'utf8')) as Locale;

export function fakeBrowser({ lang = 'zh-CN' }: { lang?: 'zh-CN' | 'en-US' } = {}) {
  const session = new Map<string, unknown>();
  /** Open tabs by id and the address each shows (set by the test; tabs.get of any other id rejects). */
  const tabs = new Map<number, { url?: string }>();
  const messages = locale(lang.startsWith('zh') ? 'zh_CN' : 'en');
  type Options = { frameId?: number; documentId?: string };
  const sent: { tabId: number; message: unknown; options?: Options }[] = [];
  /** What a content script answers; undefined stands for no listener (sendMessage rejects). */
  const reply: { answer: (message: unknown, options?: Options) => unknown } = {
    answer: (message) => ({ ok: true, length: [...(message as { text: string }).text].length, method: 'execCommand' }),
  };
  const windows = new Map<number, { tabs: { id: number }[] }>();
  let nextId = 100;
  const id = 'fakeextensionid';
  const api = {
    runtime: {
      id,
      getURL: (path = '') => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
      getManifest: () => ({ version: '0.0.0-test' }),
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: structuredClone(session.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
        remove: async (key: string) => void session.delete(key),
      },
    },
    tabs: {
      create: vi.fn(async (properties: { url?: string }) => ({ id: 1, ...properties })),
      get: async (tabId: number) => {
        const tab = tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tabId, ...tab };
      },
      update: vi.fn(async (tabId: number, properties: { url?: string }) => {
        if (![...windows.values()].some((w) => w.tabs.some((t) => t.id === tabId))) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tabId, ...properties };
      }),
      sendMessage: vi.fn(async (tabId: number, message: unknown, options?: Options) => {
        sent.push({ tabId, message, ...(options ? { options } : {}) });
        const answer = reply.answer(message, options);
        if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answer;
      }),
    },
    windows: {
      create: vi.fn(async (_properties: { url?: string }) => {
        const made = { id: nextId++, tabs: [{ id: nextId++ }] };
        windows.set(made.id, made);
        return made;
      }),
      get: async (windowId: number) => {
        const win = windows.get(windowId);
        if (!win) throw new Error(`No window with id: ${windowId}.`);
        return { id: windowId, left: 0, top: 0, width: 1280, height: 800 };
      },
      update: vi.fn(async (windowId: number) => {
        if (!windows.has(windowId)) throw new Error(`No window with id: ${windowId}.`);
        return { id: windowId };
      }),
    },
    i18n: {
      getMessage: (name: string, subs: string | string[] = []) =>
        (messages[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => [subs].flat()[Number(n) - 1] ?? ''),
      getUILanguage: () => lang,
    },
  };
  return { api, session, tabs, windows, sent, reply };
}
