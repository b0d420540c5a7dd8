// diagnose(facts): the one entry point. Evaluates every rule once (engine.ts),
// ranks causes only on evidence (rank.ts), lists the common causes of the
// status neutrally when nothing points to one, orders the questions by how much
// their answers could change that (next-question.ts), and builds the outputs
// from the rules that fired. Pure, synchronous and deterministic: `today` is a
// fact, never the clock.
import { APPEAL_CHANNELS, type AppealChannel } from '../shared/channels';
import { computeLadder, leadFirst, weakestLevel, withLevel } from './deadlines';
import { addCalendarMonths, dayNumber } from './dates';
import { TRUE, UNKNOWN, evaluateRulesWithSupport, tabulateFacts, unmetLeaves } from './engine';
import type { FactTable, Truth } from './engine';
import { KB } from './kb';
import type { KnowledgeBase } from './kb';
import { rankQuestions } from './next-question';
import { isAnswered, likelyCauses, scoreOf, tallyCauses, type Tally } from './rank';
import { describeCondition, describeEvidence } from './text';
import type { Bilingual, CauseDef, Facts, Leaf, Level, Rule, Source } from './types';
import type { CommonCause, Diagnosis, RankedCause } from './output';
import { CHECKLIST_GROUPS } from './types';

function dedupe(lines: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(l.zh) && Boolean(seen.add(l.zh)));
}

function evidenceOf(leaves: readonly Leaf[], table: FactTable): Bilingual[] {
  const out: Bilingual[] = [];
  for (const leaf of leaves) {
    const line = describeEvidence(leaf.fact, table);
    if (line) out.push(line);
  }
  return dedupe(out);
}

/**
 * "What would change the picture": for the strongest of `rules` (by weight, then
 * fewest unmet conditions), the unmet conditions in words.
 */
function nearest(rules: readonly Rule[], table: FactTable, limit: number, causeTitle?: (r: Rule) => Bilingual | undefined): Bilingual[] {
  const ranked = rules
    .map((r) => ({ r, unmet: unmetLeaves(r.when, table) }))
    .filter((x) => x.unmet.length > 0)
    .sort((a, b) => (b.r.then.weight ?? 0) - (a.r.then.weight ?? 0) || a.unmet.length - b.unmet.length || (a.r.id < b.r.id ? -1 : 1))
    .slice(0, limit);
  return dedupe(
    ranked.map(({ r, unmet }) => {
      const parts = unmet.map(describeCondition);
      const zh = parts.map((p) => p.zh).join('，且');
      const en = parts.map((p) => p.en).join(', and ');
      const title = causeTitle?.(r);
      return title
        ? { zh: `如果${zh}，「${title.zh}」会成为可能原因`, en: `If ${en}, "${title.en}" becomes a possible cause` }
        : { zh: `如果${zh}，这个原因的可能性会上升`, en: `If ${en}, this cause becomes more likely` };
    }),
  );
}

/** Items whose `validUntil` has passed are hidden and reported in `expired`. */
function live<T extends { id: string; validUntil?: string; sources: readonly Source[] }>(
  defs: readonly T[],
  ids: ReadonlySet<string>,
  today: number,
  expired: string[],
): (T & { level: Level })[] {
  const out: (T & { level: Level })[] = [];
  for (const d of defs) {
    if (!ids.has(d.id)) continue;
    const until = d.validUntil === undefined ? undefined : dayNumber(d.validUntil);
    if (until !== undefined && today > until) expired.push(d.id);
    else out.push(withLevel(d));
  }
  return out;
}

/** Follows the number of independent pieces of evidence; a ⚠️ cause stays "only a possibility". */
function confidenceOf(t: Tally, level: Level): RankedCause['confidence'] {
  if (level === 'unverified') return 'low';
  return t.pieces.size >= 2 ? 'high' : 'medium';
}

const commonCache = new WeakMap<CauseDef, CommonCause>();
/** A common cause as listed: shared and frozen, built once per definition. */
function commonOf(def: CauseDef): CommonCause {
  let c = commonCache.get(def);
  if (!c) {
    const { id, title, explanation, check, sources } = def;
    c = Object.freeze({ id, title, explanation, check, sources, level: weakestLevel(sources) });
    commonCache.set(def, c);
  }
  return c;
}

type Effects = { [K in 'common' | 'checklist' | 'clauses' | 'warnings' | 'financing' | 'impacts' | 'deadlines']: Set<string> } & {
  channels: Set<AppealChannel>;
};

/** Diagnoses a case. Never throws for facts that pass `FactsSchema`. */
export function diagnose(facts: Facts, kb: KnowledgeBase = KB): Diagnosis {
  const table = tabulateFacts(facts);
  // One walk gives every rule's truth and its evidence leaves.
  const results = evaluateRulesWithSupport(kb.rules, table);
  const { truth, leaves, from, to } = results;
  const tallies = tallyCauses(
    kb,
    (i) => truth[i] as Truth,
    (i) => leaves.slice(from[i], to[i]),
  );
  const likely = likelyCauses(tallies);

  const effects: Effects = {
    common: new Set(),
    checklist: new Set(),
    clauses: new Set(),
    warnings: new Set(),
    financing: new Set(),
    impacts: new Set(),
    deadlines: new Set(),
    channels: new Set(),
  };
  const fired: string[] = [];
  const index = new Map<Rule, number>();
  kb.rules.forEach((rule, i) => {
    index.set(rule, i);
    if (truth[i] !== TRUE) return;
    fired.push(rule.id);
    for (const key of ['common', 'checklist', 'clauses', 'warnings', 'financing', 'impacts', 'deadlines'] as const)
      rule.then[key]?.forEach((id) => effects[key].add(id));
    rule.then.channels?.forEach((c) => effects.channels.add(c));
  });

  const causes: RankedCause[] = likely.map((t) => {
    const level = weakestLevel(t.def.sources);
    return {
      id: t.def.id,
      title: t.def.title,
      score: Math.round(scoreOf(t) * 1000) / 1000,
      pieces: t.pieces.size,
      answered: isAnswered(t),
      confidence: confidenceOf(t, level),
      evidence: evidenceOf(t.leaves, table),
      explanation: t.def.explanation,
      check: t.def.check,
      whatWouldChange: nearest(t.missed, table, 2),
      rules: { fired: t.fired.map((r) => r.id), open: t.missed.filter((r) => truth[index.get(r)!] === UNKNOWN).map((r) => r.id) },
      sources: t.def.sources,
      level,
    };
  });

  // The status's common causes (and any the case adds), unranked: those no evidence singles out, never one
  // that accuses the user.
  const status = facts.status?.status;
  const meaningDef = status === undefined ? undefined : kb.meanings.find((m) => m.id === status);
  const likelyIds = new Set(causes.map((c) => c.id));
  const commonIds = new Set([...(meaningDef?.common ?? []), ...effects.common]);
  const common = kb.causes.filter((c) => commonIds.has(c.id) && !likelyIds.has(c.id) && !c.accuses).map(commonOf);

  const expired: string[] = [];
  const groupRank = (g: string) => CHECKLIST_GROUPS.indexOf(g as (typeof CHECKLIST_GROUPS)[number]);
  const checklist = live(kb.checklist, effects.checklist, table.today, expired).sort(
    (a, b) => groupRank(a.group) - groupRank(b.group) || (a.id < b.id ? -1 : 1),
  );
  const kindRank = { fact: 0, request: 1, remedy: 2 };
  const clauses = live(kb.clauses, effects.clauses, table.today, expired).sort(
    (a, b) => kindRank[a.kind] - kindRank[b.kind] || (a.id < b.id ? -1 : 1),
  );
  const impacts = live(kb.impacts, effects.impacts, table.today, expired).sort((a, b) => a.order - b.order);
  const deadlines = leadFirst(
    computeLadder(
      kb.deadlines.filter((d) => effects.deadlines.has(d.id)),
      facts,
    ),
  );

  // A waiting period on the page counts from the day the page said it, in calendar months.
  const { months, seen } = facts.status ?? {};
  const retryFrom = months && seen && dayNumber(seen) !== undefined ? addCalendarMonths(seen, months) : undefined;

  const unlisted = [...tallies.values()].filter((t) => t.pieces.size === 0).flatMap((t) => t.missed);
  const titleOf = (r: Rule) => (r.then.cause === undefined ? undefined : tallies.get(r.then.cause)?.def.title);
  return {
    today: facts.today,
    ...(meaningDef ? { meaning: withLevel(meaningDef) } : {}),
    causes,
    common,
    questions: rankQuestions(
      kb,
      table,
      results,
      causes.map((c) => c.id),
      new Set(common.map((c) => c.id)),
      tallies,
    ),
    impacts,
    ...(retryFrom ? { retryFrom } : {}),
    channels: APPEAL_CHANNELS.filter((c) => effects.channels.has(c)),
    checklist,
    clauses,
    deadlines,
    warnings: live(kb.warnings, effects.warnings, table.today, expired),
    financing: live(kb.financing, effects.financing, table.today, expired),
    whatWouldChange: nearest(unlisted, table, 3, titleOf),
    expired: expired.sort(),
    fired,
  };
}
