// README's Benchmarks table, generated from bench/results.json so the two never
// disagree: `npm run bench` rewrites it after every run and `npm run bench -- --table`
// rewrites it alone; test/meta/bench.test.ts fails when README holds another table.
import { checkMetric, goalText, meetsGoal, type Metric, type Metrics } from './metric';

export const TABLE_START = '<!-- bench-table: generated from bench/results.json by `npm run bench -- --table`; do not edit by hand -->';
export const TABLE_END = '<!-- /bench-table -->';

/** results.json as written by the runner: each metric checked, `better` filled in. */
export function parseResults(json: string): Record<string, Metric & { from?: string }> {
  const raw = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(raw).map(([name, m]) => {
      const from = (m as { from?: unknown }).from;
      return [name, typeof from === 'string' ? { ...checkMetric(name, m), from } : checkMetric(name, m)];
    }),
  );
}

const valueText = (m: Metric): string => `${m.value} ${m.unit}`;
const mark = (m: Metric): string => {
  const ok = meetsGoal(m);
  return ok === undefined ? '' : ok ? '✓' : '✗';
};

/** The markdown table, one row per metric, sorted by name. */
export function renderTable(results: Metrics): string {
  const rows = Object.entries(results)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, m]) => `| \`${name}\` | ${valueText(m)} | ${goalText(m)} | ${mark(m)} |`);
  return ['| metric | value | goal | |', '|---|---|---|---|', ...rows].join('\n');
}

/** The block between the markers, or undefined when README has no markers. */
export function tableIn(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}

/** README with the block between the markers replaced by the table of `results`. */
export function withTable(readme: string, results: Metrics): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md: the Benchmarks section needs the lines\n${TABLE_START}\n${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${renderTable(results)}\n${readme.slice(end)}`;
}
