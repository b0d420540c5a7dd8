// Pure helpers of the case workspace: the hash routes, a new case's shape,
// the case file in chronological order and the next reminder. No DOM, no
// chrome.*, so they are unit-tested in plain Vitest (model.test.ts).
import type { Case, CasePatch, Note } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import type { Status } from '../shared/status';
import { STATUSES } from '../shared/status';
import type { DeadlineStep } from '../rules/output';
import { stepToRemind } from '../rules/reminders';

/** What the hash asks the workspace to show. */
export type Route =
  | { view: 'cases'; newStatus?: Status }
  | { view: 'case'; id: string }
  | { view: 'print'; id: string }
  | { view: 'search' }
  | { view: 'settings' }
  | { view: 'screenshot'; caseId?: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads `location.hash`. The worker opens `#new?status=<status>` from the page
 * tip's "open checklist" (src/background/handlers/page/open-checklist.ts):
 * that only PREFILLS the new-case form, so reloading the tab never creates a
 * second case. Anything unknown falls back to the case list.
 */
export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const [head = '', query = ''] = h.split('?');
  if (head === 'new') {
    const status = new URLSearchParams(query).get('status');
    return status && (STATUSES as readonly string[]).includes(status) ? { view: 'cases', newStatus: status as Status } : { view: 'cases' };
  }
  const m = /^(case|print)=(.+)$/.exec(head);
  if (m) {
    let id = '';
    try {
      id = decodeURIComponent(m[2]!);
    } catch {
      return { view: 'cases' }; // a malformed escape (#case=%E0) is no route
    }
    if (ID.test(id)) return { view: m[1] as 'case' | 'print', id };
  }
  if (head === 'search' || head === 'settings') return { view: head };
  // The screenshot panel, from the popup's "Add a screenshot" or a case ("?case=" preselects it).
  if (head === 'screenshot') {
    const caseId = new URLSearchParams(query).get('case');
    return caseId && ID.test(caseId) ? { view: 'screenshot', caseId } : { view: 'screenshot' };
  }
  return { view: 'cases' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'case':
    case 'print':
      return `#${route.view}=${encodeURIComponent(route.id)}`;
    case 'search':
    case 'settings':
      return `#${route.view}`;
    case 'screenshot':
      return route.caseId ? `#screenshot?case=${encodeURIComponent(route.caseId)}` : '#screenshot';
    default:
      return '#';
  }
}

/** Today as YYYY-MM-DD in the user's time zone (deadlines are calendar days). */
export { localToday as localDay } from '../rules/dates';

/** An ISO instant as the value of an <input type="datetime-local"> (local time, minutes). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A datetime-local value back to an ISO instant; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export { newCase, type NewCaseInput } from '../shared/case';

/** A timeline entry as listed: readable, or only its clear header while locked. */
export type NoteLike = (Note & { locked?: false }) | { locked: true; id: string; caseId: string; at: string; channel: Note['channel'] };

/** One line of the printable case file. */
export type ChronoItem =
  | { kind: 'exhibit'; at: string; exhibit: Exhibit }
  | { kind: 'note'; at: string; note: NoteLike }
  | { kind: 'date'; at: string; key: string };

/**
 * Exhibits, timeline entries and key dates merged in time order (a day
 * sorts at its start). Stable for equal times: dates, then exhibits, then notes.
 */
export function chronological(
  exhibits: readonly Exhibit[],
  notes: readonly NoteLike[],
  dates: Readonly<Record<string, string>>,
): ChronoItem[] {
  const rank = { date: 0, exhibit: 1, note: 2 } as const;
  const items: ChronoItem[] = [
    ...Object.entries(dates).map(([key, day]): ChronoItem => ({ kind: 'date', at: `${day}T00:00:00.000Z`, key })),
    ...exhibits.map((o): ChronoItem => ({ kind: 'exhibit', at: o.observedAt, exhibit: o })),
    ...notes.map((n): ChronoItem => ({ kind: 'note', at: n.at, note: n })),
  ];
  return items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank[a.kind] - rank[b.kind]));
}

/**
 * The deadline the daily alarm would remind about first: per case the same
 * choice as the worker (src/rules/reminders.ts stepToRemind), then the most
 * urgent across cases.
 */
export function nextReminder(
  perCase: readonly { theCase: Case; deadlines: readonly DeadlineStep[] }[],
): { theCase: Case; step: DeadlineStep } | undefined {
  let best: { theCase: Case; step: DeadlineStep } | undefined;
  const score = (s: DeadlineStep) => (s.state === 'overdue' ? -1e6 : 0) + (s.daysLeft ?? 1e6);
  for (const { theCase, deadlines } of perCase) {
    if (theCase.archived) continue;
    const step = stepToRemind(deadlines);
    if (step && (!best || score(step) < score(best.step))) best = { theCase, step };
  }
  return best;
}

/** Two patches as one: the later one wins field by field. */
export function mergePatches(a: CasePatch | null, b: CasePatch): CasePatch {
  if (!a) return b;
  const merged: CasePatch = { ...a, ...b };
  for (const k of ['answers', 'checklist', 'dates'] as const) {
    if (a[k] || b[k]) (merged as Record<string, unknown>)[k] = { ...a[k], ...b[k] };
  }
  return merged;
}
