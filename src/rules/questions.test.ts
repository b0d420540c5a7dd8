import { describe, expect, it } from 'vitest';
import { QUESTIONS, UNSURE } from './questions';

describe('questionnaire', () => {
  it('has at most 12 questions with unique ids', () => {
    expect(QUESTIONS.length).toBeLessThanOrEqual(12);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });
  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s is bilingual and skippable', (_id, q) => {
    expect(q.options.some((o) => o.value === UNSURE)).toBe(true);
    for (const t of [q.text, q.short, ...q.options.map((o) => o.text)]) {
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en).toMatch(/[a-z]/i);
    }
    expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length);
  });
});

describe('questionnaire v2 wording', () => {
  it('names no product, app or platform brand: a JD or bank user answers the same words', () => {
    const brands = /花呗|借呗|支付宝|芝麻|京东|白条|微粒贷|Huabei|Jiebei|Alipay|Sesame|JD\b|Baitiao/;
    for (const q of QUESTIONS)
      for (const t of [q.text, q.short, ...q.options.map((o) => o.text)]) expect(`${t.zh} ${t.en}`).not.toMatch(brands);
  });
});
