// The manifest keeps the least-privilege promises of docs/trust-model.md#permissions
// and README.md#messages-and-trust-tiers: only the permissions actually used, no <all_urls>, no
// web-accessible resources, no external connections, no code loading.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestFor } from '../../vite.config';

const root = join(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

function sourceText(dirs: string[]): string {
  const read = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const rel = join(dir, name);
      if (statSync(join(root, rel)).isDirectory()) return read(rel);
      return /\.tsx?$/.test(name) && !name.includes('.test.') ? [readFileSync(join(root, rel), 'utf8')] : [];
    });
  return dirs.flatMap(read).join('\n');
}

describe('manifest.json', () => {
  test('is MV3 with localised name and description', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.name).toBe('__MSG_extName__');
    expect(source.description).toBe('__MSG_extDescription__');
  });
  test('asks only for the permissions the code uses', () => {
    expect(source.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect(source.optional_permissions).toEqual(['notifications']);
    expect(source.host_permissions).toBeUndefined();
    expect(JSON.stringify(source)).not.toMatch(/<all_urls>|clipboard|webRequest|cookies|history|"tabs"/);
  });
  test('content scripts run only on https lender and complaint hosts', () => {
    for (const cs of source.content_scripts) {
      for (const m of cs.matches) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
    }
  });
  test('no web-accessible resources and no external connections', () => {
    expect(source.web_accessible_resources).toBeUndefined();
    expect(source.externally_connectable).toEqual({ ids: [] });
  });
  test('the extension-page CSP forbids network and eval, and allows WebAssembly only (on-device OCR)', () => {
    const csp: string = source.content_security_policy.extension_pages;
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
  test('every permission used in code is declared, and every declared one is used', () => {
    const code = sourceText(['src/background', 'src/popup', 'src/options']);
    // activeTab has no API of its own: it is what lets scripting reach the
    // current tab after the user clicks the toolbar button.
    const uses: Record<string, RegExp> = {
      storage: /\.storage\.(session|local)\b/,
      alarms: /\.alarms\.(create|get|onAlarm)\b/,
      scripting: /\.scripting\.executeScript\b/,
      activeTab: /\.scripting\.executeScript\b/,
      notifications: /\.notifications\.create\b/,
    };
    const declared = [...source.permissions, ...(source.optional_permissions ?? [])].sort();
    expect(declared).toEqual(Object.keys(uses).sort());
    for (const [permission, pattern] of Object.entries(uses)) expect(code, `${permission} unused`).toMatch(pattern);
  });
});

describe('Firefox manifest', () => {
  const ff = manifestFor('firefox') as Record<string, any>;
  test('uses background scripts, a gecko id, no data collection and Firefox ≥ 142', () => {
    expect(ff.background.scripts).toEqual(['src/background/index.ts']);
    expect(ff.background.service_worker).toBeUndefined();
    expect(ff.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(parseFloat(ff.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
  });
});
