// Keeps the lender registry honest (docs/architecture.md#registries): every pack file is
// in PACKS with id === file name, ends with its note (docs/architecture.md#pack-notes), has
// fixtures, and every fixture gives its expected status through the production path: the real
// sensor (src/content/sensor.ts, in happy-dom) and the worker's factsFromReading
// (src/background/reading.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { factsFromReading } from '../../src/background/reading';
import { readPage, readStatusText, readableDocuments } from '../../src/content/sensor';
import type { SitePack } from '../../src/lenders/define';
import { PAGE_KINDS } from '../../src/lenders/define';
import { PACKS, findPack, manifestMatches } from '../../src/lenders/index';
import { PRODUCT_GROUP, isProduct } from '../../src/shared/products';
import { FIXTURE_ROOT, listFixtures, readFixtureMeta, type FixtureMeta } from '../fixtures/lenders/fixtures';
import { openPage, type HappyPage } from '../fixtures/lenders/happy-dom';
import { makeFiftyK } from '../fixtures/lenders/make-50k.mjs';
import { makeNbsp } from '../fixtures/lenders/make-nbsp.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const PACK_DIR = join(ROOT, 'src', 'lenders', 'packs');
const packFiles = readdirSync(PACK_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const fixtures = listFixtures();

const pages: HappyPage[] = [];
afterAll(async () => {
  for (const page of pages.splice(0)) await page.close();
});
function load(html: string, url: string, scripts = false): HappyPage {
  const page = openPage(html, url, { scripts });
  pages.push(page);
  return page;
}

/** The comment block a pack file ends with (docs/architecture.md#pack-notes). */
function trailingComment(source: string): string {
  const lines = source.trimEnd().split('\n');
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.startsWith('//')) start--;
  return lines.slice(start).join('\n');
}

/** Asserts what the worker makes of `text` read on a page standing for `meta`. */
function expectFacts(meta: FixtureMeta, text: string): void {
  const facts = factsFromReading(meta.url, text);
  if (meta.expect === 'none') {
    expect(facts, `no status expected in: ${text.slice(0, 200)}`).toBeNull();
    return;
  }
  expect(facts?.status, `read: ${text.slice(0, 300)}`).toBe(meta.expect);
  expect(facts!.evidence.length).toBeGreaterThan(0);
  if (meta.months !== undefined) expect(facts!.months).toBe(meta.months);
}

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

describe.each(PACKS.map((p) => [p.id, p] as const))('pack %s', (id, pack) => {
  it('has bilingual names and a known product, and carries only data the page needs (its note is a comment)', () => {
    expect(pack.name.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(pack.name.en).toMatch(/[A-Za-z]/);
    if (pack.product !== undefined) expect(isProduct(pack.product)).toBe(true);
    // A lender group only on a site that names no product, and one products belong to.
    if (pack.group !== undefined) expect([pack.product, Object.values(PRODUCT_GROUP).includes(pack.group)]).toEqual([undefined, true]);
    for (const key of Object.keys(pack)) expect(['id', 'name', 'product', 'group', 'hosts', 'matches', 'pages']).toContain(key);
  });

  describe('ends with a comment: where to see it live, which fixture stands for it, how sure its selectors are', () => {
    const note = trailingComment(readFileSync(join(PACK_DIR, `${id}.ts`), 'utf8'));

    it('names live https URLs on its own hosts', () => {
      const live = note.match(/^\/\/ Live: (.+)$/m)?.[1] ?? '';
      const urls = live.match(/https:\/\/[^\s),]+/g) ?? [];
      expect(urls.length, note).toBeGreaterThan(0);
      for (const url of urls) expect(pack.hosts).toContain(new URL(url).hostname);
    });

    it('names a fixture of its own that exists and stands for one of its pages', () => {
      const path = note.match(/Fixture: (test\/fixtures\/lenders\/[\w-]+\/[\w.-]+\.html)/)?.[1];
      expect(path, note).toMatch(new RegExp(`^test/fixtures/lenders/${id}/`));
      const meta = readFixtureMeta(readFileSync(join(ROOT, path!), 'utf8'));
      expect(findPack(meta!.url)?.pack.id).toBe(id);
    });

    it('says its selectors are unverified', () => {
      expect(note).toMatch(/UNVERIFIED/);
    });
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
    for (const name of [
      'alipay-portal/split-elements.html',
      'alipay-portal/hidden-variants.html',
      'alipay-portal/long-two-elements.html',
      'alipay-portal/long-one-element.html',
      'alipay-portal/unguessed-markup.html',
      'jd-baitiao/unguessed-markup.html',
    ])
      expect(names).toContain(name);
  });

  describe.each(fixtures.map((f) => [`${f.packId}/${f.file}`, f] as const))('%s', (_name, fixture) => {
    it('starts with an exact reopen-fixture header', () => {
      expect(fixture.meta).not.toBeNull();
    });

    it('stands for a URL of its own pack', () => {
      const match = findPack(fixture.meta!.url);
      expect(match?.pack.id).toBe(fixture.packId);
    });

    it('gives the expected status through the real sensor and factsFromReading', async () => {
      const meta = fixture.meta!;
      if (meta.render === 'script') {
        // Page scripts share our world in happy-dom (not in a browser): only benign hand-made ones run here.
        expect(fixture.html).not.toMatch(/__xss/);
        const page = load(fixture.html, meta.url, true);
        // Nothing before the script runs; the status once it has.
        expect(factsFromReading(meta.url, readPage(page.document, meta.url).text)).toBeNull();
        await page.settle();
        return expectFacts(meta, readPage(page.document, meta.url).text);
      }
      if (meta.render === 'css') {
        // happy-dom draws no generated content: the status is the stylesheet's, and
        // test/browser/content-fixtures.test.ts reads it in Chromium. Here: no text node holds it.
        expect(fixture.html).toMatch(/content:\s*"/);
        const page = load(fixture.html, meta.url);
        expect(factsFromReading(meta.url, readPage(page.document, meta.url).text)?.status).not.toBe(meta.expect);
        return;
      }
      const page = load(fixture.html, meta.url);
      const reading = readPage(page.document, meta.url);
      expect(reading.text.length).toBeLessThanOrEqual(4000);
      expectFacts(meta, reading.text);
    });
  });

  it('the complaint thread would read as a status if the pack read it: empty selectors matter', () => {
    const thread = fixtures.find((f) => f.file === 'complaint-view.html')!;
    const page = load(thread.html, thread.meta!.url);
    const text = readStatusText(readableDocuments(page.document), ['main']).text;
    expect(factsFromReading(thread.meta!.url, text)?.status).not.toBe('unknown');
    expect(readPage(page.document, thread.meta!.url).text).toBe('');
  });
});

describe.each([
  ['50,000-element page', makeFiftyK()],
  ['40,000 &nbsp; in a status element', makeNbsp()],
])('the generated %s', (_name, html) => {
  const meta = readFixtureMeta(html)!;
  it('has a valid header and stands for the Alipay portal', () => {
    expect(meta).toMatchObject({ source: 'generated', expect: 'frozen' });
    expect(findPack(meta.url)?.pack.id).toBe('alipay-portal');
  });
  it('gives its status through the real sensor and factsFromReading', () => {
    const page = load(html, meta.url);
    expectFacts(meta, readPage(page.document, meta.url).text);
  });
});

describe('the generated pages are what they say', () => {
  it('50,000 elements', () => {
    expect(load(makeFiftyK(), 'https://my.alipay.com/portal/i.htm').document.getElementsByTagName('*').length).toBeGreaterThanOrEqual(
      50_000,
    );
  });
  it('40,000 no-break spaces in one status element', () => {
    const spacer = load(makeNbsp(), 'https://my.alipay.com/portal/i.htm').document.querySelector('#J-assets-pcredit .spacer')!;
    expect(spacer.textContent).toBe('\u00a0'.repeat(40_000));
  });
});

describe('manifest', () => {
  it('content_scripts[0].matches equals manifestMatches()', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { content_scripts?: { matches?: string[] }[] };
    expect(manifest.content_scripts?.[0]?.matches).toEqual(manifestMatches());
  });
});
