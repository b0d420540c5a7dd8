// `npm run bench`: runs every benchmark in bench/*.bench.ts, prints a table
// and writes bench/results.json as {"<metric>": {value, unit, goal?}}.
// Timings are medians over repeated runs; nothing here is asserted in tests
// (the machine is shared and noisy). `npm run bench -- rules size` runs some.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Metric = { value: number; unit: string; goal?: number };
const ROOT = join(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.startsWith(o)))
  .sort();

const results: Record<string, Metric> = {};
const failures: string[] = [];
for (const file of files) {
  const started = Date.now();
  process.stdout.write(`bench ${file} … `);
  try {
    const mod = (await import(join(ROOT, 'bench', file))) as { run(): Promise<Record<string, Metric>> };
    Object.assign(results, await mod.run());
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log('failed');
    failures.push(`${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const rows = Object.entries(results).sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([k]) => k.length), 6);
console.log(`\n${'metric'.padEnd(width)}  ${'value'.padStart(12)}  unit     goal       ok`);
for (const [name, m] of rows) {
  const ok = m.goal === undefined ? '' : m.value <= m.goal ? 'yes' : 'NO';
  const value = Number.isInteger(m.value) ? String(m.value) : m.value.toPrecision(4);
  console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${m.unit.padEnd(7)}  ${String(m.goal ?? '').padEnd(9)}  ${ok}`);
}
// A partial run (`npm run bench -- rules`) updates its own metrics and keeps the others.
const file = join(ROOT, 'bench/results.json');
const previous: Record<string, Metric> = only.length && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const merged = Object.fromEntries(Object.entries({ ...previous, ...results }).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
console.log('\nwrote bench/results.json');
if (failures.length) {
  console.error(`\n${failures.length} benchmark file(s) failed:\n${failures.join('\n')}`);
  process.exit(1);
}
