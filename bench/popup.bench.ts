// Popup benchmark (../README.md#appeal-text): popup.first_render_ms, the time from opening the
// popup document to its first meaningful render (the current tab's status,
// marked by the popup itself as performance.mark('popup-ready'), relative to
// the navigation start), median of OPENS opens in Debian's Chromium with the
// bench's build of the extension (bench/chromium.ts). Goal ≤ 150 ms.
// popup.gzip_bytes is measured by size.bench.ts.
//
// Run alone: npm run bench -- popup
//
// Realistic state: a lender page with a detected status is open (the popup
// asks the worker for it), and one case exists and is the current case (the
// popup also loads it, in parallel with the status). The popup is opened as a
// tab with its ?tab=<id> hook, because headless Chromium cannot click the
// toolbar button; the document, scripts and messages are the same.
import { join } from 'node:path';
import { ROOT, launch } from './chromium';
import { timing, type Metrics } from './metric';
import { median, round } from './stats';

const OPENS = 15;
const FIXTURE = join(ROOT, 'test/fixtures/lenders/alipay-portal/closed-no-line.html');

export async function run(): Promise<Metrics> {
  const browser = await launch({ extension: true });
  const { ctx } = browser;
  try {
    // Never the network: the lender page is a saved fixture, everything else is aborted.
    await browser.serve('https://personalweb.alipay.com/**', { path: FIXTURE });
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const { origin } = browser;
    const ids = async (): Promise<number[]> => sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));

    const before = new Set(await ids());
    const lender = await ctx.newPage();
    await lender.goto('https://personalweb.alipay.com/portal/i.htm');
    await lender.locator('reopen-tip').waitFor({ state: 'attached', timeout: 10_000 });
    const tabId = (await ids()).find((id) => !before.has(id));
    if (tabId === undefined) throw new Error('bench: lender tab not found');

    // One stored case, current in this session.
    const setup = await ctx.newPage();
    await setup.goto(`${origin}src/popup/index.html?tab=${tabId}`);
    await setup.getByTestId('start-from-tab').click();
    await setup.getByTestId('causes').waitFor();
    await setup.close();

    const samples: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const page = await ctx.newPage();
      await page.goto(`${origin}src/popup/index.html?tab=${tabId}`);
      await page.waitForFunction(() => performance.getEntriesByName('popup-ready').length > 0);
      const status = await page.getByTestId('tab-status').getAttribute('data-status');
      if (status !== 'closed') throw new Error(`bench: popup showed status ${status}`);
      samples.push(await page.evaluate(() => performance.getEntriesByName('popup-ready')[0]!.startTime));
      await page.close();
    }
    return { 'popup.first_render_ms': timing(round(median(samples), 1), 'ms', 150) };
  } finally {
    await browser.close();
  }
}
