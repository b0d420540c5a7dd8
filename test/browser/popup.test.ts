// README.md#appeal-text, the toolbar popup in real Chromium: a status detected on a lender
// page, the whole flow of a distressed user (no status → start a case →
// answer two questions → the diagnosis changes → copy → insert into the
// complaint form), refusals, maxlength, and keyboard-only use of the tabs.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertInvariants, fixture, launch, sendFromExtensionPage, type Session } from './harness';
import { openPopup, openTab, showView, startPickedCase } from './popup-helpers';

// A plain complaint form on a listed site (the content script runs there).
const FORM_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>发起投诉</title></head>
<body><form action="/complaint/submit" onsubmit="window.__submitted = true; return false">
<label>投诉内容 <textarea id="body" name="body"></textarea></label>
<label>标题 <textarea id="short" maxlength="60"></textarea></label>
<label>密码 <input id="pw" type="password"></label>
<label>只读 <textarea id="ro" readonly>x</textarea></label>
<button type="submit">提交</button></form></body></html>`;

let session: Session;
let pages: Page[] = [];

beforeAll(async () => {
  session = await launch();
  await session.route('https://tousu.sina.com.cn/**', FORM_PAGE);
  await session.route('https://personalweb.alipay.com/**', { path: fixture('lenders/alipay-portal/closed-no-line.html') });
  // So the test can read the clipboard back. Chromium refuses an origin-scoped
  // grant for chrome-extension:// ("opaque origin"), so it is context-wide;
  // the popup itself needs no permission to write from a click.
  await session.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async () => {
  await assertInvariants(session, pages);
  for (const p of pages) await p.close().catch(() => undefined);
  pages = [];
});
afterAll(async () => session?.close());

const causeIds = (popup: Page): Promise<string[]> =>
  popup.getByTestId('cause').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause') ?? ''));

describe('popup in Chromium', () => {
  test('shows the status detected on a lender page, with its evidence, and starts a case from it', async () => {
    const { page, tabId } = await openTab(session, 'https://personalweb.alipay.com/portal/i.htm');
    pages.push(page);
    await expect(page.locator('reopen-tip').getAttribute('data-reopen-status', { timeout: 10_000 })).resolves.toBe('closed');
    const popup = await openPopup(session, tabId);
    pages.push(popup);
    await expect.poll(() => popup.getByTestId('tab-status').getAttribute('data-status')).toBe('closed');
    await expect.poll(() => popup.getByTestId('tab-status').textContent()).toContain('额度已被关闭');
    expect(await popup.getByTestId('tab-evidence').locator('li').count()).toBeGreaterThan(0);

    await popup.getByTestId('start-from-tab').click();
    await popup.getByTestId('impacts').waitFor();
    expect(await popup.locator('#tab-diagnosis').getAttribute('aria-selected')).toBe('true');
    const title = await popup.getByTestId('current-case').textContent();
    expect(title).toContain('额度已被关闭');
    // A status and no answers: what it usually means, nothing ranked as likely, the common causes unranked and
    // none of them one that accuses the user.
    await popup.getByTestId('meaning').waitFor();
    expect(await causeIds(popup)).toEqual([]);
    const common = await popup.getByTestId('common-cause').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause') ?? ''));
    expect(common.length).toBeGreaterThan(1);
    for (const accusing of ['cash-out', 'fund-use', 'overdue', 'multi-lending', 'large-withdrawals'])
      expect(common).not.toContain(accusing);
    // What this means for you: the two impacts of a personal user and the four strategies.
    const impacts = popup.getByTestId('impacts');
    expect(await impacts.getByTestId('impact').evaluateAll((els) => els.map((e) => e.getAttribute('data-impact')))).toEqual(
      expect.arrayContaining(['credit-record', 'financing-access']),
    );
    expect(await impacts.getByTestId('strategy').evaluateAll((els) => els.map((e) => e.getAttribute('data-strategy')))).toEqual([
      'ask-reason',
      'improve-credit-behaviour',
      'diversify-financing',
      'plan-next-months',
    ]);
    expect(await impacts.textContent()).toContain('这对我意味着什么');
    // Nothing answered yet, and the popup says so.
    await expect.poll(() => popup.getByTestId('unanswered').textContent()).toContain('12 / 12');
    // The case was stored by the worker, with the page's evidence as an exhibit.
    const list = (await sendFromExtensionPage(popup, { type: 'ext/case-list', payload: {} })) as {
      ok: true;
      data: { cases: { id: string; status?: string }[] };
    };
    expect(list.data.cases.some((c) => c.status === 'closed')).toBe(true);
  });

  test('no status → start a case → two answers change the diagnosis → copy → insert into the form', async () => {
    const { page, tabId } = await openTab(session, 'https://tousu.sina.com.cn/complaint/new/');
    pages.push(page);
    await page.locator('#body').focus();
    const popup = await openPopup(session, tabId);
    pages.push(popup);
    await expect.poll(() => popup.getByTestId('tab-status').getAttribute('data-status')).toBe('none');

    await startPickedCase(popup, 'jiebei', 'closed');
    // A status alone ranks nothing as likely.
    const before = await causeIds(popup);
    expect(before).toEqual([]);

    await showView(popup, 'questions');
    await popup.getByTestId('question-q_overdue').getByLabel('同一平台的其他产品逾期过', { exact: false }).check();
    await expect.poll(() => popup.getByTestId('answered-count').textContent()).toContain('1 / 12');
    await popup.getByTestId('question-q_applications').getByLabel('近 3 个月在 4 家以上机构申请过借款或信用卡').check();
    await expect.poll(() => popup.getByTestId('answered-count').textContent()).toContain('2 / 12');

    await showView(popup, 'diagnosis');
    await popup.getByTestId('causes').waitFor();
    await expect.poll(() => causeIds(popup)).not.toEqual(before);
    // Each answer is evidence for its own cause, and each cause says which answer supports it.
    expect((await causeIds(popup)).sort()).toEqual(['multi-lending', 'overdue']);
    await expect
      .poll(() => popup.locator('[data-testid=cause][data-cause=overdue]').getByTestId('evidence').textContent())
      .toContain('你回答：同一平台的其他产品逾期过');
    await expect.poll(() => popup.getByTestId('unanswered').textContent()).toContain('10 / 12');

    // Copy: the clipboard holds exactly the (edited) preview.
    await showView(popup, 'appeal');
    const area = popup.getByTestId('text-body');
    await area.waitFor();
    const generated = await area.inputValue();
    expect(generated.length).toBeGreaterThan(20);
    expect(generated.length).toBeLessThanOrEqual(300); // the chat variant's limit
    const edited = `${generated}\n谢谢。`;
    await area.fill(edited);
    await popup.getByTestId('copy-body').click();
    await expect.poll(() => popup.getByTestId('appeal-status').textContent()).toContain('已复制');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    await popup.getByTestId('record-note').click();
    await popup.getByText('已记到案卷时间线').waitFor();

    // Insert into the page's focused textarea: the page's value is the chosen text; nothing is submitted.
    await popup.getByTestId('insert-body').click();
    await popup.getByText('已填入', { exact: false }).waitFor();
    expect(await page.locator('#body').inputValue()).toBe(edited);
    expect(await page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted ?? false)).toBe(false);
    await popup.getByTestId('record-note').click();
    await popup.getByText('已记到案卷时间线').waitFor();

    // Nothing lost: a fresh extension page reads back the answers the popup saved.
    const caseId = await popup.evaluate(async () => (await chrome.storage.session.get('popup:caseId'))['popup:caseId'] as string);
    const fresh = await session.openExtensionPage('src/options/index.html');
    pages.push(fresh);
    const got = (await sendFromExtensionPage(fresh, { type: 'ext/case-get', payload: { caseId } })) as {
      ok: true;
      data: { case: { product: string; status: string; answers: Record<string, string> } };
    };
    expect(got.data.case).toMatchObject({
      product: 'jiebei',
      status: 'closed',
      answers: { q_overdue: 'same_group', q_applications: 'many' },
    });
  });

  test('reopening the popup remembers the chosen case; ticks, dates and the deadline are saved', async () => {
    const popup = await openPopup(session);
    pages.push(popup);
    // The case chosen in the previous test is current again (storage.session).
    await popup.getByTestId('current-case').waitFor();
    await showView(popup, 'checklist');
    const progress = popup.getByTestId('checklist-progress');
    const total = Number(/\/ (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    await popup.getByTestId('group-gather').getByRole('checkbox').first().check();
    await expect.poll(() => progress.textContent()).toContain(`1 / ${total}`);

    await showView(popup, 'deadlines');
    const today = new Date();
    const day = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    const filed = day(new Date(today.getTime() - 5 * 86_400_000));
    await popup.getByTestId('date-lenderComplaint').fill(filed);
    await expect.poll(() => popup.getByTestId('next-deadline').getAttribute('data-state')).toBe('waiting');
    await expect.poll(() => popup.getByTestId('next-deadline').textContent()).toContain('还剩 10 天');
    await expect.poll(() => popup.getByTestId('deadline-next').textContent()).toContain('到期还没有答复怎么办');

    // Re-read through a fresh popup: the tick and the date were stored.
    const again = await openPopup(session);
    pages.push(again);
    await again.getByTestId('current-case').waitFor();
    await showView(again, 'checklist');
    await expect.poll(() => again.getByTestId('checklist-progress').textContent()).toContain(`1 / ${total}`);
    await showView(again, 'deadlines');
    await expect.poll(() => again.getByTestId('date-lenderComplaint').inputValue()).toBe(filed);
  });

  test('insertion refuses password and read-only fields, and respects maxlength', async () => {
    const { page, tabId } = await openTab(session, 'https://tousu.sina.com.cn/complaint/new/');
    pages.push(page);
    const popup = await openPopup(session, tabId);
    pages.push(popup);
    await popup.getByTestId('current-case').waitFor();
    // "Scan this page" reaches the tab's content script; a complaint form has no status.
    await popup.getByTestId('scan').click();
    await popup.getByText('已重新扫描当前页面').waitFor();
    await expect.poll(() => popup.getByTestId('tab-status').getAttribute('data-status')).toBe('none');
    await showView(popup, 'appeal');
    await popup.getByTestId('text-body').waitFor();

    // No field focused.
    await popup.getByTestId('insert-body').click();
    await expect.poll(() => popup.getByTestId('insert-refused').textContent()).toContain('没有选中的输入框');

    await page.locator('#pw').focus();
    await popup.getByTestId('insert-body').click();
    await expect.poll(() => popup.getByTestId('insert-refused').textContent()).toContain('密码框');
    expect(await page.locator('#pw').inputValue()).toBe('');

    await page.locator('#ro').focus();
    await popup.getByTestId('insert-body').click();
    await expect.poll(() => popup.getByTestId('insert-refused').textContent()).toContain('只读');

    // maxlength 60: a shorter variant that fits, or the count and a warning before cutting.
    await page.locator('#short').focus();
    await popup.getByTestId('insert-body').click();
    const choice = popup.getByRole('button', { name: /填入较短版本|仍然填入前 60 字/ });
    await choice.waitFor();
    const warning = await popup.getByTestId('appeal-status').textContent();
    expect(warning).toMatch(/60/);
    expect(await page.locator('#short').inputValue()).toBe(''); // nothing happens before the user chooses
    await choice.click();
    await popup.getByText('已填入', { exact: false }).waitFor();
    const value = await page.locator('#short').inputValue();
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(60);
  });

  test('keyboard only: arrow keys move between the view tabs and focus stays visible', async () => {
    const popup = await openPopup(session);
    pages.push(popup);
    await popup.locator('#tab-tab').focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.locator('#tab-diagnosis').getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-diagnosis');
    await popup.keyboard.press('End');
    await expect.poll(() => popup.locator('#tab-deadlines').getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.locator('#tab-tab').getAttribute('aria-selected')).toBe('true');
    // Focus is drawn (base.css :focus-visible outline).
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    // Only the selected tab is in the Tab order (roving tabindex).
    expect(await popup.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
  });
});
