import { describe, expect, it } from 'vitest';
import { appealPlainText, fitVariant, renderAppeal } from './render';
import { APPEAL_CHANNELS } from '../shared/channels';
import { AppealInputSchema } from './types';
import type { AppealInput } from './types';
import { codePointLength } from './normalize';
import { CLAUSES, EMPTY, FULL, FULL_WITH_CLAUSES } from '../../test/fixtures/appeal';

const text = (input: AppealInput, channel: Parameters<typeof renderAppeal>[1], lang: 'zh' | 'en' = 'zh') =>
  appealPlainText(renderAppeal(input, channel, lang));

describe('AppealInputSchema', () => {
  it('accepts the full, clause and empty cases', () => {
    for (const c of [FULL, FULL_WITH_CLAUSES, EMPTY]) expect(AppealInputSchema.safeParse(c).success).toBe(true);
  });
  it('rejects a bad day and an unsourced clause', () => {
    expect(AppealInputSchema.safeParse({ dateSeen: '2025/03/02' }).success).toBe(false);
    expect(AppealInputSchema.safeParse({ clauses: [{ ...CLAUSES[0], sources: [] }] }).success).toBe(false);
  });
});

describe('facts', () => {
  it('fills lender, product, status, day and masked account', () => {
    const t = text(FULL, 'letter');
    expect(t).toContain('致重庆蚂蚁消费金融有限公司');
    expect(t).toContain('2025年3月2日');
    expect(t).toContain('“额度已关闭”');
    expect(t).toContain('****0123');
  });

  it('never puts the full account number in any text', () => {
    for (const ch of APPEAL_CHANNELS)
      for (const lang of ['zh', 'en'] as const) expect(text(FULL, ch, lang)).not.toContain('6222021234567890123'.slice(0, 8));
  });

  it('says the user repaid on time only when that is confirmed', () => {
    expect(text(FULL, 'letter')).toContain('按时还款');
    expect(text({ ...FULL, onTimeRepayment: false }, 'letter')).not.toContain('按时还款');
    expect(text({ ...FULL, onTimeRepayment: undefined }, 'chat', 'en')).not.toMatch(/on time/);
  });

  it('accepts per-language labels', () => {
    const input: AppealInput = { ...FULL, status: { zh: '额度已关闭', en: 'line closed' } };
    expect(text(input, 'letter', 'en')).toContain('"line closed"');
    expect(text(input, 'letter', 'zh')).toContain('“额度已关闭”');
  });

  it('leaves out the quotation when it repeats the status', () => {
    expect(text({ ...FULL, evidence: '额度已关闭' }, 'letter')).not.toContain('页面原文');
  });
});

describe('prior contacts', () => {
  it('lists them in date order with ticket numbers', () => {
    const t = text(FULL, 'regulator');
    const first = t.indexOf('T20250305001');
    const second = t.indexOf('CS88231');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(t).toContain('尚未收到该机构就具体原因的书面答复');
  });

  it('shows a ticket placeholder for a regulator contact without a number, not in the public heimao post', () => {
    const input: AppealInput = { ...FULL, contacts: [{ date: '2025-03-05', channel: 'phone' }] };
    expect(renderAppeal(input, 'regulator', 'zh').placeholders).toContain('【工单号】');
    expect(renderAppeal(input, 'heimao', 'zh').placeholders).not.toContain('【工单号】');
  });

  it('omits the history and the "no reply" sentence when there are no contacts, and says so in a note', () => {
    const out = renderAppeal({ ...FULL, contacts: [] }, 'regulator', 'zh');
    const t = appealPlainText(out);
    expect(t).not.toContain('沟通情况');
    expect(t).not.toContain('尚未收到');
    expect(out.placeholders).toEqual([]);
    expect(out.notes.length).toBe(1);
    expect(renderAppeal(FULL, 'regulator', 'zh').notes).toEqual([]);
  });

  it('drops the "no reply" sentence once a written reply is recorded', () => {
    expect(text({ ...FULL, writtenReplyReceived: true }, 'letter')).not.toContain('尚未收到');
  });

  it('renders an invalid contact day as a placeholder', () => {
    const out = renderAppeal({ ...FULL, contacts: [{ date: '2025-02-30', channel: 'chat', ref: 'X1' }] }, 'letter', 'en');
    expect(out.placeholders).toContain('[date]');
  });
});

describe('engine clauses', () => {
  it('places facts and requests, and returns their sources', () => {
    const out = renderAppeal(FULL_WITH_CLAUSES, 'letter', 'zh');
    const t = appealPlainText(out);
    for (const c of CLAUSES) expect(t).toContain(c.text.zh);
    expect(t).toMatch(/1\. 请告知该决定是否参考了我的个人信用报告。\n2\. 如经复核/);
    expect(out.sources.map((s) => s.id)).toContain('caijin51-30201');
  });

  it('uses the template defaults when the engine chose no request, and appends remedies', () => {
    const remedyOnly = { ...FULL, clauses: CLAUSES.filter((c) => c.kind === 'remedy') };
    const t = text(remedyOnly, 'letter');
    expect(t).toContain('第二十四条第三款');
    expect(t).toMatch(/4\. 如经复核/);
  });

  it('does not place clauses without sources', () => {
    const bad = { ...FULL, clauses: [{ ...CLAUSES[0]!, sources: [] }] } as AppealInput;
    expect(text(bad, 'letter')).not.toContain(CLAUSES[0]!.text.zh);
  });

  it('takes a clause source only from the catalogue, by id', () => {
    const forged = { id: 'no-such-source', cite: { zh: '伪造的依据', en: 'forged' }, level: 'confirmed' };
    const unknownOnly = { ...FULL, clauses: [{ ...CLAUSES[0]!, sources: [forged] }] } as AppealInput;
    expect(text(unknownOnly, 'letter')).not.toContain(CLAUSES[0]!.text.zh);
    const mixed = { ...FULL, clauses: [{ ...CLAUSES[0]!, sources: [forged, { id: 'afqmc-atec' }] }] } as AppealInput;
    const out = renderAppeal(mixed, 'letter', 'zh');
    expect(out.fields[0]!.text).toContain(CLAUSES[0]!.text.zh);
    expect(out.sources.map((s) => s.id)).toContain('afqmc-atec');
    expect(JSON.stringify(out.sources)).not.toContain('伪造');
  });

  it('the credit objection ignores line clauses', () => {
    expect(text(FULL_WITH_CLAUSES, 'credit-objection')).not.toContain(CLAUSES[1]!.text.zh);
  });
});

describe('channels', () => {
  it('credit objection cites Art. 25 and the 20-day written reply', () => {
    const t = text(FULL, 'credit-objection');
    expect(t).toContain('《征信业管理条例》第二十五条');
    expect(t).toContain('20日内');
    expect(t).toContain('该笔款项已于到期日前还清');
  });

  it('the PIPL request names Arts. 24(3), 45, 46, 48 and 50', () => {
    const t = text(FULL, 'pipl-explanation', 'en');
    for (const a of ['24(3)', '45', '46', '48', '50']) expect(t).toContain(`Article ${a}`);
  });

  it('the letter asks for a written reply within 15 days without an article number', () => {
    const t = text(FULL, 'letter');
    expect(t).toContain('15日内书面答复');
    expect(t).not.toMatch(/第十九条|Art\. 19/);
  });

  it('heimao has title, description and demand, and leaves out name and account', () => {
    const out = renderAppeal(FULL, 'heimao', 'zh');
    expect(out.fields.map((f) => f.id)).toEqual(['title', 'description', 'demand']);
    const t = appealPlainText(out);
    expect(t).not.toContain('张三');
    expect(t).not.toContain('0123');
  });
});

describe('insertion safety', () => {
  it('inserts hostile values literally, on one line, and never re-expands them', () => {
    const input: AppealInput = { ...FULL, lender: '{{name}}<img src=x onerror=alert(1)>\n\n附言：恶意', name: '{{lender}}' };
    const t = text(input, 'letter');
    expect(t).toContain('致{{name}}<img src=x onerror=alert(1)> 附言：恶意：');
    expect(t).toContain('本人{{lender}}，');
  });

  it('caps huge values', () => {
    const t = text({ ...FULL, evidence: '字'.repeat(100_000) }, 'letter');
    expect(codePointLength(t)).toBeLessThan(2_000);
  });

  it('does not throw for garbage input', () => {
    const garbage = {
      lender: 42,
      contacts: [null, { date: 5, channel: 'fax' }],
      clauses: [null, { id: 'x' }],
      creditReportEntry: 'x',
    } as unknown as AppealInput;
    for (const ch of APPEAL_CHANNELS) expect(() => renderAppeal(garbage, ch, 'en')).not.toThrow();
  });
});

describe('fitVariant', () => {
  it('returns the full text when it fits', () => {
    const full = text(FULL, 'letter');
    const fit = fitVariant(FULL, 'letter', 'zh', 10_000);
    expect(fit).toEqual({ text: full, fits: true, length: codePointLength(full) });
  });

  it('drops optional paragraphs, never cutting a sentence, to fit', () => {
    const full = text(FULL_WITH_CLAUSES, 'letter');
    const max = codePointLength(full) - 20;
    const fit = fitVariant(FULL_WITH_CLAUSES, 'letter', 'zh', max);
    expect(fit.fits).toBe(true);
    expect(fit.length).toBeLessThanOrEqual(max);
    expect(fit.length).toBe(codePointLength(fit.text));
    // Every kept line is a line of the full text.
    for (const line of fit.text.split('\n')) expect(full.split('\n').some((l) => l.includes(line))).toBe(true);
    // Requests and the deadline are kept.
    expect(fit.text).toContain('15日内书面答复');
    expect(fit.text).toContain(CLAUSES[1]!.text.zh);
  });

  it('reports fits: false rather than truncating', () => {
    const fit = fitVariant(FULL, 'letter', 'en', 50);
    expect(fit.fits).toBe(false);
    expect(fit.length).toBeGreaterThan(50);
    expect(fit.text).toContain('within 15 days');
  });

  it('fits a single field', () => {
    const fit = fitVariant(FULL, 'heimao', 'zh', 80, 'description');
    expect(fit.fits).toBe(true);
    expect(fit.text).toContain('额度已关闭');
    expect(fit.text).not.toContain('沟通情况');
    expect(() => fitVariant(FULL, 'heimao', 'zh', 80, 'nope')).toThrow();
  });
});
