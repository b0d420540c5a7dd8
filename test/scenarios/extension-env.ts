// The scenario runner goes through worker code that asks the extension API for
// the UI language and the locale's words (src/shared/i18n.ts), and that loads
// webextension-polyfill, which refuses to run without `chrome.runtime.id`
// (test/setup.ts does the same for Vitest). Outside an extension, this module
// stands in for that API: imported first, before anything that reaches
// src/shared/browser.ts, it answers i18n from the real locale files in the
// language a scenario's user speaks, so the texts judged are the texts users read.
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/shared/bilingual';

type Locale = Record<string, { message: string }>;
const locale = (dir: 'zh_CN' | 'en'): Locale =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${dir}/messages.json`, import.meta.url), 'utf8')) as Locale;
const LOCALES: Record<Lang, Locale> = { zh: locale('zh_CN'), en: locale('en') };

let current: Lang = 'zh';
const id = 'scenarios';
const g = globalThis as { chrome?: unknown; browser?: unknown };
g.chrome ??= { runtime: { id } };
g.browser = {
  runtime: { id, getURL: (path = '') => `chrome-extension://${id}/${path.replace(/^\//, '')}` },
  i18n: {
    getMessage: (name: string, subs: string | string[] = []) =>
      (LOCALES[current][name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => [subs].flat()[Number(n) - 1] ?? ''),
    getUILanguage: () => (current === 'zh' ? 'zh-CN' : 'en-US'),
  },
};

/** The browser's UI language for what follows: the scenario's user's language. */
export function speak(lang: Lang): void {
  current = lang;
}
