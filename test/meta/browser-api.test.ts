// One door to the extension API (src/shared/browser.ts): the lint guard fires
// on each way around it, and no source file outside that module takes one.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const DOOR = 'src/shared/browser.ts';
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids that fire on `code` linted as if it lived at `filePath`. */
async function rules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => /src\/shared\/browser\.ts/.test(m.message)).map((m) => m.ruleId ?? 'parse');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the browser API has one door', () => {
  test.each([
    ['the polyfill imported', "import browser from 'webextension-polyfill'; export const id = browser.runtime.id;", 'src/popup/x.ts'],
    [
      'the polyfill imported in storage',
      "import browser from 'webextension-polyfill'; export const s = browser.storage;",
      'src/storage/x.ts',
    ],
    ['the polyfill loaded lazily', "export const load = () => import('webextension-polyfill');", 'src/options/x.ts'],
    ['globalThis.chrome', 'export const rt = () => globalThis.chrome.runtime;', 'src/background/x.ts'],
    ['self.browser', 'export const rt = () => self.browser;', 'src/background/x.ts'],
    [
      'a cast of globalThis',
      'export const rt = () => (globalThis as unknown as { chrome?: { runtime: object } }).chrome;',
      'src/content/x.ts',
    ],
    ['a cast shape', 'const g = globalThis as { browser?: { i18n?: object } }; export const i = () => g.browser?.i18n;', 'src/shared/x.ts'],
    ['a typed copy of globalThis', 'const g: { chrome?: { id: string } } = globalThis; export const i = () => g.chrome;', 'src/popup/x.ts'],
    ['the chrome global', 'export const id = () => chrome.runtime.id;', 'src/options/x.ts'],
  ])('%s is rejected', async (_name, code, file) => {
    expect(await rules(code, file)).not.toEqual([]);
  });

  test('going through the door is fine, and the door itself may reach the globals', async () => {
    const use = "import { browser } from '../shared/browser'; export const id = () => browser.runtime.id;";
    expect(await rules(use, 'src/popup/x.ts')).toEqual([]);
    expect(await rules(readFileSync(join(ROOT, DOOR), 'utf8'), DOOR)).toEqual([]);
  });

  test('no source file but the door imports the polyfill or declares a chrome/browser shape', () => {
    const offenders = sourceFiles('src')
      .filter((file) => file !== DOOR)
      .filter((file) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        return /['"]webextension-polyfill['"]/.test(text) || /\b(chrome|browser)\?\s*:/.test(text);
      })
      .map((file) => relative(ROOT, join(ROOT, file)));
    expect(offenders).toEqual([]);
  });
});
