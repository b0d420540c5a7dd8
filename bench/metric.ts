// What a benchmark returns, and how `npm run bench` judges it (bench/README.md).
// A metric is one number with its unit, an optional goal and the direction
// that is better. Timings and sizes are better lower; quality figures computed
// from a corpus (a precision, an accuracy, a count of unbacked claims) say
// which way is better themselves. Nothing here is ever asserted in a test:
// the table shows ✓ or ✗ and the README explains the misses.

export type Better = 'higher' | 'lower';

export interface Metric {
  value: number;
  unit: string;
  goal?: number;
  better: Better;
}

export type Metrics = Record<string, Metric>;

/**
 * Units where lower is always better, so a metric in one of them may leave out
 * `better` (the benches written before quality figures existed did).
 */
export const LOWER_IS_BETTER_UNITS: readonly string[] = ['ms', 'µs', 'bytes', 'MB'];

const make = (value: number, unit: string, better: Better, goal?: number): Metric =>
  goal === undefined ? { value, unit, better } : { value, unit, goal, better };

/** A median of repeated timed runs, in ms or µs. */
export const timing = (value: number, unit: 'ms' | 'µs', goal?: number): Metric => make(value, unit, 'lower', goal);

/** The size of something that ships (gzip -9 bytes, or MB for large totals). */
export const size = (value: number, goal?: number, unit: 'bytes' | 'MB' = 'bytes'): Metric => make(value, unit, 'lower', goal);

/** A ratio of our cost to a baseline's (median of paired ratios, or of medians): lower is better. */
export const ratio = (value: number, goal?: number): Metric => make(value, 'ratio', 'lower', goal);

/**
 * A figure computed, not timed: e.g. detect.precision on the holdout corpus
 * (`quality(0.98, 'share', 'higher', 1)`) or advice.unbacked_claims
 * (`quality(0, 'claims', 'lower', 0)`).
 */
export const quality = (value: number, unit: string, better: Better, goal?: number): Metric => make(value, unit, better, goal);

/** Whether the metric meets its goal; undefined when it has none. */
export function meetsGoal(m: Metric): boolean | undefined {
  if (m.goal === undefined) return undefined;
  return m.better === 'higher' ? m.value >= m.goal : m.value <= m.goal;
}

/** "≤ 50" or "≥ 0.97", or "" without a goal. */
export const goalText = (m: Metric): string => (m.goal === undefined ? '' : `${m.better === 'higher' ? '≥' : '≤'} ${m.goal}`);

const NAME = /^[a-z][a-z0-9]*(\.[a-z0-9_]+)+$/;

/**
 * Checks one metric as a bench file returned it and fills in `better` where the
 * unit implies it. Throws with the metric's name and what is wrong.
 */
export function checkMetric(name: string, raw: unknown): Metric {
  const fail = (why: string): never => {
    throw new Error(`metric ${name}: ${why} (bench/README.md)`);
  };
  if (!NAME.test(name)) fail('names are dotted lower-case words, e.g. "store.search_cold_ms_10k"');
  if (!raw || typeof raw !== 'object') fail('expected {value, unit, goal?, better}');
  const m = raw as Partial<Metric>;
  if (typeof m.value !== 'number' || !Number.isFinite(m.value)) fail(`value must be a finite number, got ${String(m.value)}`);
  if (typeof m.unit !== 'string' || m.unit === '') fail('unit must be a non-empty string');
  if (m.goal !== undefined && (typeof m.goal !== 'number' || !Number.isFinite(m.goal))) fail('goal must be a finite number');
  let better = m.better;
  if (better === undefined && LOWER_IS_BETTER_UNITS.includes(m.unit!)) better = 'lower';
  if (better !== 'higher' && better !== 'lower') fail(`say better: 'higher' or 'lower' (unit "${m.unit}" does not imply it)`);
  return make(m.value!, m.unit!, better!, m.goal);
}
