// UI strings go through the browser's i18n API (public/_locales/<lang>/messages.json).
// The message ids used in code are part of the contract with the locale files;
// test/meta/i18n.test.ts fails when an id is missing from, or unused in, either
// locale. Keep ids literal at call sites (a string literal as the first argument) so that test can
// find them.
//
// Knowledge-base text (causes, checklist items, clauses) is data carried as
// {zh, en} pairs by src/rules; `uiLang()` picks which half to show.

import type { Lang } from './bilingual';
import { extensionApi } from './browser';

export type { Lang };

const api = () => extensionApi()?.i18n;

/** The message for `id`, or the id itself when the locale lacks it (visible, never blank). */
export function t(id: string, ...subs: string[]): string {
  const text = api()?.getMessage(id, subs);
  return text ? text : id;
}

/** zh for any Chinese UI locale (zh_CN is the default locale), en otherwise. */
export function uiLang(): Lang {
  const lang = api()?.getUILanguage() ?? 'zh-CN';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
