// diagnose(facts): the one entry point. Evaluates every rule once (engine.ts),
// then builds the outputs only from the rules that fired or came close. Pure,
// synchronous and deterministic: `today` is a fact, never the clock.
import { computeLadder, weakestLevel, withLevel } from './deadlines';
import { dayNumber } from './dates';
import { FALSE, TRUE, UNKNOWN, evaluateRulesWithSupport, tabulateFacts, unmetLeaves } from './engine';
import type { FactTable } from './engine';
import { KB } from './kb';
import type { KnowledgeBase } from './kb';
import { describeCondition, describeEvidence } from './text';
import type { Bilingual, CauseDef, Diagnosis, Facts, Leaf, Level, RankedCause, Rule, Source } from './types';
import { CHECKLIST_GROUPS } from './types';

/** A still-unknown rule counts this much of its weight towards a cause's score. */
const OPEN_FACTOR = 0.3;

type CauseTally = { def: CauseDef; score: number; firedScore: number; fired: Rule[]; open: Rule[]; missed: Rule[] };

function dedupe(lines: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(l.zh) && Boolean(seen.add(l.zh)));
}

function evidenceOf(rules: readonly Rule[], table: FactTable, support: ReadonlyMap<Rule, readonly Leaf[]>): Bilingual[] {
  const out: Bilingual[] = [];
  for (const r of rules) {
    for (const leaf of support.get(r) ?? []) {
      const line = describeEvidence(leaf.fact, table);
      if (line) out.push(line);
    }
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

function confidenceOf(t: CauseTally, level: Level): RankedCause['confidence'] {
  if (t.fired.length === 0 || level === 'unverified') return 'low';
  return t.firedScore >= 0.7 ? 'high' : 'medium';
}

/** Diagnoses a case. Never throws for facts that pass `FactsSchema`. */
export function diagnose(facts: Facts, kb: KnowledgeBase = KB): Diagnosis {
  const table = tabulateFacts(facts);
  // One walk gives every rule's truth and its evidence leaves.
  const { truth, leaves, from, to } = evaluateRulesWithSupport(kb.rules, table);
  const support = new Map<Rule, readonly Leaf[]>();

  const tallies = new Map<string, CauseTally>();
  for (const def of kb.causes) tallies.set(def.id, { def, score: 0, firedScore: 0, fired: [], open: [], missed: [] });
  const ids = { checklist: new Set<string>(), clauses: new Set<string>(), warnings: new Set<string>(), financing: new Set<string>() };
  const fired: string[] = [];

  kb.rules.forEach((rule, i) => {
    const t = truth[i];
    if (t !== FALSE) support.set(rule, leaves.slice(from[i], to[i]));
    const { then } = rule;
    const tally = then.cause === undefined ? undefined : tallies.get(then.cause);
    const w = then.weight ?? 0;
    if (t === TRUE) {
      fired.push(rule.id);
      then.checklist?.forEach((id) => ids.checklist.add(id));
      then.clauses?.forEach((id) => ids.clauses.add(id));
      then.warnings?.forEach((id) => ids.warnings.add(id));
      then.financing?.forEach((id) => ids.financing.add(id));
      if (tally) {
        tally.fired.push(rule);
        tally.score += w;
        tally.firedScore += w;
      }
    } else if (tally) {
      if (t === UNKNOWN) {
        tally.open.push(rule);
        tally.score += w * OPEN_FACTOR;
      }
      if (t === UNKNOWN || t === FALSE) tally.missed.push(rule);
    }
  });

  const causes: RankedCause[] = [];
  const unlisted: Rule[] = [];
  for (const t of tallies.values()) {
    if (t.score <= 0) {
      unlisted.push(...t.missed);
      continue;
    }
    const level = weakestLevel(t.def.sources);
    causes.push({
      id: t.def.id,
      title: t.def.title,
      score: Math.round(t.score * 1000) / 1000,
      confidence: confidenceOf(t, level),
      evidence: evidenceOf([...t.fired, ...t.open], table, support),
      explanation: t.def.explanation,
      check: t.def.check,
      whatWouldChange: nearest(t.missed, table, 2),
      rules: { fired: t.fired.map((r) => r.id), open: t.open.map((r) => r.id) },
      sources: t.def.sources,
      level,
    });
  }
  // Ties: fired before merely open, then by id, so the order is stable.
  causes.sort((a, b) => b.score - a.score || b.rules.fired.length - a.rules.fired.length || (a.id < b.id ? -1 : 1));

  const expired: string[] = [];
  const groupRank = (g: string) => CHECKLIST_GROUPS.indexOf(g as (typeof CHECKLIST_GROUPS)[number]);
  const checklist = live(kb.checklist, ids.checklist, table.today, expired).sort(
    (a, b) => groupRank(a.group) - groupRank(b.group) || (a.id < b.id ? -1 : 1),
  );
  const kindRank = { fact: 0, request: 1, remedy: 2 };
  const clauses = live(kb.clauses, ids.clauses, table.today, expired).sort(
    (a, b) => kindRank[a.kind] - kindRank[b.kind] || (a.id < b.id ? -1 : 1),
  );

  const titleOf = (r: Rule) => (r.then.cause === undefined ? undefined : tallies.get(r.then.cause)?.def.title);
  return {
    today: facts.today,
    causes,
    checklist,
    clauses,
    deadlines: computeLadder(kb.deadlines, facts),
    warnings: live(kb.warnings, ids.warnings, table.today, expired),
    financing: live(kb.financing, ids.financing, table.today, expired),
    whatWouldChange: nearest(unlisted, table, 3, titleOf),
    expired: expired.sort(),
    fired,
  };
}
