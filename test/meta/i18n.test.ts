// Every UI string goes through the browser's i18n API; zh_CN (default) and en
// must be complete, and a message id nobody uses is dead text to translate.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const load = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Ids used in code (`t('id'`) and in the manifest (`__MSG_id__`). */
export function usedIds(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  }
  for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
  return used;
}

describe('locales', () => {
  const zh = load('zh_CN');
  const en = load('en');
  const used = usedIds();

  test('the manifest defaults to zh_CN', () => {
    expect(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).default_locale).toBe('zh_CN');
  });
  test('zh_CN and en hold the same ids', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  test.each([...used].sort())('%s is defined in both locales with text', (id) => {
    expect(zh[id]?.message, `zh_CN lacks ${id}`).toBeTruthy();
    expect(en[id]?.message, `en lacks ${id}`).toBeTruthy();
  });
  test('no id is unused', () => {
    expect(Object.keys(zh).filter((id) => !used.has(id))).toEqual([]);
  });
  test('the en locale holds no untranslated Chinese', () => {
    const cjk = Object.entries(en).filter(([, v]) => /[\u4e00-\u9fff]/.test(v.message));
    expect(cjk.map(([k]) => k)).toEqual([]);
  });
});
