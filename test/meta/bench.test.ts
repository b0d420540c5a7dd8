// README's Benchmarks table is generated from bench/results.json (bench/README.md), so
// the two can never disagree; and the runner's checks on what a bench returns.
// No figure's value is asserted here: timings are never tested, only reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkMetric, goalText, meetsGoal, quality, ratio, timing } from '../../bench/metric';
import { bracketedDifferences, bracketedRatios, median } from '../../bench/stats';
import { TABLE_END, TABLE_START, parseResults, renderTable, tableIn, withTable } from '../../bench/table';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('README and bench/results.json', () => {
  test('every figure in bench/results.json is well formed and says which way is better', () => {
    const results = parseResults(read('bench/results.json'));
    expect(Object.keys(results).length).toBeGreaterThan(0);
    for (const m of Object.values(results)) expect(['higher', 'lower']).toContain(m.better);
  });

  test("README's Benchmarks table is the one generated from bench/results.json (npm run bench -- --table)", () => {
    const readme = read('README.md');
    expect(tableIn(readme), 'the table markers in README.md').toBeDefined();
    expect(tableIn(readme)).toBe(renderTable(parseResults(read('bench/results.json'))));
  });
});

describe('what a bench may return', () => {
  test('a quality figure where higher is better meets its goal from above, a timing from below', () => {
    expect(meetsGoal(quality(0.97, 'share', 'higher', 0.97))).toBe(true);
    expect(meetsGoal(quality(0.96, 'share', 'higher', 0.97))).toBe(false);
    expect(meetsGoal(timing(51, 'ms', 50))).toBe(false);
    expect(meetsGoal(timing(50, 'ms', 50))).toBe(true);
    expect(meetsGoal(quality(0, 'claims', 'lower', 0))).toBe(true);
    expect(meetsGoal(timing(3, 'µs'))).toBeUndefined();
    expect(goalText(quality(0.9, 'share', 'higher', 0.9))).toBe('≥ 0.9');
    expect(goalText(ratio(1.2, 1.05))).toBe('≤ 1.05');
  });

  test('better may be left out only where the unit implies it', () => {
    expect(checkMetric('store.search_ms_10k', { value: 1, unit: 'ms', goal: 30 }).better).toBe('lower');
    expect(() => checkMetric('detect.precision', { value: 0.9, unit: 'share', goal: 1 })).toThrow(/detect\.precision.*better/);
    expect(() => checkMetric('rules.ratio_vs_treewalk', { value: 2, unit: 'ratio' })).toThrow(/better/);
  });

  test('malformed figures are refused with their name', () => {
    expect(() => checkMetric('Bad Name', { value: 1, unit: 'ms' })).toThrow(/Bad Name/);
    expect(() => checkMetric('a.b', { value: Number.NaN, unit: 'ms' })).toThrow(/finite/);
    expect(() => checkMetric('a.b', { value: 1, unit: '' })).toThrow(/unit/);
    expect(() => checkMetric('a.b', { value: 1, unit: 'ms', goal: Number.POSITIVE_INFINITY })).toThrow(/goal/);
  });

  test('the table shows ✓, ✗ or nothing, and the direction of the goal', () => {
    const table = renderTable({
      'detect.recall': quality(0.9, 'share', 'higher', 0.97),
      'advice.unbacked_claims': quality(0, 'claims', 'lower', 0),
      'worker.gzip_bytes': { value: 62557, unit: 'bytes', better: 'lower' },
    });
    expect(table.split('\n').slice(2)).toEqual([
      '| `advice.unbacked_claims` | 0 claims | ≤ 0 | ✓ |',
      '| `detect.recall` | 0.9 share | ≥ 0.97 | ✗ |',
      '| `worker.gzip_bytes` | 62557 bytes |  |  |',
    ]);
  });

  test('withTable replaces only what lies between the markers', () => {
    const readme = `# x\n\n${TABLE_START}\nold\n${TABLE_END}\n\nafter\n`;
    const out = withTable(readme, { 'a.b_ms': timing(1, 'ms') });
    expect(out.startsWith(`# x\n\n${TABLE_START}\n| metric |`)).toBe(true);
    expect(out.endsWith(`${TABLE_END}\n\nafter\n`)).toBe(true);
    expect(out).not.toContain('old');
    expect(() => withTable('# no markers\n', {})).toThrow(/markers|lines/);
  });
});

describe('medians and interleaved pairs', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  test('each B run is compared with the mean of the A runs on either side', () => {
    // A drifts upward by 2 per step; B sits exactly halfway: every bracketed ratio is A/B of the same moment.
    expect(bracketedRatios([10, 12, 14], [11, 13])).toEqual([1, 1]);
    expect(bracketedDifferences([10, 14, 18], [6, 8])).toEqual([6, 8]);
    expect(() => bracketedRatios([1, 2], [1, 2])).toThrow();
  });
});
