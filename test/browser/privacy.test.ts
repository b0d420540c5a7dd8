// What a lender or complaint page can learn through our content script, even
// a compromised one sending whatever it likes on the content tier: never the
// user's answers, never the words of their notes, never another origin's data.
import { describe, expect, test } from 'vitest';
import { fixture, sendFromExtensionPage, useSession } from './harness';

const SECRET = '我在别家有逾期（私密备注）';
let caseId = '';

const suite = useSession({}, async (session) => {
  await session.route('https://personalweb.alipay.com/**', { path: fixture('lenders/alipay-portal/closed-no-line.html') });
  await session.route(
    'https://tousu.sina.com.cn/**',
    '<!doctype html><meta charset="utf-8"><title>发起投诉</title><form action="/complaint/create"><input id="title"><textarea id="body"></textarea></form>',
  );
  const ext = await session.openExtensionPage('src/popup/index.html');
  const started = (await sendFromExtensionPage(ext, { type: 'ext/case-start', payload: { product: 'huabei', status: 'closed' } })) as {
    ok: true;
    data: { case: { id: string } };
  };
  caseId = started.data.case.id;
  await sendFromExtensionPage(ext, {
    type: 'ext/case-update',
    payload: { caseId, patch: { answers: { q_overdue: 'other', q_fund_use: 'house_stock' }, accountRef: '6222020000000123' } },
  });
  await sendFromExtensionPage(ext, { type: 'ext/note-add', payload: { caseId, channel: 'phone', text: SECRET, ref: 'T-778899' } });
  await ext.close();
});

describe('what the page side can obtain', () => {
  test('the tip is built from the page alone: none of the user’s answers appear in it', async () => {
    const page = await suite.session.newPage();
    suite.pages.push(page);
    await page.goto('https://personalweb.alipay.com/portal/i.htm');
    await page.locator('reopen-tip').waitFor({ state: 'attached' });
    const answer = (await suite.session.inContentScript(
      page,
      `chrome.runtime.sendMessage({type: 'page/reading', payload: {url: location.href, text: '花呗 额度已关闭'}})`,
    )) as { ok: boolean; data: { tip: unknown } };
    expect(answer.ok).toBe(true);
    const tip = JSON.stringify(answer.data.tip);
    expect(tip).toContain('closed');
    expect(tip).not.toMatch(/你回答：|You answered:|买房|逾期过/);
  });

  test('insertion texts for a page carry ticket numbers but never the words of notes, and no letter on a public site', async () => {
    const page = await suite.session.newPage();
    suite.pages.push(page);
    await page.goto('https://tousu.sina.com.cn/complaint/create');
    await page.locator('#body').waitFor();
    const menu = (await suite.session.inContentScript(page, `chrome.runtime.sendMessage({type: 'page/insert-menu', payload: {}})`)) as {
      ok: boolean;
      data: { items: { id: string }[] };
    };
    expect(menu.data.items.map((i) => i.id)).toEqual(['heimao.title', 'heimao.description', 'heimao.demand']);
    for (const id of ['heimao.title', 'heimao.description', 'heimao.demand', 'letter', 'regulator']) {
      const reply = (await suite.session.inContentScript(
        page,
        `chrome.runtime.sendMessage({type: 'page/insert-text', payload: {id: '${id}'}})`,
      )) as {
        ok: boolean;
        data?: { text: string };
      };
      if (id === 'letter' || id === 'regulator') {
        expect(reply.ok, id).toBe(false); // not offered on this page, so not given either
        continue;
      }
      expect(reply.ok, id).toBe(true);
      expect(reply.data!.text, id).not.toContain(SECRET);
      expect(reply.data!.text, id).not.toContain('6222020000000123');
    }
  });

  test('a content script cannot speak for another origin', async () => {
    const page = await suite.session.newPage();
    suite.pages.push(page);
    await page.goto('https://tousu.sina.com.cn/complaint/create');
    await page.locator('#body').waitFor();
    const forged = (await suite.session.inContentScript(
      page,
      `chrome.runtime.sendMessage({type: 'page/save-exhibit', payload: {url: 'https://my.alipay.com/portal/i.htm', status: 'closed', text: '额度已关闭'}})`,
    )) as { ok: boolean; error?: string };
    expect(forged).toMatchObject({ ok: false, error: expect.stringMatching(/origin/) });
  });
});
