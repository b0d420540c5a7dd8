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
  it('ranks causes with evidence naming the facts and their values', () => {
    const d = diagnose({
      today: '2026-03-01',
      product: 'jiebei',
      status: { status: 'declined', evidence: '经综合评估暂未通过' },
      answers: { q_applications: 'many', q_overdue: 'same_group' },
    });
    expect(d.causes.map((c) => c.id).slice(0, 3)).toEqual(['credit-evaluation', 'overdue', 'multi-lending']);
    const [top, overdue, multi] = d.causes;
    expect(top!.evidence.map((e) => e.zh)).toEqual(['页面显示「经综合评估暂未通过」']);
    expect(multi!.evidence.map((e) => e.zh)).toEqual(['你回答：近 3 个月在 4 家以上平台申请过借款']);
    expect(overdue!.evidence[0]!.en).toBe('You answered: Late on another product of the same platform (e.g. Huabei)');
    expect(overdue!.confidence).toBe('high');
    expect(top!.rules.fired).toEqual(['page-text-assessment', 'status-assessment']);
  });

  it('lists unanswered causes with low confidence and says what would change them', () => {
    const d = diagnose({ ...base, status: { status: 'closed' } });
    const overdue = d.causes.find((c) => c.id === 'overdue')!;
    expect(overdue.confidence).toBe('low');
    expect(overdue.evidence).toEqual([]);
    expect(overdue.whatWouldChange[0]!.zh).toContain('「同一平台的其他产品逾期过（如花呗、备用金）」');
    // a fired cause ranks above every merely possible one
    const firstLow = d.causes.findIndex((c) => c.confidence === 'low');
    expect(d.causes.slice(0, firstLow).every((c) => c.rules.fired.length > 0)).toBe(true);
  });

  it('answering lowers nothing into an error: "unsure" equals skipping', () => {
    const skipped = diagnose({ ...base, status: { status: 'closed' } });
    const unsure = diagnose({ ...base, status: { status: 'closed' }, answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, 'unsure'])) });
    expect(unsure).toEqual(skipped);
  });

  it('maps statuses to causes', () => {
    const top = (status: Facts['status']) => diagnose({ ...base, status }).causes[0]?.id;
    expect(top({ status: 'brand_split' })).toBe('platform-policy');
    expect(top({ status: 'user_locked' })).toBe('user-lock');
    expect(top({ status: 'frozen' })).toBe('overdue');
    expect(top({ status: 'merchant_switch' })).toBe('merchant-switch');
    expect(top({ status: 'security_risk' })).toBe('device-change');
  });

  it('offers "system misjudgment" only as a low-confidence possibility', () => {
    const d = diagnose({
      ...base,
      status: { status: 'closed' },
      answers: { q_overdue: 'none', q_report: 'clean', q_applications: 'none' },
    });
    const sys = d.causes.find((c) => c.id === 'system-error')!;
    expect(sys.rules.fired).toEqual(['system-error']);
    expect(sys.confidence).toBe('low');
    expect(sys.level).toBe('unverified');
  });

  it('describes a limit cut with its numbers', () => {
    const d = diagnose({ ...base, status: { status: 'reduced', limitBefore: 20000, limitAfter: 3000 } });
    expect(d.causes[0]!.evidence.map((e) => e.zh)).toContain('额度从 20000 元降至 3000 元');
  });

  it('explains what would make an unlisted cause possible', () => {
    const d = diagnose({ ...base, status: { status: 'normal' } });
    expect(d.causes.filter((c) => c.rules.fired.length > 0)).toEqual([]);
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
  }, 60_000); // about 2–9 s depending on machine load
});
