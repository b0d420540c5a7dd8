import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../shared/products';
import { STATUSES } from '../shared/status';
import { diagnose } from './diagnose';
import { FactsSchema } from './facts';
import { QUESTIONS } from './questions';
import type { Facts } from './types';
import { CASE_DATE_KEYS, CHECKLIST_GROUPS } from './types';

const base: Facts = { today: '2026-03-01', answers: {} };

describe('diagnose: causes', () => {
  it('ranks causes with evidence naming the facts and their values; an answer outranks the page alone', () => {
    const d = diagnose({
      today: '2026-03-01',
      product: 'jiebei',
      status: { status: 'declined', evidence: '经综合评估暂未通过' },
      answers: { q_applications: 'many', q_overdue: 'same_group' },
    });
    const ids = d.causes.map((c) => c.id);
    expect(ids.slice(0, 2).sort()).toEqual(['multi-lending', 'overdue']);
    const multi = d.causes.find((c) => c.id === 'multi-lending')!;
    const overdue = d.causes.find((c) => c.id === 'overdue')!;
    expect(multi.evidence.map((e) => e.zh)).toEqual(['你回答：近 3 个月在 4 家以上机构申请过借款或信用卡']);
    expect(overdue.evidence[0]!.en).toBe(
      'You answered: Another product of the same platform was late (another loan or instalment plan in the same app)',
    );
    expect(overdue.answered).toBe(true);
    expect(overdue.pieces).toBe(1);
    expect(overdue.confidence).toBe('medium');
  });

  it('lists no likely cause on a status alone: the common ones unranked, never one that accuses', () => {
    const d = diagnose({ ...base, status: { status: 'closed' } });
    expect(d.causes).toEqual([]);
    expect(d.common.length).toBeGreaterThan(1);
    for (const id of ['cash-out', 'fund-use', 'overdue', 'multi-lending', 'large-withdrawals'])
      expect(d.common.map((c) => c.id)).not.toContain(id);
    expect(d.meaning?.id).toBe('closed');
    expect(d.questions.length).toBeGreaterThanOrEqual(2);
  });

  it('counts one page string once however many rules read it; confidence follows independent pieces', () => {
    const page = diagnose({ ...base, status: { status: 'frozen', evidence: '因存在逾期，额度已冻结' } });
    const fromPage = page.causes.find((c) => c.id === 'overdue')!;
    expect(fromPage.pieces).toBe(1);
    expect(fromPage.confidence).toBe('medium');
    const both = diagnose({
      ...base,
      status: { status: 'frozen', evidence: '因存在逾期，额度已冻结' },
      answers: { q_overdue: 'this_product' },
    });
    const fromTwo = both.causes.find((c) => c.id === 'overdue')!;
    expect(fromTwo.pieces).toBe(2);
    expect(fromTwo.confidence).toBe('high');
  });

  it('never names an accusing cause without the page or an answer saying so', () => {
    for (const status of STATUSES) {
      const d = diagnose({ ...base, status: { status } });
      const named = [...d.causes, ...d.common].map((c) => c.id);
      for (const id of ['cash-out', 'fund-use', 'overdue', 'multi-lending', 'large-withdrawals']) expect(named, status).not.toContain(id);
    }
  });

  it('answering lowers nothing into an error: "unsure" equals skipping', () => {
    const skipped = diagnose({ ...base, status: { status: 'closed' } });
    const unsure = diagnose({ ...base, status: { status: 'closed' }, answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, 'unsure'])) });
    expect(unsure).toEqual(skipped);
  });

  it('maps statuses that name their own cause to it', () => {
    const top = (status: Facts['status']) => diagnose({ ...base, status }).causes[0]?.id;
    expect(top({ status: 'brand_split' })).toBe('platform-policy');
    expect(top({ status: 'user_locked' })).toBe('user-lock');
    expect(top({ status: 'frozen' })).toBeUndefined();
    expect(top({ status: 'merchant_switch' })).toBe('merchant-switch');
    expect(top({ status: 'security_risk' })).toBe('device-change');
  });

  it('offers "system misjudgment" only among the common causes, once the checkable ones are ruled out', () => {
    const d = diagnose({
      ...base,
      status: { status: 'closed' },
      answers: { q_overdue: 'none', q_report: 'clean', q_applications: 'none', q_account_change: 'none' },
    });
    expect(d.causes.map((c) => c.id)).not.toContain('system-error');
    const sys = d.common.find((c) => c.id === 'system-error')!;
    expect(sys.level).toBe('unverified');
    expect(diagnose({ ...base, status: { status: 'closed' } }).common.map((c) => c.id)).not.toContain('system-error');
  });

  it('carries the waiting period into a retry date', () => {
    const d = diagnose({ ...base, status: { status: 'cooling_off', months: 3, seen: '2026-01-31' } });
    expect(d.retryFrom).toBe('2026-04-30');
  });

  it('explains what would make an unlisted cause possible', () => {
    const d = diagnose({ ...base, status: { status: 'normal' } });
    expect(d.causes).toEqual([]);
    expect(d.whatWouldChange.length).toBeGreaterThan(0);
  });
});

describe('diagnose: checklist, clauses, warnings, financing', () => {
  it('deduplicates and groups the checklist', () => {
    const d = diagnose({ ...base, status: { status: 'frozen' }, answers: { q_overdue: 'same_group', q_business: 'shop' } });
    const ids = d.checklist.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === 'repay-overdue')).toHaveLength(1); // from two rules
    const groups = d.checklist.map((c) => CHECKLIST_GROUPS.indexOf(c.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(d.financing.map((x) => x.id)).toContain('tax-loans');
  });

  it('gives financing alternatives only to business owners', () => {
    expect(diagnose({ ...base, answers: { q_business: 'no' } }).financing).toEqual([]);
    expect(diagnose({ ...base, answers: { q_business: 'owner' } }).financing.length).toBe(6);
  });

  it('asks for correction only when the report has errors, and orders clauses fact → request → remedy', () => {
    const plain = diagnose({ ...base, status: { status: 'closed' } }).clauses.map((c) => c.id);
    expect(plain).not.toContain('request-correction');
    const d = diagnose({ ...base, status: { status: 'closed' }, answers: { q_report: 'errors', q_overdue: 'none' } });
    expect(d.clauses.map((c) => c.kind)).toEqual(
      [...d.clauses.map((c) => c.kind)].sort((a, b) => ['fact', 'request', 'remedy'].indexOf(a) - ['fact', 'request', 'remedy'].indexOf(b)),
    );
    expect(d.clauses.map((c) => c.id)).toEqual(
      expect.arrayContaining(['fact-on-time', 'fact-report-error', 'request-correction', 'request-explanation', 'remedy-objection-mark']),
    );
    expect(d.clauses.find((c) => c.id === 'request-explanation')!.sources[0]!.id).toBe('pipl-24');
  });

  it('always warns about paid agents, fake sites and scam calls', () => {
    expect(diagnose(base).warnings.map((w) => w.id)).toEqual(['fake-credit-sites', 'paid-agents', 'scam-calls']);
  });

  it('escalates when the lender is silent past 15 calendar days', () => {
    const at = (today: string) => diagnose({ ...base, today, caseDates: { lenderComplaint: '2026-01-31' } }).checklist.map((c) => c.id);
    expect(at('2026-02-15')).not.toContain('complain-regulator');
    expect(at('2026-02-16')).toContain('complain-regulator');
  });
});

describe('diagnose: time-limited items', () => {
  const ids = (today: string) => {
    const d = diagnose({ ...base, today, answers: { q_overdue: 'other' } });
    return { shown: d.checklist.map((c) => c.id), expired: d.expired };
  };
  it('shows the credit-repair policy up to 2026-03-31 and hides it after', () => {
    expect(ids('2026-03-31').shown).toContain('repair-policy-2026');
    expect(ids('2026-04-01').shown).not.toContain('repair-policy-2026');
    expect(ids('2026-04-01').expired).toContain('repair-policy-2026');
  });
  it('shows the extra free reports up to 2026-06-30 and hides them after', () => {
    expect(ids('2026-06-30').shown).toContain('extra-free-reports-2026');
    expect(ids('2026-07-01').shown).not.toContain('extra-free-reports-2026');
  });
  it('has both expired on the real date this was written (2026-11-29)', () => {
    expect(ids('2026-11-29').expired).toEqual(['extra-free-reports-2026', 'repair-policy-2026']);
  });
});

// Seeded PRNG (mulberry32) so the property test is reproducible without deps.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('diagnose: robustness', () => {
  it('never throws and is deterministic for 10,000 random fact sets that parse', () => {
    const r = rng(20261129);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const maybe = <T>(v: () => T): T | undefined => (r() < 0.5 ? v() : undefined);
    const date = () =>
      `20${24 + Math.floor(r() * 4)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    let parsed = 0;
    const nondeterministic: number[] = [];
    const overclaimed: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const raw = {
        today: r() < 0.98 ? date() : '2026-02-30',
        lender: maybe(() => pick(['alipay', '', '<img onerror=x>', '微众银行'])),
        product: maybe(() => pick(PRODUCTS)),
        status: maybe(() => ({
          status: pick(STATUSES),
          evidence: maybe(() => pick(['  经综合评估暂未通过  ', '', '请6个月后再试', 'x'.repeat(400)])),
          months: maybe(() => Math.floor(r() * 13)),
          limitBefore: maybe(() => Math.floor(r() * 50000)),
          limitAfter: maybe(() => Math.floor(r() * 50000)),
        })),
        answers: Object.fromEntries(QUESTIONS.filter(() => r() < 0.6).map((q) => [q.id, pick(q.options).value])),
        caseDates: maybe(() => Object.fromEntries(CASE_DATE_KEYS.filter(() => r() < 0.3).map((k) => [k, date()]))),
      };
      const p = FactsSchema.safeParse(raw);
      if (!p.success) continue;
      parsed++;
      const facts = p.data as Facts;
      const d = diagnose(facts);
      // plain checks in the loop: expect() per iteration would dominate the run time
      if (JSON.stringify(diagnose(facts)) !== JSON.stringify(d)) nondeterministic.push(i);
      if (d.causes.some((c) => c.level === 'unverified' && c.confidence !== 'low')) overclaimed.push(i);
    }
    expect(parsed).toBeGreaterThan(9_000);
    expect(nondeterministic).toEqual([]);
    expect(overclaimed).toEqual([]);
  }, 180_000); // 20,000 diagnoses, each also ranking the open questions by simulating every option: 10–30 s under load
});
