// The case file's record shapes: what the storage fence keeps, what the
// message contract carries and what the options page edits. Every string has a
// cap and nothing is cleaned up silently: a value that does not fit is rejected
// with a message naming the field, so the user keeps their draft and sees why
// (docs/trust-model.md#invariants, "nothing lost"; README.md#the-case-file "sanitize nothing silently").
//
// Objects are strict: an unknown field is an error, not something we drop.
import { z } from './zod';
import { CONTACT_CHANNELS } from './channels';
import { PRODUCTS } from './products';
import { STATUSES } from './status';

/** Caps on every stored string and collection. Exported so the UI can show counters. */
export const LIMITS = {
  id: 64,
  title: 200,
  lender: 100,
  accountRef: 100,
  answerKey: 64,
  answerText: 2_000,
  answers: 200,
  checklist: 500,
  dates: 50,
  url: 2_048,
  exhibitText: 500,
  /** A screenshot's recognised (and user-corrected) text: a long app page read whole. */
  recognisedText: 20_000,
  fileName: 200,
  /** Blacked-out rectangles on one screenshot. */
  redactions: 50,
  /** Exhibits on one case, of any source (a burst of saves must not fill the disk). */
  exhibitsPerCase: 100,
  /** Screenshot exhibits on one case: each keeps up to two images (original and blacked-out copy). */
  screenshotsPerCase: 30,
  noteRef: 200,
  noteText: 20_000,
  appealText: 20_000,
} as const;

// crypto.randomUUID() ids fit; so do short readable ids used in fixtures.
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const KEY_PATTERN = /^[A-Za-z0-9_.-]+$/;
const DATE_KEY_PATTERN = /^[a-z][A-Za-z0-9]*$/;

export const cappedString = (max: number, what: string) => z.string().check(z.maxLength(max, `${what}: at most ${max} characters`));

export const nonEmptyCapped = (max: number, what: string) =>
  z.string().check(z.minLength(1, `${what}: must not be empty`), z.maxLength(max, `${what}: at most ${max} characters`));

/** A client-generated record id (crypto.randomUUID() in the UI). */
export const IdSchema = z
  .string()
  .check(
    z.minLength(1, 'id: must not be empty'),
    z.maxLength(LIMITS.id, `id: at most ${LIMITS.id} characters`),
    z.regex(ID_PATTERN, 'id: only letters, digits, "-" and "_"'),
  );

/** An instant, as produced by `new Date().toISOString()` (offsets accepted). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, error: 'expected an ISO date-time such as 2025-01-31T08:00:00.000Z' });

/** A calendar day, 'YYYY-MM-DD'. */
export const IsoDaySchema = z.iso.date({ error: 'expected a day as YYYY-MM-DD' });

const maxKeys = (max: number, what: string) =>
  z.refine<Record<string, unknown>>((o) => Object.keys(o).length <= max, `${what}: at most ${max} entries`);

/**
 * Well-known milestone dates on a case, in escalation order (docs/sources.md#regulators
 * "Escalation order supported by the sources"). The rule engine computes
 * deadlines from these (lender 15/30/60 days, objection 20 days, PBOC branch
 * 30 days, docs/sources.md#complaint-time-limits, docs/sources.md#regulators). Other camelCase keys are allowed so the engine can
 * add milestones without a storage migration.
 */
export { CASE_DATE_KEYS, type CaseDateKey } from './case-dates';

const AnswerValueSchema = z.union([
  cappedString(LIMITS.answerText, 'answer'),
  z.number().check(z.refine(Number.isFinite, 'answer: must be a finite number')),
  z.boolean(),
]);

const AnswerKeySchema = z
  .string()
  .check(
    z.minLength(1, 'key: must not be empty'),
    z.maxLength(LIMITS.answerKey, `key: at most ${LIMITS.answerKey} characters`),
    z.regex(KEY_PATTERN, 'key: only letters, digits, ".", "-" and "_"'),
  );

const DateKeySchema = z
  .string()
  .check(z.maxLength(40, 'date key: at most 40 characters'), z.regex(DATE_KEY_PATTERN, 'date key: camelCase letters and digits'));

/** One lender/product episode: the unit the user appeals. */
export const CaseSchema = z.strictObject({
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Lender id from src/lenders, or free text for a lender we do not know. */
  lender: z.optional(nonEmptyCapped(LIMITS.lender, 'lender')),
  product: z.optional(z.enum(PRODUCTS)),
  status: z.optional(z.enum(STATUSES)),
  title: nonEmptyCapped(LIMITS.title, 'title'),
  /** Questionnaire answers by question id. */
  answers: z.record(AnswerKeySchema, AnswerValueSchema).check(maxKeys(LIMITS.answers, 'answers')),
  /** Checklist progress by checklist item id. */
  checklist: z.record(AnswerKeySchema, z.boolean()).check(maxKeys(LIMITS.checklist, 'checklist')),
  /** Milestone days; see CASE_DATE_KEYS. */
  dates: z.record(DateKeySchema, IsoDaySchema).check(maxKeys(LIMITS.dates, 'dates')),
  /** The user's own reference for the account (e.g. last digits); never a full card number. */
  accountRef: z.optional(cappedString(LIMITS.accountRef, 'accountRef')),
  archived: z.optional(z.boolean()),
});
export type Case = z.infer<typeof CaseSchema>;

export interface NewCaseInput {
  title: string;
  lender?: string;
  product?: Case['product'];
  status?: Case['status'];
  dates?: Case['dates'];
}

/**
 * A fresh case, the one constructor the worker (tip, popup) and the options
 * page share. The id is client-generated, so a retried save overwrites and
 * never duplicates. Text is trimmed and capped; empty fields are left out.
 */
export function newCase(input: NewCaseInput, id: string, now: string): Case {
  const lender = input.lender?.trim().slice(0, LIMITS.lender);
  return {
    id,
    createdAt: now,
    updatedAt: now,
    title: input.title.trim().slice(0, LIMITS.title),
    ...(lender ? { lender } : {}),
    ...(input.product ? { product: input.product } : {}),
    ...(input.status ? { status: input.status } : {}),
    answers: {},
    checklist: {},
    dates: { ...input.dates },
  };
}

/**
 * A change to some fields of a case: what the popup and the options workspace
 * send, applied by `updateCase` (src/storage/cases.ts) inside one transaction
 * so that two editors never overwrite each other's fields
 * (docs/architecture.md#one-writer). A field left out is unchanged; `null`
 * removes it (an answer goes back to unknown, a date or the lender is cleared);
 * an empty accountRef removes it too.
 */
export const CasePatchSchema = z.strictObject({
  title: z.optional(nonEmptyCapped(LIMITS.title, 'title')),
  lender: z.optional(z.nullable(nonEmptyCapped(LIMITS.lender, 'lender'))),
  product: z.optional(z.nullable(z.enum(PRODUCTS))),
  status: z.optional(z.nullable(z.enum(STATUSES))),
  accountRef: z.optional(z.nullable(cappedString(LIMITS.accountRef, 'accountRef'))),
  archived: z.optional(z.boolean()),
  answers: z.optional(z.record(AnswerKeySchema, z.nullable(AnswerValueSchema)).check(maxKeys(LIMITS.answers, 'answers'))),
  checklist: z.optional(z.record(AnswerKeySchema, z.nullable(z.boolean())).check(maxKeys(LIMITS.checklist, 'checklist'))),
  dates: z.optional(z.record(DateKeySchema, z.nullable(IsoDaySchema)).check(maxKeys(LIMITS.dates, 'dates'))),
});
export type CasePatch = z.infer<typeof CasePatchSchema>;

/** How a note reached or left the user (src/shared/channels.ts). */
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS);

/** The fields of a note that the passphrase lock encrypts. */
export const NoteSecretSchema = z.strictObject({
  /** Ticket or reference number given by the other side. */
  ref: z.optional(cappedString(LIMITS.noteRef, 'ref')),
  /** What was said or sent. */
  text: cappedString(LIMITS.noteText, 'text'),
  /** The appeal text used, if one was attached. */
  appealText: z.optional(cappedString(LIMITS.appealText, 'appealText')),
});
export type NoteSecret = z.infer<typeof NoteSecretSchema>;

/** A note: one call, chat, letter or filing on the case's timeline. */
export const NoteSchema = z.strictObject({
  id: IdSchema,
  caseId: IdSchema,
  at: IsoDateTimeSchema,
  channel: ContactChannelSchema,
  ref: z.optional(cappedString(LIMITS.noteRef, 'ref')),
  text: cappedString(LIMITS.noteText, 'text'),
  appealText: z.optional(cappedString(LIMITS.appealText, 'appealText')),
});
export type Note = z.infer<typeof NoteSchema>;

/** Reminder bookkeeping: at most one notification per case per deadline per day (README.md#the-case-file). */
export const ReminderSchema = z.strictObject({
  caseId: IdSchema,
  deadlineId: AnswerKeySchema,
  lastNotifiedDay: IsoDaySchema,
});
export type Reminder = z.infer<typeof ReminderSchema>;

/** The parts of a zod issue that describeIssues reads. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
  expected?: unknown;
  values?: readonly unknown[];
}

// zod/mini ships no locale, so its own messages are a bare "Invalid input";
// spell out the common codes. Our checks above carry their own messages.
const explain = (issue: IssueLike): string => {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message || 'invalid';
  }
};

/**
 * Turns zod issues into one readable line naming each bad field, e.g.
 * `notes[3].channel: expected one of "phone", …`. Used for StorageError and import messages.
 */
export const describeIssues = (issues: readonly IssueLike[], prefix = '', max = 5): string => {
  const parts = issues.slice(0, max).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
      prefix,
    );
    const text = explain(issue);
    return path ? `${path}: ${text}` : text;
  });
  if (issues.length > max) parts.push(`(+${issues.length - max} more)`);
  return parts.join('; ');
};
