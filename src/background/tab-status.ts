// What the content script last saw in each tab, for the popup and the tip's
// "save": kept in storage.session, the worker's memory across restarts, which
// content scripts cannot read (README.md#permissions-and-why, `storage`). Each
// reading is tied to the document that sent it (src/background/documents.ts): one
// handled after the tab navigated is dropped, and the popup never shows a
// status for a page the tab no longer shows. What is stored about one tab
// changes in turn, so a "forget" that follows a navigation always runs after a
// reading that arrived before it.
import { browser } from '../shared/browser';
import type { PageFacts } from '../shared/messages';
import { sameDocument, stillShowing, type DocumentRef } from './documents';
import { inTurn } from './in-turn';

const tabKey = (tabId: number): string => `tab:${tabId}`;

interface TabRecord {
  facts: PageFacts;
  from: DocumentRef;
}

async function recordOf(tabId: number): Promise<TabRecord | undefined> {
  const stored = await browser.storage.session.get(tabKey(tabId));
  const record = stored[tabKey(tabId)] as Partial<TabRecord> | undefined;
  return record?.facts && record.from ? (record as TabRecord) : undefined;
}

/** Keeps what a document's reading showed, unless the tab has left that document since the reading arrived. */
export function rememberTab(from: DocumentRef, facts: PageFacts): Promise<boolean> {
  return inTurn(tabKey(from.tabId), async () => {
    if (!(await stillShowing(from))) return false;
    await browser.storage.session.set({ [tabKey(from.tabId)]: { facts, from } satisfies TabRecord });
    return true;
  });
}

/** A reading that said nothing about a line: the tab shows no status, unless it has left that document already. */
export function forgetReading(from: DocumentRef): Promise<void> {
  return inTurn(tabKey(from.tabId), async () => {
    if (await stillShowing(from)) await browser.storage.session.remove(tabKey(from.tabId));
  });
}

/**
 * What the tab shows, for the popup: the reading of the document it still
 * shows (src/background/documents.ts stillShowing), else nothing.
 */
export async function tabFacts(tabId: number): Promise<PageFacts | undefined> {
  const record = await recordOf(tabId);
  return record && (await stillShowing(record.from)) ? record.facts : undefined;
}

/** The last reading of the very document `from` names (the tip's "save" works from it, never from the request). */
export async function readingOf(from: DocumentRef | undefined): Promise<PageFacts | undefined> {
  if (!from) return undefined;
  const record = await recordOf(from.tabId);
  return record && (await sameDocument(record.from, from)) ? record.facts : undefined;
}

/** Forgets what the content script saw in a tab once it navigates away or closes. */
export function forgetTab(tabId: number): Promise<void> {
  return inTurn(tabKey(tabId), () => browser.storage.session.remove(tabKey(tabId)));
}
