// The message contract, kept honest (README.md#messages-and-trust-tiers): every
// message in MESSAGES has exactly one handler, in the file named after it, and
// the registry lists exactly those; every message is sent by product code, a
// page/* message only from the content script and an ext/* message only from
// our extension pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { MESSAGES, type MessageType } from '../../src/shared/messages';
import { HANDLERS } from '../../src/background/handlers/index';

const ROOT = new URL('../..', import.meta.url).pathname;
const HANDLER_DIR = 'src/background/handlers';
const TYPES = Object.keys(MESSAGES).sort() as MessageType[];

function files(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const isTest = (file: string): boolean => /\.test(-d)?\.tsx?$/.test(file);
const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/** Every call in a file, with its callee's text (`ask`, `browser.runtime.sendMessage`, …). */
function calls(source: ts.SourceFile): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('a handler per message', () => {
  const handlerFiles = files(HANDLER_DIR)
    .filter((f) => !isTest(f) && f !== `${HANDLER_DIR}/index.ts`)
    .map((f) => relative(HANDLER_DIR, f).replace(/\.ts$/, ''))
    .sort();

  test('a type names its tier: page/* may come from a content script, ext/* only from our pages', () => {
    for (const type of TYPES) expect(`${type}: ${MESSAGES[type].tier}`).toMatch(/^(page\/[a-z-]+: content|ext\/[a-z-]+: extension)$/);
  });

  test('the handler files are exactly the message types: handlers/<tier>/<name>.ts', () => {
    expect(handlerFiles).toEqual(TYPES);
  });

  test.each(TYPES)('%s: its file defines the handler for that type and nothing else', (type) => {
    const file = `${HANDLER_DIR}/${type}.ts`;
    expect(existsSync(join(ROOT, file)), `${file} is missing`).toBe(true);
    const text = readFileSync(join(ROOT, file), 'utf8');
    const defined = [...text.matchAll(/defineHandler\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(defined).toEqual([type]);
    expect(text).toMatch(new RegExp(`export default defineHandler\\(\\s*'${type}'`));
  });

  test('the registry lists exactly those handlers, sorted, each under its own type', () => {
    expect(Object.keys(HANDLERS)).toEqual(TYPES);
    for (const type of TYPES) expect(HANDLERS[type].type).toBe(type);
  });

  test('the registry imports each handler file once, under its own key', () => {
    const source = parse(`${HANDLER_DIR}/index.ts`);
    const imports = new Map<string, string>();
    for (const s of source.statements) {
      if (!ts.isImportDeclaration(s) || s.importClause?.isTypeOnly || !s.importClause?.name) continue;
      imports.set(s.importClause.name.text, (s.moduleSpecifier as ts.StringLiteral).text);
    }
    expect([...imports.values()].sort()).toEqual(TYPES.map((t) => `./${t}`));
    const entries = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && ts.isIdentifier(node.initializer))
        entries.set(node.name.text, node.initializer.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const type of TYPES) expect(imports.get(entries.get(type) ?? ''), type).toBe(`./${type}`);
  });
});

describe('who sends each message', () => {
  // Product code: everything in src/ but tests (a message only tests send is dead).
  const product = files('src').filter((f) => !isTest(f));
  const senders = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of product) {
    for (const call of calls(parse(file))) {
      const callee = call.expression.getText();
      if (/\bruntime\.sendMessage$/.test(callee) && !['src/shared/ask.ts', 'src/content/runtime.ts'].includes(file))
        problems.push(`${file}: runtime.sendMessage outside ask() (src/shared/ask.ts, src/content/runtime.ts)`);
      if (callee !== 'ask') continue;
      const [first] = call.arguments;
      if (!first || !ts.isStringLiteral(first)) {
        problems.push(`${file}: ask() must name its message type as a string literal`);
        continue;
      }
      senders.set(first.text, [...(senders.get(first.text) ?? []), file]);
    }
  }

  test('every message is sent through ask() with its type written out', () => {
    expect(problems).toEqual([]);
    expect([...senders.keys()].filter((type) => !(type in MESSAGES))).toEqual([]);
  });

  test.each(TYPES)('%s is sent by product code, from its own side', (type) => {
    const from = senders.get(type) ?? [];
    expect(from, `${type} is sent by no product code (only tests?)`).not.toEqual([]);
    const allowed = type.startsWith('page/') ? /^src\/content\// : /^src\/(popup|options|picker)\//;
    expect(from.filter((f) => !allowed.test(f))).toEqual([]);
  });
});
