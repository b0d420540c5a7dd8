// Storage benchmark in Chromium with the built extension (../README.md#the-case-file "10,000
// notes stay fast"). 100 cases and 10,000 notes (test/fixtures/sample-data.ts)
// are written straight into the extension's IndexedDB from the options page;
// then the options page's own actions are timed through the User Timing
// measures it records (src/options/connection.ts `measure`):
// - store.open_list_ms_10k: opening the database, listing every case and the
//   newest RECENT_LIMIT (50) notes through the `at` index, as the first screen
//   does (listing all 10,000 checked notes at once is not what the page does);
// - store.search_ms_10k: a search for "AGENT" with a lender filter, across
//   every note, as the search view answers it once its note index is warm
//   (read once, kept until a write anywhere);
// - store.search_cold_ms_10k (goal ≤ 50 ms): the first search after opening
//   the view, from the moment the search view is on screen to that search's
//   answer. The view starts reading its index when it mounts, so how soon
//   the user clicks would hide part of the read if the clock started at the
//   click (it did: timed from a click after Playwright's fill(), the same
//   opening read anything from 1 to 750 ms, depending on how long fill()
//   took on the loaded machine). Here an init script types "AGENT" and clicks in
//   the same moment the view appears, the clock starts at that moment, and it
//   stops at the end of the page's `reopen:search` measure: the index read
//   (every case and note, schema checks, decryption) plus the search;
// - store.read_notes_ms_10k (no goal): what reading the 10,000 notes costs
//   IndexedDB alone — one getAll over the `byAt` index from the options page,
//   no checks, no index — the floor of any design that reads every note
//   before the first answer;
// - store.export_ms_10k: exportAll + serializeBackup + the Blob download.
import type { Page } from 'playwright-core';
import { sampleCase, sampleNote } from '../test/fixtures/sample-data';
import { launch } from './chromium';
import { timing, type Metrics } from './metric';
import { median, round } from './stats';
import { CASES, NOTES } from './store.bench';
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

/**
 * Installed in the cold-search tab before the page's scripts: the moment the
 * search view is in the DOM, type the query and submit at once, and record
 * that moment (performance.now()).
 */
function searchAtOnce(): void {
  if (location.hash !== '#search') return;
  const w = window as unknown as { __benchViewAt?: number };
  new MutationObserver((_, observer) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="search-query"]');
    const button = document.querySelector<HTMLButtonElement>('[data-testid="search-run"]');
    if (!input || !button) return;
    observer.disconnect();
    w.__benchViewAt = performance.now();
    input.value = 'AGENT';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The query reaches the component's state on its next render; submit right after it.
    setTimeout(() => button.click(), 0);
  }).observe(document, { childList: true, subtree: true });
}

/** The cold figure of one opening of the search view: view on screen → end of the first search. */
async function coldSearch(page: Page, url: string): Promise<{ ms: number; clickToAnswer: number }> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMeasure(page, 'reopen:search', 0);
  const t = await page.evaluate(() => {
    const m = performance.getEntriesByName('reopen:search', 'measure')[0]!;
    return { viewAt: (window as unknown as { __benchViewAt?: number }).__benchViewAt, start: m.startTime, end: m.startTime + m.duration };
  });
  if (t.viewAt === undefined) throw new Error('bench: the search view was never seen');
  await page.getByTestId('search-count').waitFor();
  if (!(Number(await page.getByTestId('search-count').getAttribute('data-count')) > 0)) throw new Error('bench: cold search found nothing');
  return { ms: t.end - t.viewAt, clickToAnswer: t.end - t.start };
}

/** One getAll of every note through the byAt index, plain IndexedDB, ms. */
const readAllNotes = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolveRead, reject) => {
        const open = indexedDB.open('reopen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const t0 = performance.now();
          const request = open.result.transaction('notes').objectStore('notes').index('byAt').getAll();
          request.onsuccess = () => {
            const ms = performance.now() - t0;
            open.result.close();
            if (request.result.length < 10_000) reject(new Error(`read ${request.result.length} notes`));
            else resolveRead(ms);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

export async function run(): Promise<Metrics> {
  const browser = await launch({ extension: true, acceptDownloads: true });
  const { ctx } = browser;
  try {
    const origin = `${browser.origin}src/options/index.html`;
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
    const coldPage = await ctx.newPage();
    await coldPage.addInitScript(searchAtOnce);
    const cold: number[] = [];
    const clickToAnswer: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const one = await coldSearch(coldPage, `${origin}#search`);
      cold.push(one.ms);
      clickToAnswer.push(one.clickToAnswer);
    }
    await coldPage.close();
    console.log(
      `\n  cold search: ${round(median(cold), 1)} ms from the view on screen, of which ${round(median(clickToAnswer), 1)} ms after the click`,
    );
    const read: number[] = [];
    for (let i = 0; i < RUNS; i++) read.push(await readAllNotes(page));

    await page.goto(`${origin}#settings`);
    const exp: number[] = [];
    for (let i = 0; i < 5 + 1; i++) {
      const before = (await lastMeasure(page, 'reopen:export')).count;
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
      const ms = await waitForMeasure(page, 'reopen:export', before);
      await download.delete();
      if (i > 0) exp.push(ms);
    }
    return {
      'store.open_list_ms_10k': timing(round(median(openList), 1), 'ms', 50),
      'store.search_ms_10k': timing(round(median(search), 1), 'ms', 30),
      'store.search_cold_ms_10k': timing(round(median(cold), 1), 'ms', 50),
      'store.read_notes_ms_10k': timing(round(median(read), 1), 'ms'),
      'store.export_ms_10k': timing(round(median(exp), 1), 'ms'),
    };
  } finally {
    await browser.close();
  }
}
