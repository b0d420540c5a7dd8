import { describe, expect, it } from 'vitest';
import { normaliseReading, normalizeText, originalSlice } from './normalise';

describe('normalizeText', () => {
  it('folds full-width letters, digits and punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３，：')).toBe('ABC123,:');
    expect(normalizeText('￥５，０００．００')).toBe('¥5,000.00');
  });
  it('removes spaces next to CJK, keeps one line break between blocks', () => {
    expect(normalizeText('额度 已 关闭')).toBe('额度已关闭');
    expect(normalizeText('额度 已\n关闭')).toBe('额度已\n关闭');
    expect(normalizeText('  credit   line\t closed ')).toBe('credit line closed');
    expect(normalizeText('a \n\n  b')).toBe('a\nb');
  });
  it('reads visual separators as line breaks between blocks', () => {
    expect(normalizeText('借呗 / 额度已关闭')).toBe('借呗\n额度已关闭');
    expect(normalizeText('Weilidai · Credit line closed | Tap')).toBe('Weilidai\nCredit line closed\nTap');
    expect(normalizeText('and/or 1/2')).toBe('and/or 1/2');
  });
  it('maps the dictionary characters from traditional to simplified', () => {
    expect(normalizeText('額度已關閉，帳戶凍結，暫停使用，綜合評估')).toBe('额度已关闭,账户冻结,暂停使用,综合评估');
    expect(normalizeText('您的花唄沒有被凍結')).toBe('您的花呗没有被冻结');
  });
  it('drops zero-width characters planted inside phrases', () => {
    expect(normalizeText('额\u200b度已\u200d关\ufeff闭')).toBe('额度已关闭');
  });
  it('keeps numbers and the ideographic space', () => {
    expect(normalizeText('额度\u3000从 5,000 元')).toBe('额度从5,000元');
  });
});

describe('OCR confusions', () => {
  it('reads 己 and 巳 as 已, except in 自己 and 知己', () => {
    expect(normalizeText('额度己关闭，借呗巳冻结')).toBe('额度已关闭,借呗已冻结');
    expect(normalizeText('您自己设置的锁定')).toBe('您自己设置的锁定');
  });
  it('reads 日条 and 自条 as 白条', () => {
    expect(normalizeText('日条已锁定 / 京东自条')).toBe('白条已锁定\n京东白条');
  });
});

describe('origins', () => {
  it('maps every normalised character back to the original text', () => {
    const source = '額度　己\n關閉，請６個月後再試';
    const n = normaliseReading(source);
    expect(n.text).toBe('额度已\n关闭,请6个月后再试');
    expect(n.origin).toHaveLength(n.text.length);
    for (let i = 0; i < n.text.length; i++) expect(n.origin[i]).toBeLessThan(source.length);
    // Evidence comes from what the user saw (traditional, OCR's 己, full-width digits), tidied of whitespace.
    expect(originalSlice(n, 0, n.text.length, 120)).toBe('額度己關閉，請６個月後再試');
  });
  it('keeps one origin per character after a character outside the basic plane (an emoji)', () => {
    const source = '😭借呗已关闭𠮷，额度0';
    const n = normaliseReading(source);
    expect(n.origin).toHaveLength(n.text.length);
    const at = n.text.indexOf('借呗已关闭');
    expect(originalSlice(n, at, at + 5, 120)).toBe('借呗已关闭');
    expect(originalSlice(n, n.text.length - 3, n.text.length, 120)).toBe('，额度0'.slice(1));
  });
  it('tidies any amount of whitespace in one pass', () => {
    const source = `额度${' '.repeat(50_000)}已关闭 credit${'\n'.repeat(50_000)}line`;
    const n = normaliseReading(source);
    expect(n.text).toBe('额度已关闭credit\nline');
    expect(originalSlice(n, 0, n.text.length, 120)).toBe('额度已关闭credit line');
  });
});
