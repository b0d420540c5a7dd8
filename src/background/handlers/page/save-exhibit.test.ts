// page/save-exhibit inside the worker: the exhibit is the worker's own reading
// of the sender's document (never a status or text from the request), one per
// id however often it is retried, a few per tab at a time, and at most
// LIMITS.exhibitsPerCase per case — each refusal with a message for the tip.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LIMITS, newCase } from '../../../shared/case';
import type { Context } from '../../define-handler';
import type { HANDLERS } from '../index';
import type * as Storage from '../../../storage/index';
import { fakeBrowser } from '../../../../test/fakes/browser';

const URL_ = 'https://my.alipay.com/portal/i.htm';
const ctx = (tabId = 7, documentId = `doc-${tabId}`): Context => ({
  sender: { id: 'fakeextensionid', url: URL_, tab: { id: tabId, url: URL_ }, documentId },
  tier: 'content',
  tabId,
  frameId: 0,
});
const popup: Context = {
  sender: { id: 'fakeextensionid', url: 'chrome-extension://fakeextensionid/popup.html' },
  tier: 'extension',
  tabId: undefined,
  frameId: undefined,
};

let fake: ReturnType<typeof fakeBrowser>;
let handlers: typeof HANDLERS;
let storage: typeof Storage;
let database: Storage.ReopenDb;
beforeEach(async () => {
  fake = fakeBrowser();
  for (const tab of [7, 8, 9]) fake.tabs.set(tab, { url: URL_ });
  vi.stubGlobal('browser', fake.api);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  ({ HANDLERS: handlers } = await import('../index'));
  storage = await import('../../../storage/index');
  database = await (await import('../../database')).db();
});
afterEach(() => vi.unstubAllGlobals());

const read = (text: string, c = ctx()) => handlers['page/reading'].handle({ url: URL_, text }, c);
const save = (id: string, c = ctx()) => handlers['page/save-exhibit'].handle({ id } as never, c);
const cases = async () => (await storage.listCases(database)).items;
const exhibits = async () => (await storage.dumpStores(database)).exhibits as { id: string; status: string; text: string }[];

describe('page/save-exhibit', () => {
  test('files the worker’s reading of this document: status and quote from detection, none from the request', async () => {
    await read('花呗 额度已关闭');
    // A content script claiming `normal` and a text of its own: both are not part of the request any more.
    await handlers['page/save-exhibit'].handle({ id: 'ex-1', status: 'normal', text: '花呗 额度正常' } as never, ctx());
    const [theCase] = await cases();
    expect(theCase).toMatchObject({ product: 'huabei', status: 'closed' });
    expect(await exhibits()).toEqual([
      expect.objectContaining({ id: 'ex-1', status: 'closed', text: expect.stringContaining('额度已关闭') }),
    ]);
  });

  test('updates the status of an open case of the same product, through the one writer', async () => {
    await storage.createCase(database, newCase({ title: '花呗', product: 'huabei', status: 'frozen' }, 'mine', '2026-04-01T00:00:00.000Z'));
    await storage.updateCase(database, 'mine', { answers: { q_overdue: 'none' } }, '2026-04-02T00:00:00.000Z');
    await read('花呗 额度已关闭');
    await save('ex-1');
    const [theCase] = await cases();
    expect(theCase).toMatchObject({ id: 'mine', status: 'closed', answers: { q_overdue: 'none' } });
  });

  test('a retry with the same id stores nothing twice, with or without a case to start', async () => {
    await read('花呗 额度已关闭');
    const first = await save('ex-1');
    expect(await save('ex-1')).toEqual(first);
    expect(await cases()).toHaveLength(1);
    expect((await exhibits()).map((e) => e.id)).toEqual(['ex-1']);
  });

  test('without a reading of this document there is nothing to save', async () => {
    await expect(save('ex-1')).rejects.toMatchObject({ text: { zh: expect.stringContaining('还没有读到') as string } });
    await read('花呗 额度已关闭', ctx(7, 'doc-a'));
    // Another document of the same tab (the page was reloaded) has not been read.
    await expect(save('ex-1', ctx(7, 'doc-b'))).rejects.toMatchObject({
      text: { en: expect.stringContaining('nothing to save') as string },
    });
    expect(await exhibits()).toEqual([]);
  });

  test('a burst from one tab stores five and says why the rest were not stored', async () => {
    await read('花呗 额度已关闭');
    const results = await Promise.allSettled(Array.from({ length: 300 }, (_, i) => save(`burst-${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ text: { zh: expect.stringContaining('保存得太频繁') as string } });
    expect(await exhibits()).toHaveLength(5);
  });

  test('a case keeps at most its cap, from however many tabs', async () => {
    await storage.createCase(database, newCase({ title: '花呗', product: 'huabei' }, 'mine', '2026-04-01T00:00:00.000Z'));
    await Promise.all(
      Array.from({ length: LIMITS.exhibitsPerCase - 1 }, (_, i) =>
        storage.addExhibit(database, {
          id: `old-${i}`,
          caseId: 'mine',
          source: 'page',
          url: URL_,
          observedAt: '2026-04-01T00:00:00.000Z',
          status: 'closed',
          text: '额度已关闭',
        }),
      ),
    );
    for (const tab of [7, 8, 9]) await read('花呗 额度已关闭', ctx(tab));
    const results = await Promise.allSettled([7, 8, 9].map((tab) => save(`new-${tab}`, ctx(tab))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { text: { zh: expect.stringContaining('已达上限') as string } },
    });
    expect(await exhibits()).toHaveLength(LIMITS.exhibitsPerCase);
    // The user-facing reply: the router turns the refusal into the message the tip shows.
    const { route } = await import('../../router');
    const reply = await route(
      { type: 'page/save-exhibit', payload: { id: 'new-x' } },
      { ...ctx(8).sender },
      { id: 'fakeextensionid', origin: 'chrome-extension://fakeextensionid/' },
      handlers,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(`已有 ${LIMITS.exhibitsPerCase} 份存证`) as string });
  });

  test('a page that names no product never lands on another product’s case', async () => {
    await storage.createCase(database, newCase({ title: '京东白条', product: 'jd-baitiao' }, 'jd', '2026-04-01T00:00:00.000Z'));
    fake.tabs.set(7, { url: 'https://cshall.alipay.com/help/' });
    const c: Context = { ...ctx(), sender: { ...ctx().sender, url: 'https://cshall.alipay.com/help/' } };
    await handlers['page/reading'].handle({ url: 'https://cshall.alipay.com/help/', text: '您的额度已被关闭' }, c);
    await handlers['page/save-exhibit'].handle({ id: 'ex-1' }, c);
    const stored = await exhibits();
    expect(stored).toHaveLength(1);
    expect((stored[0] as unknown as { caseId: string }).caseId).not.toBe('jd');
    expect((await handlers['ext/case-get'].handle({ caseId: 'jd' }, popup)).exhibits).toEqual([]);
  });
});
