import { describe, expect, it } from 'vitest';
import { QUESTIONS, UNSURE } from './questions';

describe('questionnaire', () => {
  it('has at most 10 questions with unique ids', () => {
    expect(QUESTIONS.length).toBeLessThanOrEqual(10);
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
