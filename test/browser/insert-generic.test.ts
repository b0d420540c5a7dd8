// README.md#appeal-text: "Anywhere else, the popup's 'Insert into this page' uses activeTab +
// scripting on the focused field." activeTab is granted only by a real click
// on the toolbar button, which a test cannot make; so this file loads a copy of
// the built extension whose manifest also grants https://example.com/* (the
// honest stand-in: the same host access activeTab would grant for that tab),
// then does what src/popup/tab.ts toContent() does: a message that finds no
// listener, scripting.executeScript of the manifest's content-script file,
// and {type:'content/insert'} again.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, TMP, assertInvariants, launch, type Session } from './harness';
import { PAGES, serveForms } from '../fixtures/forms/serve';

const DIST = join(TMP, `dist-host-access-${process.pid}`);
let session: Session;
let pages: Page[] = [];

beforeAll(async () => {
  cpSync(join(ROOT, 'dist'), DIST, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['https://example.com/*'];
  writeFileSync(join(DIST, 'manifest.json'), JSON.stringify(manifest));
  session = await launch({ dist: DIST });
  await serveForms(session);
});
afterEach(async () => {
  await assertInvariants(session, pages);
  for (const p of pages) await p.close().catch(() => undefined);
  pages = [];
});
afterAll(async () => {
  await session?.close();
  rmSync(DIST, { recursive: true, force: true });
});

test('on an unlisted site the injected content script fills the React form; no field button there', async () => {
  const page = await session.newPage();
  pages.push(page);
  await page.goto(PAGES.genericReact);
  await page.locator('#body').waitFor();
  await page.focus('#body');
  const text = '尊敬的客服：\n请说明我的额度被关闭的原因，并安排人工复核。';
  const worker = await session.worker();
  const result = await worker.evaluate(async (t) => {
    const [tab] = await chrome.tabs.query({ url: 'https://example.com/*' });
    const message = { type: 'content/insert', text: t };
    const before = await chrome.tabs.sendMessage(tab!.id!, message).then(
      () => 'answered',
      () => 'no listener',
    );
    const file = chrome.runtime.getManifest().content_scripts![0]!.js![0]!;
    await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: [file] });
    return { before, reply: await chrome.tabs.sendMessage(tab!.id!, message) };
  }, text);
  expect(result.before).toBe('no listener');
  expect(result.reply).toMatchObject({ ok: true, method: 'execCommand' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __formState: { body: string } }).__formState.body)).toBe(text);
  // The field button belongs to listed form pages only.
  await page.focus('#title');
  await page.waitForTimeout(300);
  expect(await page.locator('reopen-field').count()).toBe(0);
});

test('"always check this site": the popup adds the site, and our content script then runs there by itself', async () => {
  // A bank-like page with a status and no site pack.
  await session.route(
    'https://example.com/ebank/**',
    '<!doctype html><meta charset="utf-8"><main><h1>信用卡</h1><p>您的信用卡额度已冻结</p></main>',
  );
  const page = await session.newPage();
  pages.push(page);
  await page.goto('https://example.com/ebank/home');
  const worker = await session.worker();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://example.com/*' }))[0]!.id!);
  const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  pages.push(popup);
  // This copy of the extension already holds the host permission, so the
  // request resolves without a prompt (a real user answers the browser's prompt).
  await popup.getByTestId('site-add').click();
  await expect.poll(() => popup.getByTestId('site-remove').count()).toBe(1);
  expect(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches))).toEqual([
    ['https://example.com/*'],
  ]);
  // A fresh load runs the registered script in generic mode: the tip appears with no click.
  await page.reload();
  await expect.poll(() => page.locator('reopen-tip').getAttribute('data-reopen-status'), { timeout: 10_000 }).toBe('frozen');
  // Removing it unregisters the script (the permission goes back too).
  await popup.getByTestId('site-remove').click();
  await expect.poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
});
