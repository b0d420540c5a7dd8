// Real-browser harness: the built extension in Debian's Chromium, driven by
// playwright-core (never `playwright install`; docs/testing.md#chromium). Every http(s)
// request is either routed to a saved fixture or aborted: tests never touch the
// network. After each test, `assertInvariants` checks docs/trust-model.md#invariants.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromiumArgs, chromiumPath } from './browsers';

// Service-worker requests are only reported to `context.on('request')` with
// this switch; without it a fetch from our worker would go unseen.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, '.tmp');
mkdirSync(TMP, { recursive: true });
// Browsers write nothing outside the project's ignored .tmp/ (docs/testing.md#chromium).
for (const key of ['TMPDIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) process.env[key] = TMP;

export interface Session {
  ctx: BrowserContext;
  extensionId: string;
  origin: string;
  profileDir: string;
  /** Uncaught errors from pages, content scripts, extension pages and the worker. */
  errors: string[];
  /** http(s) requests made by extension pages or the worker (must stay empty). */
  extensionRequests: string[];
  worker(): Promise<Worker>;
  /** Opens chrome-extension://<id>/<path> in a new tab and watches it for errors. */
  openExtensionPage(path: string): Promise<Page>;
  /** A new tab watched for errors in every world, content scripts included. */
  newPage(): Promise<Page>;
  /** Evaluates an expression inside our content script's isolated world in `page` (awaits promises). */
  inContentScript(page: Page, expression: string): Promise<unknown>;
  /** Serve `body` (or a fixture file) at every URL matching `glob`. */
  route(glob: string | RegExp, body: string | { path: string }, contentType?: string): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Reuse a profile (restart tests). */
  profileDir?: string;
  /** Keep the profile on close (for a restart). */
  keepProfile?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const dist = resolve(ROOT, options.dist ?? 'dist');
  const profileDir = options.profileDir ?? mkdtempSync(join(TMP, 'profile-'));
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale: options.lang ?? 'zh-CN',
    colorScheme: options.colorScheme ?? 'light',
    // chrome.i18n follows the browser's UI language, which Chromium on Linux
    // takes from LANGUAGE/LANG rather than --lang.
    env: {
      ...process.env,
      LANGUAGE: (options.lang ?? 'zh-CN').replace('-', '_'),
      LANG: `${(options.lang ?? 'zh-CN').replace('-', '_')}.UTF-8`,
    },
    args: chromiumArgs(dist, [`--lang=${options.lang ?? 'zh-CN'}`]),
  });
  const errors: string[] = [];
  const extensionRequests: string[] = [];

  // Never the network: anything not routed by a test is aborted. Routes added
  // later take precedence over this one.
  await ctx.route(/^https?:/, (route) => route.abort('blockedbyclient'));
  ctx.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    let from = '';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = request.serviceWorker()?.url() ?? '';
    }
    if (from.startsWith('chrome-extension://')) extensionRequests.push(`${from} → ${url}`);
  });
  ctx.on('weberror', (e) => errors.push(`weberror: ${e.error().message}`));

  const findWorker = async (): Promise<Worker> => {
    const existing = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const sw = await findWorker();
  const extensionId = new URL(sw.url()).host;
  const origin = `chrome-extension://${extensionId}/`;

  const watchedWorkers = new WeakSet<Worker>();
  const watchWorker = async (w: Worker): Promise<Worker> => {
    if (watchedWorkers.has(w)) return w;
    watchedWorkers.add(w);
    w.on('console', (m) => {
      if (m.type() === 'error') errors.push(`worker console: ${m.text()}`);
    });
    await w
      .evaluate(() => {
        const g = self as unknown as { __reopenTestErrors?: string[] };
        g.__reopenTestErrors = [];
        self.addEventListener('error', (e) => g.__reopenTestErrors!.push(String((e as ErrorEvent).message)));
        self.addEventListener('unhandledrejection', (e) => g.__reopenTestErrors!.push(String((e as PromiseRejectionEvent).reason)));
      })
      .catch(() => undefined);
    return w;
  };
  await watchWorker(sw);

  const cdpSessions = new Map<Page, CDPSession>();
  // Isolated worlds created by our extension, per page (newest last). Our content
  // script touching a same-origin frame's document makes Chromium create our
  // world in that frame too, and a frame that navigates destroys it: keep the
  // frame and drop destroyed ones, so inContentScript reaches the top frame's world.
  const worlds = new Map<Page, { id: number; frameId?: string }[]>();
  const watchPage = async (page: Page): Promise<Page> => {
    page.on('console', (m) => {
      // A page's own failed subresource loads are the fixture's business, not ours.
      if (m.type() === 'error' && !/Failed to load resource|net::ERR_BLOCKED_BY_CLIENT/.test(m.text())) {
        errors.push(`console(${page.url()}): ${m.text()}`);
      }
    });
    // Runtime.exceptionThrown covers every world of the page, including the
    // content script's isolated world, which pageerror does not.
    const cdp = await ctx.newCDPSession(page);
    cdpSessions.set(page, cdp);
    cdp.on(
      'Runtime.executionContextCreated',
      (e: { context: { id: number; origin: string; auxData?: { type?: string; frameId?: string } } }) => {
        if (e.context.auxData?.type === 'isolated' && e.context.origin === origin.replace(/\/$/, '')) {
          worlds.set(page, [...(worlds.get(page) ?? []), { id: e.context.id, frameId: e.context.auxData.frameId }]);
        }
      },
    );
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) =>
      worlds.set(
        page,
        (worlds.get(page) ?? []).filter((w) => w.id !== e.executionContextId),
      ),
    );
    cdp.on('Runtime.executionContextsCleared', () => worlds.set(page, []));
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      errors.push(`exception(${page.url()}): ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`);
    });
    await cdp.send('Runtime.enable');
    return page;
  };

  return {
    ctx,
    extensionId,
    origin,
    profileDir,
    errors,
    extensionRequests,
    worker: async () => watchWorker(await findWorker()),
    newPage: async () => watchPage(await ctx.newPage()),
    inContentScript: async (page, expression) => {
      const cdp = cdpSessions.get(page);
      const top = cdp ? ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id : '';
      const contextId = worlds
        .get(page)
        ?.filter((w) => w.frameId === top)
        .at(-1)?.id;
      if (!cdp || contextId === undefined) throw new Error(`no content script world in ${page.url()}`);
      const result = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string };
      };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
      return result.result.value;
    },
    openExtensionPage: async (path: string) => {
      const page = await watchPage(await ctx.newPage());
      await page.goto(origin + path.replace(/^\//, ''));
      return page;
    },
    route: async (glob, body, contentType = 'text/html; charset=utf-8') => {
      await ctx.route(glob, (route) =>
        typeof body === 'string'
          ? route.fulfill({ status: 200, contentType, body })
          : route.fulfill({ status: 200, contentType, body: readFileSync(body.path) }),
      );
    },
    close: async () => {
      await ctx.close();
      if (!options.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Reads errors recorded inside the worker by the listeners watchWorker installed. */
async function workerErrors(session: Session): Promise<string[]> {
  const w = session.ctx.serviceWorkers().find((x) => x.url().startsWith(session.origin));
  if (!w) return [];
  return w.evaluate(() => (self as unknown as { __reopenTestErrors?: string[] }).__reopenTestErrors ?? []).catch(() => []);
}

/**
 * docs/trust-model.md#invariants:
 * no network from extension contexts, no leak into the page's origin, no page
 * canary fired, at most one injected host, no uncaught error anywhere.
 */
export async function assertInvariants(session: Session, pages: Page[] = []): Promise<void> {
  expect(session.extensionRequests, 'requests from extension contexts').toEqual([]);
  for (const page of pages) {
    if (page.isClosed() || !/^https?:/.test(page.url())) continue;
    // Main-world reads only where they must be (storage and canaries belong to
    // the page); no DOM queries there, because a hostile fixture overrides DOM
    // prototypes in that world. Hosts are counted by Playwright's own world.
    const leak = await page.evaluate(async () => {
      const dbs = indexedDB.databases ? await indexedDB.databases() : [];
      const keys = (s: Storage): string[] => {
        try {
          return Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
        } catch {
          return [];
        }
      };
      const w = window as unknown as Record<string, unknown>;
      return {
        databases: dbs.map((d) => d.name ?? ''),
        storage: [...keys(localStorage), ...keys(sessionStorage)].filter((k) => /reopen/i.test(k)),
        canaries: Object.keys(w).filter((k) => k.startsWith('__xss') && w[k]),
      };
    });
    const hosts = await page.locator('reopen-tip').count();
    expect(
      leak.databases.filter((n) => /reopen/i.test(n)),
      `our database in ${page.url()}`,
    ).toEqual([]);
    expect(leak.storage, `our storage keys in ${page.url()}`).toEqual([]);
    expect(leak.canaries, `page canaries fired in ${page.url()}`).toEqual([]);
    expect(hosts, `injected hosts in ${page.url()}`).toBeLessThanOrEqual(1);
  }
  const fromWorker = await workerErrors(session);
  expect([...session.errors, ...fromWorker], 'uncaught errors').toEqual([]);
}

/** Sends a runtime message from an extension page (the popup's or options page's trust tier). */
export async function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

export function fixture(...parts: string[]): string {
  return join(ROOT, 'test/fixtures', ...parts);
}

/**
 * The usual life of a real-browser test file: one browser with a fresh profile
 * for the file, the docs/trust-model.md#invariants after every test (plus the file's
 * own `checkPage`, then the test's pages are closed, even when a check
 * failed), and the browser closed at the end. Push every page a test opens
 * onto `suite.pages`, or open it with `suite.open`.
 */
export interface Suite {
  session: Session;
  pages: Page[];
  /** A new watched tab at `url`, once `ready` (a selector) is there. */
  open(url: string, ready?: string): Promise<Page>;
}

export function useSession(
  options: LaunchOptions = {},
  setup?: (session: Session) => Promise<void>,
  checkPage?: (page: Page) => Promise<void>,
): Suite {
  const suite: Suite = {
    session: undefined as unknown as Session,
    pages: [],
    async open(url, ready) {
      const page = await suite.session.newPage();
      suite.pages.push(page);
      await page.goto(url);
      if (ready) await page.locator(ready).first().waitFor();
      return page;
    },
  };
  beforeAll(async () => {
    suite.session = await launch(options);
    await setup?.(suite.session);
  });
  afterEach(async () => {
    try {
      await assertInvariants(suite.session, suite.pages);
      if (checkPage) for (const p of suite.pages) if (!p.isClosed() && /^https:/.test(p.url())) await checkPage(p);
    } finally {
      for (const p of suite.pages) await p.close().catch(() => undefined);
      suite.pages = [];
    }
  });
  afterAll(async () => suite.session?.close());
  return suite;
}
