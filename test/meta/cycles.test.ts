// No import cycle in src/, type-only imports included (docs/architecture.md#no-cycles): a
// view that imports its shell, or two storage modules that import each other,
// cannot be read, tested or moved on its own. Each contract lives in a file of
// its own (src/options/shell.ts, src/popup/view.ts, src/storage/schema.ts,
// src/appeal/clean.ts) that both sides import.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

/** Every relative import and re-export of a file, `import type` included. */
export function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1] ?? '');
  return specs.map((s) => resolveSpecifier(file, s)).filter((p): p is string => p !== undefined);
}

/** The cycles of a graph, each as the path that closes it (iterative DFS, one report per back edge). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('import cycles', () => {
  it('the finder sees a cycle through a type-only import', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    const graph = new Map([
      [a, [b]],
      [b, [a]],
    ]);
    expect(cycles(graph)).toEqual([[a, b, a]]);
    expect(importsOf(join(SRC, 'popup', 'x.ts'), "import type { ViewProps } from './App';\n")).toEqual([join(SRC, 'popup', 'App.tsx')]);
  });

  it('src/ has none', () => {
    const graph = new Map(files(SRC).map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
    expect(cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '))).toEqual([]);
  });
});
