// The lint rules that stand for docs/trust-model.md#invariants must really fire:
// each forbidden snippet below is linted as if it lived in the named file.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint guards', () => {
  test.each([
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'src/popup/x.ts'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }', 'src/options/x.ts'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'src/content/x.ts'],
    ['document.write', 'export function f(s: string) { document.write(s); }', 'src/popup/x.ts'],
    ['eval', 'export function f(s: string) { return eval(s); }', 'src/background/x.ts'],
    ['new Function', "export function f(s: string) { return new Function('a', s); }", 'src/rules/x.ts'],
    ['string timer', "export function f() { setTimeout('alert(1)', 1); }", 'src/popup/x.ts'],
    ['fetch', "export function f() { return fetch('https://example.com'); }", 'src/background/x.ts'],
    ['XMLHttpRequest', 'export function f() { return new XMLHttpRequest(); }', 'src/options/x.ts'],
    ['sendBeacon', "export function f() { navigator.sendBeacon('https://x', ''); }", 'src/popup/x.ts'],
    ['idb outside storage', "import { openDB } from 'idb'; export const o = openDB;", 'src/background/x.ts'],
    ['storage from content', "import { openReopenDb } from '../storage/db'; export const o = openReopenDb;", 'src/content/x.ts'],
    ['a storage file past its entry', "import { updateCase } from '../storage/cases'; export const u = updateCase;", 'src/options/x.ts'],
    [
      'a storage file past its entry, from the worker',
      "import { getCase } from '../storage/cases'; export const g = getCase;",
      'src/background/x.ts',
    ],
    ['idb from content', "import { openDB } from 'idb'; export const o = openDB;", 'src/content/x.ts'],
    ['zod in content', "import { z } from '../shared/zod'; export const s = z.string();", 'src/content/x.ts'],
    ['chrome in pure core', 'export const id = () => chrome.runtime.id;', 'src/rules/x.ts'],
    ['DOM in pure core', 'export const d = () => document.title;', 'src/lenders/x.ts'],
    [
      'dangerouslySetInnerHTML',
      'export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;',
      'src/popup/x.tsx',
    ],
  ])('%s is rejected', async (_name, code, file) => {
    expect(await problems(code, file)).not.toEqual([]);
  });

  test('the same kind of code is fine where it belongs', async () => {
    expect(await problems("import { openDB } from 'idb'; export const o = openDB;", 'src/storage/x.ts')).toEqual([]);
    expect(await problems('export function f(el: HTMLElement, s: string) { el.textContent = s; }', 'src/content/x.ts')).toEqual([]);
    expect(await problems("import { updateCase } from '../storage/index'; export const u = updateCase;", 'src/options/x.ts')).toEqual([]);
    expect(await problems("import { updateCase } from './cases'; export const u = updateCase;", 'src/storage/x.ts')).toEqual([]);
  });
});
