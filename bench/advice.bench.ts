// Advice quality on the HOLDOUT scenarios (docs/architecture.md#corpora), each
// run through the product's own route (test/scenarios/run.ts); see
// ../README.md#the-rule-engine-and-knowledge-base. Run alone with
//   npm run bench -- advice
// - advice.top_cause_agreement: share of holdout scenarios with an expected
//   top cause where one ranks first or second among the likely causes (goal
//   ≥ 0.9, higher is better);
// - advice.accusations: holdout scenarios where a cause the scenario marks as
//   not likely (above all causes that accuse the user) is presented as likely,
//   in the page tip or the popup (goal 0); advice.tip_accusations: in the tip;
// - advice.failed_checks: holdout observables (show / hide / notLikely / top)
//   not met;
// - advice.unbacked_claims: factual sentences of every rendered appeal text, on
//   both splits, that nothing in the case backs or that say one thing twice
//   (checkClaims, src/appeal/check.ts; goal 0).
import { loadScenarios, runScenario, type Observed } from '../test/scenarios/run';
import { figures, judge } from '../test/scenarios/judge';
import { checkClaims } from '../src/appeal/check';
import { quality, type Metric } from './metric';

/** src/appeal's claim checker over every rendered text: the count of unbacked or repeated claims. */
function unbackedClaims(observed: readonly Observed[]): number {
  let count = 0;
  for (const obs of observed) for (const text of Object.values(obs.rendered)) count += checkClaims(text, obs.appealInput).length;
  return count;
}

export async function run(): Promise<Record<string, Metric>> {
  const holdout = loadScenarios('holdout').map((s) => ({ s, obs: runScenario(s) }));
  const f = figures(holdout.map(({ s, obs }) => judge(s, obs)));
  const all = [...holdout.map((x) => x.obs), ...loadScenarios('dev').map(runScenario)];
  const unbacked = unbackedClaims(all);
  return {
    'advice.top_cause_agreement': quality(Number(f.topCauseAgreement.toFixed(3)), 'share', 'higher', 0.9),
    'advice.accusations': quality(f.accusations, 'scenarios', 'lower', 0),
    'advice.tip_accusations': quality(f.tipAccusations, 'scenarios', 'lower', 0),
    'advice.failed_checks': quality(f.failedChecks, 'checks', 'lower', 0),
    'advice.unbacked_claims': quality(unbacked, 'claims', 'lower', 0),
  };
}
