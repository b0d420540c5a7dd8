// The traditional-character table (src/lenders/normalise.ts TRADITIONAL) covers
// exactly what detection needs: every CJK character of the phrase dictionary,
// the subjects, the context markers and the number patterns has each of its
// traditional forms (OpenCC's standard, Taiwan and Hong Kong conversions, per
// character and in the context of each phrase) mapped back to it.
// OpenCC: https://github.com/BYVoid/OpenCC (opencc-js is its JavaScript port).
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL, normalizeText } from '../../src/lenders/normalise';
import * as markers from '../../src/lenders/markers';
import * as numbers from '../../src/lenders/numbers';
import * as phrases from '../../src/lenders/phrases';
import * as subjects from '../../src/lenders/subjects';

/** Every string in the dictionary modules' exports (regex sources, word lists, marker lists). */
function dictionaryStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const mod of [phrases, markers, subjects, numbers]) walk(Object.values(mod));
  return out;
}

const isCjk = (c: string): boolean => c >= '\u3400' && c <= '\u9fff';
const strings = dictionaryStrings();
const characters = [...new Set(strings.flatMap((s) => [...s].filter(isCjk)))].sort();
const converters = (['t', 'tw', 'hk'] as const).map((to) => ({ to, convert: OpenCC.Converter({ from: 'cn', to }) }));

describe('traditional table', () => {
  it('reads the dictionary', () => {
    expect(characters.length).toBeGreaterThan(300);
    expect(characters).toContain('额');
  });

  it('is pairs of distinct characters, each traditional form once', () => {
    expect([...TRADITIONAL].length % 2).toBe(0);
    const pairs = [...TRADITIONAL];
    const traditional = pairs.filter((_, i) => i % 2 === 0);
    expect(new Set(traditional).size).toBe(traditional.length);
    for (let i = 0; i < pairs.length; i += 2) expect(pairs[i]).not.toBe(pairs[i + 1]);
  });

  it('maps every traditional form of every dictionary character back to it', () => {
    const missing: string[] = [];
    for (const { to, convert } of converters) {
      for (const c of characters) {
        const t = convert(c);
        if (t !== c && normalizeText(t) !== c) missing.push(`${c} → ${t} (${to})`);
      }
      // In context: a phrase may take another form of a character (后 → 後 in 以后, 后台 → 後臺).
      for (const s of strings) {
        const t = convert(s);
        if (t.length !== s.length) continue;
        for (let i = 0; i < s.length; i++) {
          if (isCjk(s[i]!) && t[i] !== s[i] && normalizeText(t[i]!) !== s[i])
            missing.push(`${s[i]} → ${t[i]} in "${s.slice(0, 20)}…" (${to})`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('holds no character the dictionary does not use (the table covers only what detection needs)', () => {
    const pairs = [...TRADITIONAL];
    const unused: string[] = [];
    for (let i = 1; i < pairs.length; i += 2) if (!characters.includes(pairs[i]!)) unused.push(`${pairs[i - 1]}${pairs[i]}`);
    expect(unused).toEqual([]);
  });
});
