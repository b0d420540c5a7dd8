// Schemas for the knowledge base: the bundled rules are validated at build time
// (vite.config.ts fails the build) and in tests (kb/kb.test.ts), never in the
// worker. Kept apart from diagnose.ts so the evaluation path does not bundle zod.
import { APPEAL_CHANNELS } from '../shared/channels';
import { PRODUCTS } from '../shared/products';
import { STATUSES } from '../shared/status';
import { z } from '../shared/zod';
import { dayNumber } from './dates';
import { IsoDateSchema } from './facts';
import type { KnowledgeBase } from './kb';
import { KB } from './kb';
import { QUESTION_BY_ID, QUESTIONS } from './questions';
import type { Condition, Leaf } from './types';
import { CASE_DATE_KEYS, CHECKLIST_GROUPS, OPERATORS, SOURCE_KINDS } from './types';

const STATIC_FACTS = [
  'lender',
  'product',
  'productGroup',
  'status.status',
  'status.evidence',
  'status.months',
  'status.limitBefore',
  'status.limitAfter',
  'status.limitCutRatio',
] as const;

/** Every fact path a leaf may name. */
export const FACT_PATHS: readonly string[] = [
  ...STATIC_FACTS,
  ...QUESTIONS.map((q) => `answers.${q.id}`),
  ...CASE_DATE_KEYS.map((k) => `caseDates.${k}`),
];

const NUMERIC_OPS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const DATE_OPS = new Set(['dateBeforeDays', 'dateAfterDays']);
const DATE_FACTS = new Set(CASE_DATE_KEYS.map((k) => `caseDates.${k}`));
const NUMBER_FACTS = new Set(['status.months', 'status.limitBefore', 'status.limitAfter', 'status.limitCutRatio']);

/** Why a leaf's value does not fit its operator and fact, or undefined if it does. */
export function leafProblem(leaf: Leaf): string | undefined {
  const { fact, operator: op, value } = leaf;
  if (op === 'exists' || op === 'notExists') return value === undefined ? undefined : `${op} takes no value`;
  if (DATE_OPS.has(op)) {
    if (!DATE_FACTS.has(fact)) return `${op} needs a caseDates fact`;
    return Number.isInteger(value) ? undefined : `${op} needs an integer number of days`;
  }
  if (NUMERIC_OPS.has(op)) {
    if (!NUMBER_FACTS.has(fact)) return `${op} needs a numeric fact`;
    return typeof value === 'number' && Number.isFinite(value) ? undefined : `${op} needs a number`;
  }
  const values = op === 'in' || op === 'notIn' ? value : [value];
  if (!Array.isArray(values) || values.length === 0) return `${op} needs a non-empty array`;
  if (op === 'contains' || op === 'doesNotContain') return typeof value === 'string' && value !== '' ? undefined : `${op} needs a string`;
  for (const v of values) {
    // Equality against a value the fact can never take is a typo, not a rule.
    if (fact.startsWith('answers.')) {
      const q = QUESTION_BY_ID.get(fact.slice(8));
      if (!q?.options.some((o) => o.value === v)) return `${String(v)} is not an option of ${fact}`;
    } else if (fact === 'status.status' && !(STATUSES as readonly unknown[]).includes(v)) return `${String(v)} is not a status`;
    else if (fact === 'product' && !(PRODUCTS as readonly unknown[]).includes(v)) return `${String(v)} is not a product`;
    else if (NUMBER_FACTS.has(fact) && typeof v !== 'number') return `${fact} compares to numbers`;
  }
  return undefined;
}

const ValueSchema = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);

export const LeafSchema = z
  .strictObject({
    fact: z.enum(FACT_PATHS as [string, ...string[]]),
    operator: z.enum(OPERATORS),
    value: z.optional(ValueSchema),
  })
  .check(z.refine((leaf) => leafProblem(leaf as Leaf) === undefined, 'value does not fit the operator or fact'));

export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({
    get all() {
      return z.array(ConditionSchema);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema);
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
  LeafSchema,
]) as unknown as z.ZodMiniType<Condition>;

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const Text = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export const SourceSchema = z.strictObject({
  id: Id,
  kind: z.enum(SOURCE_KINDS),
  cite: Text,
  url: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s]+$/))),
  level: z.enum(['confirmed', 'reported', 'unverified']),
  supports: Text,
});
const Sources = z.array(SourceSchema).check(z.minLength(1));
const IdList = z.optional(z.array(Id));

export const RuleSchema = z.strictObject({
  id: Id,
  when: ConditionSchema,
  then: z.strictObject({
    cause: z.optional(Id),
    weight: z.optional(z.number().check(z.gt(0), z.lte(1))),
    common: IdList,
    checklist: IdList,
    clauses: IdList,
    warnings: IdList,
    financing: IdList,
    impacts: IdList,
    deadlines: IdList,
    channels: z.optional(z.array(z.enum(APPEAL_CHANNELS))),
  }),
  sources: Sources,
});

const item = { id: Id, sources: Sources, validUntil: z.optional(IsoDateSchema) };
export const CauseSchema = z.strictObject({
  ...item,
  title: Text,
  explanation: Text,
  check: z.array(Text).check(z.minLength(1)),
  accuses: z.optional(z.literal(true)),
});
export const ChecklistSchema = z.strictObject({ ...item, group: z.enum(CHECKLIST_GROUPS), text: Text, documents: z.array(Text) });
export const ClauseSchema = z.strictObject({ ...item, kind: z.enum(['fact', 'request', 'remedy']), text: Text });
export const DeadlineSchema = z.strictObject({
  ...item,
  step: z.int().check(z.gte(1)),
  title: Text,
  text: Text,
  startFact: z.optional(z.enum(CASE_DATE_KEYS)),
  replyFact: z.optional(z.enum(CASE_DATE_KEYS)),
  days: z.optional(z.int().check(z.gt(0))),
  extendedDays: z.optional(z.int().check(z.gt(0))),
  maxDays: z.optional(z.int().check(z.gt(0))),
  next: Text,
});
export const WarningSchema = z.strictObject({ ...item, title: Text, text: Text });
export const FinancingSchema = WarningSchema;
export const ImpactSchema = z.strictObject({ ...item, order: z.int(), title: Text, text: Text });
export const MeaningSchema = z.strictObject({
  ...item,
  id: z.enum(STATUSES),
  meaning: Text,
  now: Text,
  summary: Text,
  common: z.array(Id),
});

/** Leaves of a condition, depth first. */
function leavesOf(c: Condition): Leaf[] {
  if ('all' in c) return c.all.flatMap(leavesOf);
  if ('any' in c) return c.any.flatMap(leavesOf);
  if ('not' in c) return leavesOf(c.not);
  return [c];
}

/** A leaf that reads evidence: the page, an answer or a date the user gave (not the product or the lender). */
const isEvidence = (l: Leaf) => l.fact.startsWith('status.') || l.fact.startsWith('answers.') || l.fact.startsWith('caseDates.');
/** Evidence that may support a cause that accuses the user: their own answer, or the page's own words. */
const mayAccuse = (l: Leaf) => l.fact.startsWith('answers.') || (l.fact === 'status.evidence' && l.operator === 'contains');

/** Every problem in a knowledge base: schema errors, dangling or unsorted ids. Empty when sound. */
export function knowledgeBaseProblems(kb: KnowledgeBase = KB): string[] {
  const problems: string[] = [];
  const registries = [
    ['rules', kb.rules, RuleSchema],
    ['causes', kb.causes, CauseSchema],
    ['checklist', kb.checklist, ChecklistSchema],
    ['clauses', kb.clauses, ClauseSchema],
    ['deadlines', kb.deadlines, DeadlineSchema],
    ['warnings', kb.warnings, WarningSchema],
    ['financing', kb.financing, FinancingSchema],
    ['impacts', kb.impacts, ImpactSchema],
    ['meanings', kb.meanings, MeaningSchema],
  ] as const;
  const known: Record<string, Set<string>> = {};
  for (const [name, items, schema] of registries) {
    const ids = items.map((i) => i.id);
    known[name] = new Set(ids);
    if (known[name].size !== ids.length) problems.push(`${name}: duplicate ids`);
    if (ids.some((id, i) => i > 0 && ids[i - 1]! >= id)) problems.push(`${name}: ids not sorted`);
    for (const it of items) {
      const r = schema.safeParse(it);
      if (!r.success) problems.push(`${name}/${it.id}: ${r.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      if ('validUntil' in it && it.validUntil !== undefined && dayNumber(it.validUntil) === undefined)
        problems.push(`${name}/${it.id}: bad validUntil`);
    }
  }
  const accusing = new Set(kb.causes.filter((c) => c.accuses).map((c) => c.id));
  for (const r of kb.rules) {
    const t = r.then;
    if (t.cause !== undefined && !known.causes!.has(t.cause)) problems.push(`rules/${r.id}: unknown cause ${t.cause}`);
    if ((t.cause === undefined) !== (t.weight === undefined)) problems.push(`rules/${r.id}: cause and weight go together`);
    for (const key of ['checklist', 'clauses', 'warnings', 'financing', 'impacts', 'deadlines'] as const) {
      for (const id of t[key] ?? []) if (!known[key]!.has(id)) problems.push(`rules/${r.id}: unknown ${key} ${id}`);
    }
    for (const id of t.common ?? []) {
      if (!known.causes!.has(id)) problems.push(`rules/${r.id}: unknown common cause ${id}`);
      if (accusing.has(id)) problems.push(`rules/${r.id}: ${id} accuses the user and is never a common cause`);
    }
    // Causes rank only on evidence: a rule for a cause must read the page or the user's answers, and one for a
    // cause that accuses the user must read their own answer or the page's own words (docs/sources.md#wording-rules).
    if (t.cause !== undefined) {
      const leaves = leavesOf(r.when);
      if (!leaves.some(isEvidence)) problems.push(`rules/${r.id}: a cause needs evidence from the page or an answer`);
      if (accusing.has(t.cause) && !leaves.some(mayAccuse))
        problems.push(`rules/${r.id}: ${t.cause} accuses the user and needs their answer or the page's own words`);
    }
  }
  const statuses = kb.meanings.map((m) => m.id);
  if ([...STATUSES].sort().join() !== [...statuses].sort().join()) problems.push('meanings: one per status');
  for (const m of kb.meanings) {
    for (const id of m.common) {
      if (!known.causes!.has(id)) problems.push(`meanings/${m.id}: unknown common cause ${id}`);
      if (accusing.has(id)) problems.push(`meanings/${m.id}: ${id} accuses the user and is never a common cause`);
    }
  }
  return problems;
}
