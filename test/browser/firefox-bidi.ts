// Drives Firefox ESR without geckodriver: its built-in WebDriver BiDi server
// (`--remote-debugging-port`), spoken over Node's global WebSocket
// (docs/testing.md#firefox; Node 20 needs --experimental-websocket for it, which
// vitest.browser.config.ts passes to the test workers through `execArgv`).
// Spec: https://w3c.github.io/webdriver-bidi/ — commands are
// `{id, method, params}`, answers `{type: 'success'|'error', id, ...}`, events
// `{type: 'event', method, params}`.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type BidiParams = Record<string, unknown>;

/** A command the browser answered with `{type: 'error'}`. */
export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    detail: string,
  ) {
    super(`${method} failed: ${error}: ${detail}`);
  }
}

interface Pending {
  method: string;
  resolve(result: BidiParams): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** One BiDi connection: `send` returns a promise keyed by command id; events come through `on`. */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly events = new EventEmitter();
  private closedReason: string | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (e) => this.receive(String(e.data)));
    socket.addEventListener('close', () => this.fail(`connection closed`));
    socket.addEventListener('error', () => this.fail(`connection error`));
  }

  /**
   * Connects to `url`, retrying until `timeoutMs`: Firefox opens its remote
   * port a few seconds after start, more on a cold, busy machine.
   * `giveUp` is polled between attempts (e.g. "the browser process exited").
   */
  static async connect(url: string, options: { timeoutMs?: number; giveUp?: () => string | null } = {}): Promise<BidiClient> {
    requireWebSocket();
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    let lastError = 'never tried';
    for (;;) {
      const reason = options.giveUp?.();
      if (reason) throw new Error(`BiDi connection to ${url} abandoned: ${reason}`);
      try {
        return new BidiClient(await open(url));
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() > deadline) throw new Error(`BiDi connection to ${url} failed for ${options.timeoutMs ?? 20_000} ms: ${lastError}`);
      await sleep(250);
    }
  }

  send<T extends BidiParams = BidiParams>(method: string, params: BidiParams = {}, timeoutMs = 30_000): Promise<T> {
    if (this.closedReason) return Promise.reject(new Error(`${method}: BiDi ${this.closedReason}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (r: BidiParams) => void, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Listens to a BiDi event (subscribe with `session.subscribe` first). */
  on(event: string, listener: (params: BidiParams) => void): this {
    this.events.on(event, listener);
    return this;
  }

  /** Closes the socket; pending commands are rejected. */
  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => this.socket.addEventListener('close', () => resolve(), { once: true }));
    this.socket.close();
    await Promise.race([closed, sleep(2_000)]);
    this.fail('closed by the client');
  }

  private receive(data: string): void {
    let message: {
      type?: string;
      id?: number;
      method?: string;
      params?: BidiParams;
      result?: BidiParams;
      error?: string;
      message?: string;
    };
    try {
      message = JSON.parse(data) as typeof message;
    } catch {
      return; // not ours to interpret; Firefox only sends JSON
    }
    if (message.type === 'event' && message.method) {
      this.events.emit(message.method, message.params ?? {});
      return;
    }
    if (typeof message.id !== 'number') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'success') pending.resolve(message.result ?? {});
    else pending.reject(new BidiError(pending.method, message.error ?? 'unknown error', message.message ?? data));
  }

  private fail(reason: string): void {
    this.closedReason ??= reason;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`${pending.method}: BiDi ${reason}`));
      this.pending.delete(id);
    }
  }
}

/** Fails clearly, before any browser starts, when this Node has no global WebSocket. */
export function requireWebSocket(): void {
  if (typeof globalThis.WebSocket !== 'function') {
    throw new Error(
      `No global WebSocket in this Node ${process.version} process: Node 20 needs --experimental-websocket ` +
        "(vitest.browser.config.ts: test.execArgv: ['--experimental-websocket']).",
    );
  }
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const onOpen = (): void => {
      socket.removeEventListener('error', onError);
      resolve(socket);
    };
    const onError = (): void => {
      socket.removeEventListener('open', onOpen);
      reject(new Error(`cannot open ${url}`));
    };
    socket.addEventListener('open', onOpen, { once: true });
    socket.addEventListener('error', onError, { once: true });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An ephemeral TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type Pref = string | number | boolean;

/**
 * Preferences that keep a test profile offline and quiet. Firefox's remote
 * agent already applies its own "recommended preferences" on top
 * (remote/shared/RecommendedPreferences.sys.mjs); these repeat the ones that
 * matter for "never the network" so the intent is visible here.
 */
export function offlinePrefs(): Record<string, Pref> {
  return {
    // Every host name resolves to 127.0.0.1: lender hosts reach the local
    // test server, everything else finds a closed port.
    'network.dns.forceResolve': '127.0.0.1',
    'network.trr.mode': 5, // no DNS over HTTPS
    'network.proxy.type': 0,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'startup.homepage_welcome_url': 'about:blank',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    // Favicons would add a /favicon.ico request per page to the server log.
    'browser.chrome.site_icons': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.search.update': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'services.settings.server': 'data:,#remote-settings-disabled',
    'media.gmp-manager.url': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'xpinstall.signatures.required': false,
    'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
    'remote.active-protocols': 1, // WebDriver BiDi only
  };
}

/** Writes `prefs` as the profile's user.js (read at every start). */
export function writeUserJs(profileDir: string, prefs: Record<string, Pref>): void {
  mkdirSync(profileDir, { recursive: true });
  const lines = Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`);
  writeFileSync(join(profileDir, 'user.js'), lines.join('\n') + '\n');
}

export interface FirefoxOptions {
  executable: string;
  profileDir: string;
  /** Scratch dir used as HOME / TMPDIR / XDG_* so Firefox writes nothing outside it. */
  scratchDir: string;
  prefs?: Record<string, Pref>;
}

export interface Firefox {
  process: ChildProcess;
  /** ws://127.0.0.1:<port>/session */
  sessionUrl: string;
  /** Why the process is gone, or null while it runs. */
  exitReason(): string | null;
  /** The last few KB of stdout+stderr, for error messages. */
  output(): string;
  /** Is any process of the group this launcher started still alive? */
  alive(): boolean;
  /** Ends the process group this launcher started (SIGTERM, then SIGKILL); resolves once it is gone. */
  kill(): Promise<void>;
}

/** Starts Firefox headless with a fresh profile and its BiDi server on a free port. */
export async function launchFirefox(options: FirefoxOptions): Promise<Firefox> {
  const port = await freePort();
  writeUserJs(options.profileDir, { ...offlinePrefs(), ...options.prefs });
  for (const dir of ['home', 'tmp', 'config', 'cache', 'data']) mkdirSync(join(options.scratchDir, dir), { recursive: true });
  const child = spawn(
    options.executable,
    ['--headless', '--no-remote', '-profile', options.profileDir, `--remote-debugging-port=${port}`, 'about:blank'],
    {
      // Its own process group, so kill() reaches Firefox's content processes
      // too, and nothing else.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: join(options.scratchDir, 'home'),
        TMPDIR: join(options.scratchDir, 'tmp'),
        XDG_CONFIG_HOME: join(options.scratchDir, 'config'),
        XDG_CACHE_HOME: join(options.scratchDir, 'cache'),
        XDG_DATA_HOME: join(options.scratchDir, 'data'),
        MOZ_HEADLESS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
      },
    },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitReason: string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitReason = `Firefox exited (code ${code}, signal ${signal})`;
      resolve();
    });
    child.once('error', (error) => {
      exitReason = `Firefox could not start: ${error.message}`;
      resolve();
    });
  });

  // Signals go to the group we created (negative pid), never to anyone else's.
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    if (child.pid === undefined) return false;
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // ESRCH: no process left in the group
    }
  };
  const alive = (): boolean => signalGroup(0);
  return {
    process: child,
    sessionUrl: `ws://127.0.0.1:${port}/session`,
    exitReason: () => exitReason,
    output: () => output,
    alive,
    kill: async () => {
      if (child.pid === undefined) return;
      if (exitReason === null) {
        signalGroup('SIGTERM');
        await Promise.race([exited, sleep(5_000)]);
      }
      // Content processes can outlive the parent for a moment; end the whole
      // group and wait until the kernel reports it empty.
      signalGroup('SIGKILL');
      for (let i = 0; i < 50 && alive(); i++) await sleep(100);
    },
  };
}
