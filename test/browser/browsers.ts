// Where the system browsers are. Branded Google Chrome ignores --load-extension
// since version 137, so only Chromium builds are used (docs/testing.md#chromium).
import { existsSync } from 'node:fs';

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/**
 * Command-line flags for every Chromium we start (tests, benches, the demo).
 * Playwright adds --disable-extensions unless --disable-extensions-except is
 * given; the network flags keep Chromium from reaching for Google's hosts,
 * which this machine's closed network refuses (docs/testing.md#chromium).
 */
export function chromiumArgs(extensionDir?: string, extra: readonly string[] = []): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...extra,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
