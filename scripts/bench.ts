// `npm run bench`: runs every bench/*.bench.ts in turn, prints a table, writes
// bench/results.json ({"<metric>": {value, unit, goal?, better, from}}) and
// regenerates README's Benchmarks table from it (bench/README.md says how to add
// a bench or a quality figure).
//
//   npm run bench                  every bench file
//   npm run bench -- rules store   only files whose name starts so; the other metrics are kept
//   npm run bench -- --table       no run: README's table from the committed results.json
//
// Timings are medians of repeated runs; nothing here is asserted in tests (the
// machine is shared and noisy, docs/testing.md#timings).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { checkMetric, goalText, meetsGoal, type Metric } from '../bench/metric';
import { parseResults, withTable } from '../bench/table';

type Stored = Metric & { from?: string };
const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results.json');
const README = join(ROOT, 'README.md');

const args = process.argv.slice(2);
const unknownFlag = args.find((a) => a.startsWith('--') && a !== '--table');
if (unknownFlag) {
  console.error(`npm run bench: unknown option ${unknownFlag} (try --table, or names of bench files)`);
  process.exit(2);
}
const only = args.filter((a) => !a.startsWith('--'));
const previous: Record<string, Stored> = existsSync(RESULTS) ? parseResults(readFileSync(RESULTS, 'utf8')) : {};

const writeReadme = (results: Record<string, Stored>): void => {
  writeFileSync(README, withTable(readFileSync(README, 'utf8'), results));
  console.log('wrote the Benchmarks table in README.md');
};

if (args.includes('--table')) {
  if (only.length) console.warn('npm run bench -- --table runs nothing; the file names are ignored');
  writeReadme(previous);
  process.exit(0);
}

const files = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.startsWith(o)))
  .sort();
if (!files.length) {
  console.error(`npm run bench: no bench/*.bench.ts matches ${only.join(', ')}`);
  process.exit(2);
}

const fresh: Record<string, Stored> = {};
const succeeded = new Set<string>();
const failures: string[] = [];
for (const file of files) {
  const from = file.replace(/\.bench\.ts$/, '');
  const started = Date.now();
  process.stdout.write(`bench ${file} … `);
  try {
    const mod = (await import(join(ROOT, 'bench', file))) as { run(): Promise<Record<string, unknown>> };
    const out = await mod.run();
    const checked = Object.entries(out).map(([name, m]) => {
      if (fresh[name]) throw new Error(`metric ${name} is also measured by ${fresh[name].from}.bench.ts`);
      return [name, { ...checkMetric(name, m), from }] as const;
    });
    Object.assign(fresh, Object.fromEntries(checked));
    succeeded.add(from);
    // The machine is shared: the load beside each file's time says how much to trust it.
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s (load average ${loadavg()[0]!.toFixed(1)})`);
  } catch (error) {
    console.log('failed');
    failures.push(`${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

// A file that ran replaces all of its metrics (a metric it no longer reports
// goes). A partial run keeps every other metric; a full run keeps only those
// of files that failed this time, so a crash never blanks the table.
const failed = new Set(files.map((f) => f.replace(/\.bench\.ts$/, '')).filter((f) => !succeeded.has(f)));
const kept = Object.entries(previous).filter(([, m]) => !succeeded.has(m.from ?? '') && (only.length > 0 || failed.has(m.from ?? '')));
const merged = Object.fromEntries([...kept, ...Object.entries(fresh)].sort(([a], [b]) => a.localeCompare(b)));

const rows = Object.entries(merged);
const width = Math.max(...rows.map(([k]) => k.length), 6);
console.log(`\n${'metric'.padEnd(width)}  ${'value'.padStart(12)}  ${'unit'.padEnd(7)}  ${'goal'.padEnd(10)}  ok`);
for (const [name, m] of rows) {
  const ok = meetsGoal(m) === undefined ? '' : meetsGoal(m) ? 'yes' : 'NO';
  const note = fresh[name] ? '' : '  (kept from the last run)';
  console.log(`${name.padEnd(width)}  ${String(m.value).padStart(12)}  ${m.unit.padEnd(7)}  ${goalText(m).padEnd(10)}  ${ok}${note}`);
}
writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
console.log('\nwrote bench/results.json');
writeReadme(merged);
if (failures.length) {
  console.error(`\n${failures.length} benchmark file(s) failed:\n${failures.join('\n')}`);
  process.exit(1);
}
