// The one door to the browser's extension API, for every context: the worker,
// the popup, the options page and the content script (uBlock Origin Lite has
// one too). No other file imports webextension-polyfill or reaches for
// `chrome`/`browser` on globalThis (eslint.config.js, test/meta/browser-api.test.ts).
//
// Only the polyfill's *types* are used. Chrome 148+ and Firefox define the
// promise-based `browser` namespace themselves, and there the polyfill passes
// it through unchanged; on Chrome 120–147 (manifest.json minimum_chrome_version)
// MV3's `chrome.*` already returns promises for every call we make, and Chrome
// documents aliasing it as the way to adopt `browser`
// (https://developer.chrome.com/docs/extensions/develop/concepts/browser-namespace).
// The one polyfill feature Chrome lacks, promise-returning onMessage
// listeners, we do not use (src/background/index.ts answers with sendResponse).
//
// Measured on this build (vite build --mode chrome, gzip -9), the polyfill's
// runtime would take the content script from 7,104 to 9,877 bytes (budget
// 12,288: bench/size.bench.ts) and from 18.8 to 29.0 KB of script parsed on
// every lender page, whose main-thread time is already above its goal
// (README.md#benchmarks); and crxjs's standalone content build cannot shake it
// out of a module that imports it (9,670 bytes with only a lighter export of
// such a module used). Without it the content script is 7,142 bytes, and one
// export serves every context.
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
  if (isApi(g.chrome)) return g.chrome;
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
