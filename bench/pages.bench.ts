// Whole pages never tuned on, through the real extension (../README.md#on-the-page).
// Run alone with
//   npm run bench -- pages
// test/fixtures/pages/holdout/ holds hand-made pages of the listed hosts, written by
// a writer who read no sensor, pack or detector code and no other fixture
// (docs/architecture.md#corpora). Each is loaded in Debian's Chromium with the
// built extension, routed to the real URL its header names (bench/chromium.ts:
// the network is off), and the tip the user would see is read:
// - pages.precision: share of pages stating no fault of the user's own line
//   (`none`, and `normal`, which draws no tip) that show no tip (goal 1.0: a false
//   alarm is worse than a miss);
// - pages.recall: share of pages stating a fault whose tip carries that status
//   (goal ≥ 0.97).
// pages.holdout2.* are the same figures on test/fixtures/pages/holdout-2/, a second such set.
// Only the counts are printed: the pages are measured, never read for tuning.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page as Tab } from 'playwright-core';
import { readFixtureMeta, type FixtureMeta } from '../test/fixtures/lenders/fixtures';
import { ROOT, launch } from './chromium';
import { type Metrics, quality } from './metric';

export const HOLDOUT = join(ROOT, 'test/fixtures/pages/holdout');
/** A second page holdout, written after page sets 5 and 6 by a writer who saw no code and no other set, before detection round 7. */
export const HOLDOUT_2 = join(ROOT, 'test/fixtures/pages/holdout-2');

// The tip comes after document_idle, a 250 ms debounce and a worker round trip; a
// script-rendered status after its own delay (≤ 300 ms). Waiting this long for a
// tip that does not come is what "no tip" means here.
const TIP_WAIT_MS = 4000;
// A tip may be re-evaluated once more (the same debounce) before it is read.
const SETTLE_MS = 600;

export interface Page {
  file: string;
  path: string;
  meta: FixtureMeta;
}

/** Every page of `dir`, refusing one whose header is not well-formed (it would be measured as anything). */
export function readPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const meta = readFixtureMeta(readFileSync(path, 'utf8'));
      if (!meta) throw new Error(`bench: ${file} has no well-formed reopen-fixture header`);
      return { file, path, meta };
    });
}

/** The status on the tip a loaded tab shows once it settles, or null when it shows none (also test/browser/pages-dev.test.ts). */
export async function tipOf(tab: Tab): Promise<string | null> {
  const shown = await tab
    .locator('reopen-tip')
    .first()
    .waitFor({ state: 'attached', timeout: TIP_WAIT_MS })
    .then(() => true)
    .catch(() => false);
  if (!shown) return null;
  await tab.waitForTimeout(SETTLE_MS);
  // A later, debounced evaluation may have replaced the tip: read whichever is there now.
  return tab.evaluate(() => document.querySelector('reopen-tip')?.getAttribute('data-reopen-status') ?? null);
}

/** The status on the tip the page shows, or null when it shows none. */
async function tipOn(ctx: BrowserContext, page: Page): Promise<string | null> {
  const tab = await ctx.newPage();
  try {
    await tab.goto(page.meta.url, { waitUntil: 'load' });
    return await tipOf(tab);
  } finally {
    await tab.close();
  }
}

export interface Outcome {
  page: Page;
  tip: string | null;
}

/** Loads every page in one browser session with the extension. */
export async function measurePages(pages: readonly Page[]): Promise<Outcome[]> {
  const browser = await launch({ extension: true });
  try {
    const out: Outcome[] = [];
    for (const page of pages) {
      // Exactly this URL (a string would be a glob: "?" in a query is a wildcard); the latest route wins.
      await browser.serve(new RegExp(`^${page.meta.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), { path: page.path });
      out.push({ page, tip: await tipOn(browser.ctx, page) });
    }
    return out;
  } finally {
    await browser.close();
  }
}

const NO_TIP: readonly string[] = ['none', 'normal'];

/** Whether the tip shown is what the page's label says: its status, or none for a page stating no fault. */
export const agrees = (expect: string, tip: string | null): boolean => tip === expect || (tip === null && NO_TIP.includes(expect));

export function score(outcomes: readonly Outcome[]): { precision: number; recall: number; quiet: number; faults: number } {
  const quiet = outcomes.filter((o) => NO_TIP.includes(o.page.meta.expect));
  const faults = outcomes.filter((o) => !NO_TIP.includes(o.page.meta.expect));
  const share = (hits: number, of: number): number => (of === 0 ? 0 : hits / of);
  return {
    precision: share(quiet.filter((o) => o.tip === null).length, quiet.length),
    recall: share(faults.filter((o) => o.tip === o.page.meta.expect).length, faults.length),
    quiet: quiet.length,
    faults: faults.length,
  };
}

const round = (x: number): number => Number(x.toFixed(3));

/** pages.precision and pages.recall (prefix `pages`) of the pages of one held-out set. */
async function figures(dir: string, prefix: string): Promise<Metrics> {
  const pages = readPages(dir);
  const s = score(await measurePages(pages));
  console.log(`${prefix}: ${pages.length} (${s.quiet} without a fault, ${s.faults} with one)`);
  return {
    [`${prefix}.precision`]: quality(round(s.precision), 'share', 'higher', 1),
    [`${prefix}.recall`]: quality(round(s.recall), 'share', 'higher', 0.97),
  };
}

export async function run(): Promise<Metrics> {
  return { ...(await figures(HOLDOUT, 'pages')), ...(await figures(HOLDOUT_2, 'pages.holdout2')) };
}
