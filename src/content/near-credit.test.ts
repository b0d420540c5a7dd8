import { describe, expect, test } from 'vitest';
import { MAX_READING } from '../shared/limits';
import { excerptNearCredit, hasCreditWord } from './near-credit';

describe('excerptNearCredit (generic mode)', () => {
  test('short text is passed through unchanged', () => {
    expect(excerptNearCredit('您的额度已关闭')).toBe('您的额度已关闭');
  });

  test('a status deep inside a long bank page survives the size cap', () => {
    const filler = '网上银行 转账汇款 理财产品 基金 外汇 '.repeat(2000); // ~40k chars
    const page = `${filler}信用卡 额度调降：您的额度由 20,000 元调整为 5,000 元 ${filler}`;
    const excerpt = excerptNearCredit(page);
    expect(excerpt.length).toBeLessThanOrEqual(MAX_READING);
    expect(excerpt).toContain('额度调降：您的额度由 20,000 元调整为 5,000 元');
  });

  test('English credit words count too, and excerpts keep page order', () => {
    const filler = 'x'.repeat(10_000);
    const excerpt = excerptNearCredit(`${filler} Your credit line was closed. ${filler} Loan application declined. ${filler}`);
    expect(excerpt.indexOf('credit line was closed')).toBeGreaterThanOrEqual(0);
    expect(excerpt.indexOf('credit line was closed')).toBeLessThan(excerpt.indexOf('Loan application declined'));
  });

  test('a page with no credit words still gives a bounded excerpt', () => {
    const excerpt = excerptNearCredit('y'.repeat(50_000));
    expect(excerpt.length).toBe(MAX_READING);
  });
});

describe('hasCreditWord (the fallback trigger on listed pages)', () => {
  test.each(['您的花呗额度已冻结', '白条已关闭', 'Your CREDIT line', '信用卡 已停用'])('%s names credit', (text) => {
    expect(hasCreditWord(text)).toBe(true);
  });
  test.each(['', '订单已关闭', '已发货', '自动续费已关闭'])('"%s" does not', (text) => {
    expect(hasCreditWord(text)).toBe(false);
  });
});
