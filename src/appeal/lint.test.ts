// Template lint (README.md#appeal-text "A template lint test"): every channel × language
// renders without unfilled variables, only visible placeholders for an empty
// case, no fabricated-hardship or threatening phrases, length limits held, and
// each language free of the other's words except names passed in.
import { describe, expect, it } from 'vitest';
import { appealPlainText, renderAppeal } from './render';
import { PLACEHOLDERS } from './placeholders';
import { codePointLength } from './normalize';
import { TEMPLATES } from './templates';
import { APPEAL_CHANNELS, type AppealChannel } from '../shared/channels';
import type { AppealInput, Lang } from './types';
import { EMPTY, FULL, FULL_WITH_CLAUSES, LONG, userStrings } from '../../test/fixtures/appeal';

const LANGS: Lang[] = ['zh', 'en'];
const CASES: Record<string, AppealInput> = { full: FULL, clauses: FULL_WITH_CLAUSES, empty: EMPTY, long: LONG };
const GRID = APPEAL_CHANNELS.flatMap((channel) =>
  LANGS.flatMap((lang) => Object.keys(CASES).map((name) => [channel, lang, name] as [AppealChannel, Lang, string])),
);

// docs/sources.md#regulators, docs/sources.md#wording-rules: regulators name invented hardship and "non-malicious
// overdue" stories as the tactic of paid agents; no threats, no pleas.
// What the claims work found texts saying beyond the user's answers (an answer of
// "no late repayment in the past year" is not a repayment record), and PIPL
// Art. 24(3) misread as a right to "the specific reason" (it gives a right to an
// explanation, docs/sources.md#pipl-24).
const OVERCLAIMS = [
  '一直按',
  '按时还款',
  '从未逾期',
  '还款记录良好',
  '信用良好',
  '具体原因',
  'always repaid',
  'on time',
  'never late',
  'good record',
  'specific reason',
];

const BANNED = [
  ...OVERCLAIMS,
  '非恶意逾期',
  '恶意',
  '不可抗力',
  '疫情',
  '失业',
  '生病',
  '住院',
  '家庭困难',
  '困难',
  '病',
  '收入下降',
  '下岗',
  '投诉到底',
  '曝光',
  '媒体',
  '起诉',
  '律师函',
  '后果自负',
  '否则',
  '求求',
  '恳请',
  '走投无路',
  '保证',
  '一定会',
  'hardship',
  'illness',
  'sick',
  'hospital',
  'force majeure',
  'unemploy',
  'lost my job',
  'non-malicious',
  'malicious',
  'pandemic',
  'covid',
  'otherwise',
  'sue ',
  'lawsuit',
  'lawyer',
  'media',
  'expose',
  'beg',
  'desperate',
  'guarantee',
];

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const ZH_ALLOWED_LATIN = new Set(['PIPL', 'NFRA', 'PBOC', 'CBIRC']);

const without = (text: string, strings: readonly string[]): string => strings.reduce((t, s) => t.split(s).join(' '), text);

describe.each(GRID)('%s / %s / %s case', (channel, lang, name) => {
  const input = CASES[name] as AppealInput;
  const out = renderAppeal(input, channel, lang);
  const text = appealPlainText(out);

  it('has no unfilled {{variable}}', () => {
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('uses only known placeholders, and lists exactly those', () => {
    const pattern = lang === 'zh' ? /【[^】]*】/gu : /\[[^\]]*\]/gu;
    const known = Object.values(PLACEHOLDERS).map((p) => p[lang]);
    const found = [...new Set(text.match(pattern) ?? [])];
    for (const p of found) expect(known).toContain(p);
    expect([...out.placeholders].sort()).toEqual([...found].sort());
  });

  it('contains no banned phrase', () => {
    const lower = text.toLowerCase();
    for (const phrase of BANNED) expect(lower, phrase).not.toContain(phrase);
  });

  it('respects every field limit', () => {
    for (const f of out.fields) if (f.maxLength !== undefined) expect(codePointLength(f.text)).toBeLessThanOrEqual(f.maxLength);
    if (channel === 'chat') expect(codePointLength(text)).toBeLessThanOrEqual(300);
    if (channel === 'heimao') {
      const title = out.fields.find((f) => f.id === 'title');
      expect(title?.maxLength).toBe(30);
      expect(codePointLength(title?.text ?? '')).toBeLessThanOrEqual(30);
      expect(title?.text.trim()).not.toBe('');
    }
  });

  it('returns sources', () => {
    expect(out.sources.length).toBeGreaterThan(0);
    for (const s of out.sources) expect(s.cite.zh && s.cite.en).toBeTruthy();
  });

  it('is plain text without markup', () => {
    expect(text).not.toMatch(/<[a-z/!]/i);
  });

  if (name !== 'long') {
    if (lang === 'en') {
      it('has no CJK except the names passed in', () => {
        expect(without(text, userStrings(input))).not.toMatch(CJK);
      });
    } else {
      it('has no untranslated English except law abbreviations', () => {
        const words = without(text, userStrings(input)).match(/[A-Za-z]{2,}/g) ?? [];
        for (const w of words) expect(ZH_ALLOWED_LATIN, w).toContain(w);
      });
    }
  }

  if (name === 'full' || name === 'clauses') {
    it('has no placeholder left for a fully-filled case', () => {
      expect(out.placeholders).toEqual([]);
    });
  }
  if (name === 'empty') {
    it('shows the unknowns as placeholders', () => {
      expect(out.placeholders.length).toBeGreaterThan(0);
    });
  }
});

describe('templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s has its own sources, label and hint in both languages', (_id, t) => {
    expect(t.sources.length).toBeGreaterThan(0);
    for (const b of [t.label, t.hint]) {
      expect(b.zh.trim()).not.toBe('');
      expect(b.en.trim()).not.toBe('');
    }
  });
});
