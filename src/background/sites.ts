// Sites the user added themselves (README.md#on-the-page "Generic mode"): our content script
// runs there in generic mode once the user granted the optional host
// permission for that one origin. Registered content scripts persist across
// browser sessions; the list is rebuilt from what is registered, so there is
// no second copy of the truth to drift.
import { browser } from '../shared/browser';

const PREFIX = 'user-site:';

function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('no content script in the manifest');
  return file;
}

export async function listSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((s) => s.id.startsWith(PREFIX))
    .map((s) => s.id.slice(PREFIX.length))
    .sort();
}

export async function addSite(origin: string): Promise<string[]> {
  const pattern = `${origin}/*`;
  // The permission must come from the user's click in the popup; we only check it.
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error(`no permission for ${origin}: allow the site from the popup first`);
  }
  const id = PREFIX + origin;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [contentScriptFile()], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  return listSites();
}

export async function removeSite(origin: string): Promise<string[]> {
  const id = PREFIX + origin;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
  return listSites();
}
