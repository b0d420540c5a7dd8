// README.md#on-the-page, detection side: saved pages routed to the real lender URLs
// in Chromium with the built extension, one per detection root cause:
// - a portal showing two products (借呗 closed beside 花呗 available, on the 花呗
//   portal): the tip names 借呗 closed, and the tab status the popup reads
//   carries the product the evidence names, not the pack's;
// - a page full of unrelated 已关闭 / 已冻结 (orders, subscriptions, transfers): no tip;
// - same-origin frames without a credit signal: no tip;
// - bare verbs on a 花呗 page that belong to payment settings (they used to read
//   as a closed line): no tip;
// - a lender's page no pack page describes (JD Finance's portal): read near
//   credit words, so its 金条 status gets a tip (it read nothing before), while
//   statements that disagree there get none (an `unknown` tip only on an
//   account page), and its footer's 投资有风险 is no security hold.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness';
import { openPopup, openTab } from './popup-helpers';
import { FIXTURE_ROOT, readFixtureMeta } from '../fixtures/lenders/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const suite = useSession({ dist: process.env.REOPEN_DIST });

function fixture(name: string): { url: string; path: string; expect: string } {
  const path = join(FIXTURE_ROOT, name);
  const meta = readFixtureMeta(readFileSync(path, 'utf8'));
  if (!meta) throw new Error(`${name}: no fixture header`);
  return { url: meta.url, path, expect: meta.expect };
}

/** Routes the fixture to its real URL and opens it in a new tab; returns the page and its tab id. */
async function openFixture(name: string): Promise<{ page: Page; tabId: number }> {
  const f = fixture(name);
  await suite.session.route(f.url, { path: f.path });
  const opened = await openTab(suite.session, f.url);
  suite.pages.push(opened.page);
  return opened;
}

/** Waits until our content script has run in `page` (its isolated world answers). */
async function contentScriptRan(page: Page): Promise<void> {
  await expect.poll(() => suite.session.inContentScript(page, 'true').catch(() => false), { timeout: 10_000 }).toBe(true);
}

async function tipStatus(page: Page): Promise<string | null> {
  await page.locator('reopen-tip').waitFor({ state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(400); // a later, debounced evaluation must not change it
  expect(await page.locator('reopen-tip').count()).toBe(1);
  return page.locator('reopen-tip').getAttribute('data-reopen-status');
}

async function noTip(page: Page): Promise<void> {
  await contentScriptRan(page);
  await page.waitForTimeout(800); // > the 250 ms debounce plus a worker round trip
  expect(await page.locator('reopen-tip').count()).toBe(0);
}

describe('detection on real lender URLs', () => {
  test('a portal showing two products: the tip names 借呗 closed, and the tab status carries the product', async () => {
    const { page, tabId } = await openFixture('alipay-portal/two-products.html');
    expect(await tipStatus(page)).toBe('closed');
    const popup = await openPopup(suite.session, tabId);
    suite.pages.push(popup);
    await expect.poll(() => popup.getByTestId('tab-status').getAttribute('data-status')).toBe('closed');
    const reply = (await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'ext/tab-status', payload: { tabId: id } }), tabId)) as {
      ok: boolean;
      data: { facts: { status: string; product?: string; packId?: string; evidence: string[] } | null };
    };
    expect(reply.ok).toBe(true);
    // The pack's product is 花呗; the evidence names 借呗.
    expect(reply.data.facts).toMatchObject({ status: 'closed', product: 'jiebei', packId: 'alipay-portal' });
    expect(reply.data.facts?.evidence.join(' ')).toContain('额度已关闭');
  });

  test('a page full of unrelated 已关闭 / 已冻结 (orders, subscriptions, transfers): no tip', async () => {
    const { page } = await openFixture('jd-baitiao/unrelated-closed.html');
    await noTip(page);
  });

  test('same-origin frames without a credit signal: no tip', async () => {
    const { page } = await openFixture('alipay-cshall/frames-no-credit.html');
    // The frames are there and readable (same origin), and still nothing is said.
    expect(page.frames().length).toBeGreaterThanOrEqual(3);
    await noTip(page);
  });

  test('bare verbs of payment settings on a 花呗 page (a false alarm before the clause rule): no tip', async () => {
    const { page, tabId } = await openFixture('alipay-huabei/settings-bare-verbs.html');
    await noTip(page);
    const popup = await openPopup(suite.session, tabId);
    suite.pages.push(popup);
    const reply = (await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'ext/tab-status', payload: { tabId: id } }), tabId)) as {
      data: { facts: unknown };
    };
    expect(reply.data.facts).toBeNull();
  });

  const PORTAL = 'https://jr.jd.com/loan/index.html';
  const portal = (body: string): string =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>京东金融</title></head><body>` +
    `<nav><a href="#">首页</a><a href="#">金条</a><a href="#">白条</a><a href="#">理财</a></nav><main>${body}</main>` +
    `<footer>京东金融 © 2013-2026 | 投资有风险，理财需谨慎 | 贷款额度、利率以实际审批为准</footer></body></html>`;

  test("a lender's page no pack page describes is read near credit words: its status gets a tip, a conflict none", async () => {
    await suite.session.route(
      PORTAL,
      portal(
        '<section><h3>京东金条</h3><div>可借额度(元)</div><div>28,000.00</div><p>抱歉，金条暂时无法提供服务，请您稍后再试。</p></section>',
      ),
    );
    const { page } = await openTab(suite.session, PORTAL);
    suite.pages.push(page);
    expect(await tipStatus(page)).toBe('unavailable');

    const NEWS = 'https://jr.jd.com/news/20261128.html';
    await suite.session.route(NEWS, portal('<article><h1>额度动态</h1><p>金条已冻结。</p><p>金条可正常使用。</p></article>'));
    const news = await openTab(suite.session, NEWS);
    suite.pages.push(news.page);
    await noTip(news.page);
  });
});
