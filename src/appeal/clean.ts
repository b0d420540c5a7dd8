// The renderer's input after insertion safety (normalize.ts): every value
// cleaned, capped and checked for its shape, unknowns left undefined. The
// renderer and the claim checker both read a case through this one function,
// so a value means the same to both (README.md#appeal-text).
import { CONTACT_CHANNELS } from '../shared/channels';
import type { AppealClause, AppealInput, Bilingual, Contact, Lang, Localized, Source } from './types';
import { INPUT_CAPS } from './types';
import { cleanDay, cleanText, maskAccountRef } from './normalize';
import { sourceById } from '../rules/kb/sources';
import { UNSURE } from '../rules/types';

/** A prior contact after normalisation: `day` is undefined when the date was invalid. */
export type CleanContact = Omit<Contact, 'date'> & { day?: string };

/** The normalised case as templates see it: every string cleaned and capped; unknowns undefined. */
export type CleanInput = {
  lender?: string;
  lenderKind: 'bank-insurer' | 'other';
  product?: string;
  status?: string;
  exhibit?: { text: string; day?: string; source: 'page' | 'screenshot' };
  written?: string;
  account?: string;
  name?: string;
  contacts: CleanContact[];
  /** Answers by question id; `unsure` and empty answers are left out (unknown). */
  answers: Partial<Record<string, string>>;
  /** Valid days by case date key. */
  dates: Partial<Record<string, string>>;
  institution?: string;
  item?: string;
  whatIsWrong?: string;
  clauses: CleanClause[];
};

/** A clause after cleaning: its sources looked up in the catalogue. */
export type CleanClause = Omit<AppealClause, 'sources'> & { sources: Source[] };

const pickLocalized = (value: Localized | undefined, lang: Lang): unknown =>
  value !== null && typeof value === 'object' ? (value as Bilingual)[lang] : value;

/** `cleanText` that returns undefined for an empty result. */
const opt = (value: unknown, max: number): string | undefined => cleanText(value, max) || undefined;

// A value placed inside our own sentence; its trailing punctuation would double ours.
const stripEnd = (s: string | undefined): string | undefined => s?.replace(/[。．.!！?？;；,，、:：\s]+$/u, '') || undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const cleanClause = (c: unknown, lang: Lang): CleanClause | undefined => {
  if (!isRecord(c)) return undefined;
  const { id, kind, text, sources } = c as Partial<AppealClause>;
  if (typeof id !== 'string' || !id || (kind !== 'fact' && kind !== 'request' && kind !== 'remedy')) return undefined;
  if (!isRecord(text)) return undefined;
  const zh = cleanText(text.zh, INPUT_CAPS.clauseText);
  const en = cleanText(text.en, INPUT_CAPS.clauseText);
  if (!(lang === 'zh' ? zh : en)) return undefined;
  // A clause names its sources by id; only ids of the catalogue count, so the
  // text shown as a source is always ours (docs/sources.md#reliability).
  const srcs = (Array.isArray(sources) ? sources : [])
    .map((s: { id?: unknown } | null) => sourceById(s?.id))
    .filter((s): s is Source => s !== undefined);
  // Every template clause carries its source; an unsourced clause is not placed.
  if (srcs.length === 0) return undefined;
  return { id: cleanText(id, 64), kind, text: { zh, en }, sources: srcs };
};

const cleanContacts = (value: unknown): CleanContact[] =>
  (Array.isArray(value) ? value : [])
    .filter(isRecord)
    .map((c) => ({
      day: cleanDay(c.date),
      channel: (CONTACT_CHANNELS as readonly unknown[]).includes(c.channel) ? (c.channel as CleanContact['channel']) : 'other',
      ref: opt(c.ref, INPUT_CAPS.contactRef),
      summary: stripEnd(opt(c.summary, INPUT_CAPS.contactSummary)),
    }))
    // Date order; contacts with an unknown day go last, in their given order (stable sort).
    .sort((a, b) => ((a.day ?? '9999') < (b.day ?? '9999') ? -1 : (a.day ?? '9999') > (b.day ?? '9999') ? 1 : 0))
    .slice(0, INPUT_CAPS.contacts);

const cleanAnswers = (value: unknown): Partial<Record<string, string>> => {
  const out: Partial<Record<string, string>> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    const s = typeof v === 'string' ? cleanText(v, INPUT_CAPS.answer) : '';
    // `unsure` is the same as no answer (src/rules/types.ts).
    if (s && s !== UNSURE) out[key] = s;
  }
  return out;
};

const cleanDates = (value: unknown): Partial<Record<string, string>> => {
  const out: Partial<Record<string, string>> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    const day = cleanDay(v);
    if (day) out[key] = day;
  }
  return out;
};

const cleanExhibit = (value: unknown): CleanInput['exhibit'] => {
  if (!isRecord(value)) return undefined;
  const text = opt(value.text, INPUT_CAPS.exhibit);
  if (!text) return undefined;
  const day = cleanDay(value.day);
  return { text, ...(day ? { day } : {}), source: value.source === 'screenshot' ? 'screenshot' : 'page' };
};

/** Normalise every user-provided value (insertion safety, normalize.ts) for one language. */
export const cleanInput = (input: AppealInput, lang: Lang): CleanInput => {
  const i = (isRecord(input) ? input : {}) as Partial<AppealInput>;
  const entry = isRecord(i.creditReportEntry) ? i.creditReportEntry : {};
  const exhibit = cleanExhibit(i.exhibit);
  return {
    lender: opt(pickLocalized(i.lender, lang), INPUT_CAPS.lender),
    lenderKind: i.lenderKind === 'bank-insurer' ? 'bank-insurer' : 'other',
    product: opt(pickLocalized(i.product, lang), INPUT_CAPS.product),
    status: opt(pickLocalized(i.status, lang), INPUT_CAPS.status),
    ...(exhibit ? { exhibit } : {}),
    written: cleanDay(i.dateWritten),
    account: maskAccountRef(i.accountRef),
    name: opt(i.name, INPUT_CAPS.name),
    contacts: cleanContacts(i.contacts),
    answers: cleanAnswers(i.answers),
    dates: cleanDates(i.dates),
    institution: opt(entry.institution, INPUT_CAPS.institution),
    item: stripEnd(opt(entry.item, INPUT_CAPS.item)),
    whatIsWrong: stripEnd(opt(entry.whatIsWrong, INPUT_CAPS.whatIsWrong)),
    clauses: (Array.isArray(i.clauses) ? i.clauses : [])
      .map((c) => cleanClause(c, lang))
      .filter((c): c is CleanClause => c !== undefined)
      .slice(0, INPUT_CAPS.clauses),
  };
};
