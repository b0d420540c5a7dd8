// Keeps the page holdouts measurable (docs/architecture.md#corpora): every page
// under test/fixtures/pages/holdout/ and holdout-2/ has a well-formed header whose URL is one
// our content script runs on, and loads nothing from the network, so
// `npm run bench -- pages` measures the page as written. Nothing here looks at
// what detection makes of a page: the holdout is only measured.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLDOUT, HOLDOUT_2, readPages } from '../../bench/pages.bench';
import { manifestMatches } from '../../src/lenders/index';

// A resource the page would fetch: a script, style sheet, image, frame or CSS url() off the page itself.
const FETCHES =
  /<(?:script|img|iframe|link|source|video|audio|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\//i;

describe.each([
  ['holdout', HOLDOUT],
  ['holdout-2', HOLDOUT_2],
])('the page %s', (_name, dir) => {
  const pages = readPages(dir);

  it('has enough pages, with and without a fault', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(pages.filter((p) => p.meta.expect === 'none').length).toBeGreaterThanOrEqual(8);
    expect(pages.filter((p) => p.meta.expect !== 'none' && p.meta.expect !== 'normal').length).toBeGreaterThanOrEqual(15);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s is served where our script runs, self-contained', (_file, p) => {
    const { protocol, host } = new URL(p.meta.url);
    expect(manifestMatches(), `our content script does not run on ${p.meta.url}`).toContain(`${protocol}//${host}/*`);
    const html = readFileSync(p.path, 'utf8');
    expect(FETCHES.test(html), 'loads a resource from the network').toBe(false);
    expect(html.length).toBeLessThanOrEqual(40_000);
  });
});
