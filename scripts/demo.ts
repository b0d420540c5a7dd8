// `npm run demo`: a newcomer sees Reopen work within a minute, offline.
//
// Builds the extension (vite build --mode chrome), opens Chromium with it
// loaded, and serves the two bundled demo pages at the real listed hosts
// through Playwright routing (so the manifest's real match patterns apply and
// nothing touches the network; every other URL is blocked):
//   https://my.alipay.com/portal/i.htm      → demo/account-closed.html (the tip)
//   https://tousu.sina.com.cn/complaint/new → demo/support-form.html (the field button)
//
// `npm run demo -- --screenshots <dir>` runs headless and saves tip.png,
// popup.png and insert.png there. `--lang en` shows the English UI.
// Branded Google Chrome ignores --load-extension (since 137): only Chromium
// builds work (CHROME_PATH, else /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { clickInClosedRoot, waitForClosedRootItem } from '../test/fixtures/forms/closed-root';
import { chromiumArgs, chromiumPath } from '../test/browser/browsers';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const TMP = join(ROOT, '.tmp');
const ACCOUNT_URL = 'https://my.alipay.com/portal/i.htm';
const FORM_URL = 'https://tousu.sina.com.cn/complaint/new';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function findChromium(): string {
  const found = chromiumPath();
  if (found) return found;
  const branded = ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'].find((p) => existsSync(p));
  throw new Error(
    branded
      ? `Only branded Google Chrome was found (${branded}). It ignores --load-extension since version 137, so it cannot run the demo. ` +
          'Install Chromium (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium build.'
      : 'Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.',
  );
}

async function launch(headless: boolean, lang: string): Promise<{ ctx: BrowserContext; extensionId: string; profile: string }> {
  mkdirSync(TMP, { recursive: true });
  const profile = mkdtempSync(join(TMP, 'demo-profile-'));
  const locale = lang === 'en' ? 'en-US' : 'zh-CN';
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    locale,
    viewport: headless ? { width: 1280, height: 800 } : null,
    deviceScaleFactor: headless ? 2 : undefined,
    // chrome.i18n follows LANGUAGE/LANG on Linux; the browser writes nothing outside .tmp/.
    env: {
      ...process.env,
      LANGUAGE: locale.replace('-', '_'),
      LANG: `${locale.replace('-', '_')}.UTF-8`,
      TMPDIR: TMP,
      XDG_CONFIG_HOME: TMP,
      XDG_CACHE_HOME: TMP,
    },
    args: chromiumArgs(DIST, [`--lang=${locale}`, '--no-default-browser-check']),
  });
  // Offline: the two demo pages, and nothing else.
  await ctx.route(/^https?:/, (r) => r.abort('blockedbyclient'));
  await ctx.route(ACCOUNT_URL, (r) => r.fulfill({ path: join(ROOT, 'demo/account-closed.html'), contentType: 'text/html; charset=utf-8' }));
  await ctx.route(`${FORM_URL}*`, (r) =>
    r.fulfill({ path: join(ROOT, 'demo/support-form.html'), contentType: 'text/html; charset=utf-8' }),
  );
  const sw =
    ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { ctx, extensionId: new URL(sw.url()).host, profile };
}

/** Focuses `selector`, opens the field button's menu and chooses the entry matching `choice`. */
async function insertWithButton(page: Page, selector: string, choice: RegExp): Promise<void> {
  // The content script starts at document_idle, possibly after the first focus: retry.
  for (let i = 0; i < 50; i++) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus(selector);
    if (await page.locator('reopen-field').count()) break;
    await page.waitForTimeout(100);
  }
  await clickInClosedRoot(page, 'reopen-field', /申诉文本|Appeal text/);
  await waitForClosedRootItem(page, 'reopen-field', choice);
  await clickInClosedRoot(page, 'reopen-field', choice);
  await waitForClosedRootItem(page, 'reopen-field', /已插入|Inserted/);
}

async function screenshots(ctx: BrowserContext, extensionId: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const account = ctx.pages()[0] ?? (await ctx.newPage());
  await account.goto(ACCOUNT_URL);
  await account.locator('reopen-tip').waitFor({ state: 'attached', timeout: 15_000 });
  await account.waitForTimeout(400);
  await account.screenshot({ path: join(dir, 'tip.png') });
  console.log(`  ${join(dir, 'tip.png')}`);

  // "Save to my case file" in the tip: the user's own way to start a case here.
  await clickInClosedRoot(account, 'reopen-tip', /存入我的案卷|Save/);
  await waitForClosedRootItem(account, 'reopen-tip', /已保存|Saved/);

  // The popup, opened as a tab at a popup's size, on the case just started.
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const caseId = await popup.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'ext/case-list', payload: {} })) as {
      ok: boolean;
      data: { cases: { id: string }[] };
    };
    const id = reply.data.cases[0]?.id;
    // The popup reopens the case chosen last in this session (src/popup/App.tsx).
    if (id) await chrome.storage.session.set({ 'popup:caseId': id });
    return id;
  });
  if (!caseId) throw new Error('the tip did not start a case');
  await popup.reload();
  await popup.locator('[data-testid="current-case"]').waitFor({ timeout: 10_000 });
  await popup.locator('#tab-diagnosis').click();
  await popup.locator('#panel-diagnosis').waitFor();
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(dir, 'popup.png') });
  console.log(`  ${join(dir, 'popup.png')}`);

  const form = await ctx.newPage();
  await form.goto(FORM_URL);
  await form.locator('#content').waitFor();
  await insertWithButton(form, '#title', /投诉标题|Title/);
  await insertWithButton(form, '#demand', /投诉要求|What I ask for/);
  await insertWithButton(form, '#content', /投诉描述|Description/);
  await form.waitForTimeout(300);
  await form.screenshot({ path: join(dir, 'insert.png') });
  console.log(`  ${join(dir, 'insert.png')}`);
}

async function main(): Promise<void> {
  const dir = option('--screenshots');
  const lang = option('--lang') ?? 'zh';
  const headless = Boolean(dir);
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display found. Run `npm run demo -- --screenshots <dir>` to save screenshots instead.');
  }
  const chromiumPath = findChromium();
  // Without a CJK font Chromium draws Chinese as empty boxes.
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (lang !== 'en' && fonts.status === 0 && !fonts.stdout.trim()) {
    console.warn('No Chinese font found: text will show as boxes. Debian: apt-get install -y fonts-noto-cjk (or fonts-wqy-microhei).');
  }
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension (vite build --mode chrome)…');
    const build = spawnSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  console.log(`Starting ${chromiumPath} with the extension from dist/ (offline; demo pages served locally)…`);
  const { ctx, extensionId, profile } = await launch(headless, lang);
  try {
    if (dir) {
      console.log('Saving screenshots:');
      await screenshots(ctx, extensionId, resolve(dir));
      return;
    }
    const account = ctx.pages()[0] ?? (await ctx.newPage());
    await account.goto(ACCOUNT_URL);
    const form = await ctx.newPage();
    await form.goto(FORM_URL);
    await account.bringToFront();
    console.log(`
Reopen demo is running (close the browser window to stop).
  1. Tab "我的支付宝": the tip in the corner explains the closed 花呗 line.
     Click "存入我的案卷" (save to my case file) to start a case.
  2. Click the toolbar's puzzle icon → Reopen (pin it) for the popup:
     diagnosis, questions, checklist, appeal text.
  3. Tab "发起投诉": click into 投诉描述, then the green "申诉文本 ▾" button
     beside it, and choose a text. It is inserted; nothing is submitted.
Both pages are local demo pages; every other URL is blocked.`);
    await new Promise<void>((done) => ctx.once('close', () => done()));
  } finally {
    await ctx.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
