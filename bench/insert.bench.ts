// insert.ms, insert.prosemirror_ms, insert.lexical_ms, insert.slate_ms
// (../README.md#appeal-text, goal ≤ 16 ms each: one frame): the main thread's
// work for one insertion of an appeal letter, into the React 19 fixture's
// controlled textarea, ProseMirror, Lexical (rich text) and Slate, each built
// from its npm package (test/fixtures/forms/). One insertion is the whole
// insertIntoField() of src/content/insert.ts (bundled into the page by
// test/fixtures/forms/insert-entry.ts): the attempt, the editor's own handling
// and re-render, and the check by the editor's account after it settles.
//
// The figure is CPU time on the page's main thread (CDP Performance.getMetrics
// TaskDuration, timeDomain threadTicks, less DevTools' own commands), not wall
// time: the check waits for a frame (src/content/settle.ts), and that wait is
// idle, not work the user could feel. Each insertion is started from a timer
// task of its own in the page, so no DevTools command contains it; median of
// 30 after 3 warm-ups, each replacing the whole field. Debian's Chromium; the
// pages are served by routing, never the network.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browser/browsers';
import { FORMS_DIR, buildFormBundles } from '../test/fixtures/forms/build';
import { timing, type Metric } from './metric';
import { median, round } from './stats';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 30;
const WARMUP = 3;
const LISTED = 'https://tousu.sina.com.cn';
// An appeal letter's length (the letter channel renders about 600–900 characters), in 15 lines.
const TEXT = '尊敬的客服：\n'.concat(
  '我于2025年3月1日在借呗页面看到额度显示“额度已关闭”，此前均按时还款。请说明原因并人工复核。\n'.repeat(14),
);

type Api = { insertIntoField(el: Element | null, text: string): Promise<{ ok: boolean }> };
type Win = Window & { __insert: Api; __last?: Promise<string>; __editorText?: (id: string) => string | undefined };

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string): number => (metrics.find((x) => x.name === name)?.value ?? NaN) * 1000;
  return m('TaskDuration') - m('DevToolsCommandDuration');
}

/** Main-thread ms of each of RUNS insertions into `selector`, each replacing the whole field. */
async function time(page: Page, cdp: CDPSession, selector: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    // Quiet first (the editor's effects and observers from the last run), as between user actions.
    await page.waitForTimeout(60);
    const before = await taskMs(cdp);
    await page.evaluate(
      ({ selector, text }) => {
        const w = window as unknown as Win;
        w.__last = new Promise((resolve) =>
          setTimeout(() => {
            const el = document.querySelector<HTMLElement>(selector)!;
            el.focus();
            if (el instanceof HTMLTextAreaElement) el.setSelectionRange(0, el.value.length);
            else getSelection()!.selectAllChildren(el);
            void w.__insert.insertIntoField(el, text).then((r) => resolve(JSON.stringify(r)));
          }),
        );
      },
      { selector, text: `${TEXT}${i}` },
    );
    const reply = await page.evaluate(() => (window as unknown as Win).__last!);
    const after = await taskMs(cdp);
    if (!(JSON.parse(reply) as { ok: boolean }).ok) throw new Error(`insertion ${i} into ${selector} refused: ${reply}`);
    if (i >= WARMUP) out.push(after - before);
  }
  return out;
}

/** Fails unless the editor's own state (window.__editorText of the fixture, or React's state) holds the last text inserted. */
async function holdsLast(page: Page, id: string): Promise<void> {
  const state = await page.evaluate(
    (i) =>
      i === 'react'
        ? (window as unknown as { __formState: { body: string } }).__formState.body
        : (window as unknown as Win).__editorText?.(i),
    id,
  );
  if (state !== `${TEXT}${RUNS + WARMUP - 1}`) throw new Error(`${id}: the editor's own state does not hold the last inserted text`);
}

export async function run(): Promise<Record<string, Metric>> {
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
    await serve(`${LISTED}/__fixtures/react-form.js`, bundles.react, 'text/javascript');
    for (const name of ['prosemirror', 'lexical', 'slate'] as const)
      await serve(`${LISTED}/__fixtures/${name}.js`, bundles[name], 'text/javascript');
    await serve(`${LISTED}/complaint/react`, join(FORMS_DIR, 'react.html'));
    await serve(`${LISTED}/complaint/editor`, join(FORMS_DIR, 'prosemirror.html'));
    await serve(`${LISTED}/complaint/lexical`, join(FORMS_DIR, 'lexical.html'));
    await serve(`${LISTED}/complaint/slate`, join(FORMS_DIR, 'slate.html'));
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const open = async (path: string, ready: string): Promise<void> => {
      await page.goto(`${LISTED}${path}`);
      await page.locator(ready).waitFor();
      await page.addScriptTag({ path: bundles.insert });
    };

    await open('/complaint/react', '#body');
    const react = await time(page, cdp, '#body');
    await holdsLast(page, 'react');

    await open('/complaint/editor', '#pm-empty');
    const pm = await time(page, cdp, '#pm-empty');
    await holdsLast(page, 'pm-empty');

    await open('/complaint/lexical', '#lexical-empty');
    const lexical = await time(page, cdp, '#lexical-empty');
    await holdsLast(page, 'lexical-empty');

    await open('/complaint/slate', '#slate-empty');
    const slate = await time(page, cdp, '#slate-empty');
    await holdsLast(page, 'slate-empty');

    const ms = (xs: number[]) => timing(round(median(xs)), 'ms', 16);
    return { 'insert.ms': ms(react), 'insert.prosemirror_ms': ms(pm), 'insert.lexical_ms': ms(lexical), 'insert.slate_ms': ms(slate) };
  } finally {
    await browser.close();
  }
}
