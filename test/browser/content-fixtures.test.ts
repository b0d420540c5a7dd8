// README.md#on-the-page, page side: every saved lender fixture routed to its real URL in
// Chromium with the built extension. The manifest's content-script matches
// decide whether our script runs, exactly as on the live site (docs/testing.md#chromium).
//
// Asserted per fixture: the single `reopen-tip` host carries the expected
// data-reopen-status; for expect="none" there is no host and the page's DOM is
// not touched at all (a MutationObserver installed before the page's own
// scripts counts every change after DOMContentLoaded); for "normal", no tip.
// Plus: the 50,000-node page, a non-matching site, and the frame policy
// (src/content/sensor.ts): same-origin child frames are read, cross-origin
// frames never are.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { TMP, useSession } from './harness';
import { listFixtures } from '../fixtures/lenders/fixtures';
import { makeFiftyK } from '../fixtures/lenders/make-50k.mjs';

// REOPEN_DIST lets a developer test a private build while others rebuild dist/.
const suite = useSession({ dist: process.env.REOPEN_DIST });

/** Counts every DOM mutation after DOMContentLoaded, from the page's main world, before any page script runs. */
function recordMutations(): void {
  const Observer = MutationObserver; // captured before a hostile page can replace it
  const record = { count: 0, what: [] as string[] };
  (window as unknown as { __testMutations: typeof record }).__testMutations = record;
  document.addEventListener('DOMContentLoaded', () => {
    new Observer((records) => {
      record.count += records.length;
      for (const r of records.slice(0, 5)) record.what.push(`${r.type} on ${(r.target as Element).nodeName}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** A tab serving `html` (or a file) at `url`, for this page only (page routes win over context routes). */
async function open(url: string, body: { path: string } | string, extra: Record<string, string> = {}): Promise<Page> {
  const page = await suite.session.newPage();
  suite.pages.push(page);
  await page.addInitScript(recordMutations);
  const routes: Record<string, { path: string } | string> = { [url]: body, ...extra };
  for (const [u, b] of Object.entries(routes)) {
    await page.route(u, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', ...(typeof b === 'string' ? { body: b } : { path: b.path }) }),
    );
  }
  await page.goto(url);
  return page;
}

/** Resolves once our content script's isolated world exists in `page` (it ran), or throws after `ms`. */
async function contentScriptRan(page: Page, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return (await suite.session.inContentScript(page, 'true')) === true;
    } catch (error) {
      if (Date.now() > until) throw error;
      await page.waitForTimeout(50);
    }
  }
}

async function tipStatus(page: Page): Promise<string | null> {
  await page.locator('reopen-tip').waitFor({ state: 'attached', timeout: 10_000 });
  // Let any further evaluation (debounced, 250 ms) settle, then read the one host.
  await page.waitForTimeout(400);
  expect(await page.locator('reopen-tip').count()).toBe(1);
  return page.locator('reopen-tip').getAttribute('data-reopen-status');
}

/**
 * The page traps Document.prototype.querySelectorAll and friends in its main
 * world, which assertInvariants' page-world probe would trip over. Our isolated
 * world must not be affected: the tip is there, the trap's canary never fired.
 * Then the tab leaves the hostile page so the shared invariant probe can run.
 */
async function protoTrapped(page: Page, expected: string): Promise<void> {
  expect(await tipStatus(page)).toBe(expected);
  expect(await page.evaluate(() => (window as unknown as { __xssProto?: number }).__xssProto)).toBeUndefined();
  expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__xss')))).toEqual([]);
  await page.goto('about:blank');
}

async function assertUntouched(page: Page): Promise<void> {
  await contentScriptRan(page);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.waitForTimeout(800); // > the 250 ms debounce plus a worker round trip
  const after = await page.evaluate(() => document.documentElement.outerHTML);
  expect(after).toBe(before);
  const mutations = await page.evaluate(
    () => (window as unknown as { __testMutations: { count: number; what: string[] } }).__testMutations,
  );
  expect(mutations, 'DOM mutations after DOMContentLoaded').toEqual({ count: 0, what: [] });
  expect(await page.locator('reopen-tip').count()).toBe(0);
}

const fixtures = listFixtures();

describe('every lender fixture, routed to its real URL', () => {
  test('the fixture list is complete and well-formed', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    for (const f of fixtures) expect(f.meta, `${f.packId}/${f.file}`).not.toBeNull();
  });

  test.each(fixtures.map((f) => [`${f.packId}/${f.file}`, f] as const))('%s', async (_name, f) => {
    const meta = f.meta!;
    const page = await open(meta.url, { path: f.path });
    if (f.html.includes('__xssProto')) return protoTrapped(page, meta.expect);
    if (meta.expect === 'none') {
      await assertUntouched(page);
    } else if (meta.expect === 'normal') {
      await contentScriptRan(page);
      await page.waitForTimeout(800);
      expect(await page.locator('reopen-tip').count()).toBe(0);
    } else {
      expect(await tipStatus(page)).toBe(meta.expect);
    }
  });
});

describe('hostile and heavy pages', () => {
  test('strict CSP (no inline script or style allowed): the tip renders and is styled', async () => {
    const f = fixtures.find((x) => x.html.includes(`script-src 'none'`))!;
    const page = await open(f.meta!.url, { path: f.path });
    expect(await tipStatus(page)).toBe('closed');
    // The :host rules of our adopted stylesheet apply to the host: fixed, bottom-right, 340 px wide.
    const box = await page.locator('reopen-tip').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);
    const position = await page.evaluate(() => getComputedStyle(document.querySelector('reopen-tip')!).position);
    expect(position).toBe('fixed');
    // Inside the closed root (CDP pierces it): the card's own rules applied too.
    const card = await shadowStyle(page, 'tip');
    expect(card['background-color']).toBe('rgb(255, 255, 255)');
    expect(card['border-top-style']).toBe('solid');
    expect(card['border-top-left-radius']).toBe('10px');
  });

  test('status text carrying markup renders inert: no element from page text, no canary', async () => {
    const f = fixtures.find((x) => x.html.includes('__xssFired'))!;
    const page = await open(f.meta!.url, { path: f.path });
    expect(await tipStatus(page)).toBe('closed');
    const shadow = await shadowTree(page);
    expect(shadow.tags.filter((t) => ['IMG', 'SCRIPT', 'IFRAME', 'svg', 'OBJECT'].includes(t))).toEqual([]);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__xss')))).toEqual([]);
  });

  test('a status-only lender page: the tip says what it means, lists common causes unranked, accuses nobody', async () => {
    // Page texts that give a status and no reason (a freeze or a closure), the cases a tip once answered with
    // "overdue" first.
    for (const name of ['frozen', 'closed-no-line']) {
      const f = fixtures.find((x) => x.path.endsWith(`alipay-portal/${name}.html`))!;
      const page = await open(f.meta!.url, { path: f.path });
      expect(await tipStatus(page)).toBe(f.meta!.expect);
      const { text } = await shadowTree(page);
      expect(text, name).toContain('这种状态的常见原因（不分先后');
      expect(text, name).not.toContain('可能的原因（按可能性排序）');
      // The titles of the causes that accuse the user (src/rules/kb/causes).
      for (const accusing of ['逾期记录', '疑似套现', '多头借贷', '借款用途不符', '频繁大额借款'])
        expect(text, `${name}: ${accusing}`).not.toContain(accusing);
      expect(text, name).toContain('在 Reopen 弹窗里回答这两个问题');
    }
  });

  test('the 50,000-node page: the status deep inside is found', async () => {
    const dir = join(TMP, 'fixtures');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, '50k.html');
    writeFileSync(path, makeFiftyK());
    const page = await open('https://my.alipay.com/portal/i.htm', { path });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(49_000);
    expect(await tipStatus(page)).toBe('frozen');
  });
});

describe('where the script does not go', () => {
  test('a non-matching site with status text: no script, no tip, no DOM change', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Example</title></head>
<body><main class="pcredit"><div id="J-assets-pcredit"><p>您的花呗额度已关闭</p></div></main></body></html>`;
    const page = await open('https://example.com/', html);
    await page.waitForTimeout(1200);
    await expect(suite.session.inContentScript(page, 'true')).rejects.toThrow(/no content script world/);
    const mutations = await page.evaluate(() => (window as unknown as { __testMutations: { count: number } }).__testMutations.count);
    expect(mutations).toBe(0);
    expect(await page.locator('reopen-tip').count()).toBe(0);
  });
});

// Frame policy (README "Frames"): the script runs in the top frame only
// (manifest all_frames:false). The top frame also reads its same-origin child
// frames, which it can reach directly; cross-origin frames are never read and
// get no script of their own, even when their host is a listed lender.
describe('frames', () => {
  const top = (frameSrc: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>我的支付宝</title></head>
<body><header>我的支付宝</header><main><iframe src="${frameSrc}" width="400" height="200"></iframe></main></body></html>`;
  const framed = `<!doctype html><html><head><meta charset="utf-8"></head>
<body><div class="i-assets-pcredit" id="J-assets-pcredit"><h3>花呗</h3><p>您的花呗额度已关闭</p></div></body></html>`;

  test('a same-origin child frame carrying the status is read by the top frame', async () => {
    const page = await open('https://my.alipay.com/portal/i.htm', top('/portal/frame.htm'), {
      'https://my.alipay.com/portal/frame.htm': framed,
    });
    expect(await tipStatus(page)).toBe('closed');
    // The tip is on the top document, not inside the frame.
    expect(await page.frames()[1]!.evaluate(() => document.querySelectorAll('reopen-tip').length)).toBe(0);
  });

  test('a same-origin frame that loads after the first reading is still read', async () => {
    const late = `<!doctype html><html><head><meta charset="utf-8"><title>我的支付宝</title></head>
<body><main id="m"></main><script>setTimeout(function () {
  var f = document.createElement('iframe'); f.src = '/portal/frame.htm'; document.getElementById('m').appendChild(f);
}, 400);</script></body></html>`;
    const page = await open('https://my.alipay.com/portal/i.htm', late, { 'https://my.alipay.com/portal/frame.htm': framed });
    expect(await tipStatus(page)).toBe('closed');
  });

  test('a cross-origin frame carrying the status (even a listed lender host) is not read', async () => {
    const page = await open('https://my.alipay.com/portal/i.htm', top('https://f.alipay.com/moonlight/index.htm'), {
      'https://f.alipay.com/moonlight/index.htm': framed.replace('J-assets-pcredit', 'J-moonlight-status'),
    });
    await contentScriptRan(page);
    await page.waitForTimeout(1000);
    expect(await page.locator('reopen-tip').count()).toBe(0);
    const frame = page.frames().find((f) => f.url().startsWith('https://f.alipay.com/'))!;
    expect(await frame.evaluate(() => document.body.textContent)).toContain('额度已关闭');
    expect(await frame.evaluate(() => document.querySelectorAll('reopen-tip').length)).toBe(0);
  });
});

// ---- the closed shadow root, seen through CDP (DOM.getDocument pierces closed roots) ----

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

async function hostShadow(page: Page): Promise<{ root: DomNode; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode): DomNode | undefined => (n.nodeName === 'REOPEN-TIP' ? n : [...(n.children ?? [])].map(find).find(Boolean));
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('no shadow root on reopen-tip');
  expect(shadow.shadowRootType).toBe('closed');
  return { root: shadow, cdp };
}

async function shadowTree(page: Page): Promise<{ tags: string[]; text: string }> {
  const { root, cdp } = await hostShadow(page);
  const tags: string[] = [];
  let text = '';
  const walk = (n: DomNode): void => {
    if (n.nodeType === 1) tags.push(n.nodeName);
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    (n.children ?? []).forEach(walk);
  };
  walk(root);
  await cdp.detach();
  return { tags, text };
}

async function shadowStyle(page: Page, className: string): Promise<Record<string, string>> {
  const { root, cdp } = await hostShadow(page);
  const find = (n: DomNode): DomNode | undefined => {
    const attrs = n.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1];
    if (attrs.includes('class') && cls?.split(' ').includes(className)) return n;
    return [...(n.children ?? [])].map(find).find(Boolean);
  };
  const node = find(root);
  if (!node) throw new Error(`no .${className} in the shadow root`);
  await cdp.send('CSS.enable');
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  await cdp.detach();
  return Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
}
