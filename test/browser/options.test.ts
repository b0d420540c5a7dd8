// README.md#the-case-file: the case workspace in real Chromium — cases, timeline, search,
// export/import, delete with undo, the passphrase lock at rest, the page
// tip's #new?status= link, and axe-core in zh_CN and en.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { IDBFactory } from 'fake-indexeddb';
import { assertInvariants, launch, type Session } from './harness';
import { axeViolations, rawDump } from './options-helpers';
import { openReopenDb, parseBackup } from '../../src/storage/index';

const PASSPHRASE = 'correct horse battery';

let session: Session;
let pages: Page[] = [];

const open = async (hash = ''): Promise<Page> => {
  const page = await session.openExtensionPage(`src/options/index.html${hash}`);
  pages.push(page);
  await page.locator('h1').waitFor();
  return page;
};

const createCase = async (page: Page, title: string, lender: string): Promise<string> => {
  await page.getByTestId('new-case-title').fill(title);
  await page.getByTestId('new-case-lender').fill(lender);
  await page.getByTestId('new-case-product').selectOption('jiebei');
  await page.getByTestId('new-case-status').selectOption('closed');
  await page.getByRole('button', { name: '新建案卷' }).click();
  const item = page.getByTestId('case-list').locator('li', { hasText: title });
  await item.waitFor();
  return (await item.getAttribute('data-case-id'))!;
};

const addEntry = async (page: Page, entry: { channel: string; ref: string; text: string }): Promise<void> => {
  const before = await page.locator('[data-testid="timeline"] > li').count();
  await page.getByTestId('entry-channel').selectOption(entry.channel);
  await page.getByTestId('entry-ref').fill(entry.ref);
  await page.getByTestId('entry-text').fill(entry.text);
  await page.getByTestId('entry-save').click();
  await expect.poll(() => page.locator('[data-testid="timeline"] > li').count()).toBe(before + 1);
};

const search = async (page: Page, query: string, filters: { lender?: string; channel?: string } = {}): Promise<string[]> => {
  await page.getByTestId('search-query').fill(query);
  await page.getByTestId('search-lender').selectOption(filters.lender ?? '');
  await page.getByTestId('search-channel').selectOption(filters.channel ?? '');
  const count = page.getByTestId('search-count');
  const before = (await count.count()) ? await count.getAttribute('data-count') : null;
  await page.getByTestId('search-run').click();
  await count.waitFor();
  // Wait for this run's render (results are replaced as a whole).
  await page.waitForTimeout(before === null ? 0 : 100);
  return page.locator('[data-testid="search-results"] > li p').allTextContents();
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

describe('case workspace (zh_CN)', () => {
  let caseA = '';
  let caseB = '';

  test('create cases by hand, add timeline entries, open a case', async () => {
    const page = await open();
    caseA = await createCase(page, '借呗额度关闭', 'alipay');
    caseB = await createCase(page, '白条冻结', 'jd');
    // Newest first.
    await expect(page.locator('[data-testid="case-list"] > li').first().getAttribute('data-case-id')).resolves.toBe(caseB);
    await page.goto(`${session.origin}src/options/index.html#case=${caseA}`);
    await page.getByTestId('case-view').waitFor();
    await addEntry(page, { channel: 'phone', ref: 'T-1001', text: '客服说综合评估未通过，15日内书面答复' });
    await addEntry(page, { channel: 'chat', ref: 'C-77', text: 'Agent promised a callback' });
    await page.goto(`${session.origin}src/options/index.html#case=${caseB}`);
    await page.getByTestId('case-view').waitFor();
    await addEntry(page, { channel: 'phone', ref: 'JD-5', text: '白条客服：冻结原因无法告知' });
    // Deadlines are computed from the key dates.
    await page.getByTestId('date-lenderComplaint').fill('2020-01-02');
    await page.getByTestId('date-lenderComplaint').dispatchEvent('change');
    await expect.poll(() => page.locator('[data-testid="deadlines"] tr[data-state="overdue"]').count()).toBeGreaterThan(0);
    const fresh = await open(`#case=${caseB}`);
    await fresh.getByTestId('case-view').waitFor();
    await expect(fresh.getByTestId('date-lenderComplaint').inputValue()).resolves.toBe('2020-01-02');
    await expect(fresh.locator('[data-testid="timeline"] > li').count()).resolves.toBe(1);
  });

  test('search finds entries across cases; lender and channel filters narrow it', async () => {
    const page = await open('#search');
    expect(await search(page, '客服')).toHaveLength(2);
    expect(await search(page, 'AGENT')).toEqual(['Agent promised a callback']);
    expect(await search(page, 't-1001')).toEqual(['客服说综合评估未通过，15日内书面答复']);
    expect(await search(page, '', { lender: 'jd' })).toEqual(['白条客服：冻结原因无法告知']);
    expect(await search(page, '', { channel: 'chat' })).toEqual(['Agent promised a callback']);
    expect(await search(page, '客服', { lender: 'alipay', channel: 'phone' })).toEqual(['客服说综合评估未通过，15日内书面答复']);
    expect(await search(page, 'nothing-like-this')).toEqual([]);
  });

  test('export downloads a backup that parseBackup accepts', async () => {
    const page = await open('#settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    expect(download.suggestedFilename()).toMatch(/^reopen-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const backup = JSON.parse(text) as { format: string; cases: unknown[]; notes: { text: string }[] };
    expect(backup.format).toBe('reopen-backup');
    expect(backup.cases).toHaveLength(2);
    expect(backup.notes.map((n) => n.text).sort()).toContain('Agent promised a callback');
    const empty = await openReopenDb({ factory: new IDBFactory() });
    const parsed = await parseBackup(empty, text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.preview.add).toEqual({ cases: 2, notes: 3, exhibits: 0 });
  });

  test('importing a hostile file shows an error and changes nothing', async () => {
    const page = await open('#settings');
    const before = await rawDump(page);
    const hostile = [
      '{"format":"reopen-backup","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","cases":[{"__proto__":{"polluted":1},"id":"x"}],"notes":[],"exhibits":[]}',
      '{"format":"reopen-backup","version":99}',
      '[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]',
      '{"format":"reopen-backup","version":1,"exportedAt":"2025',
    ];
    for (const [i, body] of hostile.entries()) {
      await page
        .getByTestId('import-file')
        .setInputFiles({ name: `evil-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(page.getByTestId('import-error').textContent()).resolves.toMatch(/没有导入|不是|更新版本|无效|损坏/);
      await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
    }
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await rawDump(page)).toEqual(before);
  });

  test('import of a valid backup previews, then applies on confirm', async () => {
    const page = await open('#settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const backup = JSON.parse(text) as { cases: { id: string; title: string }[] };
    backup.cases[0]!.title = '导入后的标题';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect(page.getByTestId('import-preview').textContent()).resolves.toContain('替换');
    const unchanged = await rawDump(page);
    expect(JSON.stringify(unchanged)).not.toContain('导入后的标题');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-status').waitFor();
    expect(JSON.stringify(await rawDump(page))).toContain('导入后的标题');
  });

  test('delete asks for confirmation and can be undone', async () => {
    const page = await open(`#case=${caseA}`);
    await page.getByTestId('case-view').waitFor();
    const before = await rawDump(page);
    await page.getByTestId('delete-case').click();
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('undo-bar').waitFor();
    const during = await rawDump(page);
    expect(during.cases.map((c) => (c as { id: string }).id)).not.toContain(caseA);
    expect(during.notes.filter((n) => (n as { caseId: string }).caseId === caseA)).toHaveLength(0);
    await page.getByTestId('undo-bar').getByRole('button').click();
    await page.getByTestId('case-view').waitFor();
    await expect.poll(() => page.locator('[data-testid="timeline"] > li').count()).toBe(2);
    const sortById = (xs: unknown[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const after = await rawDump(page);
    expect(sortById(after.notes)).toEqual(sortById(before.notes));
    expect(sortById(after.cases)).toEqual(sortById(before.cases));
  });

  test('the lock encrypts notes at rest; wrong passphrase writes nothing; unlock shows them', async () => {
    const page = await open('#settings');
    await page.getByTestId('lock-new').fill(PASSPHRASE);
    await page.getByTestId('lock-new2').fill(PASSPHRASE);
    await page.getByTestId('lock-enable').click();
    await expect.poll(() => page.getByTestId('lock-panel').getAttribute('data-lock'), { timeout: 30_000 }).toBe('unlocked');
    const sealed = await rawDump(page);
    const rawText = JSON.stringify(sealed.notes);
    expect(sealed.notes).toHaveLength(3);
    for (const plain of ['客服说', 'Agent promised', 'T-1001', '冻结原因']) expect(rawText).not.toContain(plain);
    expect(sealed.notes.every((n) => typeof (n as { enc?: unknown }).enc === 'object')).toBe(true);
    // Lock now: the timeline shows locked headers only.
    await page.getByTestId('lock-now').click();
    await expect.poll(() => page.getByTestId('lock-panel').getAttribute('data-lock')).toBe('locked');
    const casePage = await open(`#case=${caseA}`);
    await casePage.locator('[data-testid="timeline"] > li[data-locked="true"]').first().waitFor();
    await expect(casePage.getByTestId('timeline').textContent()).resolves.not.toContain('Agent promised');
    // Wrong passphrase: a clear error, nothing written.
    const before = await rawDump(casePage);
    await casePage.getByTestId('unlock-passphrase').fill('wrong passphrase!');
    await casePage.getByTestId('unlock-button').click();
    await expect(casePage.getByTestId('unlock-error').textContent({ timeout: 30_000 })).resolves.toContain('口令不正确');
    expect(await rawDump(casePage)).toEqual(before);
    // Adding an entry while locked keeps the draft and says why.
    await casePage.getByTestId('entry-text').fill('锁定时写的草稿');
    await casePage.getByTestId('entry-save').click();
    await expect(casePage.getByTestId('entry-error').textContent()).resolves.toContain('已加锁');
    await expect(casePage.getByTestId('entry-text').inputValue()).resolves.toBe('锁定时写的草稿');
    // Right passphrase: the entries are readable again.
    await casePage.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await casePage.getByTestId('unlock-button').click();
    await casePage.getByTestId('timeline').getByText('Agent promised a callback').waitFor({ timeout: 30_000 });
    // The draft survived and can now be saved (encrypted).
    await expect(casePage.getByTestId('entry-text').inputValue()).resolves.toBe('锁定时写的草稿');
    await casePage.getByTestId('entry-save').click();
    await casePage.getByTestId('timeline').getByText('锁定时写的草稿').waitFor();
    expect(JSON.stringify((await rawDump(casePage)).notes)).not.toContain('锁定时写的草稿');
    // An export stays encrypted unless decryption is chosen.
    const settings = await open('#settings');
    const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('export').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).not.toContain('Agent promised');
    expect(exported).toContain('"encryption"');
  });

  test('#new?status=closed prefills a new case and a reload creates nothing', async () => {
    const page = await open('#new?status=closed');
    const count = async () => (await rawDump(page)).cases.length;
    const before = await count();
    await expect(page.getByTestId('new-case-status').inputValue()).resolves.toBe('closed');
    await expect(page.getByTestId('new-case-title').inputValue()).resolves.toBe('额度已被关闭');
    await page.reload();
    await page.getByTestId('new-case-form').waitFor();
    await page.getByTestId('prefill-note').waitFor();
    expect(await count()).toBe(before);
    await page.getByRole('button', { name: '新建案卷' }).click();
    await expect.poll(count).toBe(before + 1);
    expect(page.url()).not.toContain('#new');
    await page.reload();
    await page.getByTestId('case-list').waitFor();
    expect(await count()).toBe(before + 1);
    const created = (await rawDump(page)).cases.filter((c) => (c as { title: string }).title === '额度已被关闭');
    expect(created).toHaveLength(1);
    expect((created[0] as { status: string }).status).toBe('closed');
  });

  test('printable case file lists the case in chronological order', async () => {
    const page = await open(`#print=${caseB}`);
    await page.getByTestId('print-view').waitFor();
    const kinds = await page
      .locator('[data-testid="print-chronology"] > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['date', 'note']);
    await expect(page.getByTestId('print-view').textContent()).resolves.toContain('白条客服：冻结原因无法告知');
    await expect(page.getByTestId('print-button').count()).resolves.toBe(1);
  });

  test('axe-core finds no violations (zh_CN)', async () => {
    for (const hash of ['', `#case=${caseB}`, '#search', '#settings', `#print=${caseB}`]) {
      const page = await open(hash);
      await page.waitForTimeout(300);
      expect(await axeViolations(page), `axe on ${hash || 'cases'}`).toEqual([]);
    }
  });
});

describe('case workspace (en)', () => {
  let en: Session;
  afterAll(async () => en?.close());
  test('renders in English and axe-core finds no violations', async () => {
    en = await launch({ lang: 'en' });
    const page = await en.openExtensionPage('src/options/index.html');
    await expect(page.locator('h1').textContent()).resolves.toBe('My appeal case file');
    await page.getByTestId('new-case-title').fill('Jiebei closed');
    await page.getByRole('button', { name: 'New case' }).click();
    const item = page.getByTestId('case-list').locator('li', { hasText: 'Jiebei closed' });
    await item.waitFor();
    const id = (await item.getAttribute('data-case-id'))!;
    for (const hash of ['', `#case=${id}`, '#search', '#settings', `#print=${id}`]) {
      await page.goto(`${en.origin}src/options/index.html${hash}`);
      await page.locator('h1').waitFor();
      await page.waitForTimeout(300);
      expect(await axeViolations(page), `axe (en) on ${hash || 'cases'}`).toEqual([]);
    }
    await page.close();
    await assertInvariants(en);
  });
});
