// The Sources page (依据与来源 / Sources, src/sources): it lists every entry of
// the catalogue under an anchor equal to its id; a source link in the popup's
// diagnosis opens that entry; the print view's source lines link there too;
// axe-core finds 0 violations on the page, in zh_CN light and en dark.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SOURCES } from '../../src/rules/kb/sources';
import { useSession, type Session } from './harness';
import { axeViolations, openPopup, startPickedCase } from './popup-helpers';

const PAGE = 'src/sources/index.html';

/** A page the extension opened itself (a link with target=_blank), watched for errors like the others. */
async function opened(session: Session, click: () => Promise<void>): Promise<Page> {
  const [page] = await Promise.all([session.ctx.waitForEvent('page'), click()]);
  page.on('pageerror', (e) => session.errors.push(`pageerror(${page.url()}): ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') session.errors.push(`console(${page.url()}): ${m.text()}`);
  });
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** The entry ids the page shows, in page order. */
const entryIds = (page: Page): Promise<string[]> => page.locator('[data-testid="source-entry"]').evaluateAll((els) => els.map((e) => e.id));

/** Whether the element's top edge is inside the viewport (it was scrolled to). */
const inView = (page: Page, id: string): Promise<boolean> =>
  page.evaluate((x) => {
    const r = document.getElementById(x)!.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  }, id);

describe.each([
  { lang: 'zh-CN', colorScheme: 'light' },
  { lang: 'en', colorScheme: 'dark' },
] as const)('Sources page ($lang, $colorScheme)', ({ lang, colorScheme }) => {
  const suite = useSession({ lang, colorScheme });

  test('lists every catalogue source with its citation, level and what it supports', async () => {
    const page = await suite.session.openExtensionPage(PAGE);
    suite.pages.push(page);
    await page.getByTestId('source-entry').first().waitFor();
    expect(await entryIds(page)).toEqual(SOURCES.map((s) => s.id));
    const ui = lang === 'en' ? 'en' : 'zh';
    for (const s of SOURCES) {
      const entry = page.locator(`[id="${s.id}"]`);
      const text = (await entry.textContent()) ?? '';
      expect(text, s.id).toContain(s.cite[ui]);
      expect(text, s.id).toContain(s.supports[ui]);
      expect(await entry.getAttribute('data-level')).toBe(s.level);
      const urls = await entry.getByTestId('source-url').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(urls).toEqual(s.url ? [s.url] : []);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a source link in the popup diagnosis opens its entry, and the print view links there too', async () => {
    const popup = await openPopup(suite.session);
    suite.pages.push(popup);
    await startPickedCase(popup, 'jiebei', 'closed');
    const link = popup.getByTestId('impacts').getByTestId('sources').first().locator('a[data-source]').first();
    const id = (await link.getAttribute('data-source'))!;
    expect(SOURCES.map((s) => s.id)).toContain(id);
    expect(await link.textContent()).toBe(SOURCES.find((s) => s.id === id)!.cite[lang === 'en' ? 'en' : 'zh']);

    const entryPage = await opened(suite.session, () => link.click());
    suite.pages.push(entryPage);
    expect(entryPage.url()).toBe(`${suite.session.origin}${PAGE}#${id}`);
    const entry = entryPage.locator(`[id="${id}"]`);
    await entry.and(entryPage.locator('[aria-current="true"]')).waitFor();
    expect(await entryPage.locator('[aria-current="true"]').count()).toBe(1);
    await expect.poll(() => inView(entryPage, id)).toBe(true);
    // It is an entry far down the page: the jump was to it, not a page that fits the screen.
    expect(await entryPage.evaluate((x) => document.getElementById(x)!.offsetTop > innerHeight, id)).toBe(true);

    // The print view of the same case (options page): every source line links to its entry.
    const caseId = (await popup.evaluate(async () => (await chrome.storage.session.get('popup:caseId'))['popup:caseId'])) as string;
    const print = await suite.session.openExtensionPage(`src/options/index.html#print=${caseId}`);
    suite.pages.push(print);
    await print.getByTestId('print-view').waitFor();
    const links = await print
      .locator('.options-sources a[data-source]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-source'), e.getAttribute('href')]));
    expect(links.length).toBeGreaterThan(0);
    for (const [source, href] of links) {
      expect(SOURCES.map((s) => s.id)).toContain(source);
      expect(href).toBe(`/${PAGE}#${source}`);
    }
  });
});
