// Unit and meta tests run in Node, where webextension-polyfill refuses to load
// ("This script should only be loaded in a browser extension") unless
// `chrome.runtime.id` exists. A bare id is enough: src/shared/browser.ts still
// finds no usable API until a test installs its fake (test/fakes/browser.ts).
const g = globalThis as { chrome?: unknown };
g.chrome ??= { runtime: { id: 'vitest' } };
