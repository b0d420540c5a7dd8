// The dev splits of the status-phrase corpus (docs/architecture.md#corpora), through the
// worker's own path (factsFromReading on a URL no site pack claims). The holdout splits
// are only measured, by bench/detect.bench.ts. The thresholds sit just under the
// figures this detector reached on each dev split, so a regression fails here.
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../../test/fixtures/phrases/adversarial';
import { measure, readCorpus } from '../../test/fixtures/phrases/corpus';
import { factsFromReading } from '../background/reading';

const dev = readCorpus('dev');
const figures = measure(dev);

describe('dev corpus', () => {
  it('is the corpus the brief describes: 7 columns, known labels, enough negatives', () => {
    expect(dev.length).toBeGreaterThan(300);
    expect(figures.negatives).toBeGreaterThan(100);
    for (const l of dev) expect(l.script).toMatch(/^(?:zh-Hans|zh-Hant|en)$/);
  });

  it('reports its figures', () => {
    // Printed so a run shows where detection stands (and what it misses).
    console.info(
      `dev: precision ${figures.precision.toFixed(3)} (${figures.negatives} negatives), recall ${figures.recall.toFixed(3)} (${figures.positives} positives), ` +
        `product_accuracy ${figures.productAccuracy.toFixed(3)} (${figures.named} naming a product)\n${figures.misses.join('\n')}`,
    );
    expect(figures.positives + figures.negatives).toBe(dev.length);
  });

  it('precision: no false status on any negative line', () => {
    expect(figures.misses.filter((m) => m.includes(': false '))).toEqual([]);
    expect(figures.precision).toBe(1);
  });

  it('recall stays at or above 0.99', () => {
    expect(figures.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('product accuracy stays at or above 0.98', () => {
    expect(figures.productAccuracy).toBeGreaterThanOrEqual(0.98);
  });
});

const dev2 = measure(readCorpus('dev-2'));

describe('dev-2 corpus (written after detection round 1)', () => {
  it('reports its figures', () => {
    console.info(
      `dev-2: precision ${dev2.precision.toFixed(3)} (${dev2.negatives} negatives), recall ${dev2.recall.toFixed(3)} (${dev2.positives} positives), ` +
        `product_accuracy ${dev2.productAccuracy.toFixed(3)} (${dev2.named} naming a product)\n${dev2.misses.join('\n')}`,
    );
    expect(dev2.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev2.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.965, product accuracy at or above 0.975', () => {
    expect(dev2.recall).toBeGreaterThanOrEqual(0.965);
    expect(dev2.productAccuracy).toBeGreaterThanOrEqual(0.975);
  });
});

const dev3 = measure(readCorpus('dev-3'));

describe('dev-3 corpus (written after detection round 2: look-alikes of a status, none of the own line)', () => {
  it('reports its figures', () => {
    console.info(
      `dev-3: precision ${dev3.precision.toFixed(3)} (${dev3.negatives} negatives), recall ${dev3.recall.toFixed(3)} (${dev3.positives} positives), ` +
        `product_accuracy ${dev3.productAccuracy.toFixed(3)} (${dev3.named} naming a product)\n${dev3.misses.join('\n')}`,
    );
    expect(dev3.negatives).toBeGreaterThan(150);
    expect(dev3.negatives / (dev3.negatives + dev3.positives)).toBeGreaterThanOrEqual(0.6);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev3.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.985, product accuracy at or above 0.985', () => {
    expect(dev3.recall).toBeGreaterThanOrEqual(0.985);
    expect(dev3.productAccuracy).toBeGreaterThanOrEqual(0.985);
  });
});

const dev4 = measure(readCorpus('dev-4'));

describe("dev-4 corpus (written before detection round 4: users' own wording, notices, SMS, status cards)", () => {
  it('reports its figures', () => {
    console.info(
      `dev-4: precision ${dev4.precision.toFixed(3)} (${dev4.negatives} negatives), recall ${dev4.recall.toFixed(3)} (${dev4.positives} positives), ` +
        `product_accuracy ${dev4.productAccuracy.toFixed(3)} (${dev4.named} naming a product)\n${dev4.misses.join('\n')}`,
    );
    expect(dev4.negatives).toBeGreaterThan(120);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev4.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.985, product accuracy at or above 0.99', () => {
    expect(dev4.recall).toBeGreaterThanOrEqual(0.985);
    expect(dev4.productAccuracy).toBeGreaterThanOrEqual(0.99);
  });
});

const dev5 = measure(readCorpus('dev-5'));

describe('dev-5 corpus (written before detection round 5: whole screens and pages as a content script reads them)', () => {
  it('reports its figures', () => {
    console.info(
      `dev-5: precision ${dev5.precision.toFixed(3)} (${dev5.negatives} negatives), recall ${dev5.recall.toFixed(3)} (${dev5.positives} positives), ` +
        `product_accuracy ${dev5.productAccuracy.toFixed(3)} (${dev5.named} naming a product)\n${dev5.misses.join('\n')}`,
    );
    expect(dev5.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev5.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.99, product accuracy at or above 0.99', () => {
    expect(dev5.recall).toBeGreaterThanOrEqual(0.99);
    expect(dev5.productAccuracy).toBeGreaterThanOrEqual(0.99);
  });
});

const dev6 = measure(readCorpus('dev-6'));

describe("dev-6 corpus (written by another writer for round 5: products the detector may not know, each lender's own voice)", () => {
  it('reports its figures', () => {
    console.info(
      `dev-6: precision ${dev6.precision.toFixed(3)} (${dev6.negatives} negatives), recall ${dev6.recall.toFixed(3)} (${dev6.positives} positives), ` +
        `product_accuracy ${dev6.productAccuracy.toFixed(3)} (${dev6.named} naming a product)\n${dev6.misses.join('\n')}`,
    );
    expect(dev6.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev6.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.935, product accuracy at or above 0.935', () => {
    expect(dev6.recall).toBeGreaterThanOrEqual(0.935);
    expect(dev6.productAccuracy).toBeGreaterThanOrEqual(0.935);
  });
});

const dev7 = measure(readCorpus('dev-7'));

describe('dev-7 corpus (written before detection round 6: what users post and screenshot)', () => {
  it('reports its figures', () => {
    console.info(
      `dev-7: precision ${dev7.precision.toFixed(3)} (${dev7.negatives} negatives), recall ${dev7.recall.toFixed(3)} (${dev7.positives} positives), ` +
        `product_accuracy ${dev7.productAccuracy.toFixed(3)} (${dev7.named} naming a product)\n${dev7.misses.join('\n')}`,
    );
    expect(dev7.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev7.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.975, product accuracy at or above 0.975', () => {
    expect(dev7.recall).toBeGreaterThanOrEqual(0.975);
    expect(dev7.productAccuracy).toBeGreaterThanOrEqual(0.975);
  });
});

const dev8 = measure(readCorpus('dev-8'));

describe('dev-8 corpus (written by another writer for round 6: formal and operational text, conditional and scheduled statuses)', () => {
  it('reports its figures', () => {
    console.info(
      `dev-8: precision ${dev8.precision.toFixed(3)} (${dev8.negatives} negatives), recall ${dev8.recall.toFixed(3)} (${dev8.positives} positives), ` +
        `product_accuracy ${dev8.productAccuracy.toFixed(3)} (${dev8.named} naming a product)\n${dev8.misses.join('\n')}`,
    );
    expect(dev8.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev8.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  it('recall stays at or above 0.99, product accuracy at or above 0.99', () => {
    expect(dev8.recall).toBeGreaterThanOrEqual(0.99);
    expect(dev8.productAccuracy).toBeGreaterThanOrEqual(0.99);
  });
});

const dev9 = measure(readCorpus('dev-9'));

describe("dev-9 corpus (written before detection round 7: banks' cards, the smaller lenders, the phone channel)", () => {
  it('reports its figures', () => {
    console.info(
      `dev-9: precision ${dev9.precision.toFixed(3)} (${dev9.negatives} negatives), recall ${dev9.recall.toFixed(3)} (${dev9.positives} positives), ` +
        `product_accuracy ${dev9.productAccuracy.toFixed(3)} (${dev9.named} naming a product)\n${dev9.misses.join('\n')}`,
    );
    expect(dev9.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev9.misses.filter((m) => m.includes(': false '))).toEqual([]);
    expect(dev9.precision).toBe(1);
  });

  it('recall stays at or above 0.985, product accuracy at or above 0.975', () => {
    expect(dev9.recall).toBeGreaterThanOrEqual(0.985);
    expect(dev9.productAccuracy).toBeGreaterThanOrEqual(0.975);
  });
});

const dev10 = measure(readCorpus('dev-10'));

describe("dev-10 corpus (written by another writer for round 7: what a page reader picks up that states nothing of the user's line)", () => {
  it('reports its figures', () => {
    console.info(
      `dev-10: precision ${dev10.precision.toFixed(3)} (${dev10.negatives} negatives), recall ${dev10.recall.toFixed(3)} (${dev10.positives} positives), ` +
        `product_accuracy ${dev10.productAccuracy.toFixed(3)} (${dev10.named} naming a product)\n${dev10.misses.join('\n')}`,
    );
    expect(dev10.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev10.misses.filter((m) => m.includes(': false '))).toEqual([]);
    expect(dev10.precision).toBe(1);
  });

  it('recall stays at or above 0.98, product accuracy at or above 0.99', () => {
    expect(dev10.recall).toBeGreaterThanOrEqual(0.98);
    expect(dev10.productAccuracy).toBeGreaterThanOrEqual(0.99);
  });
});

const dev11 = measure(readCorpus('dev-11'));

describe("dev-11 corpus (probed for round 7 by a writer who saw no code, only the detector's answers)", () => {
  it('reports its figures', () => {
    console.info(
      `dev-11: precision ${dev11.precision.toFixed(3)} (${dev11.negatives} negatives), recall ${dev11.recall.toFixed(3)} (${dev11.positives} positives), ` +
        `product_accuracy ${dev11.productAccuracy.toFixed(3)} (${dev11.named} naming a product)\n${dev11.misses.join('\n')}`,
    );
    expect(dev11.negatives).toBeGreaterThan(100);
  });

  it('precision: no false status on any negative line', () => {
    expect(dev11.misses.filter((m) => m.includes(': false '))).toEqual([]);
  });

  // Before round 7: 0.901 / 0.841 / 0.893.
  it('recall stays at or above 0.955, product accuracy at 1', () => {
    expect(dev11.recall).toBeGreaterThanOrEqual(0.955);
    expect(dev11.productAccuracy).toBe(1);
  });
});

describe('adversarial 4,000-character readings', () => {
  it.each(ADVERSARIAL.map((a) => [a.name, a] as const))('%s: exactly 4,000 characters, and no status where none is stated', (_name, a) => {
    expect(a.text).toHaveLength(4000);
    const facts = factsFromReading('https://example.com/', a.text);
    if (!a.states) expect(facts).toBeNull();
    else expect(facts?.evidence.length ?? 0).toBeLessThanOrEqual(8);
  });
});
