// Rule-engine benchmark (../README.md#the-rule-engine-and-knowledge-base). Run alone with
//   npm run bench -- rules
// Measures, on the bundled rules and on a synthetic 300-rule set, all on facts
// flattened ONCE beforehand (tabulateFacts, the same FactTable for every
// evaluator), so the flattening that every evaluator shares is in none of them
// and is reported on its own (flatten_us_median):
// - engine_us_median: our engine's own part of a diagnosis — the three-valued
//   walk of every rule collecting its supporting leaves
//   (evaluateRulesWithSupport) and the bilingual evidence line of each leaf of
//   every rule that is not false (describeEvidence), as diagnose does it;
// - support_us_median: the walk with supporting leaves alone, no wording (to
//   show where engine_us goes);
// - treewalk_us_median: a bare boolean walk (unknown = false) over the same
//   conditions and the same FactTable: the least any evaluator must do;
// - ratio_vs_treewalk: engine ÷ bare walk, the median over rounds that time
//   one batch of each in turn (see `alternated`);
// - ratio_vs_json_rules_engine: engine_us ÷ json-rules-engine 7.3.1 running the
//   same rules (custom operators for ours) on the same values, handed over as
//   an already flat object;
// - eval_us_median: bundled set only, the whole `diagnose` (flattening, engine,
//   checklist, ladder, text): the absolute cost of one diagnosis;
// - bundle_gzip_bytes: engine + bundled rules (the evaluator and the rule data);
//   diagnose_bundle_gzip_bytes: all of diagnose including the KB text (entry
//   src/rules/diagnose.ts, which imports no zod: validation runs once at start-up,
//   see schema.ts). Both built with vite's build() in lib mode, gzip -9.
// Each timed call starts with an empty per-table evidence cache (the cache
// lives on the FactTable, and a real diagnosis starts with a fresh table), so
// no call reuses lines worded by the previous one.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Engine } from 'json-rules-engine';
import { PRODUCTS } from '../src/shared/products';
import { STATUSES } from '../src/shared/status';
import { dayNumber } from '../src/rules/dates';
import { diagnose } from '../src/rules/diagnose';
import { FALSE, evaluateRulesWithSupport, tabulateFacts } from '../src/rules/engine';
import type { FactTable } from '../src/rules/engine';
import { KB } from '../src/rules/kb';
import { SOURCE } from '../src/rules/kb/sources';
import { QUESTIONS } from '../src/rules/questions';
import { describeEvidence } from '../src/rules/text';
import type { Condition, Facts, Leaf, Rule } from '../src/rules/types';
import { CASE_DATE_KEYS } from '../src/rules/types';
import { ratio, size, timing, type Metrics } from './metric';
import { median, round } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// ---- inputs ----------------------------------------------------------------

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Representative cases: different statuses, some answers, some case dates. */
function sampleFacts(n: number): Facts[] {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, () => ({
    today: '2026-03-01',
    product: pick(PRODUCTS),
    status: {
      status: pick(STATUSES),
      evidence: pick(['经综合评估暂未通过', '额度已关闭', '请6个月后再试']),
      months: 6,
      limitBefore: 20000,
      limitAfter: 5000,
    },
    answers: Object.fromEntries(QUESTIONS.filter(() => r() < 0.6).map((q) => [q.id, pick(q.options).value])),
    caseDates: { lenderComplaint: '2026-02-01', firstContact: '2026-01-20' },
  }));
}

/** 300 rules × 3–6 leaves over the real fact space, with nested any/not. */
function syntheticRules(count: number): Rule[] {
  const r = rng(300);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const leaf = (): Leaf => {
    const k = Math.floor(r() * 5);
    if (k === 0) return { fact: 'status.status', operator: pick(['equal', 'notEqual']), value: pick(STATUSES) };
    if (k === 1) return { fact: 'status.months', operator: pick(['greaterThan', 'lessThanInclusive']), value: Math.floor(r() * 12) };
    if (k === 2) return { fact: 'product', operator: 'in', value: [pick(PRODUCTS), pick(PRODUCTS)] };
    if (k === 3)
      return {
        fact: `caseDates.${pick(CASE_DATE_KEYS)}`,
        operator: pick(['dateBeforeDays', 'dateAfterDays']),
        value: -Math.floor(r() * 60),
      };
    const q = pick(QUESTIONS);
    return { fact: `answers.${q.id}`, operator: 'equal', value: pick(q.options).value };
  };
  return Array.from({ length: count }, (_, i) => {
    const n = 3 + Math.floor(r() * 4);
    const leaves = Array.from({ length: n }, leaf);
    const when: Condition = r() < 0.5 ? { all: leaves } : { all: [leaves[0]!, { any: leaves.slice(1, -1) }, { not: leaves[n - 1]! }] };
    return { id: `s${i}`, when, then: { cause: 'overdue', weight: 0.5 }, sources: [SOURCE['afqmc-atec']] };
  });
}

// ---- the three evaluators ----------------------------------------------------

/** Ours: truth, supporting leaves and evidence lines, on a table flattened beforehand. */
function engineOnly(rules: readonly Rule[], table: FactTable): number {
  table.evidence = undefined;
  const { truth, leaves, from, to } = evaluateRulesWithSupport(rules, table);
  let lines = 0;
  for (let i = 0; i < rules.length; i++) {
    if (truth[i] !== FALSE) for (let j = from[i]!; j < to[i]!; j++) if (describeEvidence(leaves[j]!.fact, table)) lines++;
  }
  return lines;
}

/** Ours without the wording: the walk that gathers supporting leaves. */
function supportOnly(rules: readonly Rule[], table: FactTable): number {
  table.evidence = undefined;
  return evaluateRulesWithSupport(rules, table).leaves.length;
}

/** The baseline: a plain boolean walk (unknown = false), same flattened facts. */
function boolLeaf(leaf: Leaf, t: FactTable): boolean {
  const f = t.values[leaf.fact];
  const v = leaf.value;
  switch (leaf.operator) {
    case 'exists':
      return f !== undefined;
    case 'notExists':
      return f === undefined;
    case 'equal':
      return f === v;
    case 'notEqual':
      return f !== undefined && f !== v;
    case 'lessThan':
      return typeof f === 'number' && f < (v as number);
    case 'lessThanInclusive':
      return typeof f === 'number' && f <= (v as number);
    case 'greaterThan':
      return typeof f === 'number' && f > (v as number);
    case 'greaterThanInclusive':
      return typeof f === 'number' && f >= (v as number);
    case 'in':
      return f !== undefined && (v as readonly unknown[]).includes(f);
    case 'notIn':
      return f !== undefined && !(v as readonly unknown[]).includes(f);
    case 'contains':
      return typeof f === 'string' && f.includes(v as string);
    case 'doesNotContain':
      return typeof f === 'string' && !f.includes(v as string);
    case 'dateBeforeDays': {
      const d = t.days[leaf.fact];
      return d !== undefined && d < t.today + (v as number);
    }
    case 'dateAfterDays': {
      const d = t.days[leaf.fact];
      return d !== undefined && d > t.today + (v as number);
    }
  }
  return false;
}
function boolWalk(c: Condition, t: FactTable): boolean {
  if ('all' in c) return c.all.every((x) => boolWalk(x, t));
  if ('any' in c) return c.any.some((x) => boolWalk(x, t));
  if ('not' in c) return !boolWalk(c.not, t);
  return boolLeaf(c, t);
}
function treeWalk(rules: readonly Rule[], table: FactTable): number {
  table.evidence = undefined; // the same first statement as the engine's, so both pay it
  let n = 0;
  for (const r of rules) if (boolWalk(r.when, table)) n++;
  return n;
}

/** The same rules for json-rules-engine; our own operators are added to it. */
function jreEngine(rules: readonly Rule[], today: string): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const t0 = dayNumber(today)!;
  const day = (x: unknown) => (typeof x === 'string' ? dayNumber(x) : undefined);
  engine.addOperator('exists', (a: unknown) => a !== undefined);
  engine.addOperator('notExists', (a: unknown) => a === undefined);
  engine.addOperator('contains', (a: unknown, b: unknown) => typeof a === 'string' && a.includes(String(b)));
  engine.addOperator('doesNotContain', (a: unknown, b: unknown) => typeof a === 'string' && !a.includes(String(b)));
  engine.addOperator('dateBeforeDays', (a: unknown, b: unknown) => {
    const d = day(a);
    return d !== undefined && d < t0 + Number(b);
  });
  engine.addOperator('dateAfterDays', (a: unknown, b: unknown) => {
    const d = day(a);
    return d !== undefined && d > t0 + Number(b);
  });
  const conv = (c: Condition): object => {
    if ('all' in c) return { all: c.all.map(conv) };
    if ('any' in c) return { any: c.any.map(conv) };
    if ('not' in c) return { not: conv(c.not) };
    return { fact: c.fact, operator: c.operator, value: c.value ?? null };
  };
  for (const r of rules) {
    const top = conv(r.when);
    engine.addRule({ name: r.id, conditions: ('fact' in top ? { all: [top] } : top) as never, event: { type: r.id } });
  }
  return engine;
}
function jreFacts(t: FactTable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t.values)) if (v !== undefined) out[k] = v;
  return out;
}

// ---- timing -------------------------------------------------------------------

/** What the timed calls return is summed here (module state), so no call can be optimised away. */
let sink = 0;

/**
 * Runs `fn` for at least 1,000 calls and WARM_MS: V8 optimises hot functions
 * on a background thread, which on the loaded VM can take a while, and until
 * then a call runs unoptimised.
 */
const WARM_MS = 300;
function warm<T>(inputs: readonly T[], fn: (x: T) => number): void {
  for (let i = 0, t0 = performance.now(); i < 1_000 || performance.now() - t0 < WARM_MS; i++) sink += fn(inputs[i % inputs.length]!);
}

/** µs per call of `batch` calls cycling through `inputs`. */
function batchUs<T>(inputs: readonly T[], fn: (x: T) => number, batch: number): number {
  const t = performance.now();
  for (let i = 0; i < batch; i++) sink += fn(inputs[i % inputs.length]!);
  const us = ((performance.now() - t) * 1000) / batch;
  if (Number.isNaN(sink)) throw new Error('bench: a timed call returned no number');
  return us;
}

/** Median µs per call of `fn` alone. */
function timeSync<T>(inputs: readonly T[], fn: (x: T) => number, samples = 41, batch = 200): number {
  warm(inputs, fn);
  return median(Array.from({ length: samples }, () => batchUs(inputs, fn, batch)));
}

/**
 * The evaluators timed in alternation, one batch each per round (the order
 * rotating from round to round), so the batches of a round ran within about a
 * millisecond of each other and a neighbour's burst on the shared machine
 * slows all of them alike. Timing each evaluator in a block of its own put
 * bursts on one side only: the engine's median moved from 5 to 25 µs between
 * runs. Returns, per evaluator, the µs per call in every round.
 */
function alternated<T>(inputs: readonly T[], fns: readonly ((x: T) => number)[], rounds = 201): number[][] {
  for (const fn of fns) warm(inputs, fn);
  // Batches of about 300 µs for the slowest evaluator.
  const slowest = Math.max(...fns.map((fn) => batchUs(inputs, fn, 20)));
  const batch = Math.min(200, Math.max(2, Math.ceil(300 / slowest)));
  const out = fns.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (r + k) % fns.length;
      out[i]!.push(batchUs(inputs, fns[i]!, batch));
    }
  }
  return out;
}

async function timeAsync<T>(inputs: readonly T[], fn: (x: T) => Promise<unknown>, samples = 21, batch = 10): Promise<number> {
  for (let i = 0; i < batch * 3; i++) await fn(inputs[i % inputs.length]!);
  const per: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) await fn(inputs[i % inputs.length]!);
    per.push(((performance.now() - t) * 1000) / batch);
  }
  return median(per);
}

async function ratios(prefix: string, rules: readonly Rule[], facts: Facts[]): Promise<Metrics> {
  const tables = facts.map(tabulateFacts);
  const flatten = timeSync(facts, (f) => tabulateFacts(f).today);
  const [engine, support, walk] = alternated(tables, [
    (t) => engineOnly(rules, t),
    (t) => supportOnly(rules, t),
    (t) => treeWalk(rules, t),
  ]) as [number[], number[], number[]];
  // json-rules-engine is asynchronous and ~100× slower: a ratio of medians suffices against a goal of 0.02.
  const jreRules = jreEngine(rules, facts[0]!.today);
  const jf = tables.map(jreFacts);
  const jre = await timeAsync(jf, (f) => jreRules.run(f));
  const ours = median(engine);
  return {
    [`${prefix}.flatten_us_median`]: timing(round(flatten), 'µs'),
    [`${prefix}.engine_us_median`]: timing(round(ours), 'µs'),
    [`${prefix}.support_us_median`]: timing(round(median(support)), 'µs'),
    [`${prefix}.treewalk_us_median`]: timing(round(median(walk)), 'µs'),
    [`${prefix}.json_rules_engine_us_median`]: timing(round(jre), 'µs'),
    // The median over rounds of the engine's batch ÷ the bare walk's batch of the same round.
    [`${prefix}.ratio_vs_treewalk`]: ratio(round(median(engine.map((e, r) => e / walk[r]!))), 1.5),
    [`${prefix}.ratio_vs_json_rules_engine`]: ratio(round(ours / jre, 4), 0.02),
  };
}

/** gzip -9 size of `entry` built by vite in lib mode (minified, no public dir). */
async function bundleGzipBytes(entry: string): Promise<number> {
  const { build } = await import('vite');
  const outDir = join(ROOT, '.tmp', `rules-bundle-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  try {
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'silent',
      root: ROOT,
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        // lib mode keeps whitespace in ES output unless the output minifier is on
        rolldownOptions: { output: { minify: true } },
        lib: { entry, formats: ['es'], fileName: 'rules' },
      },
    } as Parameters<typeof build>[0]);
    const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    return files.reduce((n, f) => n + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function engineOnlyBytes(): Promise<number> {
  const entry = join(ROOT, '.tmp', `rules-engine-entry-${process.pid}.ts`);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(
    entry,
    "export { evaluateRulesWithSupport, tabulateFacts, unmetLeaves } from '../src/rules/engine';\nexport { RULES } from '../src/rules/kb/rules';\n",
  );
  try {
    return await bundleGzipBytes(entry);
  } finally {
    rmSync(entry, { force: true });
  }
}

export async function run(): Promise<Metrics> {
  const facts = sampleFacts(32);
  return {
    'rules.eval_us_median': timing(round(timeSync(facts, (f) => diagnose(f).causes.length)), 'µs'),
    ...(await ratios('rules', KB.rules, facts)),
    ...(await ratios('rules.synthetic300', syntheticRules(300), facts)),
    // ../README.md#the-rule-engine-and-knowledge-base's goal: "engine + bundled rules" — the evaluator and the
    // bundled rules (conditions, effects, sources), which is what runs per evaluation.
    'rules.bundle_gzip_bytes': size(await engineOnlyBytes(), 8192),
    // Everything diagnose ships, including the knowledge-base text the rules
    // point at (causes, checklist, clauses… in zh and en). It lives only in the
    // worker and the options page, never in a lender page or the popup.
    'rules.diagnose_bundle_gzip_bytes': size(await bundleGzipBytes(join(ROOT, 'src/rules/diagnose.ts'))),
  };
}
