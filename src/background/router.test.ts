import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { route, senderTier, type Self } from './router';
import { defineHandler, type Handlers } from './define-handler';
import { MESSAGES, type MessageType } from '../shared/messages';

const self: Self = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const page = { id: 'ourid', url: 'chrome-extension://ourid/src/popup/index.html' };
const content = { id: 'ourid', url: 'https://my.alipay.com/portal/i.htm', tab: { id: 7 }, frameId: 0 };

const reading = { url: 'https://my.alipay.com/portal/i.htm', text: '花呗 额度已关闭' };
const tip = { status: 'closed', statusLabel: 'x', explanation: 'y', causes: [], dismissed: false, lang: 'zh' };
const labels = {
  aria: 'a',
  close: 'c',
  likelyCauses: 'l',
  commonCauses: 'm',
  askThese: 'q',
  openChecklist: 'o',
  saveExhibit: 's',
  saving: 's',
  saved: 's',
  saveFailed: 'f',
  dismiss: 'd',
  privacy: 'p',
};

const answers: Partial<Record<MessageType, unknown>> = {
  'page/reading': { tip: { ...tip, secret: 'must not leak' }, labels, notes: ['nor this'] },
  'page/save-exhibit': { caseId: 'c', exhibitId: 'o' },
  'page/dismiss': { done: true },
  'page/open-checklist': { done: true },
  'ext/site-list': { sites: ['https://ebank.example.cn'] },
  'ext/tab-status': { facts: null },
};

/** A registry of spies: each answers its canned reply (or nothing, which breaks its response schema). */
function handlers(): Handlers {
  const entries = Object.keys(MESSAGES).map((type) => [
    type,
    defineHandler(
      type as MessageType,
      vi.fn(async () => answers[type as MessageType] as never),
    ),
  ]);
  return Object.fromEntries(entries) as Handlers;
}
const spy = (h: Handlers, type: MessageType) => h[type].handle as ReturnType<typeof vi.fn>;

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('senderTier', () => {
  test('our pages are the extension tier, our content scripts the content tier', () => {
    expect(senderTier(page, self)).toBe('extension');
    expect(senderTier(content, self)).toBe('content');
  });
  test('other extensions and senders without a tab or our origin are refused', () => {
    expect(senderTier({ ...page, id: 'other' }, self)).toBeNull();
    expect(senderTier({ id: 'ourid', url: 'https://evil.example/' }, self)).toBeNull();
    expect(senderTier({ id: 'ourid', url: 'chrome-extension://otherid/x.html' }, self)).toBeNull();
    expect(senderTier({}, self)).toBeNull();
  });
});

describe('route', () => {
  test('a valid content message reaches its handler, and the answer is stripped to its schema', async () => {
    const h = handlers();
    const reply = await route({ type: 'page/reading', payload: reading }, content, self, h);
    expect(reply).toEqual({ ok: true, data: { tip, labels } });
    expect(spy(h, 'page/reading')).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
  });

  test.each([
    ['not an object', 'hello'],
    ['null', null],
    ['no type', { payload: {} }],
    ['unknown type', { type: 'page/delete-everything', payload: {} }],
    ['prototype key as type', { type: '__proto__', payload: {} }],
    ['bad status', { type: 'page/dismiss', payload: { host: 'my.alipay.com', status: 'pwned' } }],
    ['javascript: url', { type: 'page/reading', payload: { ...reading, url: 'javascript:alert(1)' } }],
    ['oversized text', { type: 'page/reading', payload: { ...reading, text: 'x'.repeat(5000) } }],
    ['text of the wrong type', { type: 'page/reading', payload: { ...reading, text: ['额度已关闭'] } }],
    ['missing field', { type: 'page/reading', payload: { url: reading.url } }],
    ['bad exhibit', { type: 'page/save-exhibit', payload: { url: reading.url, status: 'closed', text: 5 } }],
  ])('a malformed message (%s) gets {ok:false} and runs nothing', async (_name, message) => {
    const h = handlers();
    const reply = await route(message, content, self, h);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/\w/);
    for (const type of Object.keys(MESSAGES) as MessageType[]) expect(spy(h, type)).not.toHaveBeenCalled();
    // Never silent in the worker: the refusal and its reason are in its console.
    expect(warn).toHaveBeenCalledWith('reopen: rejected', expect.any(String), !reply.ok && reply.error);
  });

  test('a content script cannot send an extension-tier message', async () => {
    const h = handlers();
    const reply = await route({ type: 'ext/tab-status', payload: { tabId: 1 } }, content, self, h);
    expect(reply).toEqual({ ok: false, error: 'ext/tab-status is not allowed from a web page' });
    expect(spy(h, 'ext/tab-status')).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('reopen: rejected', 'ext/tab-status', 'ext/tab-status is not allowed from a web page');
  });

  test('an extension page may send both tiers', async () => {
    const h = handlers();
    expect((await route({ type: 'ext/site-list', payload: {} }, page, self, h)).ok).toBe(true);
    expect((await route({ type: 'page/dismiss', payload: { host: 'a.b', status: 'closed' } }, page, self, h)).ok).toBe(true);
  });

  test('a foreign sender is refused before parsing', async () => {
    const h = handlers();
    const reply = await route({ type: 'ext/site-list', payload: {} }, { id: 'evil', url: 'chrome-extension://evil/' }, self, h);
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
    expect(spy(h, 'ext/site-list')).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('reopen: rejected', 'ext/site-list', 'sender not allowed');
  });

  test('a throwing handler becomes {ok:false}, never an exception', async () => {
    const h = handlers();
    spy(h, 'ext/site-list').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(route({ type: 'ext/site-list', payload: {} }, page, self, h)).resolves.toEqual({ ok: false, error: 'disk on fire' });
    expect(warn).toHaveBeenCalledWith('reopen: rejected', 'ext/site-list', 'disk on fire');
  });

  test('a bilingual failure (a storage error) reaches the page in the UI language', async () => {
    const h = handlers();
    const failure = Object.assign(new Error('Case x does not exist'), { text: { zh: '找不到案件 x', en: 'Case x does not exist' } });
    spy(h, 'ext/site-list').mockRejectedValueOnce(failure);
    // Outside an extension the UI language is the default locale, zh_CN.
    await expect(route({ type: 'ext/site-list', payload: {} }, page, self, h)).resolves.toEqual({ ok: false, error: '找不到案件 x' });
  });

  test('a handler answer that breaks its schema is not passed on', async () => {
    const h = handlers();
    spy(h, 'ext/site-list').mockResolvedValueOnce({ sites: [42] });
    const reply = await route({ type: 'ext/site-list', payload: {} }, page, self, h);
    expect(reply).toEqual({ ok: false, error: 'internal error: bad ext/site-list response' });
  });
});
