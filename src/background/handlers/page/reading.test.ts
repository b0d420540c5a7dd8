// page/reading end to end inside the worker: detection, the tab's status for
// the popup (storage.session through the one browser module), dismissals, and
// readings tied to the document that sent them.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Context } from '../../define-handler';
import type { HANDLERS } from '../index';
import type { navigated as Navigated } from '../../documents';
import { fakeBrowser } from '../../../../test/fakes/browser';

const URL_ = 'https://my.alipay.com/portal/i.htm';
const ctx = (url = URL_, documentId?: string): Context => ({
  sender: { id: 'fakeextensionid', url, tab: { id: 7, url }, ...(documentId ? { documentId } : {}) },
  tier: 'content',
  tabId: 7,
  frameId: 0,
});

let fake: ReturnType<typeof fakeBrowser>;
let handlers: typeof HANDLERS;
let navigated: typeof Navigated;
beforeEach(async () => {
  fake = fakeBrowser();
  fake.tabs.set(7, { url: URL_ });
  vi.stubGlobal('browser', fake.api);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  ({ HANDLERS: handlers } = await import('../index'));
  ({ navigated } = await import('../../documents'));
});
afterEach(() => vi.unstubAllGlobals());

const read = (text: string, url = URL_, documentId?: string) => handlers['page/reading'].handle({ url, text }, ctx(url, documentId));
const tabStatus = () => handlers['ext/tab-status'].handle({ tabId: 7 }, { ...ctx(), tier: 'extension' });

describe('page/reading', () => {
  test('a closed line gets a tip, and the popup learns the tab’s status', async () => {
    const { tip, labels } = await read('花呗 额度已关闭');
    expect(tip).toMatchObject({ status: 'closed', dismissed: false, lang: 'zh' });
    expect(labels.close).toBe('关闭提示');
    expect((await tabStatus()).facts).toMatchObject({ url: URL_, status: 'closed', packId: 'alipay-portal' });
  });

  test('a normal line needs no tip, but the popup still learns the status', async () => {
    expect((await read('花呗 额度正常 可用额度 5000')).tip).toBeNull();
    expect((await tabStatus()).facts).toMatchObject({ status: 'normal' });
  });

  test('statements that disagree get a tip only on an account page; elsewhere the popup alone shows them', async () => {
    const conflict = '花呗已冻结\n花呗可正常使用';
    expect((await read(conflict)).tip).toMatchObject({ status: 'unknown' });
    const HELP = 'https://cshall.alipay.com/lab/help_detail.htm';
    fake.tabs.set(7, { url: HELP });
    expect((await read(conflict, HELP)).tip).toBeNull();
    expect((await tabStatus()).facts).toMatchObject({ status: 'unknown', pageKind: 'support' });
  });

  test('a page that says nothing about a line forgets what the tab showed before', async () => {
    await read('花呗 额度已关闭');
    expect((await read('欢迎来到支付宝')).tip).toBeNull();
    expect((await tabStatus()).facts).toBeNull();
    expect(fake.session.size).toBe(0);
  });

  test('a dismissed host and status comes back marked as dismissed', async () => {
    await handlers['page/dismiss'].handle({ host: 'ignored.example', status: 'closed' }, ctx());
    expect((await read('花呗 额度已关闭')).tip?.dismissed).toBe(true);
    expect((await read('额度已冻结')).tip?.dismissed).toBe(false);
  });

  test('a content script cannot speak for another origin', async () => {
    await expect(handlers['page/reading'].handle({ url: 'https://jr.jd.com/', text: '额度已关闭' }, ctx())).rejects.toThrow(/origin/);
    expect(fake.session.size).toBe(0);
  });
});

describe('a reading is tied to its document', () => {
  test('one handled after the tab navigated is dropped, and gets no tip', async () => {
    const late = read('花呗 额度已关闭');
    void navigated(7); // the tab starts loading another page while the worker is still on the reading
    expect((await late).tip).toBeNull();
    expect((await tabStatus()).facts).toBeNull();
  });

  test('one sent from an address the tab no longer shows is dropped', async () => {
    fake.tabs.set(7, { url: 'https://my.alipay.com/portal/other.htm' });
    expect((await read('花呗 额度已关闭')).tip).toBeNull();
    expect((await tabStatus()).facts).toBeNull();
    // A hash change is the same page.
    fake.tabs.set(7, { url: `${URL_}#top` });
    expect((await read('花呗 额度已关闭')).tip).toMatchObject({ status: 'closed' });
  });

  test('the popup on another page, or after the tab navigated to a site we cannot see into, shows no earlier status', async () => {
    await read('花呗 额度已关闭');
    expect((await tabStatus()).facts).toMatchObject({ status: 'closed' });
    // Chromium hides a listed page's address from the worker too (content-script matches grant no tab URL).
    fake.tabs.set(7, {});
    expect((await tabStatus()).facts).toMatchObject({ status: 'closed' });
    fake.tabs.set(7, { url: 'https://example.com/' });
    expect((await tabStatus()).facts).toBeNull();
    fake.tabs.set(7, { url: URL_ });
    await read('花呗 额度已关闭');
    expect((await tabStatus()).facts).toMatchObject({ status: 'closed' });
    // An unlisted site: the browser tells us only that the tab navigated.
    fake.tabs.set(7, {});
    await navigated(7);
    expect((await tabStatus()).facts).toBeNull();
  });

  test('a reading that says nothing, from a document the tab has left, does not erase the current one', async () => {
    await read('花呗 额度已关闭');
    fake.tabs.set(7, { url: 'https://my.alipay.com/portal/other.htm' });
    await read('欢迎', URL_);
    fake.tabs.set(7, { url: URL_ });
    expect((await tabStatus()).facts).toMatchObject({ status: 'closed' });
  });
});
