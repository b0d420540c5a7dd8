import { describe, expect, it } from 'vitest';
import { FALSE, TRUE, UNKNOWN, evaluate, evaluateLeaf, supportingLeaves, tabulateFacts, unmetLeaves } from './engine';
import type { Condition, Facts, Leaf } from './types';

const facts: Facts = {
  today: '2026-03-01',
  product: 'huabei',
  status: { status: 'reduced', evidence: '额度调降', limitBefore: 10000, limitAfter: 2000, months: 3 },
  answers: { q_overdue: 'none', q_report: 'unsure' },
  caseDates: { lenderComplaint: '2026-02-10' },
};
const table = tabulateFacts(facts);
const leaf = (fact: Leaf['fact'], operator: Leaf['operator'], value?: Leaf['value']): Leaf => ({ fact, operator, value });

describe('evaluateLeaf', () => {
  it.each([
    [leaf('status.status', 'equal', 'reduced'), TRUE],
    [leaf('status.status', 'equal', 'closed'), FALSE],
    [leaf('status.status', 'notEqual', 'closed'), TRUE],
    [leaf('status.months', 'lessThan', 3), FALSE],
    [leaf('status.months', 'lessThanInclusive', 3), TRUE],
    [leaf('status.months', 'greaterThan', 2), TRUE],
    [leaf('status.months', 'greaterThanInclusive', 4), FALSE],
    [leaf('status.limitCutRatio', 'greaterThanInclusive', 0.8), TRUE],
    [leaf('status.status', 'in', ['closed', 'reduced']), TRUE],
    [leaf('status.status', 'notIn', ['closed', 'reduced']), FALSE],
    [leaf('status.evidence', 'contains', '调降'), TRUE],
    [leaf('status.evidence', 'doesNotContain', '调降'), FALSE],
    [leaf('productGroup', 'equal', 'ant'), TRUE],
    [leaf('answers.q_overdue', 'equal', 'none'), TRUE],
    // "unsure" is unknown, exactly like a skipped question
    [leaf('answers.q_report', 'equal', 'clean'), UNKNOWN],
    [leaf('answers.q_report', 'notEqual', 'clean'), UNKNOWN],
    [leaf('answers.q_report', 'exists'), FALSE],
    [leaf('answers.q_report', 'notExists'), TRUE],
    [leaf('answers.q_usage', 'in', ['rarely']), UNKNOWN],
    [leaf('lender', 'equal', 'x'), UNKNOWN],
    // 2026-02-10 is 19 days before 2026-03-01
    [leaf('caseDates.lenderComplaint', 'dateBeforeDays', -15), TRUE],
    [leaf('caseDates.lenderComplaint', 'dateBeforeDays', -19), FALSE], // equal to the pivot: strict
    [leaf('caseDates.lenderComplaint', 'dateAfterDays', -19), FALSE],
    [leaf('caseDates.lenderComplaint', 'dateAfterDays', -20), TRUE],
    [leaf('caseDates.lenderReply', 'dateAfterDays', -20), UNKNOWN],
  ] as const)('%j → %i', (l, want) => {
    expect(evaluateLeaf(l, table)).toBe(want);
  });

  it('compares numbers only with numbers', () => {
    expect(evaluateLeaf(leaf('status.status', 'greaterThan', 1), table)).toBe(FALSE);
  });
});

describe('evaluate: three-valued logic', () => {
  const T = leaf('status.status', 'equal', 'reduced');
  const F = leaf('status.status', 'equal', 'closed');
  const U = leaf('answers.q_usage', 'equal', 'rarely');
  it.each<[Condition, number]>([
    [{ all: [T, T] }, TRUE],
    [{ all: [T, U] }, UNKNOWN],
    [{ all: [U, F] }, FALSE],
    [{ any: [F, U] }, UNKNOWN],
    [{ any: [U, T] }, TRUE],
    [{ any: [F, F] }, FALSE],
    [{ not: U }, UNKNOWN],
    [{ not: T }, FALSE],
    [{ not: { any: [F, F] } }, TRUE],
    [{ all: [] }, TRUE],
    [{ any: [] }, FALSE],
  ])('%j → %i', (c, want) => {
    expect(evaluate(c, table)).toBe(want);
  });
});

describe('supportingLeaves and unmetLeaves', () => {
  const T = leaf('status.status', 'equal', 'reduced');
  const T2 = leaf('answers.q_overdue', 'equal', 'none');
  const F = leaf('status.status', 'equal', 'closed');
  const U = leaf('answers.q_usage', 'equal', 'rarely');

  it('names only the leaves that made a condition true', () => {
    expect(supportingLeaves({ all: [T, { any: [F, T2] }] }, table)).toEqual([T, T2]);
    // a false leaf under `not` supports the condition
    expect(supportingLeaves({ all: [T, { not: F }] }, table)).toEqual([T, F]);
    // unknown leaves are never evidence
    expect(supportingLeaves({ all: [T, U] }, table)).toEqual([T]);
  });

  it('finds the nearest unmet conditions', () => {
    expect(unmetLeaves({ all: [T, F, U] }, table)).toEqual([
      { leaf: F, positive: true },
      { leaf: U, positive: true },
    ]);
    // any: the cheapest branch
    expect(unmetLeaves({ any: [{ all: [F, U] }, U] }, table)).toEqual([{ leaf: U, positive: true }]);
    // not: the inner leaf must become false
    expect(unmetLeaves({ not: T }, table)).toEqual([{ leaf: T, positive: false }]);
    expect(unmetLeaves({ all: [T, T2] }, table)).toEqual([]);
  });
});

describe('tabulateFacts', () => {
  it('derives the product group and the size of a cut', () => {
    expect(table.values.productGroup).toBe('ant');
    expect(table.values['status.limitCutRatio']).toBeCloseTo(0.8);
  });
  it('leaves the cut unknown when the old limit is zero', () => {
    const t = tabulateFacts({ ...facts, status: { status: 'reduced', limitBefore: 0, limitAfter: 0 } });
    expect(t.values['status.limitCutRatio']).toBeUndefined();
  });
});
