// The field button's menu and texts, against a real (fake-indexeddb) case file.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newCase, type Case, type Note } from '../shared/case';
import type { Context } from './define-handler';
import type { HANDLERS } from './handlers/index';
import type { insertVariants as InsertVariants } from './insert-variants';
import { fakeBrowser } from '../../test/fakes/browser';

const SUPPORT = 'https://cshall.alipay.com/help/index.htm';
const COMPLAINT = 'https://tousu.sina.com.cn/complaint/create';
const OBJECTION = 'https://ipcrs.pbccrc.org.cn/objection/apply';
const ACCOUNT = 'https://my.alipay.com/portal/i.htm';
const SECRET = '客服说我的芝麻分太低';
const TICKET = 'GD20260415-0042';

let insertVariants: typeof InsertVariants;
let handlers: typeof HANDLERS;
let save: (cases: Case[], notes?: Note[]) => Promise<void>;

beforeEach(async () => {
  // A fresh case file, and fresh modules so the worker's connection is opened on it.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('browser', fakeBrowser().api);
  vi.resetModules();
  ({ insertVariants } = await import('./insert-variants'));
  ({ HANDLERS: handlers } = await import('./handlers/index'));
  const { db } = await import('./database');
  const { saveBatch } = await import('../storage/index');
  save = async (cases, notes = []) => saveBatch(await db(), { cases, notes });
});
afterEach(() => vi.unstubAllGlobals());

const huabeiCase = (id: string, updatedAt: string, extra: Partial<Case> = {}): Case => ({
  ...newCase({ title: `花呗 ${id}`, product: 'huabei', status: 'closed', dates: { lineChanged: '2026-04-01' } }, id, updatedAt),
  ...extra,
});
const note = (caseId: string): Note => ({
  id: `${caseId}-note`,
  caseId,
  at: '2026-04-15T10:00:00.000Z',
  channel: 'phone',
  text: SECRET,
  ref: TICKET,
});
const contentCtx = (url: string): Context => ({
  sender: { id: 'fakeextensionid', url, tab: { id: 3, url } },
  tier: 'content',
  tabId: 3,
  frameId: 0,
});

describe('insertVariants', () => {
  test('a page that is not a listed form page gets nothing, not even an empty menu', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    await expect(insertVariants(ACCOUNT, undefined)).rejects.toThrow('not a listed form page');
    await expect(insertVariants('https://example.com/form', undefined)).rejects.toThrow('not a listed form page');
    await expect(insertVariants(undefined, undefined)).rejects.toThrow('not a listed form page');
  });

  test('without an open case the menu is empty', async () => {
    expect(await insertVariants(SUPPORT, undefined)).toEqual([]);
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z', { archived: true })]);
    expect(await insertVariants(SUPPORT, undefined)).toEqual([]);
  });

  test.each([
    [SUPPORT, ['chat', 'letter', 'pipl-explanation']],
    [COMPLAINT, ['heimao.title', 'heimao.description', 'heimao.demand']],
    [OBJECTION, ['credit-objection', 'pipl-explanation']],
  ])('%s offers its kind’s variants, labelled, with their lengths', async (url, ids) => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    const items = await insertVariants(url, undefined);
    expect(items.map((i) => i.id)).toEqual(ids);
    for (const item of items) {
      expect(item.label.length).toBeGreaterThan(0);
      expect(item.text.length).toBeGreaterThan(0);
      expect(item.length).toBe([...item.text].length);
      expect(item.fits).toBe(true);
    }
  });

  test('a public complaint site gets field labels of its own template and no letter', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    const items = await insertVariants(COMPLAINT, undefined);
    expect(new Set(items.map((i) => i.label.split(' · ')[0])).size).toBe(1);
    expect(items.every((i) => i.label.includes(' · '))).toBe(true);
  });

  test('texts carry the case’s ticket numbers but never the words of its notes', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')], [note('c1')]);
    const texts = (await insertVariants(SUPPORT, undefined)).map((i) => i.text);
    expect(texts.some((t) => t.includes(TICKET))).toBe(true);
    for (const text of texts) expect(text).not.toContain(SECRET);
  });

  test('the newest open case is the one used; an archived newer one is skipped', async () => {
    await save([
      huabeiCase('old', '2026-04-01T00:00:00.000Z', { accountRef: '尾号 1111' }),
      huabeiCase('new', '2026-04-20T00:00:00.000Z', { accountRef: '尾号 2222' }),
      huabeiCase('gone', '2026-04-25T00:00:00.000Z', { accountRef: '尾号 3333', archived: true }),
    ]);
    const [letter] = await insertVariants(SUPPORT, undefined, 'letter');
    expect(letter!.text).toMatch(/2222/);
    expect(letter!.text).not.toMatch(/1111|3333/);
  });

  test('with a field limit every variant says truly whether it fits', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    for (const limit of [60, 300, 5000]) {
      for (const item of await insertVariants(SUPPORT, limit)) {
        expect(item.length, `${item.id} at ${limit}`).toBe([...item.text].length);
        expect(item.fits, `${item.id} at ${limit}`).toBe(item.length <= limit);
      }
    }
    // No appeal says what it must in 60 characters: the menu warns rather than cuts.
    expect((await insertVariants(SUPPORT, 60)).map((i) => i.fits)).toEqual([false, false, false]);
  });

  test('one chosen variant renders alone; one not on this page renders nothing', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    expect((await insertVariants(SUPPORT, undefined, 'chat')).map((i) => i.id)).toEqual(['chat']);
    expect(await insertVariants(SUPPORT, undefined, 'heimao.title')).toEqual([]);
  });
});

describe('the field button’s handlers', () => {
  test('page/insert-menu gives labels and lengths only, never the texts', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')], [note('c1')]);
    const { items } = await handlers['page/insert-menu'].handle({}, contentCtx(SUPPORT));
    expect(items.map((i) => Object.keys(i).sort())).toEqual(items.map(() => ['fits', 'id', 'label', 'length']));
    expect(JSON.stringify(items)).not.toContain(TICKET);
  });

  test('page/insert-text gives the one chosen text, and refuses one the page was not offered', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    const { text } = await handlers['page/insert-text'].handle({ id: 'chat' }, contentCtx(SUPPORT));
    expect(text).toBe((await insertVariants(SUPPORT, undefined, 'chat'))[0]!.text);
    await expect(handlers['page/insert-text'].handle({ id: 'letter' }, contentCtx(COMPLAINT))).rejects.toThrow(
      'no such variant on this page',
    );
  });
});
