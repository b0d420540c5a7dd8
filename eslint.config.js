// Lint rules that keep docs/trust-model.md#invariants checkable by a machine:
// no HTML sinks, no eval, no network, and the content script kept away from
// storage (IndexedDB opened there would belong to the lender's origin).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'HTML sink: render text with textContent (docs/trust-model.md#page-text-is-data).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]',
    message: 'HTML sink: build nodes and set textContent (docs/trust-model.md#page-text-is-data).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name=/^(document|doc)$/]',
    message: 'HTML sink: no document.write (docs/trust-model.md#page-text-is-data).',
  },
  {
    selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.property.name='document']",
    message: 'HTML sink: no document.write (docs/trust-model.md#page-text-is-data).',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'HTML sink: no dangerouslySetInnerHTML.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the extension CSP forbids code generation.' },
  {
    selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']",
    message: 'No string callbacks to timers (implied eval).',
  },
];
// One door to the extension API (src/shared/browser.ts): no other file imports
// webextension-polyfill or reaches for `chrome`/`browser` through globalThis.
const browserDoor = 'Use the one browser module: import { browser, extensionApi } from src/shared/browser.ts.';
const browserReach = [
  { selector: "ImportDeclaration[source.value='webextension-polyfill']", message: browserDoor },
  { selector: "ImportExpression[source.value='webextension-polyfill']", message: browserDoor },
  { selector: 'MemberExpression[object.name=/^(globalThis|self|window)$/][property.name=/^(chrome|browser)$/]', message: browserDoor },
  {
    selector: 'MemberExpression[property.name=/^(chrome|browser)$/] > TSAsExpression:has(Identifier[name=/^(globalThis|self|window)$/])',
    message: browserDoor,
  },
  {
    selector: 'TSAsExpression:has(Identifier[name=/^(globalThis|self|window)$/]) TSPropertySignature[key.name=/^(chrome|browser)$/]',
    message: browserDoor,
  },
  {
    selector: 'VariableDeclarator[init.name=/^(globalThis|self|window)$/] TSPropertySignature[key.name=/^(chrome|browser)$/]',
    message: browserDoor,
  },
];
const network = [
  { name: 'fetch', message: 'Reopen makes no network requests (docs/trust-model.md#invariants).' },
  { name: 'XMLHttpRequest', message: 'Reopen makes no network requests (docs/trust-model.md#invariants).' },
  { name: 'WebSocket', message: 'Reopen makes no network requests (docs/trust-model.md#invariants).' },
  { name: 'EventSource', message: 'Reopen makes no network requests (docs/trust-model.md#invariants).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'packages/**', 'node_modules/**', '.tmp/**', 'test/fixtures/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks, ...browserReach],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...network, { name: 'chrome', message: browserDoor }, { name: 'browser', message: browserDoor }],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'No network (docs/trust-model.md#invariants).' },
      ],
    },
  },
  {
    // Only src/storage may import idb (docs/architecture.md#storage-fence).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Only src/storage imports idb.' }] }],
    },
  },
  {
    // src/storage has one entry: everything outside it imports src/storage/index.ts
    // (docs/architecture.md#storage-fence), so the files behind it can move freely.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/storage/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'Only src/storage imports idb.' }],
          patterns: [
            { group: ['**/storage/*', '!**/storage/index'], message: 'Import src/storage through its entry, src/storage/index.ts.' },
          ],
        },
      ],
    },
  },
  {
    // The content script is a sensor and a display: no storage, no idb, no
    // classic zod, no polyfill (size), no Preact (size; plain DOM suffices).
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb', message: 'IndexedDB in a content script belongs to the page (docs/trust-model.md#page-origin-storage).' },
            { name: 'zod', message: 'No validator in the content script (size).' },
            { name: 'zod/mini', message: 'No validator in the content script (size).' },
          ],
          patterns: [
            {
              group: ['**/storage', '**/storage/**'],
              message: 'The content script never touches storage (docs/trust-model.md#page-origin-storage).',
            },
            { group: ['**/shared/zod'], message: 'No validator in the content script (size).' },
            {
              group: ['**/rules', '**/rules/**', '**/appeal', '**/appeal/**', 'preact', 'preact/**'],
              message: 'The content script stays small: the worker runs the rules.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure core: no browser APIs, no DOM.
    files: ['src/rules/**/*.ts', 'src/lenders/**/*.ts', 'src/appeal/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...network,
        { name: 'chrome', message: 'Pure core: no chrome.* (docs/architecture.md#pure-core).' },
        { name: 'browser', message: 'Pure core: no browser.* (docs/architecture.md#pure-core).' },
        { name: 'document', message: 'Pure core: no DOM (docs/architecture.md#pure-core).' },
        { name: 'window', message: 'Pure core: no DOM (docs/architecture.md#pure-core).' },
        { name: 'localStorage', message: 'Pure core: no storage.' },
        { name: 'indexedDB', message: 'Pure core: no storage.' },
      ],
      'no-restricted-imports': ['error', { paths: ['idb', 'webextension-polyfill', 'preact'] }],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'bench/**', '*.config.*', '**/*.test.ts', '**/*.test.tsx'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'console',
          'process',
          'Buffer',
          'URL',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'structuredClone',
          'fetch',
        ].map((g) => [g, 'readonly']),
      ),
    },
    rules: {
      'no-restricted-globals': 'off',
      // Tests feed hostile input on purpose (javascript: URLs) and poke at loose shapes.
      'no-script-url': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
