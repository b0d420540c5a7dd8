// From a stored case to the renderer's input (from-case.ts): only the case's own
// fields pass, and who the lender is decides how the complaint clock is worded
// (docs/sources.md#complaint-time-limits).
import { describe, expect, it } from 'vitest';
import { appealInputFromCase } from './from-case';
import { newCase, type Case, type Note } from '../shared/case';
import { type Exhibit } from '../shared/exhibit';
import type { Product } from '../shared/products';
import { diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';

const TODAY = '2025-03-20';
const NOW = '2025-03-20T04:00:00.000Z';

const input = (theCase: Case, notes: Note[] = [], exhibits: Exhibit[] = []) =>
  appealInputFromCase({ theCase, diagnosis: diagnose(factsFromCase(theCase, TODAY, exhibits)), notes, exhibits, today: TODAY });

const caseOf = (product?: Product, lender?: string): Case =>
  newCase({ title: 't', status: 'closed', ...(product ? { product } : {}), ...(lender ? { lender } : {}) }, 'c1', NOW);

describe('appealInputFromCase', () => {
  it.each([
    ['bank-card', undefined, 'bank-insurer'],
    ['weilidai', undefined, 'bank-insurer'],
    ['jiebei', undefined, 'other'],
    ['jd-baitiao', undefined, 'other'],
    [undefined, '招商银行', 'bank-insurer'],
    [undefined, '某某人寿保险股份有限公司', 'bank-insurer'],
    [undefined, '招联消费金融股份有限公司', 'other'],
    [undefined, '某银行控股的小额贷款公司', 'other'],
    [undefined, undefined, 'other'],
  ] as const)('product %s, lender %s → %s', (product, lender, kind) => {
    expect(input(caseOf(product, lender)).lenderKind).toBe(kind);
  });

  it('passes the answers and dates as the user gave them, and nothing inferred', () => {
    const theCase = { ...caseOf('jiebei'), answers: { q_overdue: 'none' }, dates: { overdueRepaid: '2025-02-20' } };
    const out = input(theCase);
    expect(out.answers).toEqual({ q_overdue: 'none' });
    expect(out.dates).toEqual({ overdueRepaid: '2025-02-20' });
    expect(input(caseOf('jiebei')).answers).toEqual({});
  });

  it('quotes the newest exhibit with its day and source', () => {
    const ex = (id: string, observedAt: string, text: string, source?: 'screenshot'): Exhibit =>
      source
        ? {
            id,
            caseId: 'c1',
            source,
            observedAt,
            timeFrom: 'exif',
            status: 'closed',
            text,
            recognisedText: text,
            image: { type: 'image/png', bytes: 1, width: 1, height: 1, sha256: '0'.repeat(64) },
          }
        : { id, caseId: 'c1', source: 'page', url: 'https://my.alipay.com/portal/i.htm', observedAt, status: 'closed', text };
    const out = input(
      caseOf('jiebei'),
      [],
      [ex('a', '2025-03-01T06:00:00.000Z', '旧的页面文字'), ex('b', '2025-03-02T06:00:00.000Z', '额度已关闭', 'screenshot')],
    );
    expect(out.exhibit).toEqual({ text: '额度已关闭', day: '2025-03-02', source: 'screenshot' });
    expect(input(caseOf('jiebei'), [], [ex('a', '2025-03-01T06:00:00.000Z', '你当前暂无借呗额度')]).exhibit?.source).toBe('page');
  });

  it("keeps a note's ticket number, and gives no summary for a note that records one of our own texts", () => {
    const note = (id: string, extra: Partial<Note>): Note => ({
      id,
      caseId: 'c1',
      at: '2025-03-05T06:00:00.000Z',
      channel: 'letter',
      text: '',
      ...extra,
    });
    const out = input(caseOf('jiebei'), [
      note('n1', { text: '复制了申诉文本（书面申诉）', appealText: '致…' }),
      note('n2', { channel: 'phone', text: '客服说会反馈', ref: 'T1' }),
    ]);
    expect(out.contacts).toEqual([
      { date: '2025-03-05', channel: 'letter' },
      { date: '2025-03-05', channel: 'phone', ref: 'T1', summary: '客服说会反馈' },
    ]);
  });
});
