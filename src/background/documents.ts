// Which document of a tab a content-script message comes from, so that what a
// page said cannot outlive it (docs/trust-model.md#worker-derives-facts).
// Chromium names the sending document (MessageSender.documentId, Chrome 106+);
// Firefox does not, so every tab also has a navigation count, bumped when the
// tab starts loading something else or changes its address. What a message
// leaves behind (the tab's status, a menu's choice tokens) is kept only while
// the count is the one it arrived with and the tab still shows the address it
// was sent from; the document id, where the browser gives one, is kept with it
// so that only that document can use it.
import { browser } from '../shared/browser';
import type { Context } from './define-handler';

/** Where a message came from, and the tab's navigation count when it arrived. */
export interface DocumentRef {
  tabId: number;
  frameId: number;
  documentId?: string;
  /** The sending frame's address as the browser reports it (sender.url). */
  url?: string;
  nav: number;
}

// Kept in storage.session too, so a worker woken after ~30 s idle
// (docs/trust-model.md#worker-lifetime) still knows the count a token was minted with.
const navKey = (tabId: number): string => `nav:${tabId}`;
const counts = new Map<number, Promise<{ nav: number }>>();

/** The tab's count record; one object per tab per worker life, so a bump is seen at once by every handler in flight. */
function countOf(tabId: number): Promise<{ nav: number }> {
  let found = counts.get(tabId);
  if (!found) {
    found = browser.storage.session
      .get(navKey(tabId))
      .then((stored) => ({ nav: typeof stored[navKey(tabId)] === 'number' ? (stored[navKey(tabId)] as number) : 0 }))
      .catch(() => ({ nav: 0 }));
    counts.set(tabId, found);
  }
  return found;
}

/** The tab started loading another document or changed its address. */
export async function navigated(tabId: number): Promise<void> {
  const count = await countOf(tabId);
  count.nav += 1;
  await browser.storage.session.set({ [navKey(tabId)]: count.nav });
}

/** The tab closed. */
export async function tabClosed(tabId: number): Promise<void> {
  counts.delete(tabId);
  await browser.storage.session.remove(navKey(tabId));
}

/** The document a content-script message came from; undefined for extension pages and tabless senders. */
export async function documentOf(ctx: Context): Promise<DocumentRef | undefined> {
  if (ctx.tier !== 'content' || ctx.tabId === undefined) return undefined;
  const { nav } = await countOf(ctx.tabId);
  return {
    tabId: ctx.tabId,
    frameId: ctx.frameId ?? 0,
    ...(ctx.sender.documentId ? { documentId: ctx.sender.documentId } : {}),
    ...(ctx.sender.url ? { url: ctx.sender.url } : {}),
    nav,
  };
}

/** An address without its fragment: a hash change is not another page. */
const page = (url: string | undefined): string | undefined => url?.split('#')[0];

/**
 * Whether the tab still shows what `ref` was sent from: no navigation since
 * the message arrived, and, where we can see the tab's address (a site the
 * user added, or after a click with activeTab; content-script matches alone
 * do not show it), that address is the sender's. A closed tab has left.
 */
export async function stillShowing(ref: DocumentRef): Promise<boolean> {
  if ((await countOf(ref.tabId)).nav !== ref.nav) return false;
  const tab = await browser.tabs.get(ref.tabId).catch(() => undefined);
  if (!tab) return false;
  return tab.url === undefined || (ref.url !== undefined && page(tab.url) === page(ref.url));
}

/** The same document as `ref`: same tab and frame, the same document id where the browser gives one, no navigation since. */
export async function sameDocument(ref: DocumentRef, now: DocumentRef | undefined): Promise<boolean> {
  if (!now || now.tabId !== ref.tabId || now.frameId !== ref.frameId || now.documentId !== ref.documentId) return false;
  return (await countOf(ref.tabId)).nav === ref.nav && now.nav === ref.nav;
}
