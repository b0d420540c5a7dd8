// Firefox smoke test: the built dist-firefox/ in real Firefox ESR, headless,
// driven over WebDriver BiDi (./firefox-bidi.ts; docs/testing.md#firefox).
// It proves what only a real Firefox can: the MV3 build installs, the content
// script runs on a listed lender host (and only there), its message reaches the
// background script and the answer comes back (the tip is rendered only after
// the background replies), with no uncaught error from the extension and no
// request of its own (docs/trust-model.md#invariants). Never the network: every host
// name resolves to 127.0.0.1 (network.dns.forceResolve) and a local HTTPS server
// with a throwaway self-signed certificate serves the pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxPath } from './browsers';
import { BidiClient, launchFirefox, requireWebSocket, sleep, type BidiParams, type Firefox } from './firefox-bidi';

const ROOT = resolve(import.meta.dirname, '../..');
const TMP = join(ROOT, '.tmp');
const DIST = join(ROOT, 'dist-firefox');
const CLOSED_TEXT = '额度已关闭';
/** The real content script waits for the background's answer; allow a slow first start. */
const TIP_TIMEOUT_MS = 10_000;
/** How long an unlisted site is watched for a tip that must not come. */
const QUIET_MS = 2_000;

interface Page {
  /** Host name (no port) and path the server answers for. */
  host: string;
  path: string;
  body: string;
}

interface SeenRequest {
  host: string;
  path: string;
  method: string;
  dest: string;
}

interface LogEntry {
  level: string;
  type: string;
  text: string;
  urls: string[];
}

/**
 * A saved Alipay fixture the lender packs expect to read as closed: its first
 * line is `<!-- reopen-fixture url="https://….alipay.com/…" expect="closed" -->`
 * (test/fixtures/lenders/<pack>/). Sorted, so the choice is stable.
 */
function closedAlipayFixture(): { url: URL; file: string } | null {
  const base = join(ROOT, 'test/fixtures/lenders');
  if (!existsSync(base)) return null;
  for (const pack of readdirSync(base).sort()) {
    if (!pack.startsWith('alipay')) continue;
    const dir = join(base, pack);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.html')) continue;
      const file = join(dir, name);
      const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
      const header = /^<!--\s*reopen-fixture\s(.*?)-->/.exec(first)?.[1];
      if (!header) continue;
      const attrs = Object.fromEntries([...header.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (attrs.expect !== 'closed' || !attrs.url) continue;
      const url = new URL(attrs.url);
      // The literal phrase keeps this test about Firefox, not about detection
      // edge cases (those are the fixture tests' job).
      // No page scripts or subresources: every error and request seen on the
      // page is then the extension's (see the last test).
      const html = readFileSync(file, 'utf8');
      if (
        url.protocol === 'https:' &&
        url.hostname.endsWith('.alipay.com') &&
        html.includes(CLOSED_TEXT) &&
        !/<script|<link|<img|<iframe/i.test(html)
      ) {
        return { url, file };
      }
    }
  }
  return null;
}

/** A complaint form on a listed host: the field button's page (src/content/field-button.ts). No script. */
const FORM_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>发起投诉</title></head>
<body><form action="/complaint/create"><label>投诉描述 <textarea name="body" rows="6"></textarea></label></form></body></html>`;

const PLAIN_CLOSED_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>借呗</title></head>
<body><main><div class="credit-status">${CLOSED_TEXT}</div></main></body></html>`;

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const run = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`openssl could not make a test certificate: ${run.error?.message ?? run.stderr}`);
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Serves `pages` by Host header and path; records every request it sees. */
async function startServer(tls: { key: Buffer; cert: Buffer }, pages: Page[], seen: SeenRequest[]): Promise<Server> {
  const server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    seen.push({ host, path, method: req.method ?? '', dest: String(req.headers['sec-fetch-dest'] ?? '') });
    const page = pages.find((p) => p.host === host && p.path === path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a test page');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return server;
}

describe('Firefox ESR: dist-firefox installed over WebDriver BiDi', () => {
  const seen: SeenRequest[] = [];
  const logs: LogEntry[] = [];
  /** http(s) requests Firefox reports for any browsing context (network.beforeRequestSent). */
  const bidiRequests: string[] = [];
  let runDir = '';
  let server: Server | null = null;
  let firefox: Firefox | null = null;
  let bidi: BidiClient | null = null;
  let context = '';
  let alipayUrl = '';
  let exampleUrl = '';
  let formUrl = '';
  let fixtureNote = '';

  const evaluate = async (expression: string): Promise<unknown> => {
    const answer = await bidi!.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (answer.type !== 'success') throw new Error(`script.evaluate(${expression}) threw: ${JSON.stringify(answer.exceptionDetails)}`);
    const result = answer.result as { type: string; value?: unknown };
    return result.type === 'null' || result.type === 'undefined' ? null : result.value;
  };
  const tipStatus = (): Promise<unknown> => evaluate(`document.querySelector('reopen-tip')?.getAttribute('data-reopen-status') ?? null`);

  beforeAll(async () => {
    requireWebSocket();
    const executable = firefoxPath();
    if (!executable) {
      throw new Error('Firefox not found: apt-get install -y --no-install-recommends firefox-esr, or set FIREFOX_PATH');
    }
    if (!existsSync(join(DIST, 'manifest.json'))) {
      throw new Error(`${DIST}/manifest.json is missing: run \`npm run build:firefox\` first`);
    }
    mkdirSync(TMP, { recursive: true });
    runDir = mkdtempSync(join(TMP, 'firefox-'));

    const fixture = closedAlipayFixture();
    const closedPage: Page = fixture
      ? { host: fixture.url.hostname, path: fixture.url.pathname, body: readFileSync(fixture.file, 'utf8') }
      : { host: 'www.alipay.com', path: '/', body: PLAIN_CLOSED_PAGE };
    fixtureNote = fixture ? fixture.file.slice(ROOT.length + 1) : 'built-in minimal page';
    const pages: Page[] = [
      closedPage,
      { host: 'example.com', path: '/', body: PLAIN_CLOSED_PAGE },
      { host: 'tousu.sina.com.cn', path: '/complaint/create', body: FORM_PAGE },
    ];
    server = await startServer(makeCertificate(runDir), pages, seen);
    const { port } = server.address() as AddressInfo;
    alipayUrl = `https://${closedPage.host}:${port}${closedPage.path}${fixture?.url.search ?? ''}`;
    exampleUrl = `https://example.com:${port}/`;
    formUrl = `https://tousu.sina.com.cn:${port}/complaint/create`;

    firefox = await launchFirefox({ executable, profileDir: join(runDir, 'profile'), scratchDir: join(runDir, 'scratch') });
    const ff = firefox;
    try {
      bidi = await BidiClient.connect(ff.sessionUrl, { timeoutMs: 20_000, giveUp: () => ff.exitReason() });
    } catch (error) {
      throw new Error(`${(error as Error).message}\nFirefox output:\n${ff.output()}`);
    }
    // Self-signed test certificate; acceptInsecureCerts applies to this session only.
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    bidi.on('log.entryAdded', (p) => {
      const frames = ((p.stackTrace as { callFrames?: { url?: string }[] } | undefined)?.callFrames ?? []).map((f) => f.url ?? '');
      const source = p.source as { realm?: string } | undefined;
      logs.push({ level: String(p.level), type: String(p.type), text: String(p.text ?? ''), urls: [...frames, source?.realm ?? ''] });
    });
    bidi.on('network.beforeRequestSent', (p) => {
      const url = (p.request as { url?: string } | undefined)?.url ?? '';
      if (/^https?:/.test(url)) bidiRequests.push(url);
    });
    await bidi.send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent'] });
    const installed = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: DIST } });
    expect(installed.extension, 'installed add-on id').toBe('reopen@reopen-extension.org');
    const tree = await bidi.send<{ contexts: BidiParams[] }>('browsingContext.getTree', { maxDepth: 0 });
    const top = tree.contexts[0]?.context;
    if (typeof top !== 'string') throw new Error(`no top-level browsing context: ${JSON.stringify(tree)}`);
    context = top;
  });

  afterAll(async () => {
    // Each step on its own: a failure in one must not leave Firefox running.
    // browser.close ends the session and quits Firefox cleanly; kill() below
    // makes sure of it either way.
    await bidi?.send('browser.close', {}, 5_000).catch(() => undefined);
    await bidi?.close().catch(() => undefined);
    await firefox?.kill();
    if (server) {
      const closed = new Promise<void>((done) => server!.close(() => done()));
      server.closeAllConnections(); // keep-alive sockets would hold close() open
      await closed;
    }
    if (runDir && !process.env.KEEP_FIREFOX_PROFILE) rmSync(runDir, { recursive: true, force: true });
    if (firefox?.alive()) throw new Error(`Firefox (process group ${firefox.process.pid}) is still alive after kill()`);
  });

  test('the content script asks the background and shows its tip on an Alipay page', async () => {
    await bidi!.send('browsingContext.navigate', { context, url: alipayUrl, wait: 'complete' });
    expect(await evaluate('location.href'), 'the test server answered (certificate accepted)').toBe(alipayUrl);
    expect(await evaluate(`document.body.textContent.includes(${JSON.stringify(CLOSED_TEXT)})`), `page text (${fixtureNote})`).toBe(true);

    const deadline = Date.now() + TIP_TIMEOUT_MS;
    let status: unknown = null;
    while (!status && Date.now() < deadline) {
      status = await tipStatus();
      if (!status) await sleep(100);
    }
    expect(status, `<reopen-tip data-reopen-status> on ${alipayUrl} within ${TIP_TIMEOUT_MS} ms`).toBe('closed');
    expect(await evaluate(`document.querySelectorAll('reopen-tip').length`), 'one injected host').toBe(1);
  });

  test('the content script stays off a site the manifest does not list', async () => {
    await bidi!.send('browsingContext.navigate', { context, url: exampleUrl, wait: 'complete' });
    expect(await evaluate('location.href')).toBe(exampleUrl);
    expect(await evaluate(`document.body.textContent.includes(${JSON.stringify(CLOSED_TEXT)})`)).toBe(true);
    const deadline = Date.now() + QUIET_MS;
    while (Date.now() < deadline) {
      expect(await tipStatus(), `no tip on ${exampleUrl}`).toBeNull();
      await sleep(200);
    }
  });

  test('on a listed complaint form, focusing a field shows the Reopen button (its styles load in Firefox too), and its click opens the picker window', async () => {
    await bidi!.send('browsingContext.navigate', { context, url: formUrl, wait: 'complete' });
    // Headless Firefox's window never has OS focus, so focus() fires no focus
    // events; dispatch the focusin a click would cause. Again until the button
    // shows: the content script may start (document_idle) after 'complete'.
    const focus = `(() => { const t = document.querySelector('textarea'); t.focus(); t.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })); return true; })()`;
    const deadline = Date.now() + TIP_TIMEOUT_MS;
    let count = 0;
    while (!count && Date.now() < deadline) {
      await evaluate(focus);
      await sleep(150);
      count = Number(await evaluate(`document.querySelectorAll('reopen-field').length`));
    }
    expect(count, 'one reopen-field host beside the focused textarea').toBe(1);

    // A click on it opens the picker, the extension's own window (README.md#privacy), which lists what this
    // page may be offered: with no case yet, the line that says so. The page side never holds that list.
    const box = (await evaluate(
      `(() => { const r = document.querySelector('reopen-field').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`,
    )) as { type: string; value: number }[];
    const [x, y] = box.map((n) => Math.round(n.value));
    await bidi!.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x, y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    let picker = '';
    const until = Date.now() + TIP_TIMEOUT_MS;
    while (!picker && Date.now() < until) {
      const tree = await bidi!.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
      picker = tree.contexts.find((c) => /^moz-extension:\/\/[^/]+\/src\/picker\/index\.html\?tab=\d+$/.test(c.url))?.context ?? '';
      if (!picker) await sleep(150);
    }
    expect(picker, 'a picker window opened').not.toBe('');
    let text = '';
    // In the browser's UI language (this Firefox runs in English).
    const noCase = /还没有案卷|No case yet/;
    while (!noCase.test(text) && Date.now() < until + TIP_TIMEOUT_MS) {
      const answer = await bidi!.send('script.evaluate', {
        expression: 'document.body.innerText',
        target: { context: picker },
        awaitPromise: false,
      });
      text = String((answer.result as { value?: unknown } | undefined)?.value ?? '');
      if (!noCase.test(text)) await sleep(150);
    }
    expect(text).toMatch(/选择要填入的申诉文本|Choose the appeal text to insert/);
    expect(text).toMatch(noCase);
    expect(String(await evaluate('document.body.innerText'))).not.toMatch(noCase);
    await bidi!.send('browsingContext.close', { context: picker });
  });

  test('no uncaught error from the extension, no request of its own', () => {
    // Firefox 153 reports a content script's uncaught exception as a
    // 'javascript' entry of the page's context with no stack trace (nothing
    // names moz-extension://), so errors are attributed by elimination: the
    // served pages run no script and load nothing, hence every error entry
    // from them is the extension's (an exception, or a CSP violation it caused).
    // The background script's own errors are not reported over BiDi; the tip
    // above proves it answered.
    expect
      .soft(
        logs.filter((e) => e.level === 'error'),
        'error entries from the pages',
      )
      .toEqual([]);

    // The server saw exactly the two documents this test navigated to.
    const pageLoads = (r: SeenRequest): string => `${r.method} ${r.host}${r.path} ${r.dest}`;
    const alipay = new URL(alipayUrl);
    expect
      .soft(seen.map(pageLoads), 'requests the test server saw')
      .toEqual([
        `GET ${alipay.hostname}${alipay.pathname} document`,
        'GET example.com/ document',
        'GET tousu.sina.com.cn/complaint/create document',
      ]);
    // Firefox reported no other http(s) request from any browsing context
    // (content-script fetches would appear here, whatever their host).
    expect(bidiRequests, 'http(s) requests Firefox reported').toEqual([alipayUrl, exampleUrl, formUrl]);
  });
});
