// The values a line of appeal text may hold, read from the cleaned case
// (define.ts CleanInput), and the case field each one comes from. The renderer
// fills lines from here and the claim checker expands them from here, so a
// value means the same in both (README.md#appeal-text).
//
// A slot is either a *value* the line cannot do without (the status, the
// exhibit's quotation, the day the line changed) or a *fill-in* the user may
// complete: an unknown fill-in shows its visible placeholder (【日期】, [date]),
// which says nothing until the user writes it.
import type { CleanContact, CleanInput } from './clean';
import type { Bilingual, Lang } from './types';
import { placeholder, type PlaceholderKey } from './placeholders';

export const SLOT_NAMES = [
  'lender',
  'product',
  'status',
  'account',
  'name',
  'written',
  'lineChanged',
  'exhibitText',
  'exhibitDay',
  'exhibitSource',
  'overdueRepaid',
  'lenderComplaint',
  'firstContact',
  'institution',
  'item',
  'whatIsWrong',
  'contactDay',
  'via',
  'ref',
  'summary',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/** A slot's text for one case: its value, and for fill-ins the placeholder shown while it is unknown. */
export type SlotValue = { value?: string; placeholder?: string };

/** The case field a slot is read from: the vocabulary of the claims table's backing (claims.ts). */
export const SLOT_FIELD = {
  lender: 'lender',
  product: 'product',
  status: 'status',
  account: 'accountRef',
  name: 'name',
  written: 'dateWritten',
  lineChanged: 'dates.lineChanged',
  exhibitText: 'exhibit',
  exhibitDay: 'exhibit',
  exhibitSource: 'exhibit',
  overdueRepaid: 'dates.overdueRepaid',
  lenderComplaint: 'dates.lenderComplaint',
  firstContact: 'dates.firstContact',
  institution: 'creditReportEntry',
  item: 'creditReportEntry',
  whatIsWrong: 'creditReportEntry',
  contactDay: 'contact',
  via: 'contact',
  ref: 'contact',
  summary: 'contact',
} as const satisfies Record<SlotName, string>;

/** Fill-ins and their placeholder; every other slot is a value the line needs. */
const FILL_IN: Partial<Record<SlotName, PlaceholderKey>> = {
  lender: 'lender',
  product: 'product',
  account: 'account',
  name: 'name',
  written: 'date',
  exhibitDay: 'date',
  overdueRepaid: 'date',
  lenderComplaint: 'date',
  firstContact: 'date',
  institution: 'institution',
  item: 'item',
  whatIsWrong: 'whatIsWrong',
  contactDay: 'date',
  ref: 'ticket',
};

export const isFillIn = (slot: SlotName): boolean => FILL_IN[slot] !== undefined;

/** A day as the reader writes it: zh 2024年5月3日, en 2024-05-03. */
export const formatDay = (day: string | undefined, lang: Lang): string | undefined => {
  if (!day) return undefined;
  if (lang === 'en') return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const VIA: Record<Exclude<CleanContact['channel'], 'regulator'>, Bilingual> = {
  phone: { zh: '通过电话', en: 'by phone' },
  chat: { zh: '通过在线客服', en: 'through online customer-service chat' },
  letter: { zh: '以书面方式', en: 'in writing' },
  app: { zh: '通过应用内反馈渠道', en: 'through the in-app feedback channel' },
  other: { zh: '通过其他方式', en: 'by other means' },
};

const SOURCE_WORD: Record<'page' | 'screenshot', Bilingual> = {
  page: { zh: '网页', en: 'web page' },
  screenshot: { zh: '截图', en: 'screenshot' },
};

const raw = (data: CleanInput, lang: Lang, slot: SlotName, contact: CleanContact | undefined): string | undefined => {
  switch (slot) {
    case 'lender':
    case 'product':
    case 'status':
    case 'name':
    case 'institution':
    case 'item':
    case 'whatIsWrong':
      return data[slot];
    case 'account':
      return data.account;
    case 'written':
      return formatDay(data.written, lang);
    case 'lineChanged':
    case 'overdueRepaid':
    case 'lenderComplaint':
    case 'firstContact':
      return formatDay(data.dates[slot], lang);
    case 'exhibitText':
      return data.exhibit?.text;
    case 'exhibitDay':
      return formatDay(data.exhibit?.day, lang);
    case 'exhibitSource':
      return data.exhibit ? SOURCE_WORD[data.exhibit.source][lang] : undefined;
    case 'contactDay':
      return formatDay(contact?.day, lang);
    case 'via':
      return contact && contact.channel !== 'regulator' ? VIA[contact.channel][lang] : undefined;
    case 'ref':
      return contact?.ref;
    case 'summary':
      return contact?.summary;
  }
};

/** The slot lookup for one case in one language; contact slots read `contact`. */
export const slotValues =
  (data: CleanInput, lang: Lang, contact?: CleanContact) =>
  (slot: SlotName): SlotValue => {
    const value = raw(data, lang, slot, contact);
    const key = FILL_IN[slot];
    // Contact fill-ins exist only for a contact.
    const hasPlaceholder = key !== undefined && (SLOT_FIELD[slot] !== 'contact' || contact !== undefined);
    return {
      ...(value !== undefined ? { value } : {}),
      ...(hasPlaceholder ? { placeholder: placeholder(key, lang) } : {}),
    };
  };
