// Visible placeholders for anything the case does not know (README.md#appeal-text: "Anything
// unknown is left as a visible placeholder, never invented"). zh uses 【…】 and
// en uses […] so the UI can highlight them and the user cannot miss them.
import type { Bilingual, Lang } from './types';

export const PLACEHOLDERS = {
  date: { zh: '【日期】', en: '[date]' },
  account: { zh: '【账户尾号】', en: '[account ending]' },
  name: { zh: '【姓名】', en: '[name]' },
  ticket: { zh: '【工单号】', en: '[ticket no.]' },
  lender: { zh: '【机构名称】', en: '[lender name]' },
  product: { zh: '【产品名称】', en: '[product]' },
  institution: { zh: '【报送机构】', en: '[reporting institution]' },
  item: { zh: '【有异议的记录】', en: '[entry in question]' },
  whatIsWrong: { zh: '【错误之处】', en: '[what is wrong]' },
  facts: { zh: '【事实经过】', en: '[what happened]' },
} as const satisfies Record<string, Bilingual>;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

export const placeholder = (key: PlaceholderKey, lang: Lang): string => PLACEHOLDERS[key][lang];

/** Every placeholder in `text` for `lang`, in order of first appearance, deduplicated. */
export const findPlaceholders = (text: string, lang: Lang): string[] => {
  const hits: { at: number; p: string }[] = [];
  for (const p of Object.values(PLACEHOLDERS)) {
    const at = text.indexOf(p[lang]);
    if (at >= 0) hits.push({ at, p: p[lang] });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.p);
};
