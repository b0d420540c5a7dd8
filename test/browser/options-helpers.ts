// Helpers shared by the options-page and durability tests: raw reads of the
// extension's IndexedDB from an extension page (what is really at rest), and
// axe-core injected as source (the extension CSP forbids inline scripts, so
// it is evaluated through the DevTools protocol instead).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

export type RawDump = Record<'cases' | 'notes' | 'exhibits' | 'settings' | 'meta' | 'reminders', unknown[]>;

/** Every store's raw records, read with a fresh connection from `page` (an extension page). */
export function rawDump(page: Page): Promise<RawDump> {
  return page.evaluate(
    () =>
      new Promise<RawDump>((resolve, reject) => {
        const open = indexedDB.open('reopen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['cases', 'notes', 'exhibits', 'settings', 'meta', 'reminders'] as const;
          const present = names.filter((n) => db.objectStoreNames.contains(n));
          const out = Object.fromEntries(names.map((n) => [n, [] as unknown[]])) as RawDump;
          if (!present.length) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction([...present], 'readonly');
          for (const n of present) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => (out[n] = req.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA violations on `page`, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  return violations;
}
