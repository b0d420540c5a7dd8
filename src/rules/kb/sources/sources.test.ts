// Meta-test for the one sources catalogue (docs/architecture.md#registries):
// each file of one kind, ids unique, kebab-case and sorted, every entry sound,
// cited by something and worded for a user; every source the knowledge base and
// the appeal templates hold is the catalogue's own entry.
import { describe, expect, it } from 'vitest';
import { CHANNEL_INFO, channelHint } from '../../../appeal';
import { FRAMES } from '../../../appeal/frames';
import { REQUESTS } from '../../../appeal/requests';
import { PRODUCTS } from '../../../shared/products';
import { SourceSchema } from '../../schema';
import type { Source, SourceKind } from '../../types';
import { KB } from '..';
import { LAWS } from './laws';
import { NEWS } from './news';
import { REGULATORS } from './regulators';
import { SECONDARY } from './secondary';
import { SOURCE, SOURCES, sourceById } from '.';

const FILES: [SourceKind, Record<string, Source>][] = [
  ['law', LAWS],
  ['regulator', REGULATORS],
  ['news', NEWS],
  ['secondary', SECONDARY],
];

/** Every source held by a knowledge-base item, a rule, a template, a request text or a channel hint. */
function citedSources(): Source[] {
  const kb = Object.values(KB).flatMap((items: readonly { sources: readonly Source[] }[]) => items.flatMap((i) => i.sources));
  const templates = CHANNEL_INFO.flatMap((c) => c.sources);
  const requests = [...Object.values(REQUESTS), ...Object.values(FRAMES)].flatMap((r) => r.sources ?? []);
  const hints = PRODUCTS.flatMap((p) => channelHint('chat', p).sources);
  return [...kb, ...templates, ...requests, ...hints];
}

describe('sources catalogue', () => {
  it.each(FILES)('%s: one kind per file, ids sorted', (kind, entries) => {
    const ids = Object.keys(entries);
    expect(ids).toEqual([...ids].sort());
    for (const [id, s] of Object.entries(entries)) expect([s.id, s.kind]).toEqual([id, kind]);
  });

  it('has unique ids across files, and SOURCES lists every entry once', () => {
    const all = FILES.flatMap(([, e]) => Object.keys(e));
    expect(new Set(all).size).toBe(all.length);
    expect(SOURCES.map((s) => s.id)).toEqual(all);
    expect(Object.keys(SOURCE).sort()).toEqual([...all].sort());
  });

  it.each(SOURCES.map((s) => [s.id, s] as const))('%s is sound', (_id, s) => {
    const r = SourceSchema.safeParse(s);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('holds only entries something cites, and everything cites the entries themselves', () => {
    const cited = citedSources();
    for (const s of cited) expect(sourceById(s.id), s.id).toBe(s);
    const used = new Set(cited.map((s) => s.id));
    expect(SOURCES.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('rates laws as confirmed and secondary sources never as confirmed', () => {
    for (const s of SOURCES.filter((x) => x.kind === 'law')) expect(s.level, s.id).toBe('confirmed');
    for (const s of SOURCES.filter((x) => x.kind === 'secondary')) expect(s.level, s.id).not.toBe('confirmed');
  });

  it('describes PIPL Art. 24(3) as a right to an explanation (说明), not to "specific reasons"', () => {
    const s = SOURCE['pipl-24'];
    expect(s.cite.zh).toBe('《个人信息保护法》第二十四条第三款');
    expect(s.supports.zh).toContain('予以说明');
    expect(s.supports.zh).not.toContain('具体原因');
    expect(s.supports.en).toMatch(/explanation/);
    expect(s.supports.en).not.toMatch(/specific reason/i);
  });

  it('gives the 15/30/60-day clock as what the rules require of banks and insurers', () => {
    const s = SOURCE['cbirc-complaints-2020'];
    expect(s.supports.zh).toContain('银行、保险机构');
    expect(s.supports.zh).toMatch(/消费金融公司.*尚未核实/);
    expect(s.supports.en).toContain('what the rules require of banks and insurers');
    expect(s.supports.en).toMatch(/consumer finance companies.*not confirmed/);
  });

  it('names no number the research could not confirm', () => {
    // docs/sources.md#lender-channels: 950618 (JD) is unverified, 95055 conflicts with 95188.
    for (const s of SOURCES) expect(`${s.cite.zh}${s.cite.en}${s.supports.zh}${s.supports.en}`, s.id).not.toMatch(/950618|95055/);
  });
});
