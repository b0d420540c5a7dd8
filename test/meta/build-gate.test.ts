// The knowledge base is checked when the extension is built: a broken one
// fails the build (vite.config.ts), so the worker never has to check it at
// start-up, where a throw would come before its listeners.
import { describe, expect, test, vi } from 'vitest';
import type { Plugin } from 'vite';
import viteConfig, { knowledgeBaseGate } from '../../vite.config';
import { KB } from '../../src/rules/kb';

/** Runs the gate's buildStart the way the bundler would, recording this.error calls. */
function runGate(plugin: Plugin): string[] {
  const errors: string[] = [];
  const hook = plugin.buildStart as (this: { error(message: string): never }) => void;
  hook.call({
    error(message: string): never {
      errors.push(message);
      throw new Error(message);
    },
  });
  return errors;
}

describe('the knowledge base is checked at build time', () => {
  test('the bundled knowledge base passes the gate', () => {
    expect(runGate(knowledgeBaseGate())).toEqual([]);
  });

  test('a broken knowledge base fails the build with its problems', () => {
    const broken = { ...KB, rules: KB.rules.map((r, i) => (i === 0 ? { ...r, then: { cause: 'no-such-cause', weight: 1 } } : r)) };
    expect(() => runGate(knowledgeBaseGate(broken))).toThrow(/knowledge base: .*unknown cause no-such-cause/);
  });

  test.each(['chrome', 'firefox'])('the %s build runs the gate', async (mode) => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const config = await (viteConfig as (env: { mode: string; command: 'build' }) => { plugins: unknown[] })({ mode, command: 'build' });
    const names = config.plugins.flat(Infinity).map((p) => (p as Plugin | null)?.name);
    expect(names).toContain('reopen:knowledge-base');
  });
});
