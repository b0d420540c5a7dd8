// What a lender or complaint page can learn through our content script, even
// a compromised one sending whatever it likes on the content tier: never the
// user's answers, never the words of their notes, never another origin's data,
// never another lender's case (README.md#privacy, "Page texts are bound to the
// case you chose"), and never a say in the facts the worker records.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, sendFromExtensionPage, useSession } from './harness';
import { rawDump } from './options-helpers';
import { openPopup, openTab } from './popup-helpers';
import { clickInClosedRoot, waitForClosedRootItem } from '../fixtures/forms/closed-root';

const SECRET = '我在别家有逾期（私密备注）';
const HUABEI_ACCOUNT = '6222020000000123';
const JD_ACCOUNT = '6222020000009876';
const JD_TICKET = 'JD-556677';
const CLOSED_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>我的支付宝</title></head>
<body><main><section class="pcredit-panel"><h3>花呗</h3><p>额度已关闭</p></section></main></body></html>`;

type Reply<T> = { ok: boolean; data?: T; error?: string };
type MenuItem = { id: string; caseName: string; label: string };

const suite = useSession({}, async (session) => {
  await session.route('https://personalweb.alipay.com/**', { path: fixture('lenders/alipay-portal/closed-no-line.html') });
  await session.route('https://my.alipay.com/**', CLOSED_PAGE);
  await session.route('https://example.org/**', '<!doctype html><meta charset="utf-8"><title>别的网站</title><p>一个没有登记的网站</p>');
  await session.route(
    'https://tousu.sina.com.cn/**',
    '<!doctype html><meta charset="utf-8"><title>发起投诉</title><form action="/complaint/create"><input id="title"><textarea id="body"></textarea></form>',
  );
  await session.route(
    'https://cshall.alipay.com/**',
    '<!doctype html><meta charset="utf-8"><title>支付宝客服中心</title><main><form><textarea id="q"></textarea></form></main>',
  );
  const ext = await session.openExtensionPage('src/popup/index.html');
  const send = (type: string, payload: unknown) => sendFromExtensionPage(ext, { type, payload }) as Promise<Reply<unknown>>;
  for (const [caseId, product, lender, account, ticket] of [
    ['hb-case', 'huabei', '支付宝', HUABEI_ACCOUNT, 'T-778899'],
    ['jd-case', 'jd-baitiao', '京东', JD_ACCOUNT, JD_TICKET],
  ] as const) {
    expect((await send('ext/case-start', { caseId, product, status: 'closed', lender })).ok).toBe(true);
    await send('ext/case-update', { caseId, patch: { answers: { q_overdue: 'other', q_fund_use: 'house_stock' }, accountRef: account } });
    await send('ext/note-add', { noteId: `${caseId}-note`, caseId, channel: 'phone', text: SECRET, ref: ticket });
  }
  await ext.close();
});

const inPage = <T>(page: Page, expression: string) => suite.session.inContentScript(page, expression) as Promise<Reply<T>>;

/**
 * What a content script (compromised or not) can do about texts: ask for the
 * picker window. The worker opens it; it is the extension's own page, which
 * the test drives as the user would, by its own messages.
 */
async function pickerFor(page: Page): Promise<{ picker: Page; tabId: number }> {
  const opened = suite.session.ctx.waitForEvent('page', { predicate: (p) => p.url().includes('/src/picker/index.html'), timeout: 15_000 });
  expect(await inPage(page, `chrome.runtime.sendMessage({type: 'page/open-picker', payload: {}})`)).toEqual({
    ok: true,
    data: { done: true },
  });
  const picker = await opened;
  suite.pages.push(picker);
  await picker.waitForLoadState();
  return { picker, tabId: Number(new URL(picker.url()).searchParams.get('tab')) };
}
const menuOf = async ({ picker, tabId }: { picker: Page; tabId: number }): Promise<MenuItem[]> =>
  ((await sendFromExtensionPage(picker, { type: 'ext/picker-menu', payload: { tabId } })) as Reply<{ items: MenuItem[] }>).data!.items;
const textOf = async ({ picker, tabId }: { picker: Page; tabId: number }, id: string) =>
  (await sendFromExtensionPage(picker, { type: 'ext/picker-insert', payload: { tabId, id } })) as Reply<{ text: string }>;

/** Every text the picker can hand the page, one menu per text (a text spends its menu). */
async function everyText(opened: { picker: Page; tabId: number }): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < (await menuOf(opened)).length; i++) {
    const entry = (await menuOf(opened))[i]!;
    const reply = await textOf(opened, entry.id);
    expect(reply.ok, `${entry.caseName} ${entry.label}: ${reply.error}`).toBe(true);
    texts.push(reply.data!.text);
  }
  return texts;
}

const caseIn = async (caseId: string): Promise<{ status?: string }> => {
  const options = await suite.session.openExtensionPage('src/options/index.html');
  suite.pages.push(options);
  return (await rawDump(options)).cases.find((c) => (c as { id: string }).id === caseId) as { status?: string };
};
const exhibitsOf = async (caseId: string): Promise<{ id: string; status: string }[]> => {
  const options = await suite.session.openExtensionPage('src/options/index.html');
  suite.pages.push(options);
  return (await rawDump(options)).exhibits.filter((o) => (o as { caseId: string }).caseId === caseId) as { id: string; status: string }[];
};

describe('what the page side can obtain', () => {
  test('the tip is built from the page alone: none of the user’s answers appear in it', async () => {
    const page = await suite.open('https://personalweb.alipay.com/portal/i.htm');
    await page.locator('reopen-tip').waitFor({ state: 'attached' });
    const answer = await inPage<{ tip: unknown }>(
      page,
      `chrome.runtime.sendMessage({type: 'page/reading', payload: {url: location.href, text: '花呗 额度已关闭'}})`,
    );
    expect(answer.ok).toBe(true);
    const tip = JSON.stringify(answer.data!.tip);
    expect(tip).toContain('closed');
    expect(tip).not.toMatch(/你回答：|You answered:|买房|逾期过/);
  });

  test('a JD 白条 case never reaches an Alipay form: the help hall is offered the Alipay case only', async () => {
    const page = await suite.open('https://cshall.alipay.com/help/index.htm', '#q');
    const opened = await pickerFor(page);
    const menu = await menuOf(opened);
    expect(menu.length).toBeGreaterThan(0);
    expect([...new Set(menu.map((i) => i.caseName))]).toEqual(['支付宝 · 花呗']);
    const texts = await everyText(opened);
    expect(texts).toHaveLength(menu.length);
    for (const text of texts) for (const leak of ['京东', '白条', JD_ACCOUNT, JD_TICKET, SECRET]) expect(text).not.toContain(leak);
  });

  test('a complaint site names every case by lender and product; its texts carry no account, ticket or note words', async () => {
    const page = await suite.open('https://tousu.sina.com.cn/complaint/create', '#body');
    const opened = await pickerFor(page);
    const menu = await menuOf(opened);
    expect([...new Set(menu.map((i) => i.caseName))].sort()).toEqual(['京东 · 京东白条', '支付宝 · 花呗']);
    expect(menu.map((i) => i.label)).toContain('黑猫投诉 · 投诉描述');
    for (const text of await everyText(opened))
      for (const leak of [SECRET, HUABEI_ACCOUNT, JD_ACCOUNT, JD_TICKET, 'T-778899']) expect(text).not.toContain(leak);
  });

  test('a content script that opens the picker itself gets no list and no text, and nothing enters the page, until the user clicks there', async () => {
    const page = await suite.open('https://tousu.sina.com.cn/complaint/create', '#body');
    await page.focus('#body');
    const opened = await pickerFor(page);
    const [entry] = await menuOf(opened);
    expect(entry).toBeDefined();
    // The content tier has no message that lists entries or returns a text (the old menu and text messages are gone),
    // and the picker's own messages are refused from a page.
    for (const [type, payload] of [
      ['page/insert-menu', {}],
      ['page/insert-text', { id: entry!.id }],
      ['ext/picker-menu', { tabId: opened.tabId }],
      ['ext/picker-insert', { tabId: opened.tabId, id: entry!.id }],
    ] as const) {
      const reply = await inPage<unknown>(page, `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`);
      expect(reply.ok, type).toBe(false);
      expect(reply.data, type).toBeUndefined();
    }
    expect(await page.inputValue('#body')).toBe('');
    // The token the picker holds still works from the picker: it was refused for who sent it.
    const chosen = await textOf(opened, entry!.id);
    expect(chosen.ok).toBe(true);
    expect(chosen.data!.text.length).toBeGreaterThan(5);
  });

  test('a content script cannot speak for another origin', async () => {
    const page = await suite.open('https://tousu.sina.com.cn/complaint/create', '#body');
    const forged = await inPage(
      page,
      `chrome.runtime.sendMessage({type: 'page/save-exhibit', payload: {id: 'forged-origin', url: 'https://my.alipay.com/portal/i.htm', status: 'closed', text: '额度已关闭'}})`,
    );
    expect(forged.ok).toBe(false);
    expect((await exhibitsOf('hb-case')).map((o) => o.id)).not.toContain('forged-origin');
  });
});

describe('the worker derives the facts', () => {
  test('a content script cannot set a case to normal on a 额度已关闭 page', async () => {
    const page = await suite.open('https://my.alipay.com/portal/i.htm');
    await page.locator('reopen-tip').waitFor({ state: 'attached' });
    const saved = await inPage<{ exhibitId: string }>(
      page,
      `chrome.runtime.sendMessage({type: 'page/save-exhibit', payload: {id: 'forged-normal', url: location.href, status: 'normal', text: '额度正常'}})`,
    );
    expect(saved).toMatchObject({ ok: true, data: { exhibitId: 'forged-normal' } });
    expect((await caseIn('hb-case')).status).toBe('closed');
    const exhibit = (await exhibitsOf('hb-case')).find((o) => o.id === 'forged-normal');
    expect(exhibit).toMatchObject({ status: 'closed' });
    expect(JSON.stringify(exhibit)).not.toContain('额度正常');
  });

  test('300 saves in a burst store a handful; the tip’s save then says why it did not save', async () => {
    const page = await suite.open('https://my.alipay.com/portal/i.htm');
    await page.locator('reopen-tip').waitFor({ state: 'attached' });
    const before = (await exhibitsOf('hb-case')).length;
    const replies = await inPage<never>(
      page,
      `Promise.all(Array.from({length: 300}, (_, i) => chrome.runtime.sendMessage({type: 'page/save-exhibit', payload: {id: 'burst-' + i}})))`,
    );
    const all = replies as unknown as Reply<unknown>[];
    const stored = all.filter((r) => r.ok).length;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThanOrEqual(5);
    for (const refused of all.filter((r) => !r.ok)) expect(refused.error).toMatch(/太频繁/);
    expect((await exhibitsOf('hb-case')).length - before).toBe(stored);
    await clickInClosedRoot(page, 'reopen-tip', /存入我的案卷/);
    const items = await waitForClosedRootItem(page, 'reopen-tip', /保存得太频繁/);
    expect(items.some((i) => /保存失败/.test(i.text))).toBe(true);
  });
});

describe('readings tied to their document', () => {
  test('readings still in flight when the tab leaves the page are dropped: the next, unlisted site shows no status', async () => {
    const { page, tabId } = await openTab(suite.session, 'https://my.alipay.com/portal/i.htm');
    suite.pages.push(page);
    await page.locator('reopen-tip').waitFor({ state: 'attached' });
    const popup = await openPopup(suite.session, tabId);
    suite.pages.push(popup);
    await expect.poll(() => popup.getByTestId('tab-status').getAttribute('data-status')).toBe('closed');
    await popup.close();
    // Readings sent and, without waiting for any answer, the tab leaves.
    await inPage(
      page,
      `(() => { for (let i = 0; i < 40; i++) chrome.runtime.sendMessage({type: 'page/reading', payload: {url: location.href, text: '花呗 额度已关闭'}}).catch(() => {}); location.href = 'https://example.org/'; return true; })()`,
    ).catch(() => undefined);
    await page.waitForURL('https://example.org/');
    const worker = await suite.session.worker();
    const record = () => worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);
    // The worker hears of the navigation a moment after the page has moved on: its record of the old page goes then.
    await expect.poll(record).toBeNull();
    // Asked several times while the readings sent before the navigation drain: the record never comes back.
    for (let i = 0; i < 10; i++) expect(await record(), `check ${i}`).toBeNull();
    const next = await openPopup(suite.session, tabId);
    suite.pages.push(next);
    await expect.poll(() => next.getByTestId('tab-status').getAttribute('data-status')).toBe('none');
    expect(await next.getByTestId('tab-status').textContent()).not.toContain('额度已被关闭');
  });
});
