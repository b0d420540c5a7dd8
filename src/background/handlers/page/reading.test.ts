// page/reading end to end inside the worker: detection, the tab's status for
// the popup (storage.session through the one browser module), dismissals.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Context } from '../../define-handler';
import type { HANDLERS } from '../index';
import { fakeBrowser } from '../../../../test/fakes/browser';

const URL_ = 'https://my.alipay.com/portal/i.htm';
const ctx = (url = URL_): Context => ({
  sender: { id: 'fakeextensionid', url, tab: { id: 7, url } },
  tier: 'content',
  tabId: 7,
  frameId: 0,
});

let fake: ReturnType<typeof fakeBrowser>;
let handlers: typeof HANDLERS;
beforeEach(async () => {
  fake = fakeBrowser();
  vi.stubGlobal('browser', fake.api);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  ({ HANDLERS: handlers } = await import('../index'));
});
afterEach(() => vi.unstubAllGlobals());

const read = (text: string, url = URL_) => handlers['page/reading'].handle({ url, text }, ctx(url));
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
