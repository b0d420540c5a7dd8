// The tables of appeal wording (claims.ts, requests.ts, frames.ts) are sound:
// each line parses with the same slots in both languages; a claim's values
// come only from the fields its backing names; a claim resting on an answer
// repeats the user's own words; requests ask; frames state nothing; and every
// line is used by a template (docs/architecture.md#registries).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from './claims';
import { FRAMES } from './frames';
import { REQUESTS } from './requests';
import type { Line } from './lines';
import { parsePattern, requiredSlotsOf, slotsOf } from './pattern';
import { isFillIn, SLOT_FIELD, SLOT_NAMES } from './slots';
import { findPlaceholders } from './placeholders';

const here = dirname(fileURLToPath(import.meta.url));
const TABLES = { claim: CLAIMS, request: REQUESTS, frame: FRAMES } as Record<string, Record<string, Line>>;
const ALL = Object.entries(TABLES).flatMap(([kind, table]) => Object.entries(table).map(([id, line]) => [kind, id, line] as const));

describe('appeal wording tables', () => {
  it('share no id, and every id is kebab-case', () => {
    const ids = ALL.map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(ALL)('%s %s: parses, with the same known slots in zh and en', (_kind, _id, line) => {
    for (const lang of ['zh', 'en'] as const) expect(() => parsePattern(line.text[lang])).not.toThrow();
    const zh = slotsOf(line.text.zh).sort();
    // An empty English line (a sign-off Chinese letters have and English ones do not) holds nothing.
    if (line.text.en) expect(slotsOf(line.text.en).sort()).toEqual(zh);
    for (const s of zh) expect(SLOT_NAMES).toContain(s);
    for (const lang of ['zh', 'en'] as const) expect(line.text[lang]).not.toMatch(/[\n\r]/);
  });

  it.each(Object.entries(CLAIMS))('claim %s: every value it needs is a field its backing names', (_id, line) => {
    const fields = new Set(line.backing.flatMap((b) => ('field' in b ? [b.field] : [])));
    const values = requiredSlotsOf(line.text.zh).filter((s) => !isFillIn(s));
    for (const s of values) expect(fields, s).toContain(SLOT_FIELD[s]);
    expect(line.backing.length).toBeGreaterThan(0);
    if (line.each === 'contact') expect(fields).toContain('contact');
  });

  it.each(Object.entries(CLAIMS).filter(([, l]) => l.backing.some((b) => 'answer' in b)))(
    "claim %s repeats the user's answer in the user's words",
    (_id, line) => {
      for (const b of line.backing) {
        if (!('answer' in b)) continue;
        expect(line.text.zh).toContain(b.said.zh);
        expect(line.text.en.toLowerCase()).toContain(b.said.en.toLowerCase());
        expect(b.is).not.toContain('unsure');
      }
    },
  );

  it.each(Object.entries(REQUESTS))('request %s asks', (_id, line) => {
    expect(line.text.zh).toContain('请');
    expect(line.text.en).toMatch(/\b(?:please|I ask|request)\b/i);
    expect(line.backing.every((b) => 'field' in b && b.field === 'lenderKind')).toBe(true);
  });

  it.each(Object.entries(FRAMES))('frame %s states nothing: no backing, and only fill-ins the user completes', (_id, line) => {
    expect(line.backing).toEqual([]);
    for (const s of slotsOf(line.text.zh)) expect(isFillIn(s), s).toBe(true);
  });

  it('hold no placeholder text except the one visible gap for an empty narrative', () => {
    const withGap = ALL.filter(([, , l]) => findPlaceholders(l.text.zh, 'zh').length > 0).map(([, id]) => id);
    expect(withGap).toEqual(['facts-gap']);
  });

  it('every line is used by a template or a shared section', () => {
    const sources = [
      ...readdirSync(join(here, 'templates'))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => readFileSync(join(here, 'templates', f), 'utf8')),
      readFileSync(join(here, 'sections.ts'), 'utf8'),
    ].join('\n');
    const unused = ALL.map(([, id]) => id).filter((id) => !sources.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });
});
