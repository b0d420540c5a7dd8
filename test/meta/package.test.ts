// README.md#messages-and-trust-tiers: `npm run package` gives store-ready zips, and building twice from
// clean gives identical bytes (no timestamps, sorted entries, fixed modes).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');

function packageInto(dir: string): Record<string, string> {
  rmSync(join(root, dir), { recursive: true, force: true });
  const run = spawnSync('node', ['scripts/package.mjs', dir], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Object.fromEntries(
    readdirSync(join(root, dir)).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(root, dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Entry names and contents of a zip written by scripts/package.mjs (a reader for our own writer). */
function readZip(buf: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let offset = 0;
  while (buf.readUInt32LE(offset) === 0x04034b50) {
    const method = buf.readUInt16LE(offset + 8);
    const size = buf.readUInt32LE(offset + 18);
    const nameLength = buf.readUInt16LE(offset + 26);
    const name = buf.toString('utf8', offset + 30, offset + 30 + nameLength);
    const body = buf.subarray(offset + 30 + nameLength, offset + 30 + nameLength + size);
    entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    offset += 30 + nameLength + size;
  }
  return entries;
}

describe('npm run package', () => {
  test('two clean builds give byte-identical zips for Chrome and Firefox, each a loadable extension', { timeout: 120_000 }, () => {
    const first = packageInto('.tmp/pkg-a');
    const second = packageInto('.tmp/pkg-b');
    expect(Object.keys(first).sort()).toEqual(['reopen-0.1.0-chrome.zip', 'reopen-0.1.0-firefox.zip']);
    expect(second).toEqual(first);
    for (const file of Object.keys(first)) {
      const entries = readZip(readFileSync(join(root, '.tmp/pkg-a', file)));
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest.manifest_version).toBe(3);
      expect(entries.has('_locales/zh_CN/messages.json')).toBe(true);
      for (const js of manifest.content_scripts[0].js) expect(entries.has(js), js).toBe(true);
      if (file.includes('firefox')) expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
      else expect(entries.has(manifest.background.service_worker)).toBe(true);
    }
  });
});
