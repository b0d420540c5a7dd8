// README.md#messages-and-trust-tiers: the built extension loads in real Chromium and keeps its promises.
import { describe, expect, test } from 'vitest';
import { sendFromExtensionPage, useSession } from './harness';

const CLOSED_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>我的支付宝</title></head>
<body><main><section class="pcredit-panel"><h3>花呗</h3><p>额度已关闭</p></section></main></body></html>`;
const PLAIN_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Example</title></head>
<body><main><p>额度已关闭</p></main></body></html>`;

const suite = useSession({}, async (session) => {
  await session.route('https://my.alipay.com/**', CLOSED_PAGE);
  await session.route('https://example.com/**', PLAIN_PAGE);
});

describe('foundation in Chromium', () => {
  test('the service worker registers and answers a ping from an extension page', async () => {
    expect(suite.session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await suite.session.openExtensionPage('src/popup/index.html');
    suite.pages.push(page);
    const reply = await sendFromExtensionPage(page, { type: 'ext/ping', payload: {} });
    expect(reply).toEqual({ ok: true, data: { version: '0.1.0' } });
  });

  test('the popup and the options page render in zh_CN', async () => {
    const popup = await suite.session.openExtensionPage('src/popup/index.html');
    const options = await suite.session.openExtensionPage('src/options/index.html');
    suite.pages.push(popup, options);
    await expect(popup.locator('h1').textContent()).resolves.toBe('额度申诉助手');
    await expect(options.locator('h1').first().textContent()).resolves.toBe('我的申诉案卷');
    await expect(popup.getByText('不构成法律意见', { exact: false }).count()).resolves.toBe(1);
  });

  test('the content script runs on a listed lender page and shows the tip there', async () => {
    const page = await suite.session.newPage();
    suite.pages.push(page);
    await page.goto('https://my.alipay.com/portal/i.htm');
    await expect(page.locator('reopen-tip').getAttribute('data-reopen-status', { timeout: 10_000 })).resolves.toBe('closed');
  });

  test('the content script does not run on an unlisted site', async () => {
    const page = await suite.session.newPage();
    suite.pages.push(page);
    await page.goto('https://example.com/');
    await page.waitForTimeout(1500);
    expect(await page.locator('reopen-tip').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/reopen/i);
  });

  test('an extension page writes to IndexedDB and reads it back after a reload', async () => {
    const page = await suite.session.openExtensionPage('src/options/index.html');
    suite.pages.push(page);
    const title = `案卷 ${Date.now()}`;
    await page.getByTestId('new-case-title').fill(title);
    await page.getByRole('button', { name: '新建案卷' }).click();
    // The list refreshes once the save is acknowledged (after the transaction completed).
    await page.getByTestId('case-list').getByText(title).waitFor();
    expect(await page.getByTestId('case-list').getByText(title).count()).toBe(1);
    await page.reload();
    await page.getByTestId('case-list').getByText(title).waitFor();
    const fresh = await suite.session.openExtensionPage('src/options/index.html');
    suite.pages.push(fresh);
    await fresh.getByTestId('case-list').getByText(title).waitFor();
  });

  test('a forged or malformed message from a content script is rejected and changes nothing', async () => {
    const page = await suite.session.newPage();
    suite.pages.push(page);
    await page.goto('https://my.alipay.com/portal/i.htm');
    await page.locator('reopen-tip').waitFor({ state: 'attached' });
    // An extension-tier message from the content script's world:
    const forged = await suite.session.inContentScript(page, `chrome.runtime.sendMessage({type: 'ext/tab-status', payload: {tabId: 1}})`);
    expect(forged).toEqual({ ok: false, error: 'ext/tab-status is not allowed from a web page' });
    const unknown = await suite.session.inContentScript(page, `chrome.runtime.sendMessage({type: 'db/wipe', payload: {}})`);
    expect(unknown).toMatchObject({ ok: false });
    const malformed = await suite.session.inContentScript(
      page,
      `chrome.runtime.sendMessage({type: 'page/save-exhibit', payload: {url: 'javascript:alert(1)', status: 'closed', text: 'x'}})`,
    );
    expect(malformed).toMatchObject({ ok: false });
    const junk = await suite.session.inContentScript(page, `chrome.runtime.sendMessage('not even an object')`);
    expect(junk).toMatchObject({ ok: false });
    // Nothing was written: no case exists that the forged save could have created.
    const options = await suite.session.openExtensionPage('src/options/index.html');
    suite.pages.push(options);
    const dbCases = await options.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('reopen');
          open.onsuccess = () => {
            const tx = open.result.transaction('exhibits', 'readonly');
            const count = tx.objectStore('exhibits').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(dbCases).toBe(0);
  });
});

describe('the built extension', () => {
  test('dist/ and dist-firefox/ hold only the declared permissions and nothing web-accessible', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    for (const dir of ['dist', 'dist-firefox']) {
      const built = JSON.parse(readFileSync(join(import.meta.dirname, '../..', dir, 'manifest.json'), 'utf8'));
      expect(built.permissions.sort(), dir).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
      expect(built.optional_permissions, dir).toEqual(['notifications']);
      expect(built.host_permissions, dir).toBeUndefined();
      expect(built.web_accessible_resources ?? [], dir).toEqual([]);
      expect(built.content_security_policy.extension_pages, dir).toMatch(/connect-src 'none'/);
      expect(JSON.stringify(built), dir).not.toMatch(/<all_urls>|'unsafe-eval'/);
    }
  });

  test('a site can only be added after the user granted it (optional host permission)', async () => {
    const page = await suite.session.openExtensionPage('src/popup/index.html');
    suite.pages.push(page);
    const reply = await sendFromExtensionPage(page, { type: 'ext/site-add', payload: { origin: 'https://ebank.example.cn' } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/no permission/) });
    const list = await sendFromExtensionPage(page, { type: 'ext/site-list', payload: {} });
    expect(list).toEqual({ ok: true, data: { sites: [] } });
  });
});
