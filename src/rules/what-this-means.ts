// "What this means for you" (README.md#what-a-user-can-do), as the popup's
// diagnosis view, the page tip's summary and the printed case file show it:
// what the user can and cannot do now (the status's meaning), the case's
// impacts in their order, and the seed article's four strategies, the same for
// everyone and never a reproach (docs/sources.md#causes). One function, so the
// meta-test over what users read (test/meta/impacts.test.ts) reads what they do.
import type { Bilingual, Level, Source } from './types';

/** The four strategies, by checklist id: ask officially, good credit habits, several sources of credit, plan ahead. */
export const STRATEGIES = ['ask-reason', 'improve-credit-behaviour', 'diversify-financing', 'plan-next-months'] as const;

type Sourced = { sources: readonly { id: string; cite: Bilingual; level: Level }[] | readonly Source[]; level: Level };
type Item = Sourced & { id: string; title: Bilingual; text: Bilingual };
type Step = Sourced & { id: string; text: Bilingual };

export type WhatThisMeans<I, S> = { now?: Bilingual; impacts: readonly I[]; strategies: S[] };

/** The block's content for a diagnosis (the engine's own, or the popup's view of it); empty for a working line. */
export function whatThisMeans<I extends Item, S extends Step>(d: {
  meaning?: { now: Bilingual };
  impacts: readonly I[];
  checklist: readonly S[];
}): WhatThisMeans<I, S> {
  const strategies = STRATEGIES.flatMap((id) => d.checklist.filter((c) => c.id === id));
  return { ...(d.impacts.length && d.meaning ? { now: d.meaning.now } : {}), impacts: d.impacts, strategies };
}
