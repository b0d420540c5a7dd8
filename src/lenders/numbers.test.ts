import { describe, expect, it } from 'vitest';
import { parseAmount, parseChineseNumber, toMonths } from './numbers';

describe('parseChineseNumber', () => {
  it.each([
    ['六', 6],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两万', 20000],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['半', 0.5],
    ['一万五', 15000],
    ['三千五', 3500],
    ['两万三', 23000],
    ['一万零五', 10005],
    ['十五', 15],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe('amounts and periods', () => {
  it('reads units', () => {
    expect(parseAmount('1.2', '万')).toBe(12000);
    expect(parseAmount('5,000.50', undefined)).toBe(5000.5);
    expect(parseAmount('五千', undefined)).toBe(5000);
    expect(parseAmount('3', 'k')).toBe(3000);
    expect(parseAmount('1', '万5')).toBe(15000);
  });
  it('reads whole months only', () => {
    expect(toMonths('半', '年')).toBe(6);
    expect(toMonths('six', 'month')).toBe(6);
    expect(toMonths('an', 'year')).toBe(12);
    expect(toMonths('30', '天')).toBeUndefined();
  });
});
