// README.md#appeal-text: axe-core (the npm package, injected into the popup page) finds no
// violations on any popup view, in zh_CN and en, light and dark. Each
// configuration launches its own browser: the UI language and the colour
// scheme are browser settings.
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertInvariants, fixture, launch, type Session } from './harness';
import { axeViolations, openPopup, openTab, showView } from './popup-helpers';

const CONFIGS = [
  { lang: 'zh-CN', colorScheme: 'light' },
  { lang: 'zh-CN', colorScheme: 'dark' },
  { lang: 'en', colorScheme: 'light' },
  { lang: 'en', colorScheme: 'dark' },
] as const;

const VIEWS = ['diagnosis', 'questions', 'checklist', 'appeal', 'deadlines'] as const;

let session: Session | undefined;
let pages: Page[] = [];

afterEach(async () => {
  if (session) await assertInvariants(session, pages);
  await session?.close();
  session = undefined;
  pages = [];
});

describe.each(CONFIGS)('popup accessibility ($lang, $colorScheme)', ({ lang, colorScheme }) => {
  test('axe-core finds 0 violations on every view', async () => {
    session = await launch({ lang, colorScheme });
    await session.route('https://personalweb.alipay.com/**', { path: fixture('lenders/alipay-portal/closed-no-line.html') });
    const { page, tabId } = await openTab(session, 'https://personalweb.alipay.com/portal/i.htm');
    pages.push(page);
    await page.locator('reopen-tip').waitFor({ state: 'attached', timeout: 10_000 });

    const popup = await openPopup(session, tabId);
    pages.push(popup);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    await popup.getByTestId('start-from-tab').waitFor();
    const results: Record<string, string[]> = { 'this tab (detected status)': await axeViolations(popup) };

    await popup.getByTestId('start-from-tab').click();
    await popup.getByTestId('impacts').waitFor();
    // Some answers, so evidence, dates and the answered state are on screen too.
    await showView(popup, 'questions');
    await popup.getByTestId('question-q_overdue').locator('input[value="same_group"]').check();
    await popup.getByTestId('question-q_contacted').locator('input[value="complained"]').check();
    await popup.getByTestId('question-q_contacted').locator('input[type="date"]').waitFor();

    for (const view of VIEWS) {
      await showView(popup, view);
      if (view === 'appeal') await popup.getByTestId('text-body').waitFor();
      if (view === 'diagnosis') await popup.getByTestId('causes').waitFor();
      results[view] = await axeViolations(popup);
      if (view === 'appeal') {
        // The after-copy state (confirmation and the timeline offer).
        await popup.getByTestId('copy-body').click();
        await popup.getByTestId('record-note').waitFor();
        results['appeal (copied)'] = await axeViolations(popup);
      }
    }
    // The case picker on the first view, now that a case exists.
    await showView(popup, 'tab');
    await popup.getByTestId('case-picker').waitFor();
    results['this tab (case chosen)'] = await axeViolations(popup);

    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((k) => [k, []])));
  });
});
