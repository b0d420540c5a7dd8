// The appeal renderer's input and output contracts.
//
// `AppealInput` is what the lead maps a stored case (src/shared/case.ts) and the
// rule engine's Diagnosis (src/rules/types.ts, `clauses`) onto. Every field is
// optional or defaults to empty: whatever is unknown becomes a visible
// placeholder (【日期】 / [date]) in the text, never an invented value (README.md#appeal-text,
// "Appeal text"; docs/sources.md#wording-rules).
//
// The schema documents and checks the shape at the boundary; the renderer does
// not trust it and normalises every string again (normalize.ts), so a value that
// slipped past validation still cannot inject control characters or huge text.
import { z } from '../shared/zod';
import { CONTACT_CHANNELS, type AppealChannel } from '../shared/channels';
import type { Bilingual, Level, Source } from '../rules/types';
import type { Lang } from '../shared/i18n';

export type { Bilingual, Level, Source, Lang };

/**
 * A name or label that may be given once (used for both languages, e.g. a
 * Chinese company name) or per language (e.g. a status label from the UI).
 */
export type Localized = string | Bilingual;

const LocalizedSchema = z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]);
const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** Caps applied to user-provided strings before insertion (code points). */
export const INPUT_CAPS = {
  lender: 60,
  product: 40,
  status: 40,
  exhibit: 200,
  answer: 40,
  accountRef: 40,
  name: 40,
  contactRef: 40,
  contactSummary: 200,
  institution: 60,
  item: 100,
  whatIsWrong: 300,
  clauseText: 600,
  sourceId: 64,
  contacts: 20,
  clauses: 30,
} as const;

export const ContactSchema = z.object({
  /** Day of the contact, YYYY-MM-DD. An invalid day renders as the 【日期】 placeholder. */
  date: DaySchema,
  channel: z.enum(CONTACT_CHANNELS),
  /** Ticket or reference number the lender gave (工单号). */
  ref: z.optional(z.string().check(z.maxLength(INPUT_CAPS.contactRef))),
  /** A short factual note of what was said, in the user's words; inserted literally. */
  summary: z.optional(z.string().check(z.maxLength(INPUT_CAPS.contactSummary))),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A source named by its catalogue id (src/rules/kb/sources); the renderer looks it up. */
export const AppealSourceSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(INPUT_CAPS.sourceId)),
});

/**
 * A clause chosen by the rule engine (src/rules, `Diagnosis.clauses`). The
 * engine owns the wording and the sources of requests; templates only place
 * them: `request` and `remedy` clauses form the numbered request list
 * (replacing the template's default requests). `fact` clauses are never placed:
 * every fact an appeal states comes from the claims table (claims.ts), checked
 * against the case itself. The reply deadline sentence belongs to the template
 * (its wording depends on who the lender is), so a deadline clause is not placed
 * either (sections.ts TEMPLATE_OWNED).
 */
export const AppealClauseSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['fact', 'request', 'remedy']),
  text: z.object({ zh: z.string(), en: z.string() }),
  sources: z.array(AppealSourceSchema).check(z.minLength(1)),
});
export type AppealClause = z.infer<typeof AppealClauseSchema>;

export const CreditReportEntrySchema = z.object({
  /** The institution that reported the entry (信息提供者), e.g. 重庆蚂蚁消费金融有限公司. */
  institution: z.optional(z.string()),
  /** Which entry, as printed in the report, e.g. "2023年6月 贷款账户逾期记录". */
  item: z.optional(z.string()),
  /** What is wrong with it, in the user's own factual words. */
  whatIsWrong: z.optional(z.string()),
});
export type CreditReportEntry = z.infer<typeof CreditReportEntrySchema>;

/** The exhibit an appeal quotes: its status line, the day it was saved or taken, and where it came from. */
export const AppealExhibitSchema = z.object({
  text: z.string(),
  day: DaySchema,
  source: z.enum(['page', 'screenshot']),
});

export const AppealInputSchema = z.object({
  /** Lender of record as a display name, e.g. 重庆蚂蚁消费金融有限公司. */
  lender: z.optional(LocalizedSchema),
  /**
   * `bank-insurer` when the lender is a bank or an insurer, bound by the
   * 15/30/60-day complaint clock; `other` (the default) when it is not, or not
   * known, so the texts only refer to that clock (docs/sources.md#complaint-time-limits).
   */
  lenderKind: z.optional(z.enum(['bank-insurer', 'other'])),
  /** Product label as the user knows it, e.g. 借呗. */
  product: z.optional(LocalizedSchema),
  /** The case's status in Reopen's words (STATUS_LABEL, src/shared/status.ts). */
  status: z.optional(LocalizedSchema),
  /** The newest exhibit: quoted literally, with its day and source. */
  exhibit: z.optional(AppealExhibitSchema),
  /** Day the text is written (the caller passes today). Unknown → 【日期】. */
  dateWritten: z.optional(DaySchema),
  /**
   * The user's account reference. Masked by the renderer with maskAccountRef()
   * (at most the last 4 characters; phones as 138****5678) whatever is passed.
   */
  accountRef: z.optional(z.string()),
  /** The user's name. Unknown → 【姓名】 where a template needs a signature. */
  name: z.optional(z.string()),
  /** Prior contacts from the case file; rendered in date order. */
  contacts: z.optional(z.array(ContactSchema)),
  /**
   * The user's questionnaire answers by question id (case.answers). Claims
   * rest on them (claims.ts): only an answer the user gave is ever stated.
   */
  answers: z.optional(z.record(z.string(), z.string())),
  /** The case's milestone days by key (case.dates): lineChanged, overdueRepaid, firstContact, lenderComplaint, … */
  dates: z.optional(z.record(z.string(), DaySchema)),
  /** The credit-report entry an objection is about (征信条例 Art. 25). */
  creditReportEntry: z.optional(CreditReportEntrySchema),
  /** Clauses chosen by the rule engine; may be empty. */
  clauses: z.optional(z.array(AppealClauseSchema)),
});
export type AppealInput = z.infer<typeof AppealInputSchema>;

/** One form field of the output (most channels: a single 'body'). */
export type AppealField = {
  id: string;
  label: Bilingual;
  text: string;
  /** The field's own limit in code points, where the channel has one. */
  maxLength?: number;
};

export type AppealText = {
  channel: AppealChannel;
  lang: Lang;
  fields: AppealField[];
  /** Visible placeholders still in the text, in order of first appearance. */
  placeholders: string[];
  /** The template's own sources plus the sources of every clause it placed. */
  sources: Source[];
  /** Advice for the UI (not part of the text), e.g. "contact the lender first". */
  notes: Bilingual[];
};
