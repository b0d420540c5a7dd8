// Before the real-browser suite: the browsers must exist (never a silent skip)
// and the builds must be there.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath, firefoxPath } from './browsers';

export default function setup(): void {
  const missing: string[] = [];
  if (!chromiumPath()) missing.push('Chromium (apt-get install -y chromium, or set CHROME_PATH)');
  if (!firefoxPath()) missing.push('Firefox ESR (apt-get install -y --no-install-recommends firefox-esr, or set FIREFOX_PATH)');
  if (missing.length) {
    throw new Error(
      `The real-browser suite needs: ${missing.join('; ')}. ` +
        'It never skips silently. On Debian run: apt-get update && apt-get install -y chromium && apt-get install -y --no-install-recommends firefox-esr',
    );
  }
  for (const [dir, mode] of [
    ['dist', 'chrome'],
    ['dist-firefox', 'firefox'],
  ] as const) {
    if (!existsSync(`${dir}/manifest.json`)) {
      const run = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`vite build --mode ${mode} failed`);
    }
  }
}
