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
// validator ships into lender pages (docs/testing.md#sizes).
import { z } from './zod';
import { bilingual, httpsUrl, id, lang, source, status, text } from './wire';
import { DiagnosisSchema } from './diagnosis';
import { PRODUCTS } from './products';
import { CasePatchSchema, CaseSchema, LIMITS } from './case';
import { ExhibitSchema } from './exhibit';
import { APPEAL_CHANNELS, CONTACT_CHANNELS } from './channels';
import { INSERT_REFUSALS } from './to-content';

export type Tier = 'content' | 'extension';

/** What detection made of a page (kept per tab for the popup). */
export const PageFactsSchema = z.object({
  url: httpsUrl,
  packId: z.optional(text(64)),
  pageKind: z.optional(text(32)),
  status,
  /** The product the evidence names (the pack's product when it names none). */
  product: z.optional(z.enum(PRODUCTS)),
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
  /** With no likely cause: the status's common causes, unranked, and the two questions that tell them apart. */
  common: z.optional(z.array(text(200)).check(z.maxLength(6))),
  questions: z.optional(z.array(text(300)).check(z.maxLength(2))),
  /** What this means for the user, in one line (README.md#what-a-user-can-do). */
  summary: z.optional(text(300)),
  dismissed: z.boolean(),
  lang: z.enum(['zh', 'en']),
});
export type Tip = z.infer<typeof TipSchema>;

import { MAX_INSERT_ITEMS, MAX_READING } from './limits';
/** The tip's fixed words, in the UI language: the worker looks them up, so the page pays no i18n IPC. */
export const TipLabelsSchema = z.object({
  aria: text(200),
  close: text(200),
  likelyCauses: text(200),
  commonCauses: text(200),
  askThese: text(200),
  openChecklist: text(200),
  saveExhibit: text(200),
  saving: text(200),
  saved: text(200),
  saveFailed: text(200),
  dismiss: text(200),
  privacy: text(300),
});
export type TipLabels = z.infer<typeof TipLabelsSchema>;

const AppealTextSchema = z.object({
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

const Empty = z.object({});
const Ok = z.object({ done: z.literal(true) });
/** A form field's maxlength, when it has one. */
const fieldLimit = z.optional(z.number().check(z.int(), z.gte(1), z.lte(100_000)));
/** A choice token of the picker's menu: 16 random bytes, base64url (src/background/insert-choices.ts). */
const choiceToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));

const tabIdField = z.number().check(z.int(), z.gte(0));

/** What the content script says about one insertion (src/shared/to-content.ts InsertResult). */
const InsertResultSchema = z.union([
  z.object({ ok: z.literal(true), length: z.number(), method: z.enum(['beforeinput', 'execCommand', 'setter']) }),
  z.object({ ok: z.literal(false), reason: z.enum(INSERT_REFUSALS), maxLength: z.optional(z.number()) }),
]);

const Origin = z.object({ origin: z.string().check(z.maxLength(300), z.regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/)) });
const Sites = z.object({ sites: z.array(text(300)) });

export const MESSAGES = {
  // ---- content tier: may come from a content script in a lender page ----
  // Detection runs in the worker (README.md#on-the-page). The content script sends the text it read through the pack's scoped
  // selectors; the worker detects the status and answers with the tip (null:
  // nothing to show) and the tip's labels. Detection's regexes cost ~30 ms to
  // compile in every page (bench/content.bench.ts) and its dictionary ~4 KB gzip
  // of the 12 KB page budget; in the worker they compile once. The text is no
  // more than the status evidence the tip shows back, and stays in the browser.
  // (Generic mode sends only the parts of a page near credit words: sensor.ts.)
  'page/reading': {
    tier: 'content',
    request: z.object({ url: httpsUrl, text: text(MAX_READING) }),
    response: z.object({ tip: z.nullable(TipSchema), labels: TipLabelsSchema }),
  },
  // The tip's "save to my case file". The page side sends only the id it minted
  // (a retry after a lost reply stores nothing twice); the status, the quote and
  // the address come from the worker's own reading of that document, never from
  // the request (docs/trust-model.md#worker-derives-facts).
  'page/save-exhibit': {
    tier: 'content',
    request: z.object({ id }),
    response: z.object({ exhibitId: id }),
  },
  'page/dismiss': { tier: 'content', request: z.object({ host: text(253), status }), response: Ok },
  'page/open-checklist': { tier: 'content', request: z.object({ status }), response: Ok },

  // The field button on listed form pages (README.md#privacy, "Page texts are
  // bound to the case you chose"). The page side only asks for the picker: a
  // small window of our own, where the user chooses a case and a variant. The
  // page side never sees a list, a token or a text until the user clicked in
  // that window; then the worker hands the one chosen text to the document the
  // button was in, and nothing else of the case.
  /** Opens (or brings to the front) the picker window for the focused field of this document. */
  'page/open-picker': { tier: 'content', request: z.object({ maxLength: fieldLimit }), response: Ok },

  // ---- extension tier: only our own pages (popup, options) ----
  /**
   * The picker window's entries for the page in tab `tabId` that opened it:
   * each case that page may be offered, named by lender and product, and its
   * variants by label and length, each with a choice token.
   */
  'ext/picker-menu': {
    tier: 'extension',
    request: z.object({ tabId: tabIdField }),
    response: z.object({
      /** The host of the page the text would go into, so the user sees where. */
      host: text(253),
      room: fieldLimit,
      items: z
        .array(z.object({ id: choiceToken, caseName: text(160), label: text(120), length: z.number(), fits: z.boolean() }))
        .check(z.maxLength(MAX_INSERT_ITEMS)),
    }),
  },
  /** The user's choice in the picker: the worker inserts that one text into the field the button was beside. */
  'ext/picker-insert': {
    tier: 'extension',
    request: z.object({ tabId: tabIdField, id: choiceToken }),
    response: z.object({ text: text(20_000), result: InsertResultSchema }),
  },
  'ext/tab-status': {
    tier: 'extension',
    request: z.object({ tabId: tabIdField }),
    response: z.object({ facts: z.nullable(PageFactsSchema) }),
  },
  'ext/case-list': { tier: 'extension', request: Empty, response: z.object({ cases: z.array(CaseSummarySchema) }) },
  'ext/case-get': {
    tier: 'extension',
    request: z.object({ caseId: id }),
    response: z.object({ case: z.nullable(CaseSchema), exhibits: z.array(ExhibitSchema) }),
  },
  /** Starts a case: from the current tab's status (the popup) or from a picked product and status. */
  'ext/case-start': {
    tier: 'extension',
    request: z.object({
      /** Minted by the popup: a retry after a lost reply finds the case already there. */
      caseId: id,
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
  /** The engine's diagnosis of a stored case. */
  'ext/diagnose': { tier: 'extension', request: z.object({ caseId: id }), response: z.object({ diagnosis: DiagnosisSchema }) },
  /**
   * One channel's appeal text for a case; with maxLength, the variant that fits
   * a form field (with `field`, of that one field of a multi-field channel, e.g. heimao's description).
   */
  'ext/appeal': {
    tier: 'extension',
    request: z.object({
      caseId: id,
      channel: z.enum(APPEAL_CHANNELS),
      lang,
      maxLength: fieldLimit,
      field: z.optional(z.string().check(z.minLength(1), z.maxLength(32), z.regex(/^[a-z-]+$/))),
    }),
    response: z.object({
      appeal: AppealTextSchema,
      /** Where to send it (product-specific for chat), with its sources. */
      hint: z.optional(z.object({ text: bilingual, sources: z.array(source) })),
      fit: z.optional(z.object({ text: text(20_000), fits: z.boolean(), length: z.number() })),
    }),
  },
  /**
   * Sites the user added (bank online banking, a lender without a pack): the
   * popup asks for the optional host permission from the user's click, then
   * the worker registers our content script there (README.md#on-the-page "Generic mode").
   */
  'ext/site-add': { tier: 'extension', request: Origin, response: Sites },
  'ext/site-remove': { tier: 'extension', request: Origin, response: Sites },
  'ext/site-list': { tier: 'extension', request: Empty, response: Sites },
  /** Records on the case's timeline that an appeal text was copied or inserted (the user chooses to). */
  'ext/note-add': {
    tier: 'extension',
    request: z.object({
      /** Minted by the popup: a retry after a lost reply overwrites the same note instead of adding a second. */
      noteId: id,
      caseId: id,
      channel: z.enum(CONTACT_CHANNELS),
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
