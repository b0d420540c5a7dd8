import { describe, expect, test } from 'vitest';
import { chronological, mergePatches, newCase, nextReminder, parseRoute, routeHash } from './model';
import type { DeadlineStep } from '../rules/output';
import { sampleCase, sampleNote, sampleExhibit } from '../../test/fixtures/sample-data';

describe('routes', () => {
  test.each([
    ['#new?status=closed', { view: 'cases', newStatus: 'closed' }],
    ['#new?status=pwned', { view: 'cases' }],
    ['#case=abc-1', { view: 'case', id: 'abc-1' }],
    ['#print=abc_1', { view: 'print', id: 'abc_1' }],
    ['#case=%E0', { view: 'cases' }],
    ['#case=../../etc', { view: 'cases' }],
    ['#search', { view: 'search' }],
    ['#screenshot', { view: 'screenshot' }],
    ['#screenshot?case=abc-1', { view: 'screenshot', caseId: 'abc-1' }],
    ['#screenshot?case=../x', { view: 'screenshot' }],
    ['#whatever', { view: 'cases' }],
    ['', { view: 'cases' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  test('routeHash round-trips', () => {
    for (const r of [
      { view: 'case', id: 'x1' },
      { view: 'print', id: 'y_2' },
      { view: 'search' },
      { view: 'settings' },
      { view: 'screenshot' },
      { view: 'screenshot', caseId: 'c-3' },
    ] as const) {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }
  });
});

test('newCase trims and leaves out empty fields', () => {
  expect(newCase({ title: '  借呗  ', lender: ' ' }, 'id1', '2026-01-01T00:00:00.000Z')).toEqual({
    id: 'id1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: '借呗',
    answers: {},
    checklist: {},
    dates: {},
  });
});

test('chronological merges dates, exhibits and notes in time order', () => {
  const items = chronological(
    [sampleExhibit(1, 'case-1', { observedAt: '2025-01-02T10:00:00.000Z' })],
    [sampleNote(1, 'case-1', { at: '2025-01-02T09:00:00.000Z' }), sampleNote(2, 'case-1', { at: '2025-01-03T09:00:00.000Z' })],
    { lineChanged: '2025-01-02', lenderComplaint: '2025-01-03' },
  );
  expect(items.map((i) => i.kind)).toEqual(['date', 'note', 'exhibit', 'date', 'note']);
});

test('nextReminder picks an overdue step before a waiting one, and skips archived cases', () => {
  const step = (id: string, state: DeadlineStep['state'], daysLeft?: number) => ({ id, state, daysLeft }) as DeadlineStep;
  const a = sampleCase(1);
  const b = sampleCase(2);
  const archived = sampleCase(3, { archived: true });
  const pick = nextReminder([
    { theCase: a, deadlines: [step('lender-complaint', 'waiting', 2)] },
    { theCase: b, deadlines: [step('credit-objection', 'overdue', -1)] },
    { theCase: archived, deadlines: [step('pboc-complaint', 'overdue', -9)] },
  ]);
  expect(pick?.theCase.id).toBe(b.id);
  expect(pick?.step.id).toBe('credit-objection');
  expect(nextReminder([{ theCase: a, deadlines: [step('lender-complaint', 'waiting', 10)] }])).toBeUndefined();
});

describe('mergePatches', () => {
  test('keeps every field of both patches, the later one winning field by field', () => {
    expect(
      mergePatches({ answers: { a: 'x', b: 'y' }, title: 'one' }, { answers: { b: null }, dates: { firstContact: '2025-01-01' } }),
    ).toEqual({
      title: 'one',
      answers: { a: 'x', b: null },
      dates: { firstContact: '2025-01-01' },
    });
    expect(mergePatches(null, { archived: true })).toEqual({ archived: true });
  });
});
