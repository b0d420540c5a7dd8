// Debian's Chromium with the built extension, for the browser benches
// (docs/testing.md#chromium): one build per bench run, in a directory of its own
// so the bench never races a test that rebuilds dist/; a fresh profile per
// launch under the ignored .tmp/; every http(s) request aborted unless a bench
// routes it to a saved fixture (never the network).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type BrowserContext, type CDPSession, type LaunchOptions } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browser/browsers';

export const ROOT = join(import.meta.dirname, '..');
export const TMP = join(ROOT, '.tmp');
const BUILD = join(TMP, 'bench-dist');
let built = false;

/** The Chrome build of the extension, made once per `npm run bench`. */
export function benchBuild(): string {
  if (built) return BUILD;
  const run = spawnSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'error', '--outDir', BUILD, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('bench: vite build --mode chrome failed');
  built = true;
  return BUILD;
}

export interface Browser {
  ctx: BrowserContext;
  /** chrome-extension://<id>/ (empty without the extension). */
  origin: string;
  /** Serves a saved file or a string at every URL matching `url`. */
  serve(url: string | RegExp, body: { path: string } | string): Promise<void>;
  /** A CDP session on a tab of its own, for browser-wide Target.* commands. */
  control(): Promise<CDPSession>;
  close(): Promise<void>;
}

export interface Options {
  extension: boolean;
  locale?: string;
  acceptDownloads?: boolean;
}

export async function launch({ extension, locale = 'zh-CN', acceptDownloads = false }: Options): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  mkdirSync(TMP, { recursive: true });
  for (const key of ['TMPDIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) process.env[key] = TMP;
  const profile = mkdtempSync(join(TMP, 'bench-profile-'));
  const lang = locale.replace('-', '_');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale,
    acceptDownloads,
    // chrome.i18n follows LANGUAGE/LANG on Linux, not --lang.
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } as LaunchOptions['env'],
    args: chromiumArgs(extension ? benchBuild() : undefined, [`--lang=${locale}`]),
  });
  await ctx.route(/^https?:/, (route) => route.abort('blockedbyclient'));
  let origin = '';
  if (extension) {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    origin = `chrome-extension://${new URL(sw.url()).host}/`;
  }
  let controlSession: CDPSession | undefined;
  return {
    ctx,
    origin,
    serve: async (url, body) => {
      const bytes = typeof body === 'string' ? body : readFileSync(body.path);
      await ctx.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bytes }));
    },
    control: async () => (controlSession ??= await ctx.newCDPSession(await ctx.newPage())),
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type TargetInfo = { targetId: string; type: string; url: string };

/** Our extension's running service worker targets. */
export async function workerTargets(cdp: CDPSession, origin: string): Promise<string[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin)).map((t) => t.targetId);
}

/**
 * Stops our service worker as the browser does when it goes idle
 * (docs/trust-model.md#worker-lifetime): Target.closeTarget, as
 * test/browser/durability.test.ts does, until no worker target is left. A
 * worker that an event (a tab opening) was starting at that moment comes back
 * and is closed again.
 */
export async function stopWorker(cdp: CDPSession, origin: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const running = await workerTargets(cdp, origin);
    if (!running.length) return;
    if (Date.now() > deadline) throw new Error('bench: the service worker did not stop');
    for (const targetId of running) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
