import { describe, expect, it } from 'vitest';
import { FactsSchema, parseFacts } from './facts';

describe('FactsSchema', () => {
  it('accepts a minimal case and trims page text', () => {
    const r = FactsSchema.safeParse({ today: '2026-11-29', answers: {}, status: { status: 'closed', evidence: '  额度已关闭 \n' } });
    expect(r.success).toBe(true);
    expect(r.data?.status?.evidence).toBe('额度已关闭');
  });

  it.each([
    ['a missing today', { answers: {} }],
    ['an impossible date', { today: '2026-02-29', answers: {} }],
    ['an unknown status', { today: '2026-01-01', answers: {}, status: { status: 'gone' } }],
    ['an answer that is not an option', { today: '2026-01-01', answers: { q_overdue: 'maybe' } }],
    ['a negative limit', { today: '2026-01-01', answers: {}, status: { status: 'reduced', limitBefore: -1 } }],
    ['fractional months', { today: '2026-01-01', answers: {}, status: { status: 'cooling_off', months: 1.5 } }],
    ['a bad case date', { today: '2026-01-01', answers: {}, caseDates: { lenderComplaint: '2026/01/01' } }],
    ['an unknown case date', { today: '2026-01-01', answers: {}, caseDates: { someday: '2026-01-01' } }],
    ['page text that is too long', { today: '2026-01-01', answers: {}, status: { status: 'closed', evidence: 'x'.repeat(501) } }],
  ])('rejects %s', (_name, input) => {
    expect(parseFacts(input).success).toBe(false);
  });

  it('accepts every question skipped or answered "unsure"', () => {
    expect(parseFacts({ today: '2026-01-01', answers: { q_overdue: 'unsure', q_usage: 'unsure' } }).success).toBe(true);
  });
});
