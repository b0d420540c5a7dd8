import { defineConfig } from 'vitest/config';

// Real-browser suite: playwright-core drives Debian's Chromium (CHROME_PATH,
// else /usr/bin/chromium) and Firefox ESR through WebDriver BiDi, against the
// built extension in dist/ and dist-firefox/. One file at a time: the machine
// has two cores and each file launches its own browser with a fresh profile.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/browser/global-setup.ts'],
    // Node 20 has a global WebSocket only behind this flag; test/browser/firefox-bidi.ts
    // talks WebDriver BiDi to Firefox over it (docs/testing.md#firefox).
    execArgv: ['--experimental-websocket'],
  },
});
