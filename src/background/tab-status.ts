// What the content script last saw in each tab, for the popup: kept in
// storage.session, the worker's memory across restarts, which content scripts
// cannot read (README.md#permissions-and-why, `storage`).
import { browser } from '../shared/browser';
import type { PageFacts } from '../shared/messages';

const tabKey = (tabId: number): string => `tab:${tabId}`;

export async function rememberTab(tabId: number, facts: PageFacts): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: facts });
}

/** What the tab showed last; the router re-checks it against PageFactsSchema before it leaves the worker. */
export async function tabFacts(tabId: number): Promise<PageFacts | undefined> {
  const stored = await browser.storage.session.get(tabKey(tabId));
  return stored[tabKey(tabId)] as PageFacts | undefined;
}

/** Forgets what the content script saw in a tab once it navigates away or closes. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}
