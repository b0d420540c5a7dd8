// The one message contract between the extension's contexts.
//
// Every message names a request schema, a response schema and a trust tier, in
// the spirit of uBlock Origin Lite, which sorts its handlers by who may ask:
//   - 'content': content scripts may send it. Everything in it came from, or
//     passed through, a web page, so it is treated as untrusted data.
//   - 'extension': only our own extension pages (popup, options) may send it.
// The worker (src/background/router.ts) parses the envelope and the request and
// checks the sender before any handler runs; anything unknown, malformed or
// from the wrong tier gets {ok:false, error} and changes nothing.
//
// The content script imports only *types* from here (`import type`), so no
// validator ships into lender pages (TESTING.md "zod in a content script").
import { z } from './zod';
import { STATUSES } from '../lenders/status';
import { PRODUCTS } from '../lenders/products';
import { CaseSchema, ObservationSchema, CHANNELS, LIMITS } from './case';
import { APPEAL_CHANNELS } from '../appeal/types';

export type Tier = 'content' | 'extension';

const text = (max: number) => z.string().check(z.maxLength(max));
const httpsUrl = z.string().check(
  z.maxLength(2048),
  z.refine((u) => /^https?:\/\//i.test(u), { error: 'must be an http(s) URL' }),
);
const status = z.enum(STATUSES);

/** What the page-side sensor saw. Small on purpose: nothing but the status text leaves the page. */
export const PageFactsSchema = z.object({
  url: httpsUrl,
  packId: z.optional(text(64)),
  pageKind: z.optional(text(32)),
  status,
  evidence: z.array(text(200)).check(z.maxLength(8)),
  months: z.optional(z.number().check(z.int(), z.gte(0), z.lte(120))),
  limitBefore: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
  limitAfter: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;

/** What the page tip shows. Only things the page could already see, plus our explanations. */
export const TipSchema = z.object({
  status,
  statusLabel: text(200),
  explanation: text(600),
  causes: z.array(z.object({ id: text(64), title: text(200), evidence: text(300) })).check(z.maxLength(3)),
  dismissed: z.boolean(),
  lang: z.enum(['zh', 'en']),
});
export type Tip = z.infer<typeof TipSchema>;

const bilingual = z.object({ zh: text(4000), en: text(4000) });
const source = z.object({ ref: text(400), level: z.enum(['confirmed', 'reported', 'unverified']) });
const sourced = { sources: z.array(source).check(z.maxLength(20)), level: z.enum(['confirmed', 'reported', 'unverified']) };
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.regex(/^[A-Za-z0-9_-]+$/));
const lang = z.enum(['zh', 'en']);

/** The engine's Diagnosis as it travels to the popup (src/rules/types.ts). */
export const DiagnosisSchema = z.object({
  today: day,
  causes: z.array(
    z.object({
      id: text(64),
      title: bilingual,
      score: z.number(),
      confidence: z.enum(['high', 'medium', 'low']),
      evidence: z.array(bilingual),
      explanation: bilingual,
      check: z.array(bilingual),
      whatWouldChange: z.array(bilingual),
      ...sourced,
    }),
  ),
  checklist: z.array(
    z.object({ id: text(64), group: text(32), text: bilingual, documents: z.array(bilingual), validUntil: z.optional(day), ...sourced }),
  ),
  clauses: z.array(z.object({ id: text(64), kind: z.enum(['fact', 'request', 'remedy']), text: bilingual, ...sourced })),
  deadlines: z.array(
    z.object({
      id: text(64),
      step: z.number(),
      title: bilingual,
      text: bilingual,
      next: bilingual,
      state: z.enum(['not_started', 'waiting', 'overdue', 'answered']),
      start: z.optional(day),
      due: z.optional(day),
      extendedDue: z.optional(day),
      maxDue: z.optional(day),
      daysLeft: z.optional(z.number()),
      ...sourced,
    }),
  ),
  warnings: z.array(z.object({ id: text(64), title: bilingual, text: bilingual, ...sourced })),
  financing: z.array(z.object({ id: text(64), title: bilingual, text: bilingual, ...sourced })),
  whatWouldChange: z.array(bilingual),
  expired: z.array(text(64)),
});
export type DiagnosisView = z.infer<typeof DiagnosisSchema>;

export const AppealTextSchema = z.object({
  channel: z.enum(APPEAL_CHANNELS),
  lang,
  fields: z.array(z.object({ id: text(32), label: bilingual, text: text(20_000), maxLength: z.optional(z.number()) })),
  placeholders: z.array(text(64)),
  sources: z.array(source),
  notes: z.array(bilingual),
});

const CaseSummarySchema = z.object({
  id,
  title: text(LIMITS.title),
  product: z.optional(z.enum(PRODUCTS)),
  status: z.optional(status),
  updatedAt: text(40),
  archived: z.optional(z.boolean()),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** What the popup may change on a case. Everything else is edited in the options workspace. */
export const CasePatchSchema = z.object({
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.title))),
  product: z.optional(z.enum(PRODUCTS)),
  status: z.optional(status),
  lender: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.lender))),
  accountRef: z.optional(z.string().check(z.maxLength(LIMITS.accountRef))),
  /** An answer of null removes it (the question goes back to unknown). */
  answers: z.optional(z.record(z.string().check(z.maxLength(LIMITS.answerKey), z.regex(/^[A-Za-z0-9_.-]+$/)), z.nullable(z.string().check(z.maxLength(200))))),
  checklist: z.optional(z.record(z.string().check(z.maxLength(LIMITS.answerKey), z.regex(/^[A-Za-z0-9_.-]+$/)), z.boolean())),
  /** A date of null removes it. */
  dates: z.optional(z.record(z.string().check(z.maxLength(40), z.regex(/^[a-z][A-Za-z0-9]*$/)), z.nullable(day))),
});
export type CasePatch = z.infer<typeof CasePatchSchema>;

const Empty = z.object({});
const Ok = z.object({ done: z.literal(true) });

export const MESSAGES = {
  // ---- content tier: may come from a content script in a lender page ----
  'page/facts': {
    tier: 'content',
    request: PageFactsSchema,
    response: TipSchema,
  },
  'page/save-observation': {
    tier: 'content',
    request: z.object({ url: httpsUrl, status, text: text(500), packId: z.optional(text(64)) }),
    response: z.object({ caseId: text(64), observationId: text(64) }),
  },
  'page/dismiss': {
    tier: 'content',
    request: z.object({ host: text(253), status }),
    response: Ok,
  },
  'page/open-checklist': {
    tier: 'content',
    request: z.object({ status }),
    response: Ok,
  },

  // ---- extension tier: only our own pages (popup, options) ----
  'ext/ping': {
    tier: 'extension',
    request: Empty,
    response: z.object({ version: text(32) }),
  },
  'ext/tab-status': {
    tier: 'extension',
    request: z.object({ tabId: z.number().check(z.int(), z.gte(0)) }),
    response: z.object({ facts: z.nullable(PageFactsSchema) }),
  },
  'ext/case-list': {
    tier: 'extension',
    request: Empty,
    response: z.object({ cases: z.array(CaseSummarySchema) }),
  },
  'ext/case-get': {
    tier: 'extension',
    request: z.object({ caseId: id }),
    response: z.object({ case: z.nullable(CaseSchema), observations: z.array(ObservationSchema) }),
  },
  /** Starts a case: from the current tab's status (the popup) or from a picked product and status. */
  'ext/case-start': {
    tier: 'extension',
    request: z.object({
      product: z.optional(z.enum(PRODUCTS)),
      status: z.optional(status),
      lender: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.lender))),
      fromTabId: z.optional(z.number().check(z.int(), z.gte(0))),
    }),
    response: z.object({ case: CaseSchema }),
  },
  'ext/case-update': {
    tier: 'extension',
    request: z.object({ caseId: id, patch: CasePatchSchema }),
    response: z.object({ case: CaseSchema }),
  },
  /** The engine's diagnosis of a stored case, or of an unsaved draft (product/status/answers). */
  'ext/diagnose': {
    tier: 'extension',
    request: z.object({ caseId: id }),
    response: z.object({ diagnosis: DiagnosisSchema }),
  },
  /** One channel's appeal text for a case; with maxLength, the variant that fits a form field. */
  'ext/appeal': {
    tier: 'extension',
    request: z.object({
      caseId: id,
      channel: z.enum(APPEAL_CHANNELS),
      lang,
      maxLength: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100_000))),
    }),
    response: z.object({ appeal: AppealTextSchema, fit: z.optional(z.object({ text: text(20_000), fits: z.boolean(), length: z.number() })) }),
  },
  /** Records on the case's timeline that an appeal text was copied or inserted (the user chooses to). */
  'ext/note-add': {
    tier: 'extension',
    request: z.object({
      caseId: id,
      channel: z.enum(CHANNELS),
      text: z.string().check(z.maxLength(LIMITS.noteText)),
      ref: z.optional(z.string().check(z.maxLength(LIMITS.noteRef))),
      appealText: z.optional(z.string().check(z.maxLength(LIMITS.appealText))),
    }),
    response: z.object({ noteId: id }),
  },
} as const;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['response']>;

/** The envelope every message travels in. */
export const EnvelopeSchema = z.object({
  type: text(64),
  payload: z.unknown(),
});

export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: string };

export const isMessageType = (type: string): type is MessageType => Object.hasOwn(MESSAGES, type);

/** A short, human-readable account of why a value failed its schema (first few issues, with paths). */
export function describeIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }> }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.code ?? 'invalid'}${i.message && i.message !== 'Invalid input' ? ` (${i.message})` : ''}`)
    .join('; ');
}

// ---- extension → content script (tabs.sendMessage) ----
// The content script cannot carry a validator (size), so these are few, flat
// and checked by hand there (src/content/index.ts), and only accepted from our
// own extension (sender.id === runtime.id, no tab).

/** Why text could not be inserted into the focused field (issue 5). */
export type InsertRefusal =
  | 'no-field'
  | 'password'
  | 'hidden'
  | 'readonly'
  | 'disabled'
  | 'unsupported'
  | 'cross-origin-frame'
  | 'too-long';

export type InsertResult =
  | { ok: true; length: number; method: 'execCommand' | 'setter' | 'range' }
  | { ok: false; reason: InsertRefusal; maxLength?: number };

/** What the focused field can take, so the popup can pick a variant that fits. */
export type FieldInfo = { ok: true; maxLength?: number; multiline: boolean; used: number } | { ok: false; reason: InsertRefusal };

export type ToContent =
  | { type: 'content/scan' }
  | { type: 'content/field-info' }
  | { type: 'content/insert'; text: string };
