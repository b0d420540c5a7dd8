// The claim test (README.md#appeal-text): every template, in both languages,
// rendered for every combination of the answers a text can state and the
// records around them (exhibit from a page or a screenshot, notes with and
// without ticket numbers, dates, lenders that are and are not banks), through
// the product's own route (case → facts → diagnosis → appeal input → text),
// says nothing the case does not back and nothing twice. And the checker
// catches what it is for.
import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimFinding } from './check';
import { appealInputFromCase } from './from-case';
import { appealPlainText, renderAppeal } from './render';
import type { AppealInput, AppealText, Lang } from './types';
import { APPEAL_CHANNELS } from '../shared/channels';
import { diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { ANSWER_GRID, CONTEXTS, RENDER_GRID } from '../../test/fixtures/appeal-grid';
import { FULL } from '../../test/fixtures/appeal';

const TODAY = '2025-03-20';
const LANGS: readonly Lang[] = ['zh', 'en'];

const INPUTS = RENDER_GRID.map((g) => ({
  name: g.name,
  input: appealInputFromCase({
    theCase: g.theCase,
    diagnosis: diagnose(factsFromCase(g.theCase, TODAY, g.exhibits)),
    notes: g.notes,
    exhibits: g.exhibits,
    today: TODAY,
    name: '张三',
  }),
}));

/** `rendered` with one field's text replaced: what a template bug would produce. */
const withField = (rendered: AppealText, text: string, id = 'body'): AppealText => ({
  ...rendered,
  fields: rendered.fields.map((f) => (f.id === id ? { ...f, text } : f)),
});

describe('the render grid', () => {
  it('covers every answer combination and every record context', () => {
    expect(ANSWER_GRID).toHaveLength(6 * 4 * 4 * 5);
    expect(CONTEXTS).toHaveLength(4 * 3 * 3 * 2);
    const named = new Set(RENDER_GRID.map((g) => g.name.split(' | ')[1]));
    expect(named.size).toBe(CONTEXTS.length);
  });

  it.each(APPEAL_CHANNELS.flatMap((c) => LANGS.map((l) => [c, l] as const)))(
    '%s / %s: no unbacked or repeated sentence',
    (channel, lang) => {
      const failures: (ClaimFinding & { case: string })[] = [];
      for (const { name, input } of INPUTS)
        for (const f of checkClaims(renderAppeal(input, channel, lang), input)) failures.push({ case: name, ...f });
      expect(failures.slice(0, 10)).toEqual([]);
    },
  );

  it('states each answer the user gave where the channel states answers, and only then', () => {
    for (const { input } of INPUTS) {
      const letter = appealPlainText(renderAppeal(input, 'letter', 'zh'));
      expect(letter.includes('本人最近一年没有逾期还款。')).toBe(input.answers?.q_overdue === 'none');
      expect(letter.includes('我查过自己的征信报告，报告里有错误或不认识的记录。')).toBe(input.answers?.q_report === 'errors');
      expect(letter.includes('已经全部还清')).toBe(
        input.answers?.q_overdue_now === 'repaid' && ['this_product', 'same_group', 'other'].includes(input.answers.q_overdue ?? ''),
      );
    }
  });
});

describe('checkClaims', () => {
  const none: AppealInput = { ...FULL, answers: { q_overdue: 'none' } };
  const letter = renderAppeal(none, 'letter', 'zh');
  const body = letter.fields[0]!.text;

  it('passes the letter that says exactly what the user said: 最近一年没有逾期还款', () => {
    expect(body).toContain('本人最近一年没有逾期还款。');
    expect(checkClaims(letter, none)).toEqual([]);
  });

  it('fails on "我一直按合同约定按时还款" from the answer "none" (no late repayment in the past year), and on saying it twice', () => {
    // The sentences the letter printed before the claims table: the engine's fact clause and the template's own.
    const before = body.replace('本人最近一年没有逾期还款。', '我一直按合同约定按时还款。我一直按合同约定按时还款，还款记录可供核实。');
    expect(checkClaims(withField(letter, before), none)).toEqual([
      { problem: 'unbacked', field: 'body', sentence: '我一直按合同约定按时还款。' },
      { problem: 'unbacked', field: 'body', sentence: '我一直按合同约定按时还款，还款记录可供核实。' },
    ]);
    const twice = body.replace('本人最近一年没有逾期还款。', '本人最近一年没有逾期还款。本人最近一年没有逾期还款。');
    expect(checkClaims(withField(letter, twice), none)).toEqual([
      { problem: 'repeated', field: 'body', sentence: '本人最近一年没有逾期还款。', claim: 'overdue-none' },
    ]);
  });

  it('fails on a claim the answers do not back, and names it', () => {
    for (const q_overdue of ['this_product', 'same_group', 'other', 'unsure', undefined]) {
      const answers: Record<string, string> = q_overdue ? { q_overdue } : {};
      const input = { ...FULL, answers };
      expect(checkClaims(letter, input), String(q_overdue)).toContainEqual({
        problem: 'unbacked',
        field: 'body',
        sentence: '本人最近一年没有逾期还款。',
        claim: 'overdue-none',
      });
    }
  });

  it("fails on a value that is not the case's: a ticket number, a day, a quotation, a placeholder for a known value", () => {
    const wrong = (from: string, to: string) => checkClaims(withField(letter, body.replace(from, to)), none);
    expect(wrong('CS88231', 'CS00000')).toMatchObject([{ problem: 'unbacked', claim: 'contact' }]);
    expect(wrong('（网页，2025年3月2日）', '（网页，2025年3月9日）')).toMatchObject([{ problem: 'unbacked', claim: 'exhibit' }]);
    expect(wrong('“你当前暂无借呗额度”', '“你的借呗因逾期被关闭”')).toMatchObject([{ problem: 'unbacked', claim: 'exhibit' }]);
    expect(wrong('（网页，', '（截图，')).toMatchObject([{ problem: 'unbacked', claim: 'exhibit' }]);
    expect(wrong('本人张三', '本人【姓名】')).toMatchObject([{ problem: 'unbacked', claim: 'identity' }]);
  });

  it('fails on a sentence no table holds, and on an engine fact clause placed as text', () => {
    const invented = body.replace('我提出以下请求：', '因疫情原因我暂时失业。\n我提出以下请求：');
    expect(checkClaims(withField(letter, invented), none)).toEqual([
      { problem: 'unbacked', field: 'body', sentence: '因疫情原因我暂时失业。' },
    ]);
    const fact = {
      id: 'fact-on-time',
      kind: 'fact' as const,
      text: { zh: '我一直按合同约定按时还款。', en: 'x' },
      sources: [{ id: 'pipl-24' }],
    };
    const withFact = { ...none, clauses: [fact] };
    expect(checkClaims(withField(letter, `${body}\n我一直按合同约定按时还款。`), withFact)).toHaveLength(1);
  });

  it("accepts the engine's requests only when they are phrased as requests", () => {
    const asks = {
      id: 'request-x',
      kind: 'request' as const,
      text: { zh: '请告知我的额度何时恢复。', en: 'x' },
      sources: [{ id: 'pipl-24' }],
    };
    const tells = { ...asks, id: 'request-y', text: { zh: '我的还款记录良好。', en: 'x' } };
    const input = { ...none, clauses: [asks, tells] };
    expect(checkClaims(withField(letter, `${body}\n请告知我的额度何时恢复。`), input)).toEqual([]);
    expect(checkClaims(withField(letter, `${body}\n我的还款记录良好。`), input)).toEqual([
      { problem: 'unbacked', field: 'body', sentence: '我的还款记录良好。' },
    ]);
  });

  it("fails on the banks' clock stated for a lender that is not a bank, and the reverse", () => {
    const bankLetter = renderAppeal({ ...none, lenderKind: 'bank-insurer' }, 'letter', 'zh');
    expect(checkClaims(bankLetter, { ...none, lenderKind: 'bank-insurer' })).toEqual([]);
    const asBank = checkClaims(bankLetter, none);
    expect(asBank[0]).toMatchObject({ problem: 'unbacked', sentence: expect.stringContaining('按照《银行业保险业消费投诉处理管理办法》') });
    expect(asBank.every((f) => f.problem === 'unbacked')).toBe(true);
    const asOther = checkClaims(letter, { ...none, lenderKind: 'bank-insurer' });
    expect(asOther[0]).toMatchObject({
      problem: 'unbacked',
      sentence: expect.stringContaining('参照《银行业保险业消费投诉处理管理办法》'),
    });
  });

  it('fails on the same claim said twice to different addressees, and on a repeated frame', () => {
    const regulator = renderAppeal(FULL, 'regulator', 'zh');
    const text = regulator.fields[0]!.text;
    const doubled = text.replace(
      '我已经就此事向该机构正式投诉',
      '我已经就此事向贵司正式投诉（投诉日期：2025年3月5日）。我已经就此事向该机构正式投诉',
    );
    expect(checkClaims(withField(regulator, doubled), FULL)).toMatchObject([{ problem: 'repeated', claim: 'complained-third' }]);
    expect(checkClaims(withField(regulator, `${text}\n以上内容均据实填写。`), FULL)).toMatchObject([
      { problem: 'repeated', sentence: '以上内容均据实填写。' },
    ]);
  });

  it('checks every field of a multi-field text, English included', () => {
    const heimao = renderAppeal(FULL, 'heimao', 'en');
    expect(checkClaims(heimao, FULL)).toEqual([]);
    const demand = `${heimao.fields[2]!.text}\nI have always repaid on time.`;
    expect(checkClaims(withField(heimao, demand, 'demand'), FULL)).toEqual([
      { problem: 'unbacked', field: 'demand', sentence: 'I have always repaid on time.' },
    ]);
  });
});
