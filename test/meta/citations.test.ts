// Citations that resolve (docs/architecture.md#citations): every comment and
// string in src/, test/, bench/, scripts/ and the config files that names a
// repository file must name one that exists, and an anchor after a Markdown
// file's name must be one the file defines — a heading's GitHub slug or an explicit
// <a id="…">. Research notes kept outside the repository, bare section marks
// and issue numbers are not citations a reader can follow, so they fail too.
// The docs' own Markdown links are held to the same rule.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'test', 'bench', 'scripts', '.ci'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'dist-firefox', 'packages', '.tmp', '.git']);
const TEXT = /\.(ts|tsx|mts|js|mjs|cjs|json|html|css|md|tsv|txt)$|^run$/;
const TOP = ['src', 'test', 'bench', 'scripts', 'docs', 'public', 'demo'].join('|');

// Built from parts so that this file does not cite them itself.
const NOTES = ['facts', 'SECURITY', 'STYLE', 'TESTING', 'OCR'].map((n) => `${n}.md`);
const NOTE = new RegExp(`(?<![\\w/.-])(?:${NOTES.map((n) => n.replace('.', '\\.')).join('|')})\\b`, 'g');
const OUTSIDE = new RegExp(`/work/(?:${['shared', 'brief', 'main'].join('|')})\\b[^\\s'"\`)]*`, 'g');
const ISSUE = new RegExp(`\\b${'issue'}s?\\s+#?\\d+`, 'gi');
const SECTION = new RegExp(`${'\u00a7'}\\s*\\d[\\d.]*`, 'g');
// Paths under a top-level folder (src/…, or /src/… as a built page's path),
// relative paths (./…, ../…) and bare names of Markdown files.
const PATH = new RegExp(`(?<![\\w@$.:/\\\\-])(/?(?:${TOP})/[\\w@./-]*|\\.{1,2}/[\\w@./-]*|[\\w.-]+\\.md)(#[\\w-]+)?`, 'g');
// Files that name invented paths on purpose: lint.test.ts and browser-api.test.ts lint snippets under
// made-up file names to show which folder's rules apply. This file holds the
// checker's own negative examples.
const INVENTED: Record<string, RegExp> = {
  'test/meta/lint.test.ts': /^src\/\w+\/x\.tsx?$/,
  'test/meta/browser-api.test.ts': /^src\/\w+\/x\.tsx?$/,
};
const SELF = 'test/meta/citations.test.ts';
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return SKIP_DIRS.has(name) ? [] : walk(p);
    return TEXT.test(name) ? [p] : [];
  });
}

/** Every file the test reads: the scanned folders and the configuration files at the root. */
function scannedFiles(): string[] {
  const configs = readdirSync(ROOT).filter((n) => /\.(js|mjs|cjs|ts|json)$/.test(n) && n !== 'package-lock.json');
  return [...SCANNED.flatMap((d) => walk(join(ROOT, d))), ...configs.map((n) => join(ROOT, n))];
}

/** GitHub's slug of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map<string, Set<string>>();
/** The anchors a Markdown file defines: heading slugs (numbered when repeated) and explicit ids. */
export function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  const seen = new Map<string, number>();
  let fence = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1]!);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

/** Where a cited path points, or undefined when it exists nowhere. A built
 * name (src/ocr/client.js) points at its source (src/ocr/client.ts). */
function locate(ref: string, from: string): string | undefined {
  const clean = ref.replace(/[.]+$/, '').replace(/\.js$/, (x) => (existsSync(join(ROOT, ref.replace(/^\//, ''))) ? x : ''));
  const candidates = clean.startsWith('.')
    ? [resolve(dirname(from), clean), resolve(ROOT, clean)]
    : clean.startsWith('/') || clean.includes('/')
      ? [join(ROOT, clean.replace(/^\//, ''))]
      : [resolve(dirname(from), clean), join(ROOT, clean)];
  return (
    candidates.find((c) => existsSync(c)) ??
    candidates
      .map((c) => MODULE_EXTENSIONS.map((x) => c + x))
      .flat()
      .find((c) => existsSync(c))
  );
}

/** Every citation problem in one file's text, as "path:line: message". */
export function problems(file: string, text: string): string[] {
  const out: string[] = [];
  const where = (index: number) => `${relative(ROOT, file)}:${text.slice(0, index).split('\n').length}`;
  for (const m of text.matchAll(NOTE)) out.push(`${where(m.index)}: cites ${m[0]}, which is not in the repository`);
  for (const m of text.matchAll(OUTSIDE)) out.push(`${where(m.index)}: cites ${m[0]}, outside the repository`);
  for (const m of text.matchAll(ISSUE)) out.push(`${where(m.index)}: cites "${m[0]}"; say why, or cite a doc`);
  for (const m of text.matchAll(SECTION)) out.push(`${where(m.index)}: "${m[0]}" names no file`);
  for (const m of text.matchAll(PATH)) {
    const [, ref, hash] = m as unknown as [string, string, string | undefined];
    if (NOTES.includes(basename(ref))) continue; // reported above
    if (INVENTED[relative(ROOT, file)]?.test(ref)) continue;
    // A name that starts with no-such- is missing on purpose (a test of a missing file); it must stay missing.
    if (/(^|\/)no-such-[^/]*$/.test(ref)) {
      if (locate(ref, file)) out.push(`${where(m.index)}: ${ref} exists, though its name says it does not`);
      continue;
    }
    if (ref.startsWith('.') && !/\.\w+$/.test(ref) && !hash) continue; // a module specifier: tsc checks it
    const target = locate(ref, file);
    if (!target) {
      out.push(`${where(m.index)}: ${ref} does not exist`);
      continue;
    }
    if (hash && extname(target) === '.md' && !anchorsOf(target).has(hash.slice(1))) {
      out.push(`${where(m.index)}: ${relative(ROOT, target)} defines no anchor ${hash}`);
    }
  }
  return out;
}

/** Markdown links in the docs: [text](target#anchor), relative to the doc. */
function docLinkProblems(file: string): string[] {
  const out: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
    const link = m[1]!;
    if (/^[a-z]+:/i.test(link)) continue;
    const [path, anchor] = link.split('#') as [string, string | undefined];
    const target = path ? resolve(dirname(file), path) : file;
    if (!existsSync(target)) out.push(`${relative(ROOT, file)}: link to ${link}: no such file`);
    else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor))
      out.push(`${relative(ROOT, file)}: link to ${link}: no such anchor`);
  }
  return out;
}

// The anchors code comments are written against: they must keep existing even
// before a comment cites them.
const CONTRACT: Record<string, string[]> = {
  'docs/sources.md': [
    'reliability',
    'desktop-pages',
    'status-wording',
    'lender-answers',
    'causes',
    'ant-2021',
    'lender-channels',
    'complaint-time-limits',
    'regulators',
    'legal-hooks',
    'pipl',
    'pipl-24',
    'pipl-45',
    'pipl-46',
    'pipl-48',
    'pipl-50',
    'pipl-73',
    'credit-regulation',
    'credit-reg-15',
    'credit-reg-16',
    'credit-reg-17',
    'credit-reg-25',
    'credit-reg-26',
    'civil-code',
    'consumer-law',
    'consumer-protection-rules',
    'line-cut-rules',
    'credit-report',
    'repair-2026',
    'extra-reports-2026',
    'credit-report-scams',
    'small-business-financing',
    'user-complaints',
    'wording-rules',
  ],
  'docs/trust-model.md': [
    'page-origin-storage',
    'closed-shadow-root',
    'page-messages',
    'page-id-globals',
    'page-text-is-data',
    'transactions',
    'worker-lifetime',
    'orphaned-scripts',
    'page-reads',
    'quota-errors',
    'store-policy',
    'externally-connectable',
    'page-texts-bound',
    'worker-derives-facts',
    'visible-text',
    'imported-settings',
    'wasm',
    'invariants',
    'permissions',
  ],
  'docs/testing.md': ['versions', 'chromium', 'firefox', 'sizes', 'timings', 'rich-editors', 'screenshots-cjk', 'ocr'],
  'docs/architecture.md': [
    'layout',
    'units',
    'registries',
    'define-helpers',
    'canonical-data',
    'handlers',
    'one-writer',
    'pure-core',
    'content-script',
    'contract',
    'storage-fence',
    'shadow-root',
    'migrations',
    'naming',
    'citations',
    'pack-notes',
    'tests',
    'fixtures',
    'corpora',
  ],
  'README.md': [
    'on-the-page',
    'the-rule-engine-and-knowledge-base',
    'appeal-text',
    'the-case-file',
    'messages-and-trust-tiers',
    'permissions-and-why',
    'privacy',
  ],
};

describe('citations', () => {
  it('the checker finds what it is meant to find', () => {
    const here = join(ROOT, 'test/meta/citations.test.ts');
    const bad = [
      'docs/sources.md#no-such-anchor',
      'docs/missing-doc.md',
      'src/rules/missing-file.ts',
      `see ${NOTES[0]} and ${NOTES[1]}`,
      `${'issue'} 13`,
      `${'\u00a7'}2.1`,
      `/work/${'shared'}/x`,
    ].join('\n');
    expect(problems(here, bad)).toHaveLength(8);
    const good = [
      'docs/sources.md#pipl-24',
      'README.md#privacy',
      './citations.test.ts',
      "import { x } from '../../vite.config';",
      'src/rules/kb/sources/',
      '`src/**/*.ts`',
      'https://example.org/src/nowhere.ts',
      'src/ocr/no-such-worker.js',
      'src/rules/engine.js',
    ].join('\n');
    expect(problems(here, good)).toEqual([]);
    expect(slug('Permissions, and why')).toBe('permissions-and-why');
    expect(slug('The rule engine and knowledge base')).toBe('the-rule-engine-and-knowledge-base');
  });

  it.each(Object.entries(CONTRACT))('%s defines the anchors code relies on', (doc, anchors) => {
    const defined = anchorsOf(join(ROOT, doc));
    expect(anchors.filter((a) => !defined.has(a))).toEqual([]);
  });

  it('every file and anchor cited in code, tests, benches, scripts and configs exists', () => {
    const found = scannedFiles()
      .filter((f) => relative(ROOT, f) !== SELF)
      .flatMap((f) => problems(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('every link in docs/ and README resolves', () => {
    const docs = [...walk(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')), join(ROOT, 'README.md'), join(ROOT, 'PRIVACY.md')];
    expect(docs.flatMap(docLinkProblems)).toEqual([]);
  });
});
