// Every status-phrase corpus, dev and holdout (docs/architecture.md#corpora), is
// well-formed: a mislabelled line would be measured as anything. This checks the
// labels' vocabulary only; the holdouts are measured by bench/detect.bench.ts and
// never read for tuning.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Split, readCorpus } from '../fixtures/phrases/corpus';
import { PRODUCTS } from '../../src/shared/products';
import { STATUSES } from '../../src/shared/status';

const DIR = join(__dirname, '../fixtures/phrases');
const SPLITS = readdirSync(DIR)
  .filter((f) => f.endsWith('.tsv'))
  .map((f) => f.slice(0, -'.tsv'.length) as Split);
const LABELS = new Set<string>([...STATUSES.filter((s) => s !== 'unknown'), 'none']);
const PRODUCT_LABELS = new Set<string>([...PRODUCTS, '-']);
const WHERE =
  /^(?:app-status|app-popup|cs-chat|sms|push|email|web-page|bank-app|faq|help-article|complaint-quote|forum|order-page|settings|news)$/;

describe('the phrase corpora', () => {
  it('holds the dev and holdout splits', () => {
    expect(SPLITS).toEqual(expect.arrayContaining(['dev', 'holdout', 'holdout-2', 'holdout-3', 'holdout-4']));
  });

  for (const split of SPLITS) {
    it(`${split}: every line is labelled from the vocabulary`, () => {
      const bad: string[] = [];
      const seen = new Set<string>();
      for (const l of readCorpus(split)) {
        const at = `${split}.tsv line ${l.line}`;
        if (!LABELS.has(l.status)) bad.push(`${at}: status ${l.status}`);
        if (!PRODUCT_LABELS.has(l.product)) bad.push(`${at}: product ${l.product}`);
        if (l.status === 'none' && l.product !== '-') bad.push(`${at}: a none line names a product`);
        if (l.months !== '-' && (l.status !== 'cooling_off' || !/^\d{1,2}$/.test(l.months))) bad.push(`${at}: months ${l.months}`);
        if (l.limits !== '-' && (l.status !== 'reduced' || !/^\d+->\d+$/.test(l.limits))) bad.push(`${at}: limits ${l.limits}`);
        if (!/^(?:zh-Hans|zh-Hant|en)$/.test(l.script)) bad.push(`${at}: script ${l.script}`);
        if (!WHERE.test(l.where)) bad.push(`${at}: where ${l.where}`);
        if (l.text.length === 0 || l.text.length > 300) bad.push(`${at}: text of ${l.text.length} characters`);
        if (seen.has(l.text)) bad.push(`${at}: the same text twice`);
        seen.add(l.text);
      }
      expect(bad).toEqual([]);
    });
  }
});
