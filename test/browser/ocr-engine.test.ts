// README.md#on-device-text-recognition: the OCR engine (src/ocr) in real
// browsers, built by the project's builds. In Chromium (the harness, with
// docs/trust-model.md#invariants after every test) and in Firefox ESR (WebDriver
// BiDi): a known dev screenshot is read in a worker owned by the options page
// and its text holds the status phrase (a shifted class list would turn it into
// other characters), the worker ends when done, progress and cancellation work,
// bad files are refused before the engine loads, an engine that cannot start
// is reported, and no http(s) request leaves either browser.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, useSession } from './harness';
import {
  OCR_PAGE,
  closeExpression,
  installExpression,
  readExpression,
  refusedInputs,
  squash,
  type Outcome,
  type ReadOptions,
} from './ocr-helpers';
import { startFirefoxWithExtension, type FirefoxSession } from './ocr-firefox';

const KNOWN = readFileSync(fixture('screenshots/dev/01-alipay-jiebei-zero.jpg'));
/** Drawn on that screen as 你的借呗额度已于2024年5月20日关闭，… across two lines. */
const KEY_PHRASE = '借呗额度已于2024年5月20日关闭';
const SLOW = { timeout: 180_000 };

function expectKnownScreenshot(outcome: Outcome): void {
  expect(outcome.error, 'no error').toBeUndefined();
  const result = outcome.result!;
  expect(squash(result.text), 'the status phrase, character for character').toContain(KEY_PHRASE);
  expect(result.text).toContain('借呗');
  expect(outcome.stages, 'progress: the engine loads, then reads').toEqual(['loading', 'recognising']);
  expect(result.ms).toBeGreaterThan(0);
  expect(result.lines.length).toBeGreaterThan(5);
  expect(result.lines.map((l) => l.text).join('\n')).toBe(result.text);
  for (const { box } of result.lines) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1080 + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(2340 + 1);
  }
}

describe('Chromium: the OCR engine in an extension page', () => {
  const suite = useSession();
  const page = async (): Promise<Page> => {
    const p = await suite.session.openExtensionPage(OCR_PAGE);
    suite.pages.push(p);
    await p.evaluate(installExpression());
    return p;
  };
  const read = async (p: Page, bytes: Buffer, options: ReadOptions = {}): Promise<Outcome> =>
    JSON.parse(await p.evaluate<string>(readExpression(bytes, options))) as Outcome;

  test('reads a known screenshot in a worker from the extension’s own files, then ends the worker', SLOW, async () => {
    const p = await page();
    const outcome = await read(p, KNOWN, { keep: true });
    expectKnownScreenshot(outcome);
    await p.evaluate(closeExpression());
    await expect.poll(() => p.workers().length, { message: 'worker terminated after close()', timeout: 10_000 }).toBe(0);
    // The one-shot recognise() starts its own engine and ends it with the answer.
    const again = await read(p, KNOWN);
    expect(squash(again.result?.text ?? '')).toContain(KEY_PHRASE);
    await expect.poll(() => p.workers().length, { message: 'worker terminated after recognise()', timeout: 10_000 }).toBe(0);
  });

  test('cancelling ends the worker with an AbortError; the next image on the same engine is still read', SLOW, async () => {
    const p = await page();
    const cancelled = await read(p, KNOWN, { keep: true, abortAt: 'recognising' });
    expect(cancelled.error?.name).toBe('AbortError');
    expect(cancelled.result).toBeUndefined();
    await expect.poll(() => p.workers().length, { message: 'the cancelled worker is gone', timeout: 10_000 }).toBe(0);
    expectKnownScreenshot(await read(p, KNOWN, { keep: true }));
    await p.evaluate(closeExpression());
  });

  test('bad files are refused in both languages before the engine loads', SLOW, async () => {
    const p = await page();
    for (const input of refusedInputs()) {
      const outcome = await read(p, input.bytes, input.padTo ? { padTo: input.padTo } : {});
      expect(outcome.error, input.name).toMatchObject({ name: 'OcrError', code: input.code });
      expect(outcome.error?.userMessage?.zh, input.name).toMatch(/[\u4e00-\u9fff]/);
      expect(outcome.error?.userMessage?.en, input.name).toMatch(/paste the text/);
      expect(outcome.stages, `${input.name}: no engine started`).toEqual([]);
      expect(p.workers(), input.name).toEqual([]);
    }
  });

  test('a worker that cannot start is reported as engine-unavailable, with the pasted-text way out', SLOW, async () => {
    const p = await page();
    // The engine's worker script fails to load, as when a browser cannot run it.
    await p.evaluate(() => {
      const Real = Worker;
      globalThis.Worker = class extends Real {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super(chrome.runtime.getURL('src/ocr/no-such-worker.js'), options);
        }
      };
    });
    const outcome = await read(p, KNOWN);
    expect(outcome.error).toMatchObject({ name: 'OcrError', code: 'engine-unavailable' });
    expect(outcome.error?.userMessage?.en).toMatch(/cannot run in this browser.*paste the text/s);
    expect(outcome.error?.userMessage?.zh).toMatch(/无法在本机运行文字识别.*粘贴/s);
  });
});

describe('Firefox ESR: the OCR engine in dist-firefox’s options page', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await startFirefoxWithExtension(OCR_PAGE);
    await ff.evaluate(installExpression());
  }, 120_000);
  afterAll(async () => ff?.close());
  const read = async (bytes: Buffer, options: ReadOptions = {}): Promise<Outcome> =>
    JSON.parse(String(await ff.evaluate(readExpression(bytes, options)))) as Outcome;

  test('reads the known screenshot in its worker', SLOW, async () => {
    expectKnownScreenshot(await read(KNOWN));
  });

  test('refuses a HEIC photo (Firefox cannot decode HEIC) and a text file before the engine loads', SLOW, async () => {
    for (const input of refusedInputs().filter((i) => i.code === 'heic' || i.code === 'not-image')) {
      const outcome = await read(input.bytes);
      expect(outcome.error, input.name).toMatchObject({ name: 'OcrError', code: input.code });
      expect(outcome.stages).toEqual([]);
    }
  });

  test('no http(s) request from Firefox while the engine loaded and read; no error logged', () => {
    // Firefox's own settings and update traffic (which the offline profile
    // cannot silence entirely) goes to its vendors' hosts; nothing of ours can.
    const browsersOwn = /^([\w-]+\.)*(mozilla\.(com|net|org)|firefox\.com|update\.googleapis\.com|safebrowsing\.googleapis\.com)(:\d+)?$/;
    const proxied = ff.proxied();
    expect.soft(proxied, 'the proxy recorded the harness’s check').toContain(ff.controlUrl);
    expect.soft(proxied.filter((r) => r !== ff.controlUrl && !browsersOwn.test(r.replace(/^https?:\/\/([^/]+).*$/, '$1')))).toEqual([]);
    // Hosts the engine's libraries would use by default (ORT's CDN, ppu-paddle-ocr's model store).
    expect.soft(proxied.join(' ')).not.toMatch(/jsdelivr|githubusercontent|github\.com/);
    expect.soft(ff.bidiRequests().filter((u) => u !== ff.controlUrl)).toEqual([]);
    expect.soft(ff.errors()).toEqual([]);
  });
});
