import { describe, expect, it } from 'vitest';
import { cleanDay, cleanText, codePointLength, maskAccountRef } from './normalize';

describe('maskAccountRef', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['138****5678', '138****5678'],
    ['6222 0212 3456 7890 123', '****0123'],
    ['6222-0212-3456-7890', '****7890'],
    ['尾号1234', '****1234'],
    ['1234', '****1234'],
    ['****1234', '****1234'],
    ['zhang.san@example.com', 'z***@example.com'],
  ])('%s → %s', (raw, masked) => {
    expect(maskAccountRef(raw)).toBe(masked);
  });

  it('never keeps more than 4 characters of a long number', () => {
    const out = maskAccountRef('6222021234567890123') ?? '';
    expect(out.replace(/\*/g, '').length).toBeLessThanOrEqual(4);
    expect(out).not.toContain('62220212');
  });

  it('is idempotent', () => {
    for (const raw of ['13812345678', '6222021234567890123', 'a@b.cn', '尾号99']) {
      const once = maskAccountRef(raw);
      expect(maskAccountRef(once)).toBe(once);
    }
  });

  it('returns undefined when nothing usable is left', () => {
    expect(maskAccountRef('')).toBeUndefined();
    expect(maskAccountRef('   ')).toBeUndefined();
    expect(maskAccountRef('<>')).toBeUndefined();
    expect(maskAccountRef(42)).toBeUndefined();
  });
});

describe('cleanText', () => {
  it('collapses control characters and line breaks into single spaces', () => {
    expect(cleanText('  a\n\n\tb\u0000c\u2028d  ', 50)).toBe('a b c d');
  });

  it('removes bidi overrides and zero-width characters', () => {
    expect(cleanText('ab\u202ecd\u200be\u2066f', 50)).toBe('ab cd e f');
  });

  it('caps by code points and marks the cut', () => {
    const out = cleanText('😀'.repeat(10), 5);
    expect(codePointLength(out)).toBe(5);
    expect(out.endsWith('…')).toBe(true);
  });

  it('keeps markup literally (it is inserted as text)', () => {
    expect(cleanText('<img src=x onerror=alert(1)>', 100)).toBe('<img src=x onerror=alert(1)>');
  });

  it('returns an empty string for non-strings', () => {
    expect(cleanText({ toString: () => 'x' }, 10)).toBe('');
  });
});

describe('cleanDay', () => {
  it('accepts real days only', () => {
    expect(cleanDay('2024-02-29')).toBe('2024-02-29');
    expect(cleanDay('2023-02-29')).toBeUndefined();
    expect(cleanDay('2024-13-01')).toBeUndefined();
    expect(cleanDay('2024-1-1')).toBeUndefined();
  });
});

describe('codePointLength', () => {
  it('counts what the user sees, not UTF-16 units', () => {
    expect(codePointLength('借呗😀')).toBe(3);
    expect('借呗😀'.length).toBe(4);
  });
});
