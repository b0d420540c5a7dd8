// The picker's menu and texts, against a real (fake-indexeddb) case file:
// which cases a page may be offered, named how, what a public page is never
// given, and a text handed only to the document that opened the picker, for a
// choice token of its menu (src/background/picker.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newCase, type Case, type Note } from '../shared/case';
import { type Exhibit } from '../shared/exhibit';
import type { Context } from './define-handler';
import type { HANDLERS } from './handlers/index';
import type * as Variants from './insert-variants';
import type { navigated as Navigated } from './documents';
import type { ReopenDb } from '../storage/index';
import { fakeBrowser } from '../../test/fakes/browser';

const SUPPORT = 'https://cshall.alipay.com/help/index.htm';
const COMPLAINT = 'https://tousu.sina.com.cn/complaint/create';
const OBJECTION = 'https://ipcrs.pbccrc.org.cn/objection/apply';
const ACCOUNT = 'https://my.alipay.com/portal/i.htm';
const SECRET = '客服说我的芝麻分太低';
const TICKET = 'GD20260415-0042';
const QUOTE = '白条额度已关闭 原额度 12,345.67 元';

let variants: typeof Variants;
let handlers: typeof HANDLERS;
let navigated: typeof Navigated;
let database: ReopenDb;
let fake: ReturnType<typeof fakeBrowser>;
let save: (cases: Case[], notes?: Note[], exhibits?: Exhibit[]) => Promise<void>;

beforeEach(async () => {
  // A fresh case file, and fresh modules so the worker's connection is opened on it.
  vi.stubGlobal('indexedDB', new IDBFactory());
  fake = fakeBrowser();
  for (const [tab, url] of [
    [3, SUPPORT],
    [4, COMPLAINT],
    [5, OBJECTION],
    [6, SUPPORT],
  ] as const)
    fake.tabs.set(tab, { url });
  vi.stubGlobal('browser', fake.api);
  vi.resetModules();
  variants = await import('./insert-variants');
  ({ HANDLERS: handlers } = await import('./handlers/index'));
  ({ navigated } = await import('./documents'));
  database = await (await import('./database')).db();
  const { saveBatch } = await import('../storage/index');
  save = async (cases, notes = [], exhibits = []) => saveBatch(database, { cases, notes, exhibits });
});
afterEach(() => {
  vi.unstubAllGlobals();
  opened.clear();
});

const huabeiCase = (id: string, updatedAt: string, extra: Partial<Case> = {}): Case => ({
  ...newCase(
    { title: `花呗 ${id}`, lender: '支付宝', product: 'huabei', status: 'closed', dates: { lineChanged: '2026-04-01' } },
    id,
    updatedAt,
  ),
  ...extra,
});
const jdCase = (id: string, updatedAt: string): Case => ({
  ...newCase(
    { title: `白条 ${id}`, lender: '京东', product: 'jd-baitiao', status: 'closed', dates: { lineChanged: '2026-04-02' } },
    id,
    updatedAt,
  ),
  accountRef: '6222020000009876',
});
const note = (caseId: string): Note => ({
  id: `${caseId}-note`,
  caseId,
  at: '2026-04-15T10:00:00.000Z',
  channel: 'phone',
  text: SECRET,
  ref: TICKET,
});
const exhibit = (caseId: string): Exhibit => ({
  id: `${caseId}-ex`,
  caseId,
  source: 'page',
  url: 'https://baitiao.jd.com/',
  observedAt: '2026-04-02T09:00:00.000Z',
  status: 'closed',
  text: QUOTE,
});
const contentCtx = (url: string, tabId = 3, documentId = `doc-${tabId}`): Context => ({
  sender: { id: 'fakeextensionid', url, tab: { id: tabId, url }, documentId },
  tier: 'content',
  tabId,
  frameId: 0,
});
/** The picker window as an extension page (its own tab in its own window). */
const pickerCtx: Context = {
  sender: { id: 'fakeextensionid', url: 'chrome-extension://fakeextensionid/src/picker/index.html', tab: { id: 101 } },
  tier: 'extension',
  tabId: 101,
  frameId: 0,
};
/** The page button's click: the document `documentId` of tab `tabId` at `url` opens the picker. */
const open = (url: string, tabId = 3, maxLength?: number, documentId?: string) =>
  handlers['page/open-picker'].handle(maxLength === undefined ? {} : { maxLength }, contentCtx(url, tabId, documentId));
const opened = new Map<number, string>();
/** The picker's entries for tab `tabId`, opened from `url` first unless that tab's picker already was. */
const menu = async (url: string, tabId = 3, maxLength?: number) => {
  const key = `${url} ${maxLength}`;
  if (opened.get(tabId) !== key) {
    await open(url, tabId, maxLength);
    opened.set(tabId, key);
  }
  return (await handlers['ext/picker-menu'].handle({ tabId }, pickerCtx)).items;
};
/** The user clicks entry `id` in tab `tabId`'s picker: the text that went to the page. */
const text = (id: string, tabId = 3) => handlers['ext/picker-insert'].handle({ tabId, id }, pickerCtx);
const allTexts = async (url: string, tabId: number) => {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const entry = (await menu(url, tabId))[i];
    if (!entry) return out;
    out.push((await text(entry.id, tabId)).text);
  }
};

describe('which page, which cases', () => {
  test('a page that is not a listed form page gets nothing, not even an empty menu', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    for (const url of [ACCOUNT, 'https://example.com/form', undefined])
      expect(() => variants.formPage(url)).toThrow('not a listed form page');
    fake.tabs.set(9, { url: ACCOUNT });
    await expect(open(ACCOUNT, 9)).rejects.toThrow('not a listed form page');
    expect(fake.api.windows.create).not.toHaveBeenCalled();
    await expect(handlers['ext/picker-menu'].handle({ tabId: 9 }, pickerCtx)).rejects.toThrow(/expired/);
  });

  test('without an open case the menu is empty', async () => {
    expect(await menu(SUPPORT)).toEqual([]);
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z', { archived: true })]);
    expect(await menu(SUPPORT)).toEqual([]);
  });

  test('a site whose pack names a product is offered cases of that product only', async () => {
    await save([
      huabeiCase('hb', '2026-04-10T00:00:00.000Z'),
      jdCase('jd', '2026-04-20T00:00:00.000Z'),
      { ...jdCase('none', '2026-04-21T00:00:00.000Z'), product: undefined },
    ]);
    const page = { ...variants.formPage(SUPPORT), pack: { ...variants.formPage(SUPPORT).pack, product: 'huabei' as const } };
    expect((await variants.casesFor(database, page)).map((c) => c.id)).toEqual(['hb']);
    // A lender's site that names no product (the Alipay help hall): that lender's cases, and those of no product.
    expect((await variants.casesFor(database, variants.formPage(SUPPORT))).map((c) => c.id)).toEqual(['none', 'hb']);
    // A site of no lender (黑猫投诉): every open case, named.
    expect((await variants.casesFor(database, variants.formPage(COMPLAINT))).map((c) => c.id)).toEqual(['none', 'jd', 'hb']);
  });

  test.each([
    [SUPPORT, 3, 3, /书面申诉/, ['支付宝 · 花呗']],
    [COMPLAINT, 4, 3, /^黑猫投诉 · 投诉标题$/, ['京东 · 京东白条', '支付宝 · 花呗']],
    [OBJECTION, 5, 2, /^征信异议申请$/, ['京东 · 京东白条', '支付宝 · 花呗']],
  ])(
    '%s: each case it may be offered, named by lender and product, with its kind’s variants and their lengths',
    async (url, tab, count, oneLabel, names) => {
      await save([huabeiCase('hb', '2026-04-10T00:00:00.000Z'), jdCase('jd', '2026-04-20T00:00:00.000Z')]);
      const items = await menu(url, tab);
      expect(items.map((i) => i.caseName)).toEqual(names.flatMap((name) => Array(count).fill(name)));
      const labels = items.map((i) => i.label);
      expect(labels.slice(0, count)).toEqual(labels.slice(-count));
      expect(labels.some((l) => oneLabel.test(l))).toBe(true);
      for (const item of items) {
        expect(item.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(item.fits).toBe(true);
        expect(item.length).toBeGreaterThan(10);
      }
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    },
  );

  test('a menu holds at most twelve entries: the newest cases that fit', async () => {
    await save(Array.from({ length: 6 }, (_, i) => huabeiCase(`c${i}`, `2026-04-1${i}T00:00:00.000Z`, { lender: `L${i}` })));
    const items = await menu(SUPPORT);
    expect(items).toHaveLength(12);
    expect([...new Set(items.map((i) => i.caseName))]).toEqual(['L5 · 花呗', 'L4 · 花呗', 'L3 · 花呗', 'L2 · 花呗']);
  });

  test('a case with neither lender nor product is named by its title', () => {
    expect(variants.caseName(newCase({ title: '我的额度' }, 'x', '2026-04-01T00:00:00.000Z'), 'zh')).toBe('我的额度');
    expect(variants.caseName(huabeiCase('x', '2026-04-01T00:00:00.000Z'), 'en')).toBe('支付宝 · Huabei');
  });
});

describe('what a text may carry', () => {
  test('a private support page: ticket numbers, but never the words of notes', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z', { accountRef: '6222020000000123' })], [note('c1')]);
    const texts = await allTexts(SUPPORT, 3);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.includes(TICKET))).toBe(true);
    for (const t of texts) expect(t).not.toContain(SECRET);
  });

  test('a public complaint site: no page quote or amount, no account, no ticket number, no note words', async () => {
    await save([huabeiCase('hb', '2026-04-20T00:00:00.000Z', { accountRef: '6222020000009876' })], [note('hb')], [exhibit('hb')]);
    const texts = await allTexts(COMPLAINT, 4);
    expect(texts).toHaveLength(3);
    for (const t of texts) {
      for (const leak of [QUOTE, '12,345.67', '9876', TICKET, SECRET]) expect(t).not.toContain(leak);
    }
    // The same case on a private page still quotes the page it came from.
    expect((await allTexts(SUPPORT, 3)).some((t) => t.includes(QUOTE))).toBe(true);
  });

  test('with a field limit every entry says truly whether it fits, and the text fits it', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')]);
    for (const limit of [60, 300, 5000]) {
      const items = await menu(SUPPORT, 3, limit);
      for (const item of items) expect(item.fits, `${item.label} at ${limit}`).toBe(item.length <= limit);
    }
    // No appeal says what it must in 60 characters: the menu warns rather than cuts.
    expect((await menu(SUPPORT, 3, 60)).map((i) => i.fits)).toEqual([false, false, false]);
    const [chat] = await menu(SUPPORT, 3, 300);
    const { text: fitted } = await text(chat!.id);
    expect([...fitted].length).toBe(chat!.length);
    expect(fake.sent.at(-1)!.message).toEqual({ type: 'content/insert-picked', text: fitted });
  });
});

describe('the picker window', () => {
  test('the page button opens one window; clicking again reloads and raises it; the page gets nothing back', async () => {
    expect(await open(SUPPORT)).toEqual({ done: true });
    expect(fake.api.windows.create).toHaveBeenCalledTimes(1);
    expect(fake.api.windows.create.mock.calls[0]![0]).toMatchObject({
      url: 'chrome-extension://fakeextensionid/src/picker/index.html?tab=3',
      type: 'popup',
      focused: true,
    });
    expect(await open(SUPPORT)).toEqual({ done: true });
    expect(fake.api.windows.create).toHaveBeenCalledTimes(1);
    expect(fake.api.tabs.update).toHaveBeenCalledWith(101, { url: 'chrome-extension://fakeextensionid/src/picker/index.html?tab=3' });
    expect(fake.api.windows.update).toHaveBeenCalledWith(100, { focused: true });
    // Closed by the user: the next click opens a new one.
    fake.windows.clear();
    await open(SUPPORT);
    expect(fake.api.windows.create).toHaveBeenCalledTimes(2);
  });

  test('the menu names the page it fills; the chosen text goes to that document and frame only', async () => {
    await save([huabeiCase('hb', '2026-04-20T00:00:00.000Z')]);
    await open(SUPPORT, 3, 500);
    const menuReply = await handlers['ext/picker-menu'].handle({ tabId: 3 }, pickerCtx);
    expect(menuReply).toMatchObject({ host: 'cshall.alipay.com', room: 500 });
    const { text: sentText, result } = await text(menuReply.items[0]!.id);
    expect(result).toEqual({ ok: true, length: [...sentText].length, method: 'execCommand' });
    expect(fake.sent).toEqual([
      { tabId: 3, message: { type: 'content/insert-picked', text: sentText }, options: { frameId: 0, documentId: 'doc-3' } },
    ]);
  });

  test('what the page says about the insertion reaches the picker; a document that is gone gets nothing', async () => {
    await save([huabeiCase('hb', '2026-04-20T00:00:00.000Z')]);
    fake.reply.answer = () => ({ ok: false, reason: 'not-taken' });
    let [entry] = await menu(SUPPORT);
    expect((await text(entry!.id)).result).toEqual({ ok: false, reason: 'not-taken' });
    fake.reply.answer = () => undefined;
    [entry] = await menu(SUPPORT);
    await expect(text(entry!.id)).rejects.toThrow(/expired/);
  });

  test('a page opening the picker in a loop is slowed down', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++)
      outcomes.push(
        await open(SUPPORT).then(
          () => 'opened',
          (e: { text?: { en: string } }) => e.text?.en ?? '',
        ),
      );
    expect(outcomes.slice(0, 6)).toEqual(Array(6).fill('opened'));
    expect(outcomes.slice(6)).toEqual(Array(2).fill(expect.stringContaining('too often')));
  });
});

describe('a text only for a choice token of this document', () => {
  test('the menu carries labels and lengths, never a text or a case id', async () => {
    await save([huabeiCase('c1', '2026-04-10T00:00:00.000Z')], [note('c1')]);
    const items = await menu(SUPPORT);
    expect(items.map((i) => Object.keys(i).sort())).toEqual(items.map(() => ['caseName', 'fits', 'id', 'label', 'length']));
    expect(JSON.stringify(items)).not.toMatch(new RegExp(`${TICKET}|c1`));
  });

  test('the chosen entry’s text, once; then the menu is spent', async () => {
    await save([huabeiCase('hb', '2026-04-10T00:00:00.000Z'), jdCase('jd', '2026-04-20T00:00:00.000Z')]);
    const items = await menu(SUPPORT);
    const huabeiLetter = items.find((i) => i.caseName === '支付宝 · 花呗' && i.label.includes('书面申诉'))!;
    const { text: letter } = await text(huabeiLetter.id);
    expect(letter).toContain('花呗');
    expect(letter).not.toMatch(/白条|京东|9876/);
    await expect(text(huabeiLetter.id)).rejects.toMatchObject({ text: { zh: expect.stringContaining('已失效') as string } });
    await expect(text(items[0]!.id)).rejects.toThrow(/expired/);
  });

  test('no text without a token: a variant name, a made-up token, or another tab’s', async () => {
    await save([huabeiCase('hb', '2026-04-20T00:00:00.000Z')]);
    await menu(SUPPORT);
    await expect(text('letter')).rejects.toThrow(/expired/);
    await menu(SUPPORT);
    await expect(text('AAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow(/expired/);
    const [entry] = await menu(SUPPORT, 6);
    await menu(SUPPORT, 3);
    await expect(text(entry!.id, 3)).rejects.toThrow(/expired/);
    expect(fake.sent).toEqual([]);
  });

  test('no text after another document of the tab opened the picker, after a navigation, on another origin, or after it expired', async () => {
    await save([huabeiCase('hb', '2026-04-20T00:00:00.000Z')]);
    let [entry] = await menu(SUPPORT);
    await open(SUPPORT, 3, undefined, 'another-document');
    await expect(text(entry!.id)).rejects.toThrow(/expired/);
    await open(SUPPORT);
    [entry] = (await handlers['ext/picker-menu'].handle({ tabId: 3 }, pickerCtx)).items;
    await navigated(3);
    await expect(text(entry!.id)).rejects.toThrow(/expired/);
    await expect(handlers['ext/picker-menu'].handle({ tabId: 3 }, pickerCtx)).rejects.toThrow(/expired/);
    await open(SUPPORT);
    [entry] = (await handlers['ext/picker-menu'].handle({ tabId: 3 }, pickerCtx)).items;
    fake.tabs.set(3, { url: COMPLAINT });
    await expect(text(entry!.id)).rejects.toThrow(/expired/);
    fake.tabs.set(3, { url: SUPPORT });
    [entry] = (await handlers['ext/picker-menu'].handle({ tabId: 3 }, pickerCtx)).items;
    const later = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 6 * 60_000);
    await expect(text(entry!.id)).rejects.toThrow(/expired/);
    later.mockRestore();
    expect(fake.sent).toEqual([]);
  });

  test('a case archived after the menu opened is no longer given', async () => {
    await save([huabeiCase('hb', '2026-04-20T00:00:00.000Z')]);
    const [entry] = await menu(SUPPORT);
    const { updateCase } = await import('../storage/index');
    await updateCase(database, 'hb', { archived: true }, '2026-04-21T00:00:00.000Z');
    await expect(text(entry!.id)).rejects.toThrow(/expired/);
  });
});
