// README's "Project layout" is the map a new engineer reads first (README.md#project-layout):
// it must name every folder under src/ and, for the folders whose files it lists one by one
// (src/storage, src/content), every file that is not a test, and name nothing that is gone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The fenced block under "## Project layout". */
function layoutBlock(): string {
  const start = README.indexOf('## Project layout');
  if (start < 0) throw new Error('README has no "## Project layout" section');
  const open = README.indexOf('```', start);
  const close = README.indexOf('```', open + 3);
  return README.slice(open + 3, close);
}

/** Non-test source files of one folder, without their extension. */
function units(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test(-d)?\.tsx?$/.test(f))
    .map((f) => f.replace(/\.tsx?$/, ''));
}

/** The bare words of a layout block, so "open.ts" and "open" both count as naming `open`. */
function words(block: string): Set<string> {
  return new Set(block.split(/[\s,:;()+]+/).map((w) => w.replace(/\.tsx?$/, '').replace(/^.*\//, '')));
}

describe('README project layout', () => {
  const block = layoutBlock();
  const named = words(block);

  it('names every folder under src/', () => {
    const dirs = readdirSync(join(ROOT, 'src')).filter((d) => statSync(join(ROOT, 'src', d)).isDirectory());
    expect(dirs.filter((d) => !block.includes(`src/${d}/`))).toEqual([]);
  });

  for (const dir of ['src/storage', 'src/content']) {
    it(`names every file in ${dir}`, () => {
      expect(units(dir).filter((u) => !named.has(u))).toEqual([]);
    });
  }

  it('names no folder under src/ that does not exist', () => {
    const cited = [...block.matchAll(/src\/([a-z-]+)\//g)].map((m) => m[1] ?? '');
    const dirs = new Set(readdirSync(join(ROOT, 'src')));
    expect(cited.filter((d) => !dirs.has(d))).toEqual([]);
  });
});
