// Sizes of what each context loads, gzip -9, from the bench's Chrome build (bench/chromium.ts):
// content.gzip_bytes (all JS injected into a lender page; goal ≤ 12 KB, ../README.md#on-the-page),
// popup.gzip_bytes (goal ≤ 25 KB, ../README.md#appeal-text), worker.gzip_bytes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchBuild } from './chromium';
import { size, type Metrics } from './metric';

let DIST = '';

/** A built file plus every module it imports statically or dynamically, transitively. */
export function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (rel: string): void => {
    const file = normalize(rel).replace(/^\/+/, '');
    if (seen.has(file) || !existsSync(join(DIST, file))) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      visit(spec.startsWith('/') ? spec : join(dirname(file), spec));
    }
  };
  entries.forEach(visit);
  return [...seen].sort();
}

const gz = (files: string[]): number => gzipSync(Buffer.concat(files.map((f) => readFileSync(join(DIST, f)))), { level: 9 }).length;

function htmlScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => (m[1]!.startsWith('/') ? m[1]! : join(dirname(page), m[1]!)));
}

export async function run(): Promise<Metrics> {
  DIST = benchBuild();
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const content = closure(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js));
  const popup = closure(htmlScripts(manifest.action.default_popup));
  const worker = closure([manifest.background.service_worker]);
  return {
    'content.gzip_bytes': size(gz(content), 12 * 1024),
    'popup.gzip_bytes': size(gz(popup), 25 * 1024),
    'worker.gzip_bytes': size(gz(worker)),
  };
}
