// Keeps the lender registry honest (docs/architecture.md#registries): every pack file is
// in PACKS with id === file name, has fixtures, and every fixture's expected
// status is what the worker's factsFromReading reads through the pack's own selectors.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SitePack } from '../../src/lenders/define';
import { PAGE_KINDS } from '../../src/lenders/define';
import { factsFromReading } from '../../src/background/reading';
import { detectStatus } from '../../src/lenders/detect';
import { PACKS, findPack, manifestMatches } from '../../src/lenders/index';
import { isProduct } from '../../src/shared/products';
import { makeFiftyK } from '../fixtures/lenders/make-50k.mjs';
import { FIXTURE_ROOT, countElements, extractStatusText, inlineScriptText, listFixtures, readFixtureMeta } from '../fixtures/lenders/meta';

const ROOT = join(import.meta.dirname, '..', '..');
const PACK_DIR = join(ROOT, 'src', 'lenders', 'packs');
const packFiles = readdirSync(PACK_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const fixtures = listFixtures();

describe('registry', () => {
  it('lists every pack file exactly once, sorted by id', () => {
    const ids = PACKS.map((p) => p.id);
    expect([...ids].sort()).toEqual(packFiles.map((f) => basename(f, '.ts')).sort());
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(packFiles)('%s: id === file name, and the registry holds this very object', async (file) => {
    const mod = (await import(join(PACK_DIR, file))) as { default: SitePack };
    expect(mod.default.id).toBe(basename(file, '.ts'));
    expect(PACKS).toContain(mod.default);
  });
});

describe.each(PACKS.map((p) => [p.id, p] as const))('pack %s', (_id, pack) => {
  it('has bilingual names, a known product and a note that says the selectors are unverified', () => {
    expect(pack.name.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(pack.name.en).toMatch(/[A-Za-z]/);
    if (pack.product !== undefined) expect(isProduct(pack.product)).toBe(true);
    expect(pack.note).toMatch(/UNVERIFIED/);
    expect(pack.note).toContain(`test/fixtures/lenders/${pack.id}/`);
  });

  it('matches exactly its hosts over https, nothing wider', () => {
    expect([...pack.matches].sort()).toEqual(pack.hosts.map((h) => `https://${h}/*`).sort());
    for (const h of pack.hosts) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('has well-formed pages', () => {
    expect(pack.pages.length).toBeGreaterThan(0);
    for (const page of pack.pages) {
      expect(PAGE_KINDS).toContain(page.kind);
      for (const h of page.hosts ?? []) expect(pack.hosts).toContain(h);
      // A global or sticky RegExp keeps lastIndex between tests: findPack would flip-flop.
      if (page.url instanceof RegExp) expect(page.url.flags).not.toMatch(/[gy]/);
      else expect(page.url.startsWith('/')).toBe(true);
      for (const s of page.statusSelectors) {
        // Never the whole document (docs/trust-model.md#page-reads).
        expect(s.trim()).not.toMatch(/^(?:html|body|\*|:root)$/i);
      }
    }
  });

  it('has fixtures', () => {
    expect(fixtures.filter((f) => f.packId === pack.id).length).toBeGreaterThan(0);
  });
});

describe('fixtures', () => {
  it('every fixture folder is a pack', () => {
    const dirs = readdirSync(FIXTURE_ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    for (const d of dirs) expect(PACKS.map((p) => p.id)).toContain(d);
  });

  it('together show both a status and no status, and every special case', () => {
    const names = fixtures.map((f) => `${f.packId}/${f.file}`);
    expect(fixtures.some((f) => f.meta?.expect === 'none')).toBe(true);
    expect(fixtures.some((f) => f.meta?.expect === 'unknown')).toBe(true);
    expect(fixtures.some((f) => f.meta?.render === 'script')).toBe(true);
    expect(fixtures.some((f) => f.html.includes(`script-src 'none'`) && !/<script/i.test(f.html))).toBe(true);
    expect(fixtures.some((f) => f.html.includes('__xssFired'))).toBe(true);
    expect(fixtures.some((f) => f.html.includes('__xssProto'))).toBe(true);
    expect(names).toContain('alipay-portal/split-elements.html');
  });

  describe.each(fixtures.map((f) => [`${f.packId}/${f.file}`, f] as const))('%s', (_name, fixture) => {
    it('starts with an exact reopen-fixture header', () => {
      expect(fixture.meta).not.toBeNull();
    });

    it('stands for a URL of its own pack', () => {
      const match = findPack(fixture.meta!.url);
      expect(match?.pack.id).toBe(fixture.packId);
    });

    it('shows the expected status through the pack selectors', () => {
      const meta = fixture.meta!;
      const { page } = findPack(meta.url)!;
      const facts = factsFromReading(meta.url, extractStatusText(fixture.html, page.statusSelectors));
      if (meta.render === 'script') {
        // Nothing before the script runs; the script carries the status.
        expect(facts).toBeNull();
        expect(factsFromReading(meta.url, inlineScriptText(fixture.html))?.status).toBe(meta.expect);
        return;
      }
      if (meta.expect === 'none') {
        expect(facts).toBeNull();
      } else {
        expect(facts?.status).toBe(meta.expect);
        expect(facts?.evidence.length).toBeGreaterThan(0);
      }
      if (meta.months !== undefined) expect(facts?.months).toBe(meta.months);
    });
  });

  it('the complaint thread would read as a status if the pack read it: empty selectors matter', () => {
    const thread = fixtures.find((f) => f.file === 'complaint-view.html')!;
    expect(detectStatus(extractStatusText(thread.html, ['main'])).status).not.toBe('unknown');
  });
});

describe('50k-element page', () => {
  const html = makeFiftyK();
  it('has at least 50,000 elements and a valid header', () => {
    expect(countElements(html)).toBeGreaterThanOrEqual(50_000);
    expect(readFixtureMeta(html)).toMatchObject({ source: 'generated', expect: 'frozen' });
  });
  it('the status deep inside is found through the pack selectors', () => {
    const meta = readFixtureMeta(html)!;
    const match = findPack(meta.url)!;
    expect(match.pack.id).toBe('alipay-portal');
    expect(detectStatus(extractStatusText(html, match.page.statusSelectors)).status).toBe(meta.expect);
  });
});

describe('manifest', () => {
  const path = join(ROOT, 'manifest.json');
  it.runIf(existsSync(path))('content_scripts[0].matches equals manifestMatches()', () => {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { content_scripts?: { matches?: string[] }[] };
    expect(manifest.content_scripts?.[0]?.matches).toEqual(manifestMatches());
  });
});
