// The one door to the browser's extension API, for every context: the worker,
// the popup, the options page and the content script (uBlock Origin Lite has
// one too). No other file imports webextension-polyfill or reaches for
// `chrome`/`browser` on globalThis (eslint.config.js, test/meta/browser-api.test.ts).
//
// webextension-polyfill (the project's chosen door to the promise-based
// `browser` API) does what it documents: where the browser already defines
// `browser` (Chrome 148+, Firefox) it hands that object through, and on
// Chrome 120–147 (manifest.json minimum_chrome_version) it wraps `chrome`
// (https://github.com/mozilla/webextension-polyfill#readme,
// https://developer.chrome.com/docs/extensions/develop/concepts/browser-namespace).
// It costs the content script about 2.8 KB gzip (bench/size.bench.ts), within
// its 12 KB budget. The polyfill throws when loaded outside an extension, so
// unit tests install a minimal `chrome.runtime.id` first (test/setup.ts).
import polyfill from 'webextension-polyfill';
import type Browser from 'webextension-polyfill';

export type { Browser };

type MaybeApi = { runtime?: { getURL?: unknown } } | undefined;
const isApi = (candidate: MaybeApi): candidate is Browser.Browser & MaybeApi => typeof candidate?.runtime?.getURL === 'function';

/**
 * The extension API of this context, or undefined where there is none (a unit
 * test that installed no fake, a page after the extension was removed).
 *
 * Checked for a real `runtime.getURL` function rather than mere presence: in a
 * content script, page element ids become globals (docs/trust-model.md#page-id-globals),
 * so before Chrome 148 a page's `<form id="browser">` would be `globalThis.browser`.
 * Read on every call (two property reads): a test installs its fake with
 * `vi.stubGlobal('browser', fake)`, and callers that touch the API often keep
 * what they got (src/content/runtime.ts).
 */
export function extensionApi(): Browser.Browser | undefined {
  const g = globalThis as { browser?: MaybeApi; chrome?: MaybeApi };
  if (isApi(g.browser)) return g.browser;
  if (isApi(polyfill as MaybeApi)) return polyfill;
  return undefined;
}

/** The extension API; any use of it outside an extension throws a clear error. */
export const browser: Browser.Browser = /* @__PURE__ */ new Proxy({} as Browser.Browser, {
  get(_target, key) {
    const api = extensionApi();
    if (!api) throw new Error(`no extension API here (browser.${String(key)})`);
    return Reflect.get(api, key);
  },
});
