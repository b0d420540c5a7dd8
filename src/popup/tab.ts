// The popup's reach into the current tab. activeTab grants it only after the
// user clicked the toolbar button, and only for this tab
// (docs/trust-model.md#permissions): no host permission is needed for the generic scan or insert.
import { browser } from '../shared/browser';
import type { FieldInfo, InsertResult, ToContent } from '../shared/to-content';

/**
 * The tab the popup works on: the active tab of its window. Test/debug hook:
 * `index.html?tab=<id>` targets another tab, because a popup opened as a tab
 * (real-browser tests, the demo) is itself the active tab. The hook grants
 * nothing: without activeTab the popup still reaches only tabs where our
 * content script already runs (the listed sites).
 */
export async function activeTabId(): Promise<number | undefined> {
  const hook = new URLSearchParams(location.search).get('tab');
  if (hook !== null && /^\d{1,10}$/.test(hook)) return Number(hook);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The built content script file, read from the manifest so it never drifts from the build. */
function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('no content script in the manifest');
  return file;
}

/**
 * Makes sure our content script runs in the tab (it already does on listed
 * sites; elsewhere this injects it: generic mode) and sends it one message.
 */
export async function toContent<R>(tabId: number, message: ToContent): Promise<R> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as R;
  } catch {
    // No listener yet: inject (top frame; same-origin frames are read from there).
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] });
    return (await browser.tabs.sendMessage(tabId, message)) as R;
  }
}

export const scanTab = (tabId: number): Promise<{ done: boolean }> => toContent(tabId, { type: 'content/scan' });
export const fieldInfo = (tabId: number): Promise<FieldInfo> => toContent(tabId, { type: 'content/field-info' });
export const insertText = (tabId: number, text: string): Promise<InsertResult> => toContent(tabId, { type: 'content/insert', text });

/**
 * The https origin of the tab, when the browser lets us see its URL (after the
 * user's click, activeTab does; on listed sites our host access does).
 */
export async function tabOrigin(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url && /^https:\/\//.test(tab.url) ? new URL(tab.url).origin : undefined;
}
