// Judges what the product showed for a scenario (run.ts) against the
// scenario's expectations, one check per observable of the scenario format (run.ts): the causes
// that must rank first or second, the causes that must not be presented as
// likely (in the tip or the popup), and every `show` / `hide` observable. An
// observable of an unknown kind throws: a typo in a scenario never passes.
import type { Observed, Scenario } from './run';

export type Check = { what: string; ok: boolean; got?: string };

export type Outcome = {
  id: string;
  checks: Check[];
  failures: Check[];
  /** Whether an expected top cause ranks first or second; undefined when none is expected. */
  topAgrees?: boolean;
  /** notLikely causes presented as likely: in the tip's list, and anywhere (tip or popup). */
  tipAccusing: string[];
  accusing: string[];
};

/** Whether an observable (`checklist:<id>`, `text:<substring>`, …) is there. */
export function present(obs: Observed, observable: string): boolean {
  const colon = observable.indexOf(':');
  const kind = observable.slice(0, colon);
  const arg = observable.slice(colon + 1);
  switch (kind) {
    case 'checklist':
      return obs.diagnosis.checklist.some((c) => c.id === arg);
    case 'warning':
      return obs.diagnosis.warnings.some((w) => w.id === arg);
    case 'deadline-first':
      return obs.leadDeadline === arg;
    case 'retry-date':
      return obs.retryFrom === arg;
    case 'tip':
      return arg === 'none' ? obs.tip === null : obs.tip?.status === arg;
    case 'text':
      return obs.texts.some((t) => t.includes(arg));
    case 'appeal': {
      const at = arg.indexOf(':');
      const text = obs.appeals[arg.slice(0, at) as keyof Observed['appeals']];
      return text !== undefined && text.includes(arg.slice(at + 1));
    }
    default:
      throw new Error(`unknown observable ${observable}`);
  }
}

/** What an observable's kind actually showed, for a failure message. */
function shown(obs: Observed, observable: string): string {
  const kind = observable.slice(0, observable.indexOf(':'));
  if (kind === 'deadline-first') return obs.leadDeadline ?? 'no deadline';
  if (kind === 'retry-date') return obs.retryFrom ?? 'no retry date';
  if (kind === 'tip') return obs.tip ? obs.tip.status : 'no tip';
  if (kind === 'checklist') return obs.diagnosis.checklist.map((c) => c.id).join(',');
  if (kind === 'warning') return obs.diagnosis.warnings.map((w) => w.id).join(',');
  return '';
}

export function judge(s: Scenario, obs: Observed): Outcome {
  const checks: Check[] = [];
  // The status the page should read as (detection's part of the route).
  if (s.page && s.status) {
    const got = obs.reading?.status ?? 'no reading';
    checks.push({ what: `status:${s.status}`, ok: got === s.status, got });
  }
  let topAgrees: boolean | undefined;
  if (s.expect.top.length) {
    const firstTwo = obs.likely.popup.slice(0, 2);
    topAgrees = firstTwo.some((id) => s.expect.top.includes(id));
    checks.push({ what: `top:${s.expect.top.join('|')}`, ok: topAgrees, got: obs.likely.popup.join(',') || 'nothing likely' });
  }
  const notLikely = s.expect.notLikely ?? [];
  const tipAccusing = notLikely.filter((id) => obs.likely.tip.includes(id));
  const accusing = notLikely.filter((id) => obs.likely.tip.includes(id) || obs.likely.popup.includes(id));
  for (const id of notLikely) {
    const where = [obs.likely.tip.includes(id) && 'tip', obs.likely.popup.includes(id) && 'popup'].filter(Boolean).join('+');
    checks.push({ what: `notLikely:${id}`, ok: where === '', ...(where ? { got: `likely in ${where}` } : {}) });
  }
  for (const o of s.expect.show ?? []) {
    const ok = present(obs, o);
    checks.push({ what: `show ${o}`, ok, ...(ok ? {} : { got: shown(obs, o) }) });
  }
  for (const o of s.expect.hide ?? []) {
    const ok = !present(obs, o);
    checks.push({ what: `hide ${o}`, ok, ...(ok ? {} : { got: shown(obs, o) }) });
  }
  return {
    id: s.id,
    checks,
    failures: checks.filter((c) => !c.ok),
    ...(topAgrees === undefined ? {} : { topAgrees }),
    tipAccusing,
    accusing,
  };
}

export type Figures = {
  scenarios: number;
  withTop: number;
  agree: number;
  /** Share of scenarios with an expected top cause where one ranks first or second. */
  topCauseAgreement: number;
  /** Scenarios with a notLikely cause presented as likely in the tip, and anywhere. */
  tipAccusations: number;
  accusations: number;
  /** Scenarios with every check passed, and the checks that failed. */
  passed: number;
  failedChecks: number;
  checks: number;
};

export function figures(outcomes: readonly Outcome[]): Figures {
  const withTop = outcomes.filter((o) => o.topAgrees !== undefined);
  const agree = withTop.filter((o) => o.topAgrees).length;
  const checks = outcomes.flatMap((o) => o.checks);
  return {
    scenarios: outcomes.length,
    withTop: withTop.length,
    agree,
    topCauseAgreement: withTop.length ? agree / withTop.length : 1,
    tipAccusations: outcomes.filter((o) => o.tipAccusing.length).length,
    accusations: outcomes.filter((o) => o.accusing.length).length,
    passed: outcomes.filter((o) => o.failures.length === 0).length,
    failedChecks: checks.filter((c) => !c.ok).length,
    checks: checks.length,
  };
}
