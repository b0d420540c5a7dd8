// Which question to ask next: the unanswered one whose answer could change the
// likely causes most. For each question that applies and each of its options
// (`unsure` aside), the ranking is recomputed as if the user chose it, and the
// change in the first three likely causes is measured (a cause in or out counts
// one, a new first cause one more). Questions rank by their largest possible
// change; ties go to the question that could single out more of the common
// causes now listed unranked (so the first two are the ones that tell those
// apart), then to the one whose options change the ranking more in total, then
// to the questionnaire's own order. Only the rules that read a question are
// evaluated again, so this costs a few rule evaluations per option.
import { evaluateRulesWithSupport, type FactTable, type RuleResults, type Truth } from './engine';
import type { KnowledgeBase } from './kb';
import { QUESTIONS, UNSURE, applies } from './questions';
import { likelyCauses, tallyCauses, type Tally } from './rank';
import type { Leaf, Rule } from './types';

const TOP = 3;

/** Rule indices by the question they read, per knowledge base. */
const readersCache = new WeakMap<KnowledgeBase, Map<string, number[]>>();

function readersOf(kb: KnowledgeBase): Map<string, number[]> {
  let readers = readersCache.get(kb);
  if (readers) return readers;
  readers = new Map();
  const mark = (c: unknown, i: number): void => {
    if (!c || typeof c !== 'object') return;
    if ('fact' in c && typeof c.fact === 'string' && c.fact.startsWith('answers.')) {
      const id = c.fact.slice('answers.'.length);
      const list = readers!.get(id) ?? [];
      if (!list.includes(i)) list.push(i);
      readers!.set(id, list);
    }
    for (const v of Object.values(c)) if (Array.isArray(v)) v.forEach((x) => mark(x, i));
    if ('not' in c) mark(c.not, i);
  };
  kb.rules.forEach((r, i) => {
    if (r.then.cause !== undefined) mark(r.when, i);
  });
  readersCache.set(kb, readers);
  return readers;
}

/** Per question: the rules that read it, and the causes they are for with all of those causes' rules. */
type Plan = { rules: (readonly [number, Rule])[]; readRules: Rule[]; own: number[]; sub: KnowledgeBase };
const plansCache = new WeakMap<KnowledgeBase, Map<string, Plan>>();

function plansOf(kb: KnowledgeBase, readers: Map<string, number[]>): Map<string, Plan> {
  let plans = plansCache.get(kb);
  if (plans) return plans;
  plans = new Map();
  for (const q of QUESTIONS) {
    const rules = (readers.get(q.id) ?? []).map((i) => [i, kb.rules[i]!] as const);
    // Only the causes those rules are for can change: their tallies are redone over all their rules, the rest kept.
    const touched = new Set(rules.map(([, r]) => r.then.cause!));
    const own = kb.rules.flatMap((r, i) => (touched.has(r.then.cause ?? '') ? [i] : []));
    const sub: KnowledgeBase = { ...kb, causes: kb.causes.filter((c) => touched.has(c.id)), rules: own.map((i) => kb.rules[i]!) };
    plans.set(q.id, { rules, readRules: rules.map(([, r]) => r), own, sub });
  }
  plansCache.set(kb, plans);
  return plans;
}

const distance = (before: readonly string[], after: readonly string[]): number =>
  after.filter((id) => !before.includes(id)).length + before.filter((id) => !after.includes(id)).length + (after[0] !== before[0] ? 1 : 0);

/**
 * The unanswered questions that apply, the one to ask next first. `before`: the
 * likely causes now, most likely first; `common`: the causes listed unranked.
 */
export function rankQuestions(
  kb: KnowledgeBase,
  table: FactTable,
  results: RuleResults,
  before: readonly string[],
  common: ReadonlySet<string>,
  tallies: ReadonlyMap<string, Tally>,
): string[] {
  const answers: Record<string, string | undefined> = {};
  for (const q of QUESTIONS) answers[q.id] = table.values[`answers.${q.id}`] as string | undefined;
  const top = before.slice(0, TOP);
  const readers = readersOf(kb);
  const baseTruth = (i: number): Truth => results.truth[i] as Truth;
  // Each rule's supporting leaves, sliced once: every simulated option reads them again.
  const baseLeaves: (readonly Leaf[] | undefined)[] = [];
  const baseSupport = (i: number): readonly Leaf[] => (baseLeaves[i] ??= results.leaves.slice(results.from[i], results.to[i]));

  const scored = QUESTIONS.map((q, index) => ({ q, index }))
    .filter(({ q }) => answers[q.id] === undefined && applies(q, answers))
    .map(({ q, index }) => {
      let best = 0;
      let total = 0;
      const singled = new Set<string>();
      const { rules, readRules, own, sub } = plansOf(kb, readers).get(q.id)!;
      for (const option of q.options) {
        if (option.value === UNSURE || rules.length === 0) continue;
        // The case's facts with this one answer added, without copying them (the table's values are read by key).
        const values = Object.create(table.values) as FactTable['values'];
        values[`answers.${q.id}`] = option.value;
        const simulated: FactTable = { values, days: table.days, today: table.today };
        const again = evaluateRulesWithSupport(readRules, simulated);
        const at = new Map(rules.map(([i], k) => [i, k]));
        const truth = (j: number): Truth => {
          const i = own[j]!;
          return at.has(i) ? (again.truth[at.get(i)!] as Truth) : baseTruth(i);
        };
        const support = (j: number): readonly Leaf[] => {
          const i = own[j]!;
          const k = at.get(i);
          return k === undefined ? baseSupport(i) : again.leaves.slice(again.from[k], again.to[k]);
        };
        const redone = tallyCauses(sub, truth, support);
        const merged = new Map(tallies);
        for (const [id, t] of redone) merged.set(id, t);
        const after = likelyCauses(merged).map((t) => t.def.id);
        const d = distance(top, after.slice(0, TOP));
        best = Math.max(best, d);
        total += d;
        for (const id of after) if (common.has(id) && !before.includes(id)) singled.add(id);
      }
      return { id: q.id, index, best, singled: singled.size, total };
    });
  scored.sort((a, b) => b.best - a.best || b.singled - a.singled || b.total - a.total || a.index - b.index);
  return scored.map((s) => s.id);
}
