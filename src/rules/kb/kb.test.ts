// Meta-test for the knowledge base (docs/architecture.md#registries ("Registries are explicit lists
// kept honest by a meta-test"): one file per item with id === filename, every
// file registered, ids unique and sorted, every item sourced, every seed item
// covered, and ⚠️ items never worded as fact (docs/sources.md#reliability).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { weakestLevel } from '../deadlines';
import { knowledgeBaseProblems } from '../schema';
import type { Bilingual, Source } from '../types';
import { KB } from '.';

const dirs = ['causes', 'checklist', 'clauses', 'deadlines', 'financing', 'impacts', 'meanings', 'rules', 'warnings'] as const;
type Item = { id: string; sources: readonly Source[] };
const all: [string, Item][] = dirs.flatMap((d) => (KB[d] as readonly Item[]).map((i) => [d, i] as [string, Item]));

/** The item's own words; its sources' texts belong to the catalogue (sources/sources.test.ts). */
function texts(item: object): Bilingual[] {
  const out: Bilingual[] = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') {
      if ('zh' in v && 'en' in v) out.push(v as Bilingual);
      else for (const [key, x] of Object.entries(v)) if (key !== 'sources') walk(x);
    }
  };
  walk(item);
  return out;
}

describe('knowledge base', () => {
  it('has no schema errors, dangling ids, duplicates or unsorted registries', () => {
    expect(knowledgeBaseProblems()).toEqual([]);
  });

  it.each(dirs)('%s: one file per item, id === filename, all registered', async (dir) => {
    const folder = fileURLToPath(new URL(`./${dir}/`, import.meta.url));
    const files = readdirSync(folder)
      .filter((n) => n.endsWith('.ts') && n !== 'index.ts' && !n.endsWith('.test.ts'))
      .map((n) => n.slice(0, -3))
      .sort();
    expect(KB[dir].map((i) => i.id)).toEqual(files);
    for (const id of files) {
      const mod = (await import(`./${dir}/${id}.ts`)) as { default: Item };
      expect(mod.default.id).toBe(id);
    }
  });

  it.each(all)('%s/%o has at least one source', (_dir, item) => {
    expect(item.sources.length).toBeGreaterThan(0);
  });

  it('reaches every checklist item, clause, warning and financing item from some rule', () => {
    for (const key of ['checklist', 'clauses', 'warnings', 'financing', 'impacts'] as const) {
      const used = new Set(KB.rules.flatMap((r) => r.then[key] ?? []));
      expect(KB[key].map((i) => i.id).filter((id) => !used.has(id))).toEqual([]);
    }
    const causes = new Set(KB.rules.flatMap((r) => [r.then.cause, ...(r.then.common ?? [])]));
    expect(KB.causes.map((c) => c.id).filter((id) => !causes.has(id))).toEqual([]);
  });

  it('words ⚠️ items as possibilities only', () => {
    const hedged = [...KB.causes, ...KB.checklist, ...KB.clauses, ...KB.warnings, ...KB.financing].filter(
      (i) => weakestLevel(i.sources) === 'unverified',
    );
    expect(hedged.length).toBeGreaterThan(0); // system-error, large-withdrawals
    for (const item of hedged) {
      const words = texts(item);
      expect(
        words.some((t) => /可能|仅为可能/.test(t.zh)),
        item.id,
      ).toBe(true);
      expect(
        words.some((t) => /possib|might|may\b/i.test(t.en)),
        item.id,
      ).toBe(true);
    }
  });

  it('never states an unverified phone number, and hedges the reported one', () => {
    const everything = all.flatMap(([, i]) => texts(i));
    // docs/sources.md#lender-channels: JD 950618 is ⚠️, Alipay 95055 conflicts; 12363's status is ⚠️.
    for (const t of everything) expect(`${t.zh} ${t.en}`).not.toMatch(/950618|95055|12363/);
    for (const t of everything.filter((x) => x.zh.includes('95188'))) {
      expect(t.zh).toMatch(/第三方|据/);
      expect(t.en).toMatch(/third-party|reported/i);
    }
  });

  it('phrases appeal requests as requests, not accusations (docs/sources.md#pipl)', () => {
    for (const c of KB.clauses) {
      expect(`${c.text.zh}`).not.toMatch(/违法|违反|侵犯/);
      expect(c.text.en).not.toMatch(/unlawful|illegal|violat|breach/i);
      if (c.kind !== 'fact') expect(c.text.zh.startsWith('请') || c.text.zh.includes('请'), c.id).toBe(true);
    }
  });

  it('never suggests invented hardship stories (docs/sources.md#regulators, docs/sources.md#wording-rules)', () => {
    for (const t of all.flatMap(([, i]) => texts(i))) expect(t.zh).not.toMatch(/非恶意逾期|不可抗力/);
  });

  it('dates time-limited items as docs/sources.md#credit-report does', () => {
    const byId = new Map(KB.checklist.map((c) => [c.id, c]));
    expect(byId.get('repair-policy-2026')?.validUntil).toBe('2026-03-31');
    expect(byId.get('extra-free-reports-2026')?.validUntil).toBe('2026-06-30');
  });
});
