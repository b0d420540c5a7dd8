// Which deadline deserves a reminder today (README.md#the-case-file): an overdue step first,
// else the waiting step due soonest within NEAR_DAYS. Shared by the worker's
// daily alarm and the options page's "next reminder" line so both agree.
import type { DeadlineStep } from './output';

/** Remind this many calendar days before a reply is due. */
export const NEAR_DAYS = 3;

export function stepToRemind(steps: readonly DeadlineStep[]): DeadlineStep | undefined {
  const overdue = steps.find((s) => s.state === 'overdue');
  if (overdue) return overdue;
  return steps
    .filter((s) => s.state === 'waiting' && s.daysLeft !== undefined && s.daysLeft <= NEAR_DAYS)
    .sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0))[0];
}
