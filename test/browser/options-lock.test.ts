// The lock and import that cannot lock the user out, in real Chromium
// (README.md#the-case-file): undo after the lock was set re-seals what it
// restores; "Lock now" in another tab clears decrypted search results at once;
// a damaged backup never replaces a good sealed note; a backup's lock is
// adopted only with its passphrase; non-UTF-8 files are refused; the preview
// lists every setting an import would change, within bounds.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertInvariants, launch, type Session } from './harness';
import { rawDump } from './options-helpers';
import { enableLock, exportAll, openReopenDb, saveBatch, serializeBackup } from '../../src/storage/index';
import { sampleCase, sampleNote } from '../fixtures/sample-data';

const PASSPHRASE = 'correct horse battery';
const SECRET = '客服工号 8848 说十五日内书面答复';

let pages: Page[] = [];
const track = (page: Page): Page => (pages.push(page), page);

const importFile = async (page: Page, name: string, buffer: Buffer): Promise<void> => {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
};

/** A backup made in Node by the same storage code, from one case with one note; locked when asked. */
async function nodeBackup(options: { locked?: boolean; title?: string } = {}): Promise<{ text: string; json: Record<string, unknown> }> {
  const db = await openReopenDb({ factory: new IDBFactory() });
  await saveBatch(db, {
    cases: [sampleCase(1, { title: options.title ?? '借呗额度关闭' })],
    notes: [sampleNote(1, 'case-1', { text: SECRET })],
  });
  if (options.locked) await enableLock(db, PASSPHRASE, { iterations: 1_000 });
  const text = serializeBackup((await exportAll(db)).backup);
  db.close();
  return { text, json: JSON.parse(text) as Record<string, unknown> };
}

const flip = (b64: string): string => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);

describe('the lock in the workspace', () => {
  let session: Session;
  let caseId = '';
  const open = async (hash: string): Promise<Page> => {
    const page = track(await session.openExtensionPage(`src/options/index.html${hash}`));
    await page.locator('h1').waitFor();
    return page;
  };
  beforeAll(async () => {
    session = await launch();
  });
  afterEach(async () => {
    await assertInvariants(session, pages);
    for (const p of pages) await p.close().catch(() => undefined);
    pages = [];
  });
  afterAll(async () => session?.close());

  test('undo after the lock was set: the restored notes are sealed with the new key and readable', async () => {
    const page = await open('');
    await page.getByTestId('new-case-title').fill('白条冻结');
    await page.getByRole('button', { name: '新建案卷' }).click();
    const item = page.getByTestId('case-list').locator('li', { hasText: '白条冻结' });
    await item.waitFor();
    caseId = (await item.getAttribute('data-case-id'))!;
    await page.goto(`${session.origin}src/options/index.html#case=${caseId}`);
    await page.getByTestId('case-view').waitFor();
    await page.getByTestId('entry-text').fill(SECRET);
    await page.getByTestId('entry-save').click();
    await page.getByTestId('timeline').getByText(SECRET).waitFor();

    await page.getByTestId('delete-case').click();
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('undo-bar').waitFor();
    // Within the undo window, set a lock (same page, so the undo bar stays).
    await page.evaluate(() => (location.hash = '#settings'));
    await page.getByTestId('lock-new').fill(PASSPHRASE);
    await page.getByTestId('lock-new2').fill(PASSPHRASE);
    await page.getByTestId('lock-enable').click();
    await expect.poll(() => page.getByTestId('lock-panel').getAttribute('data-lock'), { timeout: 30_000 }).toBe('unlocked');
    await page.getByTestId('undo-bar').getByRole('button', { name: '撤销' }).click();
    await page.getByTestId('case-view').waitFor();
    await page.getByTestId('timeline').getByText(SECRET).waitFor();
    const notes = (await rawDump(page)).notes.filter((n) => (n as { caseId: string }).caseId === caseId);
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toContain('8848');
    expect(notes.every((n) => typeof (n as { enc?: unknown }).enc === 'object')).toBe(true);
  });

  test('"Lock now" in another tab clears decrypted search results at once', async () => {
    const search = await open('#search');
    await search.getByTestId('search-query').fill('8848');
    await search.getByTestId('search-run').click();
    await expect.poll(() => search.getByTestId('search-results').textContent()).toContain(SECRET);
    // A case view with that entry open for editing: its decrypted text is in the form.
    const view = await open(`#case=${caseId}`);
    await view.getByTestId('timeline').getByRole('button', { name: /编辑/ }).first().click();
    await expect.poll(() => view.getByTestId('entry-text').inputValue()).toBe(SECRET);
    const other = await open('#settings');
    await expect.poll(() => other.getByTestId('lock-panel').getAttribute('data-lock')).toBe('unlocked');
    await other.getByTestId('lock-now').click();
    await expect.poll(() => other.getByTestId('lock-panel').getAttribute('data-lock')).toBe('locked');
    // Well before the 15-second idle check: the lock announcement reaches the search tab.
    await expect.poll(async () => (await search.locator('body').textContent()) ?? '', { timeout: 5_000 }).not.toContain('8848');
    await search.getByTestId('locked-banner').waitFor({ timeout: 5_000 });
    await expect.poll(() => view.getByTestId('entry-text').inputValue(), { timeout: 5_000 }).toBe('');
    await expect.poll(async () => (await view.getByTestId('timeline').textContent()) ?? '', { timeout: 5_000 }).not.toContain('8848');
  });

  test('a damaged backup does not replace a good sealed note while the case file is locked; the preview says why', async () => {
    const settings = await open('#settings');
    await settings.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await settings.getByTestId('unlock-button').click();
    await expect.poll(() => settings.getByTestId('lock-panel').getAttribute('data-lock'), { timeout: 30_000 }).toBe('unlocked');
    // One more entry, written while unlocked, so it is sealed at rest.
    const view = await open(`#case=${caseId}`);
    await view.getByTestId('entry-text').fill('第二次致电，仍无答复');
    await view.getByTestId('entry-save').click();
    await view.getByTestId('timeline').getByText('第二次致电，仍无答复').waitFor();
    const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('export').click()]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { notes: { id: string; enc?: { ct: string } }[] };
    const damaged = backup.notes.find((n) => n.enc)!;
    damaged.enc!.ct = flip(damaged.enc!.ct);
    await settings.getByTestId('lock-now').click();
    await expect.poll(() => settings.getByTestId('lock-panel').getAttribute('data-lock')).toBe('locked');
    const before = (await rawDump(settings)).notes.find((n) => (n as { id: string }).id === damaged.id);

    await importFile(settings, 'damaged.json', Buffer.from(JSON.stringify(backup)));
    const kept = settings.getByTestId('import-kept').locator(`li[data-note-id="${damaged.id}"]`);
    await expect(kept.textContent()).resolves.toContain('保持不变');
    await settings.getByTestId('import-confirm').click();
    await settings.getByTestId('import-status').waitFor();
    expect((await rawDump(settings)).notes.find((n) => (n as { id: string }).id === damaged.id)).toEqual(before);
  });
});

describe('imports into a fresh browser', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
  });
  afterEach(async () => {
    await assertInvariants(session, pages);
    for (const p of pages) await p.close().catch(() => undefined);
    pages = [];
  });
  afterAll(async () => session?.close());
  const settingsPage = async () => {
    page = track(await session.openExtensionPage('src/options/index.html#settings'));
    await page.getByTestId('import-file').waitFor();
    return page;
  };

  test('a file that is not UTF-8 is refused with a clear message, and nothing is written', async () => {
    const p = await settingsPage();
    const { text } = await nodeBackup({ title: '借呗' });
    const [head = '', tail = ''] = text.split('借呗');
    // 借呗 in GBK: what a file re-saved by a GBK editor holds.
    const gbk = Buffer.concat([Buffer.from(head), Buffer.from([0xbd, 0xe8, 0xdf, 0xc2]), Buffer.from(tail)]);
    const before = await rawDump(p);
    await importFile(p, 'gbk.json', gbk);
    await expect(p.getByTestId('import-error').textContent()).resolves.toContain('UTF-8');
    await expect(p.getByTestId('import-confirm').count()).resolves.toBe(0);
    expect(await rawDump(p)).toEqual(before);
  });

  test('the preview lists every setting the import would change; an idle lock out of bounds is refused', async () => {
    const p = await settingsPage();
    const { json } = await nodeBackup();
    await importFile(p, 'settings.json', Buffer.from(JSON.stringify({ ...json, settings: [{ key: 'lockIdleMinutes', value: 60 }] })));
    const line = p.getByTestId('import-settings').locator('li[data-setting="lockIdleMinutes"]');
    await expect(line.textContent()).resolves.toMatch(/自动加锁.*未设置 → 60/);
    await p.getByRole('button', { name: '取消' }).click();
    await importFile(p, 'forever.json', Buffer.from(JSON.stringify({ ...json, settings: [{ key: 'lockIdleMinutes', value: 1e300 }] })));
    await expect(p.getByTestId('import-error').textContent()).resolves.toContain('lockIdleMinutes');
    await expect(p.getByTestId('import-confirm').count()).resolves.toBe(0);
  });

  test("a backup's lock is adopted only once its passphrase opens it", async () => {
    const p = await settingsPage();
    const { json } = await nodeBackup({ locked: true });
    const encryption = json.encryption as { kdf: { salt: string } };
    const before = await rawDump(p);
    // No passphrase: nothing is written, and the page says what is needed.
    await importFile(p, 'locked.json', Buffer.from(JSON.stringify(json)));
    await p.getByTestId('import-preview').waitFor();
    await p.getByTestId('import-confirm').click();
    await expect(p.getByTestId('import-error').textContent()).resolves.toContain('请输入备份的口令');
    expect(await rawDump(p)).toEqual(before);
    // A key record whose salt was altered: the right passphrase cannot open it, so it is not adopted.
    const altered = { ...json, encryption: { ...encryption, kdf: { ...encryption.kdf, salt: flip(encryption.kdf.salt) } } };
    await importFile(p, 'altered.json', Buffer.from(JSON.stringify(altered)));
    await p.getByTestId('import-passphrase').fill(PASSPHRASE);
    await p.getByTestId('import-confirm').click();
    await expect(p.getByTestId('import-error').textContent({ timeout: 30_000 })).resolves.toContain('口令不正确');
    expect(await rawDump(p)).toEqual(before);
    // The genuine backup with its passphrase: adopted, and that passphrase unlocks it.
    await importFile(p, 'locked.json', Buffer.from(JSON.stringify(json)));
    await p.getByTestId('import-passphrase').fill(PASSPHRASE);
    await p.getByTestId('import-confirm').click();
    await p.getByTestId('import-status').waitFor({ timeout: 30_000 });
    await expect.poll(() => p.getByTestId('lock-panel').getAttribute('data-lock')).toBe('locked');
    await p.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await p.getByTestId('unlock-button').click();
    await expect.poll(() => p.getByTestId('lock-panel').getAttribute('data-lock'), { timeout: 30_000 }).toBe('unlocked');
  });
});
