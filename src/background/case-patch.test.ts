import { describe, expect, test } from 'vitest';
import { applyPatch } from './case-patch';
import { CaseSchema, type Case } from '../shared/case';

const BEFORE = '2026-04-01T08:00:00.000Z';
const NOW = '2026-05-01T09:30:00.000Z';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

const stored = (): Case =>
  deepFreeze({
    id: 'case-1',
    createdAt: BEFORE,
    updatedAt: BEFORE,
    title: '花呗 · 额度已被关闭',
    lender: '支付宝',
    product: 'huabei',
    status: 'closed',
    accountRef: '尾号 1234',
    answers: { q_overdue: 'no', q_device: 'yes' },
    checklist: { 'gather-screenshots': true },
    dates: { lineChanged: '2026-03-30', complaintFiled: '2026-04-02' },
  });

describe('applyPatch', () => {
  test('an empty patch changes nothing but the time of the update', () => {
    expect(applyPatch(stored(), {}, NOW)).toEqual({ ...stored(), updatedAt: NOW });
  });

  test('sets the fields it names and leaves the rest as they were', () => {
    const next = applyPatch(stored(), { title: '借呗', product: 'jiebei', status: 'reduced', lender: '网商银行' }, NOW);
    expect(next).toEqual({ ...stored(), title: '借呗', product: 'jiebei', status: 'reduced', lender: '网商银行', updatedAt: NOW });
  });

  test('answers: a value sets one, null sends it back to unknown, others stay', () => {
    const next = applyPatch(stored(), { answers: { q_overdue: 'yes', q_device: null, q_new: 'unsure' } }, NOW);
    expect(next.answers).toEqual({ q_overdue: 'yes', q_new: 'unsure' });
  });

  test('checklist ticks are set both ways, unticked items stay recorded as false', () => {
    const next = applyPatch(stored(), { checklist: { 'gather-screenshots': false, 'call-lender': true } }, NOW);
    expect(next.checklist).toEqual({ 'gather-screenshots': false, 'call-lender': true });
  });

  test('dates: a day sets one, null removes it', () => {
    const next = applyPatch(stored(), { dates: { complaintFiled: null, replyReceived: '2026-04-20' } }, NOW);
    expect(next.dates).toEqual({ lineChanged: '2026-03-30', replyReceived: '2026-04-20' });
  });

  test('an empty accountRef removes it; a new one replaces it', () => {
    expect('accountRef' in applyPatch(stored(), { accountRef: '' }, NOW)).toBe(false);
    expect(applyPatch(stored(), { accountRef: '尾号 9999' }, NOW).accountRef).toBe('尾号 9999');
  });

  test('the stored case is never changed in place (it is frozen here), and the result is a valid case', () => {
    const before = stored();
    const next = applyPatch(before, { answers: { q_overdue: null }, checklist: { x: true }, dates: { lineChanged: null } }, NOW);
    expect(before).toEqual(stored());
    expect(CaseSchema.safeParse(next).success).toBe(true);
  });
});
