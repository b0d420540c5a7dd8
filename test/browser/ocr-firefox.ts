// dist-firefox in Firefox ESR with one of its extension pages open, for the
// OCR engine test (./ocr-engine.test.ts), over WebDriver BiDi (./firefox-bidi.ts).
// Two things the smoke test (./firefox.test.ts) does not need:
// - Navigating a tab to moz-extension:// is refused over BiDi unless the
//   remote agent allows system access (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS, read by
//   Firefox's remote/components/RemoteAgent.sys.mjs); the add-on's UUID is
//   fixed with the `extensions.webextensions.uuids` preference.
// - Every http(s) request, from any context (dedicated workers of extension
//   pages included), goes to a recording proxy on 127.0.0.1 that answers 403:
//   a request the engine made would show there even if BiDi did not report it.
//   One request of the harness's own proves the proxy sees requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { firefoxPath } from './browsers';
import { BidiClient, launchFirefox, requireWebSocket, type BidiParams, type Firefox } from './firefox-bidi';
import { ROOT, TMP } from './harness';

const GECKO_ID = 'reopen@reopen-extension.org';
const UUID = '0c2d8e51-7a3f-4b6e-9d10-5f4c3b2a1e0d';

export interface FirefoxSession {
  /** Evaluates `expression` in the extension page (awaits promises) and returns its value. */
  evaluate(expression: string): Promise<unknown>;
  /** The one request the harness sends through the proxy to prove it records. */
  controlUrl: string;
  /** Requests the proxy received (absolute URLs, or host:port for a CONNECT). */
  proxied(): string[];
  /** http(s) requests Firefox reported over BiDi. */
  bidiRequests(): string[];
  /** Error entries Firefox logged over BiDi. */
  errors(): string[];
  close(): Promise<void>;
}

export async function startFirefoxWithExtension(pagePath: string): Promise<FirefoxSession> {
  requireWebSocket();
  const executable = firefoxPath();
  if (!executable) throw new Error('Firefox not found: apt-get install -y --no-install-recommends firefox-esr, or set FIREFOX_PATH');
  const proxied: string[] = [];
  const proxy = createServer((req, res) => {
    proxied.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('no network in tests');
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', () => done()));
  const { port } = proxy.address() as AddressInfo;
  const runDir = mkdtempSync(join(TMP, 'firefox-ocr-'));
  process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
  let firefox: Firefox | null = null;
  let bidi: BidiClient | null = null;
  const close = async (): Promise<void> => {
    await bidi?.send('browser.close', {}, 5_000).catch(() => undefined);
    await bidi?.close().catch(() => undefined);
    await firefox?.kill();
    proxy.closeAllConnections();
    await new Promise<void>((done) => proxy.close(() => done()));
    rmSync(runDir, { recursive: true, force: true });
  };
  try {
    firefox = await launchFirefox({
      executable,
      profileDir: join(runDir, 'profile'),
      scratchDir: join(runDir, 'scratch'),
      prefs: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
    const ff = firefox;
    bidi = await BidiClient.connect(ff.sessionUrl, { timeoutMs: 30_000, giveUp: () => ff.exitReason() });
    const client = bidi;
    await client.send('session.new', { capabilities: {} });
    const requests: string[] = [];
    const errors: string[] = [];
    client.on('network.beforeRequestSent', (p) => {
      const url = (p.request as { url?: string } | undefined)?.url ?? '';
      if (/^https?:/.test(url)) requests.push(url);
    });
    client.on('log.entryAdded', (p) => {
      if (p.level === 'error') errors.push(String(p.text ?? ''));
    });
    await client.send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent'] });
    await client.send('webExtension.install', { extensionData: { type: 'path', path: join(ROOT, 'dist-firefox') } });
    const tree = await client.send<{ contexts: BidiParams[] }>('browsingContext.getTree', { maxDepth: 0 });
    const context = String(tree.contexts[0]?.context ?? '');
    const controlUrl = 'http://proxy-check.invalid/';
    await client.send('browsingContext.navigate', { context, url: controlUrl, wait: 'complete' });
    await client.send('browsingContext.navigate', { context, url: `moz-extension://${UUID}/${pagePath}`, wait: 'complete' });
    return {
      async evaluate(expression) {
        const answer = await client.send('script.evaluate', { expression, target: { context }, awaitPromise: true }, 180_000);
        if (answer.type !== 'success') throw new Error(`script.evaluate threw: ${JSON.stringify(answer.exceptionDetails)}`);
        return (answer.result as { value?: unknown }).value;
      },
      controlUrl,
      proxied: () => [...proxied],
      bidiRequests: () => [...requests],
      errors: () => [...errors],
      close,
    };
  } catch (error) {
    const output = firefox?.output() ?? '';
    await close();
    throw new Error(`${(error as Error).message}\nFirefox output:\n${output}`);
  }
}
