// A worker that cannot go dead (docs/trust-model.md#worker-lifetime): its entry
// registers listeners before anything else and runs no check of its own (the
// knowledge base is checked at build time: test/meta/build-gate.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the worker entry', () => {
  const file = join(ROOT, 'src/background/index.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const body = source.statements.filter((s) => !ts.isImportDeclaration(s));

  test('registers the message listener first, at top level', () => {
    expect(body[0]?.getText()).toMatch(/^browser\.runtime\.onMessage\.addListener\(/);
  });

  test('runs nothing at top level but listener registrations and definitions', () => {
    const calls = body.filter(ts.isExpressionStatement).map((s) => s.getText().split('(')[0]);
    expect(calls.every((callee) => /\.addListener$/.test(callee!))).toBe(true);
    const others = body.filter((s) => !ts.isExpressionStatement(s));
    // Only `const x = (…) => …` definitions: nothing that runs, and so nothing that can throw, before the listeners.
    for (const s of others) {
      expect(ts.isVariableStatement(s), s.getText()).toBe(true);
      const init = (s as ts.VariableStatement).declarationList.declarations[0]?.initializer;
      expect(init && ts.isArrowFunction(init), s.getText()).toBe(true);
    }
  });

  test('imports no knowledge-base check', () => {
    const imports = source.statements.filter(ts.isImportDeclaration).map((s) => (s.moduleSpecifier as ts.StringLiteral).text);
    expect(imports.some((m) => /rules/.test(m))).toBe(false);
    expect(readFileSync(file, 'utf8')).not.toMatch(/knowledgeBaseProblems|assertKnowledgeBase/);
  });
});
