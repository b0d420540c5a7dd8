#!/usr/bin/env node
// addons-linter on the Firefox build: fails on any error, prints warnings.
// Run after `npm run build:firefox`.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['addons-linter', '--output', 'json', 'dist-firefox'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('addons-linter did not produce a JSON report');
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
const errors = report.errors?.length ?? 0;
console.log(`addons-linter: ${errors} errors, ${report.warnings?.length ?? 0} warnings, ${report.notices?.length ?? 0} notices`);
process.exit(errors === 0 ? 0 : 1);
