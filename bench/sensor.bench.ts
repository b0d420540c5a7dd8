// What the sensor's reading costs in Debian's Chromium, laid out for real: the
// sensor (src/content/sensor.ts, built on its own as an IIFE) runs in the page
// after load, and each figure is the median of repeated readPage calls on a
// settled layout (what every debounced re-read after a page change costs). Its
// visibility checks (src/content/visible.ts: tag and attributes, then
// checkVisibility, then the box) are the part a textContent read would not pay:
//
//   sensor.read_ms_typical — a saved status page through its pack's selectors
//   sensor.read_ms_50k — the 50,000-node page through the pack's selectors
//   sensor.read_ms_50k_whole_page — the same page in generic mode: the visible
//     text of the whole body, then the near-credit excerpt (also the fallback
//     reader on a listed page whose markup the pack did not guess)
//   sensor.text_content_ms_50k_whole_page — body.textContent of that page, for
//     comparison: a whole-body read without any visibility check (no goal)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../test/browser/browsers';
import { makeFiftyK } from '../test/fixtures/lenders/make-50k.mjs';

type Metrics = Record<string, { value: number; unit: string; goal?: number }>;

const ROOT = join(import.meta.dirname, '..');
const RUNS = 30;

async function sensorBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'src/content/sensor.ts'), formats: ['iife'], name: '__reopenSensor' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk')!.code!;
}

/** Median ms of `runs` calls of `expression` in the page, after one warm-up call. */
function timeInPage(expression: string, runs: number): string {
  return `(() => {
    const call = () => ${expression};
    call();
    const times = [];
    for (let i = 0; i < ${runs}; i++) { const t = performance.now(); call(); times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  })()`;
}

export async function run(): Promise<Metrics> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const code = await sensorBundle();
  const pages: Record<string, string> = {
    'https://personalweb.alipay.com/portal/i.htm': readFileSync(
      join(ROOT, 'test/fixtures/lenders/alipay-portal/closed-no-line.html'),
      'utf8',
    ),
    'https://my.alipay.com/portal/i.htm': makeFiftyK(),
    // No pack lists this host: generic mode, the whole body near credit words.
    'https://bank.example.cn/': makeFiftyK(),
  };
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.route(/^https?:/, (route) => {
      const body = pages[route.request().url()];
      return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort('blockedbyclient');
    });
    const measure = async (url: string, expression: string): Promise<number> => {
      await page.goto(url);
      await page.addScriptTag({ content: code });
      // Two frames: the page is laid out, as it is when a debounced reading runs.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return Math.round(((await page.evaluate(timeInPage(expression, RUNS))) as number) * 1000) / 1000;
    };
    const read = (url: string): string => `window.__reopenSensor.readPage(document, ${JSON.stringify(url)}).text.length`;
    return {
      'sensor.read_ms_typical': { value: await measure(Object.keys(pages)[0]!, read(Object.keys(pages)[0]!)), unit: 'ms', goal: 1 },
      'sensor.read_ms_50k': { value: await measure(Object.keys(pages)[1]!, read(Object.keys(pages)[1]!)), unit: 'ms', goal: 1 },
      'sensor.read_ms_50k_whole_page': { value: await measure(Object.keys(pages)[2]!, read(Object.keys(pages)[2]!)), unit: 'ms' },
      'sensor.text_content_ms_50k_whole_page': {
        value: await measure(Object.keys(pages)[2]!, 'document.body.textContent.length'),
        unit: 'ms',
      },
    };
  } finally {
    await browser.close();
  }
}
