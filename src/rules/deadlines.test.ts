import { describe, expect, it } from 'vitest';
import { computeLadder, weakestLevel } from './deadlines';
import { KB } from './kb';
import { SOURCE } from './kb/sources';
import type { Facts } from './types';

const ladder = (today: string, caseDates: Facts['caseDates']) =>
  Object.fromEntries(computeLadder(KB.deadlines, { today, answers: {}, caseDates }).map((s) => [s.id, s]));

describe('escalation ladder', () => {
  it('is ordered lender → regulator → objection → PBOC → court', () => {
    expect(computeLadder(KB.deadlines, { today: '2026-01-01', answers: {} }).map((s) => s.id)).toEqual([
      'lender-complaint',
      'regulator-complaint',
      'credit-objection',
      'pboc-complaint',
      'court',
    ]);
  });

  it('counts the lender complaint in calendar days: 15, 30, at most 60', () => {
    // Complaint on 31 Jan 2026: the day of receipt is not counted; February has 28 days.
    const s = ladder('2026-02-10', { lenderComplaint: '2026-01-31' })['lender-complaint']!;
    expect(s).toMatchObject({
      due: '2026-02-15',
      extendedDue: '2026-03-02',
      maxDue: '2026-04-01',
      state: 'waiting',
      daysLeft: 5,
      dayCount: 'calendar',
    });
  });

  it('does not skip weekends or the Spring Festival holiday', () => {
    // 2026-02-15 is a Sunday in the Spring Festival period; the sources say 日, so the date stays.
    const s = ladder('2026-02-16', { lenderComplaint: '2026-01-31' })['lender-complaint']!;
    expect(s.due).toBe('2026-02-15');
    expect(s.state).toBe('overdue');
    expect(s.daysLeft).toBe(-1);
  });

  it('is still waiting on the due day itself', () => {
    expect(ladder('2026-02-15', { lenderComplaint: '2026-01-31' })['lender-complaint']!.state).toBe('waiting');
  });

  it('handles leap years: objection 20 days, PBOC 30 days', () => {
    const l = ladder('2024-03-20', { creditObjection: '2024-02-10', pbocComplaint: '2024-02-29' });
    expect(l['credit-objection']).toMatchObject({ due: '2024-03-01', state: 'overdue' });
    expect(l['pboc-complaint']).toMatchObject({ due: '2024-03-30', state: 'waiting', daysLeft: 10 });
    const n = ladder('2025-03-20', { creditObjection: '2025-02-10' });
    expect(n['credit-objection']!.due).toBe('2025-03-02');
  });

  it('marks a step answered once the reply date is recorded', () => {
    const l = ladder('2026-06-01', { creditObjection: '2026-01-01', creditObjectionReply: '2026-01-15' });
    expect(l['credit-objection']!.state).toBe('answered');
  });

  it('leaves steps without a start date not started and steps without a limit undated', () => {
    const l = ladder('2026-06-01', { regulatorComplaint: '2026-05-01' });
    expect(l['lender-complaint']!.state).toBe('not_started');
    expect(l['regulator-complaint']).toMatchObject({ state: 'waiting', start: '2026-05-01' });
    expect(l['regulator-complaint']!.due).toBeUndefined();
  });

  it('rates an item by its weakest source', () => {
    expect(weakestLevel([SOURCE['pipl-24'], SOURCE['afqmc-atec']])).toBe('reported');
    expect(weakestLevel([SOURCE['seed-article'], SOURCE['pipl-24']])).toBe('unverified');
    expect(weakestLevel([SOURCE['pipl-24']])).toBe('confirmed');
  });
});
