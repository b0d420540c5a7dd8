// README.md#screenshots in Firefox ESR (WebDriver BiDi, dist-firefox): the
// engine runs there, so the panel reads a chosen dev screenshot for its status
// and saves it as an exhibit with the file's SHA-256; a HEIC photo is refused
// with the conversion advice; pasted text is read; no http(s) request leaves.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture } from './harness';
import { refusedInputs } from './ocr-helpers';
import { startFirefoxWithExtension, type FirefoxSession } from './ocr-firefox';

const SLOW = { timeout: 240_000 };
const JIEBEI = readFileSync(fixture('screenshots/dev/01-alipay-jiebei-zero.jpg'));

/** Chooses files on the panel's input as a user would (DataTransfer → input.files → change). */
const choose = (files: { name: string; bytes: Buffer; type: string }[]): string => `(() => {
  const data = new DataTransfer();
  for (const f of ${JSON.stringify(files.map((f) => ({ name: f.name, type: f.type, b64: f.bytes.toString('base64') })))})
    data.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
  const input = document.querySelector('[data-testid="screenshot-input"]');
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

/** Resolves with `expression`'s value once it is truthy (polled in the page). */
const until = (expression: string, ms = 200_000): string => `new Promise((resolve, reject) => {
  const end = Date.now() + ${ms};
  const tick = () => {
    const value = (() => ${expression})();
    if (value) resolve(value);
    else if (Date.now() > end) reject(new Error('timed out waiting for: ' + ${JSON.stringify(expression)}));
    else setTimeout(tick, 250);
  };
  tick();
})`;

describe('Firefox ESR: the screenshot panel', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await startFirefoxWithExtension('src/options/index.html#screenshot');
    await ff.evaluate(until(`document.querySelector('[data-testid="screenshot-panel"]')`, 30_000) + '.then(() => true)');
  }, 120_000);
  afterAll(async () => ff?.close());

  test('a chosen screenshot is read for its status and saved as an exhibit with its SHA-256', SLOW, async () => {
    await ff.evaluate(choose([{ name: 'jiebei.jpg', bytes: JIEBEI, type: 'image/jpeg' }]));
    const status = await ff.evaluate(
      until(`document.querySelector('[data-testid="screenshot-result"]')?.getAttribute('data-reopen-status')`),
    );
    expect(status).toBe('closed');
    await ff.evaluate(`document.querySelector('[data-testid="screenshot-new-case"]').click(), true`);
    await ff.evaluate(until(`document.querySelector('[data-testid="screenshot-saved"]')`) + '.then(() => true)');
    const stored = await ff.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('reopen');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const req = open.result.transaction('exhibits').objectStore('exhibits').getAll();
        req.onsuccess = () => { open.result.close(); resolve(JSON.stringify(req.result.map((e) => [e.source, e.status, e.image.sha256]))); };
      };
    })`);
    expect(JSON.parse(String(stored))).toEqual([['screenshot', 'closed', createHash('sha256').update(JIEBEI).digest('hex')]]);
  });

  test('a HEIC photo is refused with how to convert it; pasted text is read', SLOW, async () => {
    const heic = refusedInputs().find((i) => i.code === 'heic')!;
    await ff.evaluate(choose([{ name: 'photo.heic', bytes: heic.bytes, type: 'image/heic' }]));
    const message = await ff.evaluate(
      until(`document.querySelector('[data-testid="screenshot-refused"] [role="alert"]')?.textContent`, 60_000),
    );
    expect(String(message)).toMatch(/HEIC.*JPEG/s);
    const status = await ff.evaluate(`(() => {
      const area = document.querySelector('[data-testid="pasted-result"] textarea');
      area.value = '你的借呗额度已关闭';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise((r) => setTimeout(() => r(document.querySelector('[data-testid="pasted-result"]').getAttribute('data-reopen-status')), 300));
    })()`);
    expect(status).toBe('closed');
  });

  test('no http(s) request from Firefox; no error logged', () => {
    const browsersOwn = /^([\w-]+\.)*(mozilla\.(com|net|org)|firefox\.com|update\.googleapis\.com|safebrowsing\.googleapis\.com)(:\d+)?$/;
    const proxied = ff.proxied();
    expect.soft(proxied, 'the proxy recorded the harness’s check').toContain(ff.controlUrl);
    expect.soft(proxied.filter((r) => r !== ff.controlUrl && !browsersOwn.test(r.replace(/^https?:\/\/([^/]+).*$/, '$1')))).toEqual([]);
    expect.soft(ff.bidiRequests().filter((u) => u !== ff.controlUrl)).toEqual([]);
    expect.soft(ff.errors()).toEqual([]);
  });
});
