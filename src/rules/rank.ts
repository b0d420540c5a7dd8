// Causes ranked only on evidence (docs/sources.md#wording-rules). A cause is
// likely when a rule for it fired on evidence: the case's status and page text
// (one piece, however many rules read it), an answer the user gave (one piece
// each) or a date the user recorded. A rule that fired on the product alone is
// context, not evidence, and an unanswered question is never evidence: it
// neither fires a rule nor adds to a score.
//
// Order: a cause the user's own answer supports comes before one the page
// alone supports; then the score (each piece counted once, with the weight of
// the strongest rule that reads it); then the number of pieces; then the id,
// so the order is stable.
import { TRUE, type Truth } from './engine';
import type { KnowledgeBase } from './kb';
import type { CauseDef, Leaf, Rule } from './types';

/** The independent piece of evidence a fact belongs to, or undefined for context (product, lender). */
export function pieceOf(fact: string): string | undefined {
  if (fact.startsWith('status.')) return 'status';
  if (fact.startsWith('answers.') || fact.startsWith('caseDates.')) return fact;
  return undefined;
}

/** One cause and what supports it. */
export type Tally = {
  def: CauseDef;
  /** Its rules that fired on evidence. */
  fired: Rule[];
  /** Its rules that did not fire (false, or waiting for an answer). */
  missed: Rule[];
  /** Piece of evidence → the weight of the strongest fired rule that reads it. */
  pieces: Map<string, number>;
  /** The supporting leaves of the fired rules, for the evidence lines. */
  leaves: Leaf[];
};

export const scoreOf = (t: Tally): number => [...t.pieces.values()].reduce((a, b) => a + b, 0);
export const isAnswered = (t: Tally): boolean => [...t.pieces.keys()].some((k) => k.startsWith('answers.'));

/**
 * Every cause with what supports it. `truth(i)` and `support(i)` give rule i's
 * truth and its supporting leaves (engine.ts evaluateRulesWithSupport).
 */
export function tallyCauses(kb: KnowledgeBase, truth: (i: number) => Truth, support: (i: number) => readonly Leaf[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const def of kb.causes) tallies.set(def.id, { def, fired: [], missed: [], pieces: new Map(), leaves: [] });
  kb.rules.forEach((rule, i) => {
    const cause = rule.then.cause;
    const tally = cause === undefined ? undefined : tallies.get(cause);
    if (!tally) return;
    if (truth(i) !== TRUE) {
      tally.missed.push(rule);
      return;
    }
    const leaves = support(i);
    const weight = rule.then.weight ?? 0;
    let evidence = false;
    for (const leaf of leaves) {
      const piece = pieceOf(leaf.fact);
      if (piece === undefined) continue;
      evidence = true;
      tally.pieces.set(piece, Math.max(tally.pieces.get(piece) ?? 0, weight));
    }
    if (evidence) {
      tally.fired.push(rule);
      tally.leaves.push(...leaves);
    } else tally.missed.push(rule);
  });
  return tallies;
}

/** The likely causes (at least one piece of evidence), most likely first. */
export function likelyCauses(tallies: ReadonlyMap<string, Tally>): Tally[] {
  const keyed: { t: Tally; answered: number; score: number }[] = [];
  for (const t of tallies.values()) if (t.pieces.size > 0) keyed.push({ t, answered: Number(isAnswered(t)), score: scoreOf(t) });
  return keyed
    .sort((a, b) => b.answered - a.answered || b.score - a.score || b.t.pieces.size - a.t.pieces.size || (a.t.def.id < b.t.def.id ? -1 : 1))
    .map((k) => k.t);
}
