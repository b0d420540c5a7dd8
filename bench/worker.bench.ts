// worker.cold_answer_ms (goal ≤ 100 ms): the page tip's answer on a lender page
// when the service worker had been stopped, as the browser stops an idle
// worker after ~30 s (docs/trust-model.md#worker-lifetime). That is the usual
// case for a user who opens their lender's page now and then.
//
// Each run: open a new tab and let its own tab events reach the worker (else
// opening the tab would start the worker well before the navigation and hide
// part of the start); stop the worker through CDP Target.closeTarget (as
// test/browser/durability.test.ts does) until no worker target is left;
// navigate the tab to the lender page fixture (routed to its real URL); measure,
// inside the page, DOMContentLoaded → the first animation frame after the
// `reopen-tip` host is added. The navigation's tab event wakes the worker
// (src/background/index.ts listens to tabs.onUpdated), so its start runs
// alongside the page load; the interval holds what remains of it, the
// injection at document_idle, the sensor's read, the message, detection and
// diagnosis in a cold worker, the reply and the tip's first paint: all the user
// waits for once the page is there. Median of RUNS runs, each followed by a
// warm one (worker alive) measured the same way (worker.warm_answer_ms), so the
// cost of the start can be read off. A run only counts if no worker was running
// when the navigation began and one answered it.
//
// Where a cold start goes: TRACED more runs under a trace of the browser's
// `ServiceWorker` category only (cheap; separate from the timed runs):
//   worker.cold_start_ms — StartWorkerRequested → StartWorkerFinished: the
//     browser starting the worker (its renderer process if it had gone, the
//     installed scripts streamed to it, the module graph evaluated, listeners
//     registered); the message waits for this.
//   worker.cold_evaluate_ms — the last installed script sent → started: the
//     top-level evaluation of the worker's modules.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launch, stopWorker, workerTargets } from './chromium';
import { timing, type Metrics } from './metric';
import { median, round } from './stats';

const RUNS = 15;
const TRACED = 7;
const URL = 'https://personalweb.alipay.com/portal/i.htm';
const FIXTURE = join(ROOT, 'test/fixtures/lenders/alipay-portal/closed-no-line.html');

type Bench = { dcl?: number; tip?: number; painted: Promise<void> };

/** Installed before the page's own markup: records DOMContentLoaded and the tip's first frame, without polling. */
function recordAnswer(): void {
  let painted!: () => void;
  const b: Bench = { painted: new Promise((resolve) => (painted = resolve)) };
  (window as unknown as { __bench: Bench }).__bench = b;
  document.addEventListener('DOMContentLoaded', () => (b.dcl = performance.now()));
  new MutationObserver((records, observer) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if ((n as Element).localName !== 'reopen-tip') continue;
        observer.disconnect();
        requestAnimationFrame(() => {
          b.tip = performance.now();
          painted();
        });
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** DOMContentLoaded → tip painted in a tab already open, stopping the worker first when `cold`. */
async function answerMs(page: Page, stop?: () => Promise<void>): Promise<number> {
  await page.addInitScript(recordAnswer);
  if (stop) {
    await page.waitForTimeout(300); // the new tab's own events reach the worker and are done
    await stop();
  }
  await page.goto(URL);
  const t = await page.evaluate(async () => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    await Promise.race([b.painted, new Promise((_, reject) => setTimeout(() => reject(new Error('no tip within 10 s')), 10_000))]);
    return { dcl: b.dcl, tip: b.tip };
  });
  if (t.dcl === undefined || t.tip === undefined) throw new Error('bench: DOMContentLoaded or the tip was not recorded');
  return t.tip - t.dcl;
}

type TraceEvent = { name: string; ts: number; ph: string; args?: { Status?: string } };

/** Phases of one cold start from a `ServiceWorker` trace (µs timestamps). */
function startPhases(events: TraceEvent[]): { start: number; evaluate: number } {
  const at = (name: string, status?: string): number | undefined =>
    events.find((e) => e.name === name && e.ph !== 'f' && (status === undefined || e.args?.Status === status))?.ts;
  const requested = at('ServiceWorkerVersion::StartWorkerRequested');
  const scripts = at('ServiceWorkerInstalledScriptsSender::OnFinished', 'Success');
  const started = at('ServiceWorkerVersion::StartWorkerFinished');
  if (requested === undefined || scripts === undefined || started === undefined) throw new Error('bench: no worker start in the trace');
  return { start: (started - requested) / 1000, evaluate: (started - scripts) / 1000 };
}

export async function run(): Promise<Metrics> {
  const browser = await launch({ extension: true });
  try {
    await browser.serve(URL, { path: FIXTURE });
    const cdp = await browser.control();
    const stop = () => stopWorker(cdp, browser.origin);
    const load = async (cold: boolean): Promise<number> => {
      const page = await browser.ctx.newPage();
      try {
        return await answerMs(page, cold ? stop : undefined);
      } finally {
        await page.close();
      }
    };
    await load(false); // warm-up: the fixture route, the content script's code cache
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cold.push(await load(true));
      if (!(await workerTargets(cdp, browser.origin)).length) throw new Error('bench: no worker answered the page');
      warm.push(await load(false));
    }
    const start: number[] = [];
    const evaluate: number[] = [];
    for (let i = 0; i < TRACED; i++) {
      const events: TraceEvent[] = [];
      const collect = (e: { value: object[] }): void => void events.push(...(e.value as TraceEvent[]));
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['ServiceWorker'] }, transferMode: 'ReportEvents' });
      await load(true);
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      const phases = startPhases(events);
      start.push(phases.start);
      evaluate.push(phases.evaluate);
    }
    return {
      'worker.cold_answer_ms': timing(round(median(cold), 1), 'ms', 100),
      'worker.warm_answer_ms': timing(round(median(warm), 1), 'ms'),
      'worker.cold_start_ms': timing(round(median(start), 1), 'ms'),
      'worker.cold_evaluate_ms': timing(round(median(evaluate), 1), 'ms'),
    };
  } finally {
    await browser.close();
  }
}
