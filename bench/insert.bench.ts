// insert.ms (../README.md#appeal-text, goal ≤ 16 ms, one frame): inserting an appeal text into
// the React 19 fixture's controlled textarea, timed inside the page around the
// insertIntoField() call (which includes React handling the input event and
// re-rendering), median of 30 insertions after 3 warm-ups. Also
// insert.prosemirror_ms for the ProseMirror fixture. Runs src/content/insert.ts
// bundled into the page (test/fixtures/forms/insert-entry.ts) in Debian's
// Chromium; the page is served by routing, never the network.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browser/browsers';
import { FORMS_DIR, buildFormBundles } from '../test/fixtures/forms/build';

type Metrics = Record<string, { value: number; unit: string; goal?: number }>;

const ROOT = join(import.meta.dirname, '..');
const RUNS = 30;
const WARMUP = 3;
// An appeal letter's length (the letter channel renders about 600–900 characters).
const TEXT = '尊敬的客服：\n'.concat(
  '我于2025年3月1日在借呗页面看到额度显示“额度已关闭”，此前均按时还款。请说明原因并人工复核。\n'.repeat(14),
);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

type Api = { insertIntoField(el: Element | null, text: string): { ok: boolean } };

/** Times `RUNS` insertions into `selector`, each replacing the whole field, inside the page. */
async function time(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    async ({ selector, text, runs, warmup }) => {
      const api = (window as unknown as { __insert: Api }).__insert;
      const el = document.querySelector<HTMLElement>(selector)!;
      const times: number[] = [];
      for (let i = 0; i < runs + warmup; i++) {
        el.focus();
        if (el instanceof HTMLTextAreaElement) el.setSelectionRange(0, el.value.length);
        else getSelection()!.selectAllChildren(el);
        const t0 = performance.now();
        const r = api.insertIntoField(el, `${text}${i}`);
        const t1 = performance.now();
        if (!r.ok) throw new Error(`insertion ${i} refused: ${JSON.stringify(r)}`);
        if (i >= warmup) times.push(t1 - t0);
        // Let the page settle (effects, observers) between insertions, as between user actions.
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
      return times;
    },
    { selector, text: TEXT, runs: RUNS, warmup: WARMUP },
  );
}

export async function run(): Promise<Metrics> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const bundles = await buildFormBundles();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    env: { ...process.env, TMPDIR: tmp, XDG_CONFIG_HOME: tmp, XDG_CACHE_HOME: tmp },
    args: chromiumArgs(),
  });
  try {
    const ctx = await browser.newContext();
    await ctx.route(/^https?:/, (r) => r.abort('blockedbyclient'));
    const serve = (url: string, path: string, contentType = 'text/html; charset=utf-8') =>
      ctx.route(url, (r) => r.fulfill({ path, contentType }));
    await serve('https://tousu.sina.com.cn/__fixtures/react-form.js', bundles.react, 'text/javascript');
    await serve('https://tousu.sina.com.cn/__fixtures/prosemirror.js', bundles.prosemirror, 'text/javascript');
    await serve('https://tousu.sina.com.cn/complaint/react', join(FORMS_DIR, 'react.html'));
    await serve('https://tousu.sina.com.cn/complaint/editor', join(FORMS_DIR, 'prosemirror.html'));
    const page = await ctx.newPage();

    await page.goto('https://tousu.sina.com.cn/complaint/react');
    await page.locator('#body').waitFor();
    await page.addScriptTag({ path: bundles.insert });
    const react = await time(page, '#body');
    const state = await page.evaluate(() => (window as unknown as { __formState: { body: string } }).__formState.body);
    if (state !== `${TEXT}${RUNS + WARMUP - 1}`) throw new Error('React state does not hold the last inserted text');

    await page.goto('https://tousu.sina.com.cn/complaint/editor');
    await page.locator('.ProseMirror').waitFor();
    await page.addScriptTag({ path: bundles.insert });
    const pm = await time(page, '.ProseMirror');

    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      'insert.ms': { value: round(median(react)), unit: 'ms', goal: 16 },
      'insert.prosemirror_ms': { value: round(median(pm)), unit: 'ms', goal: 16 },
    };
  } finally {
    await browser.close();
  }
}
