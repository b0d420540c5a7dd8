// Shared steps of the popup's real-browser tests (popup.test.ts, popup-a11y.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type Session } from './harness';

/** Every tab id the browser knows, read in the worker (no permission needed for ids). */
async function tabIds(session: Session): Promise<number[]> {
  const worker = await session.worker();
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!).filter((id) => id !== undefined));
}

/**
 * Opens `url` in a new tab and returns the page with its tab id. The id is
 * the one tab that appeared while the page opened: without the "tabs"
 * permission the extension cannot look a tab up by its URL.
 */
export async function openTab(session: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(session));
  const page = await session.newPage();
  await page.goto(url);
  const added = (await tabIds(session)).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  return { page, tabId: added[0]! };
}

/**
 * Opens the popup as a tab. `tabId` uses the popup's documented test hook
 * (?tab=<id>, src/popup/tab.ts): a popup opened as a tab is itself the active tab.
 */
export async function openPopup(session: Session, tabId?: number): Promise<Page> {
  const page = await session.openExtensionPage(`src/popup/index.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await page.getByTestId('tab-status').waitFor();
  return page;
}

/** Picks a product and status and starts a case; resolves once the diagnosis shows (its impacts block). */
export async function startPickedCase(popup: Page, product: string, status: string): Promise<void> {
  await popup.getByTestId('pick-product').selectOption(product);
  await popup.getByTestId('pick-status').selectOption(status);
  await popup.getByTestId('start-case').click();
  await popup.getByTestId('impacts').waitFor();
}

/** Clicks the view tab `view` (tab, diagnosis, questions, checklist, appeal, deadlines). */
export async function showView(popup: Page, view: string): Promise<void> {
  await popup.locator(`#tab-${view}`).click();
  await popup.getByTestId(`panel-${view}`).waitFor();
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page. The extension CSP forbids inline scripts, so
 * addScriptTag cannot work; page.evaluate goes through the DevTools protocol,
 * which the page's CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
