// The escalation ladder with computed deadlines (docs/sources.md#escalation-order).
// Every limit is in calendar days, as the sources write 日 without
// excluding weekends or holidays: due = start date + N days (the day of receipt
// is not counted, so a complaint on 1 March with 15 days is due 16 March). We do
// not move a due date that falls on a holiday: no source here says so, and
// acting early is always safe.
import { dayNumber, isoFromDay } from './dates';
import type { DeadlineDef, Facts, Level, Source } from './types';
import type { DeadlineStep } from './output';

/** The weakest level among sources: an item is only as sure as its weakest claim. */
export function weakestLevel(sources: readonly Source[]): Level {
  let level: Level = 'confirmed';
  for (const s of sources) {
    if (s.level === 'unverified') return 'unverified';
    if (s.level === 'reported') level = 'reported';
  }
  return level;
}

const rated = new WeakMap<object, object>();

/**
 * `def` with its `level`, built once per definition and frozen: diagnoses share
 * these objects instead of copying knowledge-base text on every call.
 */
export function withLevel<T extends { sources: readonly Source[] }>(def: T): T & { level: Level } {
  let r = rated.get(def) as (T & { level: Level }) | undefined;
  if (!r) {
    r = Object.freeze({ ...def, level: weakestLevel(def.sources) });
    rated.set(def, r);
  }
  return r;
}

const notStarted = new WeakMap<DeadlineDef, DeadlineStep>();

/** Computes each ladder step's dates and state from `facts.caseDates`. */
export function computeLadder(defs: readonly DeadlineDef[], facts: Facts): DeadlineStep[] {
  const today = dayNumber(facts.today) ?? 0;
  const dates = facts.caseDates ?? {};
  return [...defs]
    .sort((a, b) => a.step - b.step)
    .map((def) => {
      const startIso = def.startFact && dates[def.startFact];
      const start = startIso ? dayNumber(startIso) : undefined;
      if (start === undefined) {
        let idle = notStarted.get(def);
        if (!idle) notStarted.set(def, (idle = Object.freeze({ ...withLevel(def), state: 'not_started', dayCount: 'calendar' })));
        return idle;
      }
      const step: DeadlineStep = { ...withLevel(def), state: 'not_started', dayCount: 'calendar' };
      step.start = startIso as string;
      const answered = def.replyFact !== undefined && dates[def.replyFact] !== undefined;
      if (def.days === undefined) {
        step.state = answered ? 'answered' : 'waiting';
        return step;
      }
      const due = start + def.days;
      step.due = isoFromDay(due);
      if (def.extendedDays !== undefined) step.extendedDue = isoFromDay(start + def.extendedDays);
      if (def.maxDays !== undefined) step.maxDue = isoFromDay(start + def.maxDays);
      step.daysLeft = due - today;
      step.state = answered ? 'answered' : today > due ? 'overdue' : 'waiting';
      return step;
    });
}

// The two ways up the ladder (docs/sources.md#escalation-order): a wrong credit-report entry goes to an objection
// (20 days), then the PBOC branch (30 days); everything else to the lender's complaint channel, then the regulator.
// Both end in court. The objection leads when it applies: it is the step with a legal clock for the user's own data.
const TRACKS = [
  ['credit-objection', 'pboc-complaint', 'court'],
  ['lender-complaint', 'regulator-complaint', 'court'],
] as const;

/** A step the user is past: answered, or its time ran out without a reply. */
const passed = (s: DeadlineStep) => s.state === 'answered' || s.state === 'overdue';

/**
 * The applicable steps with the one to act on now first (the deadlines view
 * leads with it), then the rest in ladder order: on the first track whose
 * first step applies, the first step not yet passed.
 */
export function leadFirst(steps: readonly DeadlineStep[]): DeadlineStep[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  let lead: DeadlineStep | undefined;
  for (const track of TRACKS) {
    if (!byId.has(track[0])) continue;
    const on = track.map((id) => byId.get(id)).filter((s): s is DeadlineStep => s !== undefined);
    lead = on.find((s) => !passed(s)) ?? on[on.length - 1];
    break;
  }
  lead ??= steps[0];
  return lead ? [lead, ...steps.filter((s) => s !== lead)] : [];
}
