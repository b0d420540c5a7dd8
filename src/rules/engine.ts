// The rule engine: a typed, synchronous walk over json-rules-engine-shaped
// conditions with three-valued (Kleene) logic. No eval, no new Function, no
// async: it runs in the MV3 service worker under a strict CSP (docs/trust-model.md#page-text-is-data)
// and costs microseconds (bench/rules.bench.ts).
//
// Truth values are small integers so that `all` is a minimum, `any` a maximum
// and `not` is 2 − x: FALSE 0, UNKNOWN 1, TRUE 2. A leaf whose fact is unknown
// (not answered, answered "unsure", not on the page) is UNKNOWN, so a missing
// answer neither fires nor kills a rule; it lowers the cause's confidence.
import { PRODUCT_GROUP } from '../shared/products';
import { dayNumber } from './dates';
import type { Condition, Facts, Leaf, Rule } from './types';
import { UNSURE } from './types';
import type { Bilingual } from '../shared/bilingual';

export const FALSE = 0;
export const UNKNOWN = 1;
export const TRUE = 2;
export type Truth = typeof FALSE | typeof UNKNOWN | typeof TRUE;

/** Identity helper: typed rule data (validated by RuleSchema in tests and at build time). */
export const defineRule = (rule: Rule): Rule => rule;

type Value = string | number | undefined;

/** Facts flattened once per diagnosis: path → value, and date facts as day numbers. */
export type FactTable = {
  values: Record<string, Value>;
  days: Record<string, number | undefined>;
  today: number;
  /** Evidence lines already worded for this table (text.ts describeEvidence). */
  evidence?: Map<string, Bilingual | undefined>;
};

/** Flattens facts to the leaf paths of types.ts `FactPath`. `unsure` answers become unknown. */
export function tabulateFacts(facts: Facts): FactTable {
  const values: Record<string, Value> = Object.create(null);
  const days: Record<string, number | undefined> = Object.create(null);
  values.lender = facts.lender;
  values.product = facts.product;
  values.productGroup = facts.product === undefined ? undefined : PRODUCT_GROUP[facts.product];
  const s = facts.status;
  if (s) {
    values['status.status'] = s.status;
    values['status.evidence'] = s.evidence;
    values['status.months'] = s.months;
    values['status.limitBefore'] = s.limitBefore;
    values['status.limitAfter'] = s.limitAfter;
    if (s.limitBefore !== undefined && s.limitAfter !== undefined && s.limitBefore > 0) {
      values['status.limitCutRatio'] = 1 - s.limitAfter / s.limitBefore;
    }
  }
  for (const [id, answer] of Object.entries(facts.answers)) {
    if (answer !== undefined && answer !== UNSURE) values[`answers.${id}`] = answer;
  }
  if (facts.caseDates) {
    for (const [key, iso] of Object.entries(facts.caseDates)) {
      if (iso === undefined) continue;
      values[`caseDates.${key}`] = iso;
      days[`caseDates.${key}`] = dayNumber(iso);
    }
  }
  return { values, days, today: dayNumber(facts.today) ?? 0 };
}

/** Evaluates one leaf. Only `exists` / `notExists` are decided for an unknown fact. */
export function evaluateLeaf(leaf: Leaf, table: FactTable): Truth {
  const fact = table.values[leaf.fact];
  const op = leaf.operator;
  if (op === 'exists') return fact === undefined ? FALSE : TRUE;
  if (op === 'notExists') return fact === undefined ? TRUE : FALSE;
  if (fact === undefined) return UNKNOWN;
  const v = leaf.value;
  let hit: boolean;
  switch (op) {
    case 'equal':
      hit = fact === v;
      break;
    case 'notEqual':
      hit = fact !== v;
      break;
    case 'lessThan':
      hit = typeof fact === 'number' && typeof v === 'number' && fact < v;
      break;
    case 'lessThanInclusive':
      hit = typeof fact === 'number' && typeof v === 'number' && fact <= v;
      break;
    case 'greaterThan':
      hit = typeof fact === 'number' && typeof v === 'number' && fact > v;
      break;
    case 'greaterThanInclusive':
      hit = typeof fact === 'number' && typeof v === 'number' && fact >= v;
      break;
    case 'in':
      hit = Array.isArray(v) && v.includes(fact);
      break;
    case 'notIn':
      hit = Array.isArray(v) && !v.includes(fact);
      break;
    case 'contains':
      hit = typeof fact === 'string' && typeof v === 'string' && fact.includes(v);
      break;
    case 'doesNotContain':
      hit = typeof fact === 'string' && typeof v === 'string' && !fact.includes(v);
      break;
    case 'dateBeforeDays':
    case 'dateAfterDays': {
      const day = table.days[leaf.fact];
      if (day === undefined || typeof v !== 'number') return UNKNOWN;
      const pivot = table.today + v;
      hit = op === 'dateBeforeDays' ? day < pivot : day > pivot;
      break;
    }
    default:
      hit = false;
  }
  return hit ? TRUE : FALSE;
}

/** Evaluates a condition tree: `all` = min, `any` = max, `not` = 2 − x (Kleene logic). */
export function evaluate(cond: Condition, table: FactTable): Truth {
  if ('all' in cond) {
    let r: Truth = TRUE;
    for (const c of cond.all) {
      const x = evaluate(c, table);
      if (x === FALSE) return FALSE;
      if (x < r) r = x;
    }
    return r;
  }
  if ('any' in cond) {
    let r: Truth = FALSE;
    for (const c of cond.any) {
      const x = evaluate(c, table);
      if (x === TRUE) return TRUE;
      if (x > r) r = x;
    }
    return r;
  }
  if ('not' in cond) return (TRUE - evaluate(cond.not, table)) as Truth;
  return evaluateLeaf(cond, table);
}

/** Every rule's truth, and its evidence leaves as `leaves[from[i]] … leaves[to[i] - 1]`. */
export type RuleResults = { truth: Uint8Array; leaves: Leaf[]; from: Uint32Array; to: Uint32Array };

/**
 * The hot path of diagnose: every rule's truth and, in the same single walk,
 * the leaves that support it (the evidence), gathered in one shared array so
 * evidence costs little more than a bare evaluation (bench:
 * rules.ratio_vs_treewalk). A rule that came out FALSE has an empty range.
 */
export function evaluateRulesWithSupport(rules: readonly Rule[], table: FactTable): RuleResults {
  const n = rules.length;
  const truth = new Uint8Array(n);
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  const leaves: Leaf[] = [];
  for (let i = 0; i < n; i++) {
    const start = leaves.length;
    const t = collectSupport(rules[i]!.when, table, true, leaves);
    if (t === FALSE) leaves.length = start;
    truth[i] = t;
    from[i] = start;
    to[i] = leaves.length;
  }
  return { truth, leaves, from, to };
}

/**
 * The leaves that make `cond` come out as it did (true if `positive`, false
 * otherwise), i.e. the evidence. Unknown leaves are never evidence.
 */
export function supportingLeaves(cond: Condition, table: FactTable, positive = true, out: Leaf[] = []): Leaf[] {
  collectSupport(cond, table, positive, out);
  return out;
}

/**
 * One pass that returns the truth of `cond` while collecting its supporting
 * leaves: a child's leaves are appended, then dropped again if the child turns
 * out not to support the result. It short-circuits like a plain walk: an
 * `all` stops at a FALSE child and an `any` at a TRUE one (that one child is
 * then the evidence, as in json-rules-engine).
 */
function collectSupport(cond: Condition, table: FactTable, positive: boolean, out: Leaf[]): Truth {
  if ('not' in cond) return (TRUE - collectSupport(cond.not, table, !positive, out)) as Truth;
  if ('all' in cond || 'any' in cond) {
    const isAll = 'all' in cond;
    const kids = isAll ? cond.all : cond.any;
    const decisive = isAll ? FALSE : TRUE; // the value that settles this node
    // Needed as evidence: positive all / negative any need every known child;
    // the others need children that carry the node's own value.
    const needsEvery = isAll === positive;
    const want = positive ? TRUE : FALSE;
    const start = out.length;
    let r: Truth = isAll ? TRUE : FALSE;
    for (const c of kids) {
      const mark = out.length;
      const x = collectSupport(c, table, positive, out);
      if (x === decisive) {
        // Settled. The deciding child is the evidence when the node's value is
        // the one being supported; otherwise the node supports nothing.
        if (x === want) out.splice(start, mark - start);
        else out.length = start;
        return x;
      }
      if (needsEvery ? x === UNKNOWN : x !== want) out.length = mark;
      if (isAll ? x < r : x > r) r = x;
    }
    return r;
  }
  const x = evaluateLeaf(cond, table);
  if (x === (positive ? TRUE : FALSE)) out.push(cond);
  return x;
}

/** An unmet leaf, and whether it must become true (`positive`) or false. */
export type Unmet = { leaf: Leaf; positive: boolean };

/**
 * The nearest set of leaves that would have to change for `cond` to become
 * true: every unmet child of an `all`, the cheapest child of an `any`.
 */
export function unmetLeaves(cond: Condition, table: FactTable, positive = true): Unmet[] {
  if ('not' in cond) return unmetLeaves(cond.not, table, !positive);
  if ('all' in cond || 'any' in cond) {
    const isAll = 'all' in cond;
    const kids = isAll ? cond.all : cond.any;
    const want = positive ? TRUE : FALSE;
    if (isAll === positive) {
      const out: Unmet[] = [];
      for (const c of kids) if (evaluate(c, table) !== want) out.push(...unmetLeaves(c, table, positive));
      return out;
    }
    let best: Unmet[] | undefined;
    for (const c of kids) {
      if (evaluate(c, table) === want) return [];
      const u = unmetLeaves(c, table, positive);
      if (!best || u.length < best.length) best = u;
    }
    return best ?? [];
  }
  return evaluateLeaf(cond, table) === (positive ? TRUE : FALSE) ? [] : [{ leaf: cond, positive }];
}
