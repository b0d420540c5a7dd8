// Status-detection benchmark (../README.md#on-the-page). Run alone with
//   npx tsx -e "import('./bench/detect.bench.ts').then(m=>m.run()).then(console.log)"
// Quality figures on the HOLDOUT split of the phrase corpus (docs/architecture.md#corpora),
// through the worker's own path, factsFromReading on a URL no site pack claims:
// - detect.precision: share of `none` lines with no status at all (goal 1.0);
// - detect.recall: share of positive lines with the labelled status (goal ≥ 0.97);
// - detect.product_accuracy: share of positive lines naming a product whose
//   detected product is the labelled one (goal ≥ 0.97).
// These are figures to read, higher is better; they carry no `goal` here because
// bench results compare `value <= goal`.
// - detect.worst_ms_4000: the slowest detection of any adversarial 4,000-character
//   reading (test/fixtures/phrases/adversarial.ts), median CPU time of repeated runs
//   (goal ≤ 5 ms: no expression can be made to backtrack).
import { factsFromReading } from '../src/background/reading';
import { ADVERSARIAL } from '../test/fixtures/phrases/adversarial';
import { measure, readCorpus } from '../test/fixtures/phrases/corpus';

type Metric = { value: number; unit: string; goal?: number };

const RUNS = 21;
const WARM = 5;

/** Median CPU milliseconds of one detection of `text` (CPU time: the machine is shared). */
function medianMs(text: string): number {
  for (let i = 0; i < WARM; i++) factsFromReading('https://example.com/', text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    factsFromReading('https://example.com/', text);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1]!;
}

export async function run(): Promise<Record<string, Metric>> {
  const holdout = measure(readCorpus('holdout'));
  const worst = Math.max(...ADVERSARIAL.map((a) => medianMs(a.text)));
  const round = (x: number, digits: number): number => Number(x.toFixed(digits));
  return {
    'detect.precision': { value: round(holdout.precision, 3), unit: 'ratio' },
    'detect.recall': { value: round(holdout.recall, 3), unit: 'ratio' },
    'detect.product_accuracy': { value: round(holdout.productAccuracy, 3), unit: 'ratio' },
    'detect.worst_ms_4000': { value: round(worst, 2), unit: 'ms', goal: 5 },
  };
}
