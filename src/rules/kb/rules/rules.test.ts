// A fixture for every rule: facts that must fire it, and a near miss (one fact
// changed) that must not. The table must list every rule in the registry.
import { describe, expect, it } from 'vitest';
import { TRUE, evaluate, tabulateFacts } from '../../engine';
import { RuleSchema, knowledgeBaseProblems } from '../../schema';
import type { Facts } from '../../types';
import { KB } from '..';
import { RULES } from '.';
import { SOURCE } from '../sources';

const KB_WITH = (rule: (typeof RULES)[number]) => ({ ...KB, rules: [rule, ...RULES.slice(1)] });

type Partial = Omit<Facts, 'today' | 'answers'> & { today?: string; answers?: Facts['answers'] };
const f = (p: Partial): Facts => ({ today: '2026-03-01', answers: {}, ...p });
const st = (status: NonNullable<Facts['status']>['status'], extra: Omit<NonNullable<Facts['status']>, 'status'> = {}) => ({
  status: { status, ...extra },
});

const FIXTURES: Record<string, [fires: Facts, nearMiss: Facts]> = {
  'ant-credit-reporting': [f({ product: 'jiebei', ...st('closed') }), f({ product: 'jiebei', ...st('normal') })],
  'appeal-kit': [f(st('closed')), f({ ...st('closed'), answers: { q_line_history: 'self_locked' } })],
  'ask-officially': [f(st('frozen')), f(st('normal'))],
  'bank-card': [f({ product: 'bank-card' }), f({ product: 'huabei' })],
  'business-owner': [f({ answers: { q_business: 'owner' } }), f({ answers: { q_business: 'no' } })],
  'cash-need-soon': [f({ answers: { q_cash_need: 'within_2_weeks' } }), f({ answers: { q_cash_need: 'not_urgent' } })],
  'cash-out': [f({ answers: { q_usage: 'cash_out' } }), f({ answers: { q_usage: 'regular' } })],
  'device-change': [f({ answers: { q_account_change: 'phone_device' } }), f({ answers: { q_account_change: 'unsure' } })],
  'frequent-large': [f({ answers: { q_usage: 'large_frequent' } }), f({ answers: { q_usage: 'rarely' } })],
  'fund-use': [f({ answers: { q_fund_use: 'house_stock' } }), f({ answers: { q_fund_use: 'business' } })],
  'id-expired': [f({ answers: { q_account_change: 'id_expired' } }), f({ answers: { q_account_change: 'none' } })],
  inactivity: [f({ answers: { q_usage: 'rarely' } }), f({ answers: { q_usage: 'regular' } })],
  'lender-replied': [
    f({ ...st('closed'), caseDates: { lenderReply: '2026-02-20' } }),
    f({ ...st('normal'), caseDates: { lenderReply: '2026-02-20' } }),
  ],
  'lender-silent': [
    f({ caseDates: { lenderComplaint: '2026-02-13' } }), // 16 days before today
    f({ caseDates: { lenderComplaint: '2026-02-14' } }), // 15 days: the due day is today
  ],
  'line-came-and-went': [f({ answers: { q_line_history: 'came_and_went' } }), f({ answers: { q_line_history: 'steady' } })],
  'merchant-shop': [f({ product: 'jiebei', answers: { q_business: 'shop' } }), f({ product: 'weilidai', answers: { q_business: 'shop' } })],
  'multi-lending': [f({ answers: { q_applications: 'many' } }), f({ answers: { q_applications: 'few' } })],
  'no-formal-complaint': [
    f({ caseDates: { firstContact: '2026-02-01' } }),
    f({ caseDates: { firstContact: '2026-02-01', lenderComplaint: '2026-02-02' } }),
  ],
  'objection-filed': [f({ caseDates: { creditObjection: '2026-02-20' } }), f({ caseDates: { pbocComplaint: '2026-02-20' } })],
  'objection-silent': [
    f({ caseDates: { creditObjection: '2026-02-08' } }), // 21 days
    f({ caseDates: { creditObjection: '2026-02-08', creditObjectionReply: '2026-02-20' } }),
  ],
  'on-time-repayment': [f({ answers: { q_overdue: 'none' } }), f({ answers: { q_overdue: 'other' } })],
  'overdue-other': [f({ answers: { q_overdue: 'other' } }), f({ answers: { q_overdue: 'same_group' } })],
  'overdue-repaid': [f({ answers: { q_overdue_now: 'repaid' } }), f({ answers: { q_overdue_now: 'outstanding' } })],
  'overdue-same-group': [f({ answers: { q_overdue: 'same_group' } }), f({ answers: { q_overdue: 'none' } })],
  'overdue-this-product': [f({ answers: { q_overdue: 'this_product' } }), f({ answers: { q_overdue: 'other' } })],
  'page-inactivity': [f(st('closed', { evidence: '因长期未使用，额度已关闭' })), f(st('closed', { evidence: '额度已关闭' }))],
  'page-overdue': [f(st('frozen', { evidence: '因存在逾期，额度已冻结' })), f(st('frozen', { evidence: '账户无逾期，额度已冻结' }))],
  'page-rule-breach': [f(st('frozen', { evidence: '涉嫌套现，额度已冻结' })), f(st('frozen', { evidence: '额度已冻结' }))],
  'paid-offer': [f({ answers: { q_paid_offer: 'yes' } }), f({ answers: { q_paid_offer: 'no' } })],
  'pboc-silent': [
    f({ caseDates: { pbocComplaint: '2026-01-29' } }), // 31 days
    f({ caseDates: { pbocComplaint: '2026-01-30' } }), // 30 days: due today
  ],
  'platform-brand-split': [f(st('brand_split')), f(st('merchant_switch'))],
  'platform-jiebei-gone': [f({ product: 'jiebei', ...st('closed') }), f({ product: 'huabei', ...st('closed') })],
  // Holds for every case, with or without a status: its near miss is the other kind of case, which must fire too.
  'protect-always': [f(st('normal')), f({})],
  'repay-overdue': [f({ answers: { q_overdue: 'other' } }), f({ answers: { q_overdue: 'other', q_overdue_now: 'repaid' } })],
  'report-error': [f({ answers: { q_report: 'errors' } }), f({ answers: { q_report: 'clean' } })],
  'self-locked': [f({ answers: { q_line_history: 'self_locked' } }), f({ answers: { q_line_history: 'came_and_went' } })],
  'status-impacts': [f(st('reduced')), f(st('normal'))],
  'status-merchant': [f(st('merchant_switch')), f(st('brand_split'))],
  'status-security': [f(st('security_risk')), f(st('unknown'))],
  'status-user-locked': [f(st('user_locked')), f(st('closed'))],
  'system-error': [
    f({ ...st('closed'), answers: { q_overdue: 'none', q_report: 'clean', q_applications: 'few', q_account_change: 'none' } }),
    f({ ...st('closed'), answers: { q_overdue: 'none', q_report: 'clean', q_applications: 'many', q_account_change: 'none' } }),
  ],
};

const ALWAYS = new Set(['protect-always']);

describe('rule fixtures', () => {
  it('cover every rule, and only rules that exist', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(RULES.map((r) => r.id));
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s fires on its fixture and not on the near miss', (id, rule) => {
    const [fires, nearMiss] = FIXTURES[id]!;
    expect(evaluate(rule.when, tabulateFacts(fires))).toBe(TRUE);
    if (ALWAYS.has(id)) expect(evaluate(rule.when, tabulateFacts(nearMiss))).toBe(TRUE);
    else expect(evaluate(rule.when, tabulateFacts(nearMiss))).not.toBe(TRUE);
  });
});

describe('rule schema', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s parses', (_id, rule) => {
    const r = RuleSchema.safeParse(rule);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });

  it('rejects malformed rules', () => {
    const base = { id: 'x', then: {}, sources: [SOURCE['pipl-46']] };
    // The base itself is sound, so each case below fails for its own reason.
    expect(RuleSchema.safeParse({ ...base, when: { fact: 'lender', operator: 'exists' } }).success).toBe(true);
    const bad = [
      { ...base, when: { fact: 'answers.q_overdue', operator: 'equal', value: 'maybe' } }, // not an option
      { ...base, when: { fact: 'answers.q_nope', operator: 'exists' } }, // unknown fact
      { ...base, when: { fact: 'status.months', operator: 'greaterThan', value: '3' } }, // string for a number
      { ...base, when: { fact: 'status.status', operator: 'dateBeforeDays', value: 3 } }, // date op on a non-date
      { ...base, when: { fact: 'status.status', operator: 'in', value: [] } },
      { ...base, when: { all: [{ fact: 'status.status', operator: 'matches', value: 'x' }] } },
      { ...base, when: { not: { fact: 'lender', operator: 'exists' } }, sources: [] },
      { ...base, when: { all: [], any: [] } },
    ];
    for (const rule of bad) expect(RuleSchema.safeParse(rule).success, JSON.stringify(rule)).toBe(false);
  });

  it('finds dangling references', () => {
    const rule = { ...RULES[0]!, then: { checklist: ['no-such-item'] } };
    expect(knowledgeBaseProblems(KB_WITH(rule))).toContain(`rules/${RULES[0]!.id}: unknown checklist no-such-item`);
  });
});
