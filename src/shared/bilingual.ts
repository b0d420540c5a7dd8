// The one shape of a user-facing string: both languages, always. zh (zh_CN)
// is the default locale; `uiLang()` (./i18n.ts) picks which half to show.
// Plain types only, so every context (the content script included) can use it.

export type Lang = 'zh' | 'en';

export type Bilingual = { zh: string; en: string };
