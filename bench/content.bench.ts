// The content script's cost on a lender page, measured in Debian's Chromium
// with the built extension (bench/chromium.ts), fixtures routed to their real
// URLs and the network off (docs/testing.md#chromium).
//
// Interleaved loads (content.load_ratio, content.load_added_ms,
// content.main_thread_ms_typical): in ONE
// browser session with the extension, the same fixture bytes are loaded,
// alternately, on a listed host (our content script runs) and on an unlisted
// host (`<listed-host>.unlisted.example`, where it does not), W O W O … W, each in a new tab.
// Per load: the renderer main thread's busy time from the navigation until the
// page has settled — CDP Performance.getMetrics TaskDuration with timeDomain
// 'threadTicks' (thread CPU time), minus DevToolsCommandDuration (our own
// measuring) — and, within it, ScriptDuration.
//   content.load_ratio = median over PAIRS of W / O, where each O is compared
//     with the mean of the two W loads around it (stats.ts bracketedRatios);
//   content.load_added_ms = the same pairs as W − O: what a page load costs
//     the main thread more because of us (isolated world set-up, our script,
//     the tip's style, layout and paint, the message's replies);
//   content.main_thread_ms_typical = median ScriptDuration of the W loads: all
//     script in the page is ours, since the unlisted loads of the same bytes
//     must show 0 script (checked);
//   content.main_thread_ms_50k = the same on the 50,000-node page, from listed
//     loads only (one unlisted load checks that the page runs no script). No
//     ratio is reported there: that page's own ≈ 2 s of main-thread work
//     varies by ±10 % from load to load, more than all we add (tens of ms),
//     so no number of pairs this bench can afford puts it reliably above 1.
// Why this cannot come out below 1 by noise (a ratio < 1 for added work means
// the measurement is wrong; content.load_ratio once read 0.77 from two
// separate launches, one of them without the extension):
//   1. CPU time of the page's thread, not wall time: a neighbour that takes
//      the core away from either load (this 2-core VM is shared, load average
//      ≈ 10) adds to neither side;
//   2. the two sides differ only in the host, in one session, with identical
//      instrumentation — no init script, no polling: the load event, a fixed
//      SETTLE_MS, one DOM check for the tip, one metrics read;
//   3. bracketing cancels drift (caches warming, a neighbour starting a build)
//      and neither side always goes first;
//   4. every W load must show the tip (our work happened and was counted),
//      every O load must not, and the bench refuses a median below 1 as a
//      broken measurement rather than report it.
//
//   content.tip_latency_ms — DOMContentLoaded to the tip painted: an init script
//     in the page records performance.now() at DOMContentLoaded and at the first
//     animation frame after a `reopen-tip` element appears. Includes the
//     document_idle injection delay and the worker round trip (worker alive;
//     bench/worker.bench.ts times it from a stopped worker).
//   content.profile_ms_typical / _50k — an older measure, kept for comparison
//     (no goal): a CDP CPU profile (Profiler.start before navigation, 100 µs
//     sampling), each sample's time counted as ours when any frame of its stack
//     belongs to chrome-extension://<id>/src/content/. It counts WALL time
//     between samples, so a descheduled renderer thread is billed to whatever
//     frame it was in: single loads range 6–60 ms for the same build.
// A Tracing run (EvaluateScript tdur, the synchronous part only) found ≈ 3.5 ms
// of the script time to be V8 parsing and compiling the 18 KB bundle
// (V8.CompileScript + lazy V8.CompileCode): a floor that only a smaller bundle lowers.
// content.gzip_bytes is measured by bench/size.bench.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { makeFiftyK } from '../test/fixtures/lenders/make-50k.mjs';
import { ROOT, TMP, launch } from './chromium';
import { ratio, timing, type Metrics } from './metric';
import { bracketedDifferences, bracketedRatios, median, round } from './stats';

const LOADS = 10;
/** Unlisted loads in the interleaved runs; there is one listed load more. */
const PAIRS = 20;
/** After the load event, before the tip check and the metrics read (the tip comes within ~100 ms, debounce 250 ms). */
const SETTLE_MS = 1000;

const TYPICAL = {
  url: 'https://personalweb.alipay.com/portal/i.htm',
  path: join(ROOT, 'test/fixtures/lenders/alipay-portal/closed-no-line.html'),
};
const FIFTY_K_URL = 'https://my.alipay.com/portal/i.htm';
/** A listed URL's twin on a host no site pack lists (so no content script runs there), one per listed host. */
const unlisted = (url: string): string =>
  url.replace(/^https:\/\/([^/]+)/, (_, host: string) => `https://${host.replaceAll('.', '-')}.unlisted.example`);

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of samples whose stack contains a frame from our content script. */
export function scriptTime(profile: CpuProfile, prefix: string): number {
  const parent = new Map<number, number>();
  const url = new Map<number, string>();
  for (const n of profile.nodes) {
    url.set(n.id, n.callFrame.url);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = (url.get(id) ?? '').startsWith(prefix) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let micros = 0;
  // timeDeltas[i] is the time since the previous sample: sample i-1 ran for timeDeltas[i].
  for (let i = 0; i < profile.samples.length; i++) {
    const ran = profile.timeDeltas[i + 1] ?? 0;
    if (isOurs(profile.samples[i]!)) micros += ran;
  }
  return micros / 1000;
}

async function profiledLoad(ctx: BrowserContext, id: string, url: string): Promise<number> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.locator('reopen-tip').waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(400); // past the 250 ms debounce of any follow-up reading
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  await page.close();
  return scriptTime(profile, `chrome-extension://${id}/src/content/`);
}

type LoadCost = { task: number; script: number; layout: number; style: number };

/**
 * Main-thread CPU ms of one load in a new tab, from the navigation until
 * SETTLE_MS after the load event, with no instrumentation in the page.
 */
async function loadCost(ctx: BrowserContext, url: string, expectTip: boolean): Promise<LoadCost> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const hasTip = () => page.evaluate(() => document.querySelector('reopen-tip') !== null);
    // A slow moment on the shared machine may delay the tip past SETTLE_MS: wait for it, so W always holds our work.
    for (let i = 0; expectTip && !(await hasTip()) && i < 40; i++) await page.waitForTimeout(250);
    if ((await hasTip()) !== expectTip) throw new Error(`bench: ${url} ${expectTip ? 'showed no tip' : 'showed a tip'}`);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const m = (name: string): number => (metrics.find((x) => x.name === name)?.value ?? NaN) * 1000;
    return {
      task: m('TaskDuration') - m('DevToolsCommandDuration'),
      script: m('ScriptDuration'),
      layout: m('LayoutDuration'),
      style: m('RecalcStyleDuration'),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Fails unless the unlisted twin of `url` runs no script: then all script time on `url` is ours. */
function assertNoOwnScript(url: string, unlistedLoads: LoadCost[]): void {
  const own = median(unlistedLoads.map((x) => x.script));
  if (own > 0.05) throw new Error(`bench: ${url} runs ${own} ms of its own script; main_thread_ms would not be ours alone`);
}

/** W O W O … W on `url` (listed) and its unlisted twin; one warm-up of each first. */
async function interleaved(ctx: BrowserContext, url: string): Promise<{ w: LoadCost[]; o: LoadCost[] }> {
  await loadCost(ctx, url, true);
  await loadCost(ctx, unlisted(url), false);
  const w: LoadCost[] = [];
  const o: LoadCost[] = [];
  for (let i = 0; i < PAIRS; i++) {
    w.push(await loadCost(ctx, url, true));
    o.push(await loadCost(ctx, unlisted(url), false));
  }
  w.push(await loadCost(ctx, url, true));
  assertNoOwnScript(url, o);
  return { w, o };
}

/** The figures of one interleaved run, and what the added time is made of (printed). */
function loadFigures({ w, o }: { w: LoadCost[]; o: LoadCost[] }): { ratio: number; added: number; script: number } {
  const pick = (k: keyof LoadCost) => [w.map((x) => x[k]), o.map((x) => x[k])] as const;
  const ratios = bracketedRatios(...pick('task'));
  const r = median(ratios);
  if (r < 1) throw new Error(`bench: content.load_ratio ${r} < 1 for added work: the measurement is broken`);
  const added = median(bracketedDifferences(...pick('task')));
  const part = (k: keyof LoadCost): string => {
    const d = round(median(bracketedDifferences(...pick(k))), 1);
    return `${d < 0 ? '−' : '+'}${Math.abs(d)}`;
  };
  console.log(
    `\n  typical page: main thread ${round(median(o.map((x) => x.task)), 1)} ms without us, +${round(added, 1)} ms with us` +
      ` (script ${part('script')}, layout ${part('layout')}, style ${part('style')}, the rest in other tasks);` +
      ` ${ratios.filter((x) => x < 1).length} of ${ratios.length} pairs below 1, lowest ${round(Math.min(...ratios), 3)}`,
  );
  return { ratio: r, added, script: median(w.map((x) => x.script)) };
}

/** Installed before any page script: DOMContentLoaded and the tip's first frame, in performance.now() ms. */
function recordTimings(): void {
  const t: { dcl?: number; tip?: number } = {};
  (window as unknown as { __benchTimings: typeof t }).__benchTimings = t;
  document.addEventListener('DOMContentLoaded', () => (t.dcl = performance.now()));
  new MutationObserver((records, observer) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if ((n as Element).localName === 'reopen-tip') {
          observer.disconnect();
          requestAnimationFrame(() => (t.tip = performance.now()));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** DOMContentLoaded → the tip painted, ms. */
async function timedLoad(ctx: BrowserContext, url: string): Promise<number> {
  const page: Page = await ctx.newPage();
  await page.addInitScript(recordTimings);
  await page.goto(url);
  await page.waitForFunction('window.__benchTimings.tip !== undefined', undefined, { timeout: 15_000 });
  const t = (await page.evaluate('window.__benchTimings')) as { dcl: number; tip: number };
  await page.close();
  return t.tip - t.dcl;
}

export async function run(): Promise<Metrics> {
  mkdirSync(join(TMP, 'fixtures'), { recursive: true });
  const fiftyK = join(TMP, 'fixtures', '50k.html');
  writeFileSync(fiftyK, makeFiftyK());
  const browser = await launch({ extension: true });
  const { ctx, origin } = browser;
  const id = new URL(origin).host;
  try {
    for (const [url, path] of [
      [TYPICAL.url, TYPICAL.path],
      [FIFTY_K_URL, fiftyK],
    ] as const) {
      await browser.serve(url, { path });
      await browser.serve(unlisted(url), { path });
    }
    const typicalLoads = loadFigures(await interleaved(ctx, TYPICAL.url));
    await loadCost(ctx, FIFTY_K_URL, true);
    const bigScript: number[] = [];
    for (let i = 0; i < LOADS; i++) bigScript.push((await loadCost(ctx, FIFTY_K_URL, true)).script);
    assertNoOwnScript(FIFTY_K_URL, [await loadCost(ctx, unlisted(FIFTY_K_URL), false)]);

    // One warm-up load each (first compile), not counted.
    const typical: number[] = [];
    const big: number[] = [];
    await profiledLoad(ctx, id, TYPICAL.url);
    for (let i = 0; i < LOADS; i++) typical.push(await profiledLoad(ctx, id, TYPICAL.url));
    await profiledLoad(ctx, id, FIFTY_K_URL);
    for (let i = 0; i < Math.ceil(LOADS / 2); i++) big.push(await profiledLoad(ctx, id, FIFTY_K_URL));
    const latency: number[] = [];
    await timedLoad(ctx, TYPICAL.url);
    for (let i = 0; i < LOADS; i++) latency.push(await timedLoad(ctx, TYPICAL.url));

    return {
      'content.load_ratio': ratio(round(typicalLoads.ratio, 3), 1.05),
      'content.load_added_ms': timing(round(typicalLoads.added, 1), 'ms'),
      'content.main_thread_ms_typical': timing(round(typicalLoads.script), 'ms', 2),
      'content.main_thread_ms_50k': timing(round(median(bigScript)), 'ms', 20),
      'content.profile_ms_typical': timing(round(median(typical)), 'ms'),
      'content.profile_ms_50k': timing(round(median(big)), 'ms'),
      'content.tip_latency_ms': timing(round(median(latency), 1), 'ms', 100),
    };
  } finally {
    await browser.close();
  }
}
