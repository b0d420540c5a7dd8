// README.md#on-the-page, what the sensor reads, in Chromium with the built extension and
// pages routed to their real URLs: only what the user can see, laid out for real
// (off-screen and zero-size boxes, which happy-dom cannot judge); in linear time
// (40,000 &nbsp; in a status element, no long task); a status revealed by a class
// change; and a reading the worker refuses, which is logged and shows nothing.
// The saved pack fixtures (unguessed markup, hidden variants, long elements) run
// in test/browser/content-fixtures.test.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { TMP, fixture, useSession } from './harness';
import { makeNbsp } from '../fixtures/lenders/make-nbsp.mjs';

// REOPEN_DIST lets a developer test a private build while others rebuild dist/.
const suite = useSession({ dist: process.env.REOPEN_DIST });
const PORTAL = 'https://personalweb.alipay.com/portal/i.htm';

/** A watched tab serving `body` at `url` (exactly that URL, query included). */
async function open(url: string, body: string | { path: string }, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await suite.session.newPage();
  suite.pages.push(page);
  await before?.(page);
  await page.route(
    (u) => u.href === url,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        ...(typeof body === 'string' ? { body } : { path: body.path }),
      }),
  );
  await page.goto(url);
  return page;
}

async function tipStatus(page: Page): Promise<string | null> {
  await page.locator('reopen-tip').waitFor({ state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(400); // past the 250 ms debounce of any further reading
  expect(await page.locator('reopen-tip').count()).toBe(1);
  return page.locator('reopen-tip').getAttribute('data-reopen-status');
}

/** Resolves once our content script's isolated world exists in `page`. */
async function contentScriptRan(page: Page): Promise<void> {
  await expect.poll(() => suite.session.inContentScript(page, 'true').catch(() => false), { timeout: 10_000 }).toBe(true);
}

describe('visible text only, laid out for real', () => {
  // Decoys hidden by their box, each naming another status; the hidden-variants
  // fixture already hides one by every other technique.
  const boxDecoys = `
      <p style="position:absolute;left:-9999px">您的花呗额度已关闭</p>
      <p style="position:absolute;top:-9999px">您的花呗额度已冻结</p>
      <p style="transform:translateX(-200vw)">花呗已暂停使用</p>
      <div style="width:0;height:0;overflow:hidden"><p>经综合评估，您的花呗申请暂未通过</p></div>
      <p style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">花呗当前无法使用</p>
      <details><summary>说明</summary><p>您的账户存在安全风险，花呗已冻结</p></details>`;

  test('off-screen, zero-size and collapsed decoys beside every hidden variant: the tip names the one visible status', async () => {
    const html = readFileSync(fixture('lenders/alipay-portal/hidden-variants.html'), 'utf8').replace(
      '<p class="state-reduced">',
      `${boxDecoys}\n      <p class="state-reduced">`,
    );
    expect(html).toContain('translateX(-200vw)');
    const page = await open(PORTAL, html);
    expect(await tipStatus(page)).toBe('reduced');
  });

  test('the near-credit fallback (markup the pack did not guess) skips the same decoys', async () => {
    const html = readFileSync(fixture('lenders/alipay-portal/unguessed-markup.html'), 'utf8').replace(
      '<div class="asset-card__hint">',
      `${boxDecoys}\n      <div class="asset-card__hint">`,
    );
    expect(html).toContain('translateX(-200vw)');
    const page = await open(PORTAL, html);
    expect(await tipStatus(page)).toBe('frozen');
  });

  test('the same decoys shown: the page is read as a conflict, so hiding them is what keeps the tip right', async () => {
    const shown = boxDecoys.replace(/ style="[^"]*"/g, '').replace('<details>', '<details open>');
    const page = await open(
      PORTAL,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>
      <div id="J-assets-pcredit"><h3>花呗</h3>${shown}<p>您的花呗额度已调整：额度从5,000元降至2,000元</p></div></body></html>`,
    );
    expect(await tipStatus(page)).not.toBe('reduced');
  });

  test('a status revealed by a class change (no node added) is read then', async () => {
    const page = await open(
      PORTAL,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>.hide{display:none}</style></head><body><main>
      <div id="J-assets-pcredit"><h3>花呗</h3><p id="state" class="hide">您的花呗额度已冻结</p></div></main></body></html>`,
    );
    await contentScriptRan(page);
    await page.waitForTimeout(800);
    expect(await page.locator('reopen-tip').count()).toBe(0);
    await page.evaluate(() => document.getElementById('state')!.classList.remove('hide'));
    expect(await tipStatus(page)).toBe('frozen');
  });
});

/** Installed before any page script: every long task, and when our tip appeared (performance.now() ms). */
function recordLongTasks(): void {
  const record = { tipAt: -1, tasks: [] as { start: number; duration: number }[] };
  (window as unknown as { __testLongTasks: typeof record }).__testLongTasks = record;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.tasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records, observer) => {
    if (records.some((r) => Array.from(r.addedNodes).some((n) => (n as Element).localName === 'reopen-tip'))) {
      record.tipAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

describe('linear time', () => {
  test('40,000 &nbsp; in a status element: the status is read, and re-reading after each change makes no long task', async () => {
    const dir = join(TMP, 'fixtures');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'nbsp-40000.html');
    writeFileSync(path, makeNbsp());
    const page = await open('https://my.alipay.com/portal/i.htm', { path }, async (p) => {
      await p.addInitScript(recordLongTasks);
    });
    expect(await tipStatus(page)).toBe('frozen');
    // Each change inside the status element makes the content script read it again (debounced 250 ms).
    for (const time of ['09:00:01', '09:00:02', '09:00:03', '09:00:04']) {
      await page.evaluate((t) => (document.getElementById('clock')!.textContent = t), time);
      await page.waitForTimeout(450);
    }
    const { tipAt, tasks } = (await page.evaluate('window.__testLongTasks')) as {
      tipAt: number;
      tasks: { start: number; duration: number }[];
    };
    expect(tipAt).toBeGreaterThan(0);
    // A long task is one over 50 ms (https://w3c.github.io/longtasks/#sec-terminology).
    expect(tasks.filter((t) => t.start >= tipAt)).toEqual([]);
  });
});

describe('a reading the worker refuses', () => {
  test('is logged in the page console, shows no tip, and leaves the popup nothing to show', async () => {
    // The worker's schema refuses URLs over 2,048 characters (src/shared/messages.ts), so this page's reading is refused.
    const url = `${PORTAL}?from=${'x'.repeat(2100)}`;
    const warnings: string[] = [];
    const page = await open(url, { path: fixture('lenders/alipay-portal/frozen.html') }, async (p) => {
      const cdp = await p.context().newCDPSession(p);
      cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown }[] }) => {
        if (e.type === 'warning') warnings.push(e.args.map((a) => String(a.value ?? '')).join(' '));
      });
      await cdp.send('Runtime.enable');
    });
    await contentScriptRan(page);
    await expect.poll(() => warnings.join('\n'), { timeout: 10_000 }).toMatch(/Reopen: page\/reading failed: invalid page\/reading/);
    expect(await page.locator('reopen-tip').count()).toBe(0);
    const worker = await suite.session.worker();
    const stored = await worker.evaluate(() => chrome.storage.session.get(null));
    expect(JSON.stringify(stored)).not.toContain('x'.repeat(100));
  });
});
