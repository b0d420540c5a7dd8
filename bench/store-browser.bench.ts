// Storage benchmark in Chromium with the built extension (README.md#the-case-file "10,000
// notes stay fast"). 100 cases and 10,000 notes (test/fixtures/sample-data.ts)
// are written straight into the extension's IndexedDB from the options page;
// then the options page's own actions are timed through the User Timing
// measures it records (src/options/connection.ts `measure`):
// - store.open_list_ms_10k: opening the database, listing every case and the
//   newest RECENT_LIMIT (50) notes through the `at` index, as the first screen
//   does (listing all 10,000 checked notes at once is not what the page does);
// - store.search_ms_10k: a search for "AGENT" with a lender filter, across
//   every note, as the search view answers it once its index is warm
//   (src/storage/note-index.ts: read once, kept until a write anywhere);
// - store.search_cold_ms_10k: the first search right after opening the view,
//   which waits for that index to be read (schema check and decryption included);
// - store.export_ms_10k: exportAll + serializeBackup + the Blob download.
// Needs a fresh `npx vite build --mode chrome` and Chromium (CHROME_PATH).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browser/browsers';
import { sampleCase, sampleNote } from '../test/fixtures/sample-data';
import { CASES, NOTES, median } from './store.bench';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 7;

const lastMeasure = (page: Page, name: string): Promise<{ count: number; ms: number }> =>
  page.evaluate((n) => {
    const all = performance.getEntriesByName(n, 'measure');
    return { count: all.length, ms: all.at(-1)?.duration ?? NaN };
  }, name);

async function waitForMeasure(page: Page, name: string, count: number): Promise<number> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n as string, 'measure').length > (c as number), [
    name,
    count,
  ] as const);
  return (await lastMeasure(page, name)).ms;
}

export async function run(): Promise<Record<string, { value: number; unit: string; goal?: number }>> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  for (const key of ['TMPDIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) process.env[key] = tmp;
  const profile = mkdtempSync(join(tmp, 'bench-profile-'));
  const dist = join(ROOT, 'dist');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    args: chromiumArgs(dist),
  });
  try {
    await ctx.route(/^https?:/, (r) => r.abort('blockedbyclient'));
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(sw.url()).host}/src/options/index.html`;
    const page = await ctx.newPage();
    await page.goto(origin);
    await page.locator('h1').waitFor();

    // Seed in one transaction with plain IndexedDB (the page has created the schema).
    const cases = Array.from({ length: CASES }, (_, i) => sampleCase(i));
    const notes = Array.from({ length: NOTES }, (_, i) => sampleNote(i, `case-${i % CASES}`));
    await page.evaluate(
      ({ cases: cs, notes: ns }) =>
        new Promise<void>((resolveSeed, reject) => {
          const open = indexedDB.open('reopen');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['cases', 'notes'], 'readwrite');
            for (const c of cs) tx.objectStore('cases').put(c);
            for (const n of ns) tx.objectStore('notes').put(n);
            tx.oncomplete = () => {
              open.result.close();
              resolveSeed();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { cases, notes },
    );

    const openList: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto('about:blank');
      await page.goto(origin);
      const ms = await waitForMeasure(page, 'reopen:open-list', 0);
      await page
        .locator('[data-testid="case-list"] > li')
        .nth(CASES - 1)
        .waitFor();
      if (i > 0) openList.push(ms); // the first is a warm-up
    }

    await page.goto(`${origin}#search`);
    await page.getByTestId('search-query').fill('AGENT');
    await page.getByTestId('search-lender').selectOption('jd-baitiao');
    const search: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const before = (await lastMeasure(page, 'reopen:search')).count;
      await page.getByTestId('search-run').click();
      const ms = await waitForMeasure(page, 'reopen:search', before);
      if (i > 0) search.push(ms);
    }
    const found = Number(await page.getByTestId('search-count').getAttribute('data-count'));
    if (!(found > 0)) throw new Error('bench: search found nothing');
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank');
      await page.goto(`${origin}#search`);
      await page.getByTestId('search-query').fill('AGENT');
      const before = (await lastMeasure(page, 'reopen:search')).count;
      await page.getByTestId('search-run').click();
      cold.push(await waitForMeasure(page, 'reopen:search', before));
    }

    await page.goto(`${origin}#settings`);
    const exp: number[] = [];
    for (let i = 0; i < 5 + 1; i++) {
      const before = (await lastMeasure(page, 'reopen:export')).count;
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
      const ms = await waitForMeasure(page, 'reopen:export', before);
      await download.delete();
      if (i > 0) exp.push(ms);
    }
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      'store.open_list_ms_10k': { value: round(median(openList)), unit: 'ms', goal: 50 },
      'store.search_ms_10k': { value: round(median(search)), unit: 'ms', goal: 30 },
      'store.search_cold_ms_10k': { value: round(median(cold)), unit: 'ms' },
      'store.export_ms_10k': { value: round(median(exp)), unit: 'ms' },
    };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
