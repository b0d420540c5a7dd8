#!/usr/bin/env node
// `npm run test:browser [-- files…]`: fresh builds of both targets, then the
// real-browser suite (Chromium and Firefox) alone. `npm test` runs the same
// steps after the type check, lint and unit tests.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
run('npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)]);
