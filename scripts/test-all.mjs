#!/usr/bin/env node
// `npm test`: everything that proves the extension, in order, failing fast:
// type check, lint, unit + meta tests, both builds, addons-linter on the
// Firefox build, then the real-browser suite (Chromium and Firefox).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const results = [];
const counts = { passed: 0, failed: 0 };

function step(name, cmd, args, { env } = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) {
    summary();
    console.error(`\n✗ ${name} failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}

function addVitestCounts(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
}

function summary() {
  console.log('\n━━ summary');
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds}s)`);
}

const npx = 'npx';
step('type check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint (ESLint + Prettier)', 'npm', ['run', '--silent', 'lint']);
step('unit and meta tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-unit.json']);
addVitestCounts('.tmp/vitest-unit.json');
step('build (Chrome)', npx, ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn']);
step('build (Firefox)', npx, ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
step('addons-linter (dist-firefox, 0 errors)', 'node', ['scripts/lint-firefox.mjs']);
step('real-browser suite (Chromium + Firefox)', npx, [
  'vitest',
  'run',
  '--config',
  'vitest.browser.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest-browser.json',
]);
addVitestCounts('.tmp/vitest-browser.json');
summary();
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
