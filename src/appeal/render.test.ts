import { describe, expect, it } from 'vitest';
import { appealPlainText, fitVariant, renderAppeal } from './render';
import { APPEAL_CHANNELS } from '../shared/channels';
import { AppealInputSchema } from './types';
import type { AppealClause, AppealInput } from './types';
import { codePointLength } from './normalize';
import { CLAUSES, EMPTY, FULL, FULL_WITH_CLAUSES } from '../../test/fixtures/appeal';

const text = (input: AppealInput, channel: Parameters<typeof renderAppeal>[1], lang: 'zh' | 'en' = 'zh') =>
  appealPlainText(renderAppeal(input, channel, lang));

describe('AppealInputSchema', () => {
  it('accepts the full, clause and empty cases', () => {
    for (const c of [FULL, FULL_WITH_CLAUSES, EMPTY]) expect(AppealInputSchema.safeParse(c).success).toBe(true);
  });
  it('rejects a bad day and an unsourced clause', () => {
    expect(AppealInputSchema.safeParse({ dateWritten: '2025/03/02' }).success).toBe(false);
    expect(AppealInputSchema.safeParse({ exhibit: { text: 'x', day: '2025-03-02', source: 'sms' } }).success).toBe(false);
    expect(AppealInputSchema.safeParse({ clauses: [{ ...CLAUSES[0], sources: [] }] }).success).toBe(false);
  });
});

describe('facts', () => {
  it('fills lender, product, status, the exhibit with its day and source, and the masked account', () => {
    const t = text(FULL, 'letter');
    expect(t).toContain('致重庆蚂蚁消费金融有限公司');
    expect(t).toContain('我的支付宝借呗目前的状态：额度已关闭。');
    expect(t).toContain('证据：“你当前暂无借呗额度”（网页，2025年3月2日）。');
    expect(t).toContain('****0123');
    const screenshot: AppealInput = { ...FULL, exhibit: { text: '借呗额度已关闭', day: '2025-03-04', source: 'screenshot' } };
    expect(text(screenshot, 'letter')).toContain('证据：“借呗额度已关闭”（截图，2025年3月4日）。');
    expect(text(screenshot, 'letter', 'en')).toContain('Evidence: "借呗额度已关闭" (screenshot, 2025-03-04).');
  });

  it('never puts the full account number in any text', () => {
    for (const ch of APPEAL_CHANNELS)
      for (const lang of ['zh', 'en'] as const) expect(text(FULL, ch, lang)).not.toContain('6222021234567890123'.slice(0, 8));
  });

  it('says what the user answered about late repayment, and no more', () => {
    const none = text({ ...FULL, answers: { q_overdue: 'none' } }, 'letter');
    expect(none).toContain('本人最近一年没有逾期还款。');
    expect(none).not.toMatch(/一直|按时还款/);
    expect(none.match(/逾期/g)).toHaveLength(1);
    for (const q_overdue of ['this_product', 'same_group', 'other', 'unsure'])
      expect(text({ ...FULL, answers: { q_overdue } }, 'letter'), q_overdue).not.toContain('逾期');
    expect(text({ ...FULL, answers: {} }, 'chat', 'en')).not.toMatch(/late|on time/);
  });

  it('states a repaid overdue with its day only when the user said it is repaid', () => {
    const repaid = { ...FULL, answers: { q_overdue: 'this_product', q_overdue_now: 'repaid' }, dates: { overdueRepaid: '2025-02-20' } };
    expect(text(repaid, 'letter')).toContain('这个产品本身曾有逾期，逾期款项我已经全部还清（还清日期：2025年2月20日）。');
    expect(renderAppeal({ ...repaid, dates: {} }, 'letter', 'zh').placeholders).toContain('【日期】');
    expect(text({ ...repaid, answers: { q_overdue: 'this_product', q_overdue_now: 'outstanding' } }, 'letter')).not.toContain('逾期');
    expect(text({ ...repaid, answers: { q_overdue: 'none', q_overdue_now: 'repaid' } }, 'letter')).not.toContain('还清');
  });

  it('states the day the line changed only when the case records it', () => {
    expect(text(FULL, 'letter')).toContain('我于2025年3月1日发现额度状态发生了变化。');
    const out = renderAppeal({ ...FULL, dates: {} }, 'letter', 'zh');
    expect(appealPlainText(out)).not.toContain('发现额度状态');
  });

  it('writes no status sentence without a status, and no quotation without an exhibit', () => {
    const t = text({ ...FULL, status: undefined, exhibit: undefined }, 'letter');
    expect(t).not.toContain('目前的状态');
    expect(t).not.toContain('证据');
  });

  it('accepts per-language labels', () => {
    const input: AppealInput = { ...FULL, status: { zh: '额度已关闭', en: 'line closed' } };
    expect(text(input, 'letter', 'en')).toContain('The current status of my 支付宝借呗: line closed.');
    expect(text(input, 'letter', 'zh')).toContain('目前的状态：额度已关闭。');
  });
});

describe('wording the law allows', () => {
  it('asks for an explanation (说明) under PIPL Art. 24(3), never for "the specific reason"', () => {
    for (const ch of APPEAL_CHANNELS) {
      expect(text(FULL, ch), ch).not.toContain('具体原因');
      expect(text(FULL, ch, 'en'), ch).not.toMatch(/specific reason/i);
    }
    expect(text(FULL, 'letter')).toContain('请贵司依据《个人信息保护法》第二十四条第三款，就该决定向我予以说明。');
    expect(text(FULL, 'chat')).toContain('请依据《个人信息保护法》第二十四条第三款向我说明');
  });

  it('words the 15-day clock as what the rules require of banks and insurers, and as a reference for other lenders', () => {
    const bank = { ...FULL, lenderKind: 'bank-insurer' as const };
    expect(text(bank, 'letter')).toContain('按照《银行业保险业消费投诉处理管理办法》对银行、保险机构的要求，自收到本函之日起15日内');
    expect(text(bank, 'letter', 'en')).toContain(
      'as the Measures for Handling Consumer Complaints in Banking and Insurance require of banks and insurers',
    );
    expect(text(bank, 'regulator')).toContain('按照《银行业保险业消费投诉处理管理办法》对银行、保险机构的要求');
    for (const other of [FULL, { ...FULL, lenderKind: undefined }]) {
      const letter = text(other, 'letter');
      expect(letter).toContain(
        '请贵司参照《银行业保险业消费投诉处理管理办法》对银行、保险机构规定的时限，自收到本函之日起15日内书面答复我',
      );
      expect(letter).not.toContain('按照《银行业保险业消费投诉处理管理办法》');
      expect(text(other, 'regulator')).toContain('参照《银行业保险业消费投诉处理管理办法》');
      expect(text(other, 'letter', 'en')).toContain('taking as a reference the time limits');
    }
  });

  it("does not place the engine's own deadline request beside the template's", () => {
    const deadline = {
      id: 'request-written-reply',
      kind: 'request' as const,
      text: { zh: '请在监管规定的时限内（一般为 15 日）书面答复。', en: 'x' },
      sources: [{ id: 'cbirc-complaints-2020' }],
    };
    expect(text({ ...FULL, clauses: [...CLAUSES, deadline] }, 'letter')).not.toContain('监管规定的时限');
  });
});

describe('prior contacts', () => {
  it('lists them in date order with ticket numbers', () => {
    const t = text(FULL, 'regulator');
    const first = t.indexOf('T20250305001');
    const second = t.indexOf('CS88231');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(t).toContain('2025年3月10日，通过在线客服联系该机构（工单号：CS88231），记录：客服称系综合评估结果。');
  });

  it('shows a ticket placeholder for a regulator contact without a number, not in the public heimao post', () => {
    const input: AppealInput = { ...FULL, contacts: [{ date: '2025-03-05', channel: 'phone' }] };
    expect(renderAppeal(input, 'regulator', 'zh').placeholders).toContain('【工单号】');
    expect(renderAppeal(input, 'heimao', 'zh').placeholders).not.toContain('【工单号】');
    expect(renderAppeal(input, 'letter', 'zh').placeholders).not.toContain('【工单号】');
  });

  it('words a filing with the regulator as one, and says one contact once', () => {
    const input: AppealInput = {
      ...FULL,
      contacts: [
        { date: '2025-03-12', channel: 'regulator', ref: 'NFRA-1' },
        { date: '2025-03-05', channel: 'phone' },
        { date: '2025-03-05', channel: 'phone' },
      ],
    };
    const t = text(input, 'letter');
    expect(t).toContain('2025年3月12日，向金融监管部门投诉（工单号：NFRA-1）。');
    expect(t.match(/2025年3月5日，通过电话联系贵司。/g)).toHaveLength(1);
  });

  it('omits the history when there are no contacts, and says so in a note that fits the lender', () => {
    const out = renderAppeal({ ...FULL, contacts: [], answers: {} }, 'regulator', 'zh');
    const t = appealPlainText(out);
    expect(t).not.toContain('沟通记录');
    expect(t).not.toContain('投诉日期');
    expect(out.placeholders).toEqual([]);
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]!.zh).toContain('参照');
    const bank = renderAppeal({ ...FULL, lenderKind: 'bank-insurer', contacts: [], answers: {} }, 'regulator', 'zh');
    expect(bank.notes[0]!.zh).toContain('要求银行、保险机构');
    expect(renderAppeal(FULL, 'regulator', 'zh').notes).toEqual([]);
  });

  it('states what the user answered about contacting the lender, addressed to the reader', () => {
    expect(text(FULL, 'letter')).toContain('我已经就此事向贵司正式投诉（投诉日期：2025年3月5日）。');
    expect(text(FULL, 'regulator')).toContain('我已经就此事向该机构正式投诉（投诉日期：2025年3月5日）。');
    const asked = { ...FULL, answers: { q_contacted: 'asked' }, dates: { firstContact: '2025-03-03' } };
    expect(text(asked, 'regulator')).toContain('我曾就此事询问该机构客服（2025年3月3日），没有正式投诉。');
    expect(text({ ...FULL, answers: { q_contacted: 'no' } }, 'letter')).not.toContain('投诉（');
  });

  it('renders an invalid contact day as a placeholder', () => {
    const out = renderAppeal({ ...FULL, contacts: [{ date: '2025-02-30', channel: 'chat', ref: 'X1' }] }, 'letter', 'en');
    expect(out.placeholders).toContain('[date]');
  });
});

describe('engine clauses', () => {
  const [fact, request, remedy] = CLAUSES as [AppealClause, AppealClause, AppealClause];

  it('places requests and remedies with their sources, and never a fact clause', () => {
    const out = renderAppeal(FULL_WITH_CLAUSES, 'letter', 'zh');
    const t = appealPlainText(out);
    expect(t).toMatch(/1\. 请告知该决定是否参考了我的个人信用报告。\n2\. 如经复核/);
    // Facts come from the claims table, checked against the case (claims.ts).
    expect(t).not.toContain(fact.text.zh);
    expect(out.sources.map((s) => s.id)).not.toContain('caijin51-30201');
  });

  it('uses the template defaults when the engine chose no request, and appends remedies', () => {
    const t = text({ ...FULL, clauses: [remedy] }, 'letter');
    expect(t).toContain('第二十四条第三款');
    expect(t).toMatch(/4\. 如经复核/);
  });

  it('does not place clauses without sources', () => {
    const bad = { ...FULL, clauses: [{ ...request, sources: [] }] } as AppealInput;
    expect(text(bad, 'letter')).not.toContain(request.text.zh);
  });

  it('takes a clause source only from the catalogue, by id', () => {
    const forged = { id: 'no-such-source', cite: { zh: '伪造的依据', en: 'forged' }, level: 'confirmed' };
    const unknownOnly = { ...FULL, clauses: [{ ...request, sources: [forged] }] } as AppealInput;
    expect(text(unknownOnly, 'letter')).not.toContain(request.text.zh);
    const mixed = { ...FULL, clauses: [{ ...request, sources: [forged, { id: 'afqmc-atec' }] }] } as AppealInput;
    const out = renderAppeal(mixed, 'letter', 'zh');
    expect(out.fields[0]!.text).toContain(request.text.zh);
    expect(out.sources.map((s) => s.id)).toContain('afqmc-atec');
    expect(JSON.stringify(out.sources)).not.toContain('伪造');
  });

  it('the credit objection ignores line clauses', () => {
    expect(text(FULL_WITH_CLAUSES, 'credit-objection')).not.toContain(request.text.zh);
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

  it('heimao has title, description and demand, and leaves out name, account, the quotation and the credit history', () => {
    const out = renderAppeal(FULL, 'heimao', 'zh');
    expect(out.fields.map((f) => f.id)).toEqual(['title', 'description', 'demand']);
    const t = appealPlainText(out);
    expect(t).not.toContain('张三');
    expect(t).not.toContain('0123');
    expect(t).not.toContain('你当前暂无借呗额度');
    expect(t).not.toContain('逾期');
    expect(t).not.toContain('征信报告');
    expect(out.fields[0]!.text).toBe('支付宝借呗额度已关闭：请求说明并人工复核');
  });

  it('a heimao title holds no placeholder', () => {
    expect(renderAppeal({ ...FULL, product: undefined }, 'heimao', 'zh').fields[0]!.text).toBe('请求说明并人工复核');
    expect(renderAppeal({ ...FULL, status: undefined }, 'heimao', 'zh').fields[0]!.text).toBe('支付宝借呗：请求说明并人工复核');
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
    const t = text({ ...FULL, exhibit: { text: '字'.repeat(100_000), day: '2025-03-02', source: 'page' } }, 'letter');
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
    expect(fit.text).not.toContain('沟通记录');
    expect(() => fitVariant(FULL, 'heimao', 'zh', 80, 'nope')).toThrow();
  });
});
