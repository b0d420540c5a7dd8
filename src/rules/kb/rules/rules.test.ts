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
  'base-appeal': [f(st('closed')), f(st('normal'))],
  'business-owner': [f({ answers: { q_business: 'owner' } }), f({ answers: { q_business: 'no' } })],
  'cash-out': [f({ answers: { q_usage: 'cash_out' } }), f({ answers: { q_usage: 'regular' } })],
  'device-change': [f({ answers: { q_device_change: 'yes' } }), f({ answers: { q_device_change: 'unsure' } })],
  'frequent-large': [f({ answers: { q_usage: 'large_frequent' } }), f({ answers: { q_usage: 'rarely' } })],
  'fund-use': [f({ answers: { q_fund_use: 'house_stock' } }), f({ answers: { q_fund_use: 'business' } })],
  'id-expired': [f({ answers: { q_id_expired: 'yes' } }), f({ answers: { q_id_expired: 'no' } })],
  inactivity: [f({ answers: { q_usage: 'rarely' } }), f({ answers: { q_usage: 'regular' } })],
  'lender-silent': [
    f({ caseDates: { lenderComplaint: '2026-02-13' } }), // 16 days before today
    f({ caseDates: { lenderComplaint: '2026-02-14' } }), // 15 days: the due day is today
  ],
  'limit-cut-sharp': [
    f(st('reduced', { limitBefore: 10000, limitAfter: 5000 })),
    f(st('reduced', { limitBefore: 10000, limitAfter: 5001 })),
  ],
  'merchant-shop': [f({ product: 'jiebei', answers: { q_business: 'shop' } }), f({ product: 'weilidai', answers: { q_business: 'shop' } })],
  'multi-lending': [f({ answers: { q_applications: 'many' } }), f({ answers: { q_applications: 'few' } })],
  'no-formal-complaint': [
    f({ caseDates: { firstContact: '2026-02-01' } }),
    f({ caseDates: { firstContact: '2026-02-01', lenderComplaint: '2026-02-02' } }),
  ],
  'objection-silent': [
    f({ caseDates: { creditObjection: '2026-02-08' } }), // 21 days
    f({ caseDates: { creditObjection: '2026-02-08', creditObjectionReply: '2026-02-20' } }),
  ],
  'on-time-repayment': [f({ answers: { q_overdue: 'none' } }), f({ answers: { q_overdue: 'other' } })],
  'overdue-other': [f({ answers: { q_overdue: 'other' } }), f({ answers: { q_overdue: 'same_group' } })],
  'overdue-same-group': [f({ answers: { q_overdue: 'same_group' } }), f({ answers: { q_overdue: 'none' } })],
  'page-text-assessment': [f(st('declined', { evidence: '经综合评估暂未通过' })), f(st('declined', { evidence: '暂无额度' }))],
  'pboc-silent': [
    f({ caseDates: { pbocComplaint: '2026-01-29' } }), // 31 days
    f({ caseDates: { pbocComplaint: '2026-01-30' } }), // 30 days: due today
  ],
  'platform-brand-split': [f(st('brand_split')), f(st('merchant_switch'))],
  'platform-jiebei-gone': [f({ product: 'jiebei', ...st('closed') }), f({ product: 'huabei', ...st('closed') })],
  'report-error': [f({ answers: { q_report: 'errors' } }), f({ answers: { q_report: 'clean' } })],
  'score-drop': [f({ answers: { q_score_drop: 'yes' } }), f({ answers: { q_score_drop: 'no' } })],
  'status-assessment': [f(st('unavailable', { months: 6 })), f(st('unavailable', { months: 0 }))],
  'status-closed': [f(st('reduced')), f(st('frozen'))],
  'status-frozen': [f(st('frozen')), f(st('suspended'))],
  'status-merchant': [f(st('merchant_switch')), f(st('brand_split'))],
  'status-security': [f(st('security_risk')), f(st('unknown'))],
  'status-suspended': [f(st('suspended')), f(st('frozen'))],
  'status-user-locked': [f(st('user_locked')), f(st('closed'))],
  'system-error': [
    f({ ...st('closed'), answers: { q_overdue: 'none', q_report: 'clean', q_applications: 'few' } }),
    f({ ...st('closed'), answers: { q_overdue: 'none', q_report: 'clean', q_applications: 'many' } }),
  ],
};

describe('rule fixtures', () => {
  it('cover every rule, and only rules that exist', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(RULES.map((r) => r.id));
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s fires on its fixture and not on the near miss', (id, rule) => {
    const [fires, nearMiss] = FIXTURES[id]!;
    expect(evaluate(rule.when, tabulateFacts(fires))).toBe(TRUE);
    expect(evaluate(rule.when, tabulateFacts(nearMiss))).not.toBe(TRUE);
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
    expect(knowledgeBaseProblems(KB_WITH(rule))).toContain('rules/base-appeal: unknown checklist no-such-item');
  });
});
