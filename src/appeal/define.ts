// What a template is, and the context the renderer hands it. One template per
// file under ./templates/<id>.ts with `defineTemplate({...})`; the registry is
// ./templates/index.ts, kept honest by templates/index.test.ts (docs/architecture.md#registries).
//
// Templates write their wording as {zh, en} pairs with `{{variable}}` slots
// filled by `ctx.t()`. Filling is one pass, so a user value that itself
// contains `{{lender}}` is inserted literally and never re-expanded; a slot
// that names no known variable throws (a template bug the lint test catches).
import type { AppealChannel } from '../shared/channels';
import type { AppealClause, Bilingual, Contact, Lang, Source } from './types';

/**
 * A piece of a field's text. `sep` is what goes before it when it is not the
 * first kept block: a blank line (`paragraph`, default), a line break (`line`)
 * or nothing / a space (`inline`, zh / en). Blocks with the same `drop` number
 * are optional and removed together, lowest number first, when the field must
 * fit a maxLength; blocks without it are always kept. `numbered` blocks are
 * numbered "1. " … among consecutive kept numbered blocks, so dropping one
 * never leaves a gap.
 */
export type Block = {
  text: string;
  sep?: 'paragraph' | 'line' | 'inline';
  drop?: number;
  numbered?: boolean;
};

export type FieldDraft = {
  id: string;
  label: Bilingual;
  maxLength?: number;
  blocks: Block[];
};

/** A prior contact after normalisation: `day` is undefined when the date was invalid. */
export type CleanContact = Omit<Contact, 'date'> & { day?: string };

/** The normalised case as templates see it: every string cleaned and capped; unknowns undefined. */
export type CleanInput = {
  lender?: string;
  product?: string;
  status?: string;
  evidence?: string;
  dateSeen?: string;
  dateWritten?: string;
  account?: string;
  name?: string;
  contacts: CleanContact[];
  onTimeRepayment: boolean;
  writtenReplyReceived: boolean;
  institution?: string;
  item?: string;
  whatIsWrong?: string;
  clauses: CleanClause[];
};

/** A clause after cleaning: its sources looked up in the catalogue. */
export type CleanClause = Omit<AppealClause, 'sources'> & { sources: Source[] };

export type TemplateContext = {
  lang: Lang;
  data: CleanInput;
  /** Pick `text[lang]` and fill `{{var}}` from the case variables (with placeholders for unknowns) and `extra`. */
  t(text: Bilingual, extra?: Record<string, string>): string;
  /** A day as the reader writes it (zh 2024年5月3日, en 2024-05-03), or the 【日期】 placeholder. */
  day(day: string | undefined): string;
  /** One sentence describing a prior contact; `addressee` decides 贵司/该机构 (you/the lender). */
  contactLine(c: CleanContact, addressee: 'lender' | 'third-party', ticketPlaceholder: boolean): string;
  /** The first candidate that fits `max` code points, else the shortest one. */
  firstFitting(candidates: string[], max: number): string;
  /** Record that a clause was placed, so its sources are returned with the text. */
  place(clause: CleanClause): string;
};

export type AppealTemplate = {
  id: AppealChannel;
  label: Bilingual;
  /** One line: where to paste this text. Phone numbers only as docs/sources.md#regulators allows. */
  hint: Bilingual;
  /** The sources of the template's own wording (legal hooks, time limits, channel facts). */
  sources: Source[];
  build(ctx: TemplateContext): FieldDraft[];
  /** Advice for the UI, not part of the text. */
  notes?(ctx: TemplateContext): Bilingual[];
};

/** Identity helper: types a template and keeps each file a plain data export. */
export const defineTemplate = (t: AppealTemplate): AppealTemplate => t;
