// The public API of the rule engine and knowledge base. Plain types and a few
// constant lists, no zod: the schemas live in facts.ts and schema.ts so that the
// evaluation path (diagnose.ts) does not pull a validator into the bundle.
//
// Consumers: the service worker (answers the page-side tip and the popup with a
// Diagnosis) and the appeal renderer (src/appeal, which reads `clauses`).
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import type { Bilingual } from '../shared/bilingual';
import type { AppealChannel } from '../shared/channels';
import { CASE_DATE_KEYS, type CaseDateKey } from '../shared/case-dates';

export { CASE_DATE_KEYS, type CaseDateKey };

export type { Bilingual };

/**
 * How far a statement can be trusted (docs/sources.md#reliability): ✅ `confirmed` (primary text: law or official announcement),
 * 🟡 `reported` (secondary source only: show with the source and softer words),
 * ⚠️ `unverified` (never present as fact).
 */
export type Level = 'confirmed' | 'reported' | 'unverified';

/** What kind of document a source is; the Sources page groups its entries by kind. */
export const SOURCE_KINDS = ['law', 'regulator', 'news', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * One entry of the sources catalogue (src/rules/kb/sources): a public document
 * a user can look up. Knowledge-base items and appeal templates hold these
 * entries themselves, never a free-text reference (docs/sources.md#reliability).
 */
export type Source = {
  /** Kebab-case, unique; also the anchor of its entry on the Sources page. */
  id: string;
  kind: SourceKind;
  /** The citation as a reader reads it: 《个人信息保护法》第二十四条第三款 / PIPL Article 24(3). */
  cite: Bilingual;
  /** Its public address, where one exists. */
  url?: string;
  level: Level;
  /** What Reopen says on its strength, in plain words. */
  supports: Bilingual;
};

/** The answer that means "not sure": treated exactly like a skipped question. */
export const UNSURE = 'unsure';

/**
 * Everything the engine knows about one case. Validate untrusted input with
 * `FactsSchema` (facts.ts) first; `diagnose` never throws for input that parses.
 */
export type Facts = {
  /** Today's date, `YYYY-MM-DD`. A fact, not the clock, so results are reproducible. */
  today: string;
  /** Lender id or name as detected (free text; shown back in evidence). */
  lender?: string;
  product?: Product;
  /** What status detection read from the page. */
  status?: {
    status: Status;
    /** The trimmed page text that produced the status, shown back as evidence. */
    evidence?: string;
    /** "请X个月后再试": months to wait. */
    months?: number;
    /** The day the page said it (`YYYY-MM-DD`): a waiting period counts from it. */
    seen?: string;
    /** Credit limit before and after a cut, in yuan. */
    limitBefore?: number;
    limitAfter?: number;
  };
  /** Questionnaire answers by question id (questions.ts). Missing or `unsure` = unknown. */
  answers: Partial<Record<string, string>>;
  caseDates?: Partial<Record<CaseDateKey, string>>;
};

/** Condition operators (json-rules-engine names where they exist). */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in', // fact is one of value[]
  'notIn',
  'contains', // fact string contains value (or fact array includes it)
  'doesNotContain',
  'exists', // fact is known; never "unknown" itself
  'notExists',
  // Ours. value = N days (may be negative); pivot = today + N days.
  'dateBeforeDays', // fact date < pivot. `-15`: more than 15 days ago
  'dateAfterDays', // fact date > pivot. `-90`: within the last 90 days (or later)
] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * Fact paths a leaf may read. `productGroup` is derived from `product`
 * (PRODUCT_GROUP); `status.limitCutRatio` = 1 − limitAfter / limitBefore.
 */
export type FactPath =
  | 'lender'
  | 'product'
  | 'productGroup'
  | 'status.status'
  | 'status.evidence'
  | 'status.months'
  | 'status.limitBefore'
  | 'status.limitAfter'
  | 'status.limitCutRatio'
  | `answers.${string}`
  | `caseDates.${CaseDateKey}`;

/** A leaf condition: `{fact, operator, value}` as in json-rules-engine. */
export type Leaf = {
  fact: FactPath;
  operator: Operator;
  value?: string | number | readonly (string | number)[];
};

/** json-rules-engine's condition shape: `all` / `any` / `not` over leaves. */
export type Condition = { all: readonly Condition[] } | { any: readonly Condition[] } | { not: Condition } | Leaf;

/**
 * What a rule does when its condition is true. Ids refer to the kb/ registries.
 * A rule with a `cause` is evidence for it: its condition must read the page or
 * an answer (knowledgeBaseProblems checks), and for a cause that `accuses` the
 * user, an answer or the page's own words.
 */
export type RuleEffect = {
  /** The cause this rule supports, and how strongly (0..1). */
  cause?: string;
  weight?: number;
  /** Causes this case makes worth naming among the common ones, unranked and unproven. */
  common?: readonly string[];
  checklist?: readonly string[];
  clauses?: readonly string[];
  warnings?: readonly string[];
  financing?: readonly string[];
  impacts?: readonly string[];
  /** Steps of the escalation ladder that apply to this case. */
  deadlines?: readonly string[];
  /** Appeal texts worth offering for this case. */
  channels?: readonly AppealChannel[];
};

/** A rule: data, validated by RuleSchema at build time and in tests. */
export type Rule = {
  id: string;
  when: Condition;
  then: RuleEffect;
  sources: readonly Source[];
};

/** Fields shared by every knowledge-base item. */
type KbItem = {
  id: string;
  sources: readonly Source[];
  /** Last day (inclusive) the item holds; after it the item is hidden. */
  validUntil?: string;
};

/** A possible reason for the closure, phrased as a possibility (docs/sources.md#wording-rules). */
export type CauseDef = KbItem & {
  title: Bilingual;
  explanation: Bilingual;
  /** What the user can check themselves. */
  check: readonly Bilingual[];
  /**
   * The cause says the user did something wrong (late repayment, cash-out,
   * misused funds, many applications, large withdrawals): it is never named
   * without the user's own answer or the page's own words, not even among the
   * common causes.
   */
  accuses?: true;
};

/**
 * What a status usually means (docs/sources.md#status-wording), one item per
 * status: the tip's and the popup's explanation, what the user can and cannot do
 * now, a one-line summary for the tip, and the common causes listed, unranked,
 * when nothing points to one (never a cause that `accuses`).
 */
export type MeaningDef = KbItem & {
  meaning: Bilingual;
  now: Bilingual;
  summary: Bilingual;
  common: readonly string[];
};

/** "What this means for you": one consequence of the case, in plain words (the seed article's impacts). */
export type ImpactDef = KbItem & {
  /** Place in the block: what you can do now first, the business last. */
  order: number;
  title: Bilingual;
  text: Bilingual;
};

export const CHECKLIST_GROUPS = ['gather', 'contact', 'fix', 'escalate', 'protect', 'financing'] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

export type ChecklistDef = KbItem & {
  group: ChecklistGroup;
  text: Bilingual;
  /** Documents or screenshots this step needs. */
  documents: readonly Bilingual[];
};

/**
 * Appeal text for the templates: a `fact` the user can verify, a `request`
 * (always phrased as a request, never as a claim the lender broke the law:
 * docs/sources.md#pipl interpretation note) or a `remedy` asked for.
 */
export type ClauseDef = KbItem & {
  kind: 'fact' | 'request' | 'remedy';
  text: Bilingual;
};

/** One step of the escalation ladder (docs/sources.md#escalation-order). */
export type DeadlineDef = KbItem & {
  step: number;
  title: Bilingual;
  text: Bilingual;
  /** The case date that starts the clock, and the one that stops it. */
  startFact?: CaseDateKey;
  replyFact?: CaseDateKey;
  /** The legal time limit in CALENDAR days (the sources say 日), and extensions. */
  days?: number;
  extendedDays?: number;
  maxDays?: number;
  /** What to do when the clock runs out without a reply. */
  next: Bilingual;
};

export type WarningDef = KbItem & { title: Bilingual; text: Bilingual };

export type FinancingDef = KbItem & { title: Bilingual; text: Bilingual };
