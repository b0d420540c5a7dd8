// README.md#screenshots: the screenshot panel in real Chromium, with the real
// engine on dev screenshots. Chosen files and a pasted image are recognised
// and read for their status; a result is saved as an exhibit (and starts a
// case), survives a reload, is printed with its hash — the blacked-out copy
// by default —, is exported and re-imported with every hash checked (a
// tampered image refused); bad inputs are refused with nothing stored; the
// harness asserts after every test that no http(s) request left the browser.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ROOT, fixture, sendFromExtensionPage, useSession } from './harness';
import { axeViolations, rawDump } from './options-helpers';
import { refusedInputs } from './ocr-helpers';
import { openPopup } from './popup-helpers';

const SLOW = { timeout: 240_000 };
const dev = (name: string) => readFileSync(fixture('screenshots/dev', name));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const JIEBEI = '01-alipay-jiebei-zero.jpg';
const BAITIAO = '08-jd-baitiao-frozen.png';
const HUABEI = '02-alipay-huabei-paused.png';

interface ImageRow {
  exhibitId: string;
  copy: string;
  sha: string;
}

/** The images store as stored: each blob's SHA-256, read from an extension page. */
const storedImages = (page: Page): Promise<ImageRow[]> =>
  page.evaluate(
    () =>
      new Promise<ImageRow[]>((resolve, reject) => {
        const open = indexedDB.open('reopen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('images').objectStore('images').getAll();
          req.onerror = () => reject(req.error);
          req.onsuccess = async () => {
            const rows = req.result as { exhibitId: string; copy: string; blob: Blob }[];
            const hex = async (b: Blob) =>
              [...new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()))]
                .map((x) => x.toString(16).padStart(2, '0'))
                .join('');
            const out = await Promise.all(rows.map(async (r) => ({ exhibitId: r.exhibitId, copy: r.copy, sha: await hex(r.blob) })));
            db.close();
            resolve(out);
          };
        };
      }),
  );

const result = (page: Page, name: string) =>
  page.locator('[data-testid="screenshot-result"]', { has: page.locator(`h3:text-is("${name}")`) });

describe('the screenshot panel (Chromium)', () => {
  const suite = useSession();
  const open = async (hash: string): Promise<Page> => {
    const page = await suite.session.openExtensionPage(`src/options/index.html${hash}`);
    suite.pages.push(page);
    await page.locator('h1').waitFor();
    return page;
  };
  let caseId = '';

  test('the popup’s “Add a screenshot” opens the panel in an options tab (recognition never runs in the popup)', async () => {
    const popup = await openPopup(suite.session);
    suite.pages.push(popup);
    const [tab] = await Promise.all([suite.session.ctx.waitForEvent('page'), popup.getByTestId('add-screenshot').click()]);
    suite.pages.push(tab);
    await tab.getByTestId('screenshot-panel').waitFor();
    expect(new URL(tab.url()).pathname).toBe('/src/options/index.html');
    expect(new URL(tab.url()).hash).toBe('#screenshot');
    await expect(tab.getByTestId('screenshot-input').getAttribute('accept')).resolves.toBe('image/*');
    expect(popup.workers()).toHaveLength(0);
  });

  test('chosen files are read on the device, their status found; one starts a case, one is blacked out and saved to it', SLOW, async () => {
    const page = await open('#screenshot');
    await page.getByTestId('screenshot-input').setInputFiles([fixture('screenshots/dev', JIEBEI), fixture('screenshots/dev', BAITIAO)]);
    const jiebei = result(page, JIEBEI);
    const baitiao = result(page, BAITIAO);
    await jiebei.waitFor({ timeout: 200_000 });
    await baitiao.waitFor({ timeout: 200_000 });
    await expect(jiebei.getAttribute('data-reopen-status')).resolves.toBe('closed');
    await expect(baitiao.getAttribute('data-reopen-status')).resolves.toBe('frozen');
    await expect(jiebei.getByTestId('screenshot-product').getAttribute('data-product')).resolves.toBe('jiebei');
    const text = await jiebei.getByTestId('screenshot-text').locator('textarea').inputValue();
    expect(text.replace(/\s/g, '')).toContain('借呗额度已于2024年5月20日关闭');
    // The status evidence, as detection gives it, is what is highlighted inside the text.
    const evidence = (await jiebei.getByTestId('screenshot-evidence').locator('li').allTextContents()).map((e) =>
      e.replace(/[「」\s]/g, ''),
    );
    expect(evidence.join('')).toContain('借呗额度');
    const marks = (await jiebei.getByTestId('screenshot-marks').locator('mark').allTextContents()).map((m) => m.replace(/\s/g, ''));
    expect(marks.length).toBeGreaterThan(0);
    for (const e of evidence) expect(marks.some((m) => m.includes(e))).toBe(true);
    await expect(jiebei.getByTestId('screenshot-status').inputValue()).resolves.toBe('closed');
    // A file chosen from disk: its time comes from EXIF or the file, never "now".
    await expect(jiebei.getByTestId('screenshot-time-from').getAttribute('data-from')).resolves.toMatch(/^(exif|file)$/);

    // README's picture of the panel, redrawn only when asked (REOPEN_DOCS_PICTURES=1), so a test
    // run never changes a committed file.
    if (process.env.REOPEN_DOCS_PICTURES === '1') {
      mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
      await page.setViewportSize({ width: 1100, height: 1500 });
      await jiebei.screenshot({ path: join(ROOT, 'docs/screenshots/screenshot-panel.png') });
    }

    await jiebei.getByTestId('screenshot-new-case').click();
    await jiebei.getByTestId('screenshot-saved').waitFor();
    caseId = (await jiebei.getByTestId('screenshot-saved').locator('a').getAttribute('href'))!.replace('#case=', '');

    // Black out one area from the keyboard: add, move it 10 px right, 1 px down.
    await baitiao.getByTestId('redact-add').click();
    const x0 = Number(await baitiao.getByTestId('redact-x').inputValue());
    await baitiao.getByTestId('redact-canvas').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => baitiao.getByTestId('redact-x').inputValue()).toBe(String(x0 + 10));
    await baitiao.getByTestId('screenshot-case').selectOption(caseId);
    await baitiao.getByTestId('screenshot-save').click();
    await baitiao.getByTestId('screenshot-saved').waitFor();

    const dump = await rawDump(page);
    const exhibits = dump.exhibits as {
      id: string;
      caseId: string;
      source: string;
      status: string;
      observedAt: string;
      text: string;
      image: { sha256: string };
      redacted?: { sha256: string };
    }[];
    expect(exhibits.map((e) => [e.source, e.status, e.caseId]).sort()).toEqual([
      ['screenshot', 'closed', caseId],
      ['screenshot', 'frozen', caseId],
    ]);
    const original = exhibits.find((e) => e.status === 'closed')!;
    const blacked = exhibits.find((e) => e.status === 'frozen')!;
    expect(original.image.sha256).toBe(sha(dev(JIEBEI)));
    expect(blacked.image.sha256).toBe(sha(dev(BAITIAO)));
    expect(blacked.redacted?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(blacked.redacted?.sha256).not.toBe(blacked.image.sha256);
    expect((dump.cases as { id: string; product?: string; status?: string }[]).find((c) => c.id === caseId)).toMatchObject({
      product: 'jiebei',
      status: 'closed',
    });
    // The case's appeal letter quotes its newest exhibit as a screenshot, in the exhibit's own words.
    const newest = [...exhibits].sort((a, b) => (a.observedAt < b.observedAt ? 1 : -1))[0]!;
    const appeal = (await sendFromExtensionPage(page, { type: 'ext/appeal', payload: { caseId, channel: 'letter', lang: 'zh' } })) as {
      ok: boolean;
      data: { appeal: { fields: { text: string }[] } };
    };
    expect(appeal.ok).toBe(true);
    const letter = appeal.data.appeal.fields.map((f) => f.text).join('\n');
    const quote = /证据：“([^”]*)”（截图，\d{4}年\d{1,2}月\d{1,2}日）/.exec(letter);
    expect(quote?.[1]).toContain(newest.text.slice(0, 12));
    // The stored bytes are the file's own, and the blacked-out copy is stored beside them.
    expect((await storedImages(page)).map((r) => [r.exhibitId, r.copy, r.sha]).sort()).toEqual(
      [
        [original.id, 'original', sha(dev(JIEBEI))],
        [blacked.id, 'original', sha(dev(BAITIAO))],
        [blacked.id, 'redacted', blacked.redacted!.sha256],
      ].sort(),
    );
  });

  test(
    'after a reload the case shows both; the printed file shows the blacked-out copy and its hash, the original only when chosen',
    SLOW,
    async () => {
      const page = await open(`#case=${caseId}`);
      await expect.poll(() => page.getByTestId('exhibit').count()).toBe(2);
      await expect(page.getByTestId('exhibit-sha256-original').allTextContents()).resolves.toEqual(
        expect.arrayContaining([sha(dev(JIEBEI)), sha(dev(BAITIAO))]),
      );
      await page.getByTestId('case-add-screenshot').click();
      await page.getByTestId('screenshot-panel').waitFor();
      expect(new URL(page.url()).hash).toBe(`#screenshot?case=${caseId}`);
      await page.goto(`${suite.session.origin}src/options/index.html#print=${caseId}`);
      await page.getByTestId('print-view').waitFor();
      const images = page.getByTestId('exhibit-image');
      await expect.poll(() => images.count()).toBe(2);
      const copies = async () => (await images.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-copy')}`))).sort();
      await expect(copies()).resolves.toEqual(['original', 'redacted']);
      const dump = await rawDump(page);
      const blacked = (
        dump.exhibits as {
          status: string;
          redacted?: { sha256: string; boxes: { x: number; y: number; width: number; height: number }[] };
          image: { width: number };
        }[]
      ).find((e) => e.status === 'frozen')!;
      const shown = page.locator('[data-testid="exhibit-image"][data-copy="redacted"]');
      await expect(shown.getAttribute('data-sha256')).resolves.toBe(blacked.redacted!.sha256);
      await expect(page.getByTestId('exhibit-sha256-redacted').textContent()).resolves.toBe(blacked.redacted!.sha256);
      // The pixel in the middle of the box is black in the printed copy, and not in the original.
      const box = blacked.redacted!.boxes[0]!;
      const centre = (selector: string) =>
        page.locator(selector).evaluate(
          (c, [cx, cy, w]) => {
            const canvas = c as HTMLCanvasElement;
            const s = canvas.width / w;
            return [...canvas.getContext('2d')!.getImageData(Math.floor(cx * s), Math.floor(cy * s), 1, 1).data].slice(0, 3);
          },
          [box.x + box.width / 2, box.y + box.height / 2, blacked.image.width] as const,
        );
      await expect.poll(() => centre('[data-testid="exhibit-image"][data-copy="redacted"]')).toEqual([0, 0, 0]);
      await page.getByTestId('print-originals').check();
      await expect(copies()).resolves.toEqual(['original', 'original']);
      const originals = page.locator(`[data-testid="exhibit-image"][data-sha256="${sha(dev(BAITIAO))}"]`);
      await expect
        .poll(async () => (await centre(`[data-testid="exhibit-image"][data-sha256="${sha(dev(BAITIAO))}"]`)).join(','))
        .not.toBe('0,0,0');
      expect(await originals.count()).toBe(1);
    },
  );

  test('a backup carries each image with its hash; a tampered image is refused, the true one imported', SLOW, async () => {
    const page = await open('#settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const backup = JSON.parse(text) as { version: number; images: { copy: string; sha256: string; data: string }[] };
    expect(backup.version).toBe(3);
    for (const image of backup.images) expect(sha(Buffer.from(image.data, 'base64'))).toBe(image.sha256);
    expect(backup.images.map((i) => i.sha256)).toEqual(expect.arrayContaining([sha(dev(JIEBEI)), sha(dev(BAITIAO))]));

    const before = await rawDump(page);
    const bytes = Buffer.from(backup.images[0]!.data, 'base64');
    const at = bytes.length >> 1;
    bytes[at] = bytes[at]! ^ 0xff;
    const tampered = { ...backup, images: [{ ...backup.images[0]!, data: bytes.toString('base64') }, ...backup.images.slice(1)] };
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(page.getByTestId('import-error').textContent()).resolves.toContain('SHA-256');
    await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
    expect(await rawDump(page)).toEqual(before);

    await page.getByTestId('import-file').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-status').waitFor();
    expect((await storedImages(page)).map((r) => r.sha).sort()).toEqual(backup.images.map((i) => i.sha256).sort());
  });

  test('a saved screenshot is blacked out later from the case; the original and its hash never change', SLOW, async () => {
    const page = await open(`#case=${caseId}`);
    const dump = await rawDump(page);
    const jiebei = (dump.exhibits as { id: string; status: string; image: { sha256: string } }[]).find((e) => e.status === 'closed')!;
    const item = page.locator(`[data-testid="exhibit"][data-exhibit-id="${jiebei.id}"]`);
    await item.getByTestId('exhibit-redact').click();
    await item.getByTestId('redact-add').click();
    await item.getByTestId('exhibit-redact-save').click();
    await expect.poll(async () => item.getByTestId('exhibit-sha256-redacted').count()).toBe(1);
    const after = (await rawDump(page)).exhibits as { id: string; image: { sha256: string }; redacted?: { sha256: string } }[];
    const saved = after.find((e) => e.id === jiebei.id)!;
    expect(saved.image.sha256).toBe(sha(dev(JIEBEI)));
    expect(saved.redacted?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rows = await storedImages(page);
    expect(
      rows
        .filter((r) => r.exhibitId === jiebei.id)
        .map((r) => [r.copy, r.sha])
        .sort(),
    ).toEqual(
      [
        ['original', sha(dev(JIEBEI))],
        ['redacted', saved.redacted!.sha256],
      ].sort(),
    );
    await expect(item.getByTestId('exhibit-image').getAttribute('data-copy')).resolves.toBe('redacted');
  });

  test('a pasted image (Ctrl+V) is read too; pasted text is read the same way', SLOW, async () => {
    const page = await open('#screenshot');
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, dev(HUABEI).toString('base64'));
    const pasted = page.getByTestId('screenshot-result');
    await pasted.waitFor({ timeout: 200_000 });
    await expect(pasted.getAttribute('data-reopen-status')).resolves.toBe('suspended');
    await expect(pasted.getByTestId('screenshot-time-from').getAttribute('data-from')).resolves.toBe('added');

    // Cancel while the engine reads: the image stays, with no text and nothing saved.
    await page.getByTestId('screenshot-input').setInputFiles(fixture('screenshots/dev', JIEBEI));
    await page.locator('[data-testid="screenshot-progress"][data-phase="recognising"]').waitFor({ timeout: 120_000 });
    await page.getByTestId('screenshot-cancel').click();
    const cancelled = result(page, JIEBEI);
    await cancelled.waitFor();
    await expect(cancelled.getByTestId('screenshot-text').locator('textarea').inputValue()).resolves.toBe('');
    await expect(cancelled.getAttribute('data-reopen-status')).resolves.toBe('unknown');

    await page.getByTestId('pasted-result').locator('textarea').fill('你的借呗额度已关闭');
    await expect(page.getByTestId('pasted-result').getAttribute('data-reopen-status')).resolves.toBe('closed');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('bad inputs get a clear message each, and nothing is stored', SLOW, async () => {
    const page = await open('#screenshot');
    const before = { dump: await rawDump(page), images: await storedImages(page) };
    const inputs = refusedInputs();
    await page.getByTestId('screenshot-input').setInputFiles(
      inputs.map((i, n) => ({
        name: `bad-${n}.png`,
        mimeType: 'image/png',
        buffer: i.padTo ? Buffer.concat([i.bytes, Buffer.alloc(i.padTo - i.bytes.length)]) : i.bytes,
      })),
    );
    await expect.poll(() => page.getByTestId('screenshot-refused').count(), { timeout: 60_000 }).toBe(inputs.length);
    const messages = await page.getByTestId('screenshot-refused').locator('[role="alert"]').allTextContents();
    for (const m of messages) expect(m).toMatch(/图片|动图|HEIC|像素|MB/);
    expect(messages.some((m) => m.includes('HEIC'))).toBe(true);
    // A dropped file goes the same way.
    await page.getByTestId('screenshot-drop').evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(new File(['这不是图片'], 'dropped.png', { type: 'image/png' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByTestId('screenshot-refused').count()).toBe(inputs.length + 1);
    await expect(page.getByTestId('screenshot-refused').last().textContent()).resolves.toContain('这不是图片文件');
    await expect(page.getByTestId('screenshot-result').count()).resolves.toBe(0);
    expect({ dump: await rawDump(page), images: await storedImages(page) }).toEqual(before);
  });
});
