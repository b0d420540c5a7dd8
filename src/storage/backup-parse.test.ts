import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());
import { MAX_BACKUP_CHARS, MAX_BACKUP_DEPTH } from './backup-format';
import { jsonDepth } from './backup-parse';
import { dumpStores, exportAll, openReopenDb, parseBackup, parseBackupFile, serializeBackup } from './index';
import type { Backup } from './index';
import { seededForBackup } from '../../test/fixtures/storage';

const emptyDb = () => openReopenDb({ factory: new IDBFactory() });

const seeded = seededForBackup;

// ---------------------------------------------------------------------------
// Hostile corpus

/** mulberry32: a tiny seeded PRNG so the corpus is the same on every run. */
const rng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
};
type Rng = ReturnType<typeof rng>;
type Json = Record<string, unknown>;

const WRONG: Record<'cases' | 'notes' | 'exhibits', [string, unknown[]][]> = {
  cases: [
    ['id', [42, '', 'has space', 'x'.repeat(65), null]],
    ['title', [{}, '', 'x'.repeat(201), 7]],
    ['createdAt', ['yesterday', 0, '2025-01-01']],
    ['updatedAt', [null, '31/01/2025']],
    ['answers', [[], 'x', { a: { nested: 1 } }, { 'bad key': 1 }]],
    ['checklist', [{ x: 'yes' }, [true]]],
    ['dates', [{ firstContact: '2025-13-40' }, { firstContact: 20250101 }, { 'Bad-Key': '2025-01-01' }]],
    ['product', ['loan-shark', 3]],
    ['status', ['maybe', false]],
  ],
  notes: [
    ['channel', ['fax', 1, null]],
    ['text', [5, 'x'.repeat(20_001), null]],
    ['at', [12, 'noon']],
    ['caseId', [{}, '']],
    ['ref', [99, 'x'.repeat(201)]],
  ],
  exhibits: [
    ['url', ['java' + 'script:alert(1)', 'ftp://x', 'https://a b', 1]],
    ['status', ['bogus']],
    ['text', ['', ' padded ', 'x'.repeat(501)]],
    ['observedAt', ['never']],
  ],
};
const REQUIRED = {
  cases: ['id', 'title', 'createdAt', 'answers', 'dates'],
  notes: ['id', 'at', 'channel', 'text'],
  exhibits: ['url', 'status', 'text'],
};
const STORES = ['cases', 'notes', 'exhibits'] as const;

const records = (b: Json, store: (typeof STORES)[number]) => b[store] as Json[];

const MUTATIONS: Record<string, (b: Json, r: Rng) => string> = {
  // Every proper prefix of one JSON object is invalid JSON.
  truncate: (b, r) => {
    const s = JSON.stringify(b);
    return s.slice(0, 1 + r.int(s.length - 1));
  },
  wrongType: (b, r) => {
    const store = r.pick(STORES);
    const rec = r.pick(records(b, store));
    const [field, values] = r.pick(WRONG[store]);
    rec[field] = r.pick(values);
    return JSON.stringify(b);
  },
  removeRequired: (b, r) => {
    const store = r.pick(STORES);
    delete r.pick(records(b, store))[r.pick(REQUIRED[store])];
    return JSON.stringify(b);
  },
  duplicate: (b, r) => {
    const store = r.pick(STORES);
    const list = records(b, store);
    list.splice(r.int(list.length + 1), 0, structuredClone(r.pick(list)));
    return JSON.stringify(b);
  },
  futureVersion: (b, r) => JSON.stringify({ ...b, version: 4 + r.int(1_000_000) }),
  badVersion: (b, r) => JSON.stringify({ ...b, version: r.pick(['1', 1.5, 0, -1, null, true, [1], {}]) }),
  missingTopLevel: (b, r) => {
    delete b[r.pick(['format', 'version', 'exportedAt', 'cases', 'notes', 'exhibits', 'images'])];
    return JSON.stringify(b);
  },
  badFormat: (b, r) => JSON.stringify({ ...b, format: r.pick(['reopen', 'REOPEN-BACKUP', '', 1, null, `reopen-backup-${r.int(1e6)}`]) }),
  orphan: (b, r) => {
    const store = r.pick(['notes', 'exhibits'] as const);
    r.pick(records(b, store)).caseId = `ghost-${r.int(1e6)}`;
    return JSON.stringify(b);
  },
  extraField: (b, r) => {
    r.pick(records(b, r.pick(STORES)))[`extra${r.int(1000)}`] = r.int(10);
    return JSON.stringify(b);
  },
  extraTopLevel: (b, r) => JSON.stringify({ ...b, [`x${r.int(1000)}`]: [] }),
  topLevelType: (b, r) => JSON.stringify({ ...b, [r.pick(['cases', 'notes', 'exhibits', 'settings'])]: r.pick([{}, 'x', 1, null, true]) }),
  deepNesting: (b, r) => {
    const n = MAX_BACKUP_DEPTH + 1 + r.int(10_000);
    const deep = r.next() < 0.5 ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n);
    return JSON.stringify(b).replace('"cases":[', `"cases":[${deep},`);
  },
  garbage: (_b, r) => {
    let s = '';
    const len = 1 + r.int(3000);
    for (let i = 0; i < len; i++) s += String.fromCharCode(r.int(256));
    return s;
  },
  protoPayload: (b, r) =>
    r.pick([
      () => `{"__proto__":${JSON.stringify(b)}}`,
      () => `{"constructor":{"prototype":${JSON.stringify(b)}}}`,
      () => JSON.stringify(b).replace('"format":"reopen-backup"', '"__proto__":{"format":"reopen-backup"}'),
      () => JSON.stringify(b).replace('"version":3', '"prototype":{"version":3}'),
    ])(),
  sealedWithoutKey: (b, r) => {
    const list = records(b, 'notes');
    const i = r.int(list.length);
    const n = list[i]!;
    list[i] = { id: n.id, caseId: n.caseId, at: n.at, channel: n.channel, enc: { v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' } };
    return JSON.stringify(b);
  },
  nonFinite: (b, r) => JSON.stringify(b).replace('"months":', `"months":${r.pick(['', '-'])}1e${400 + r.int(1e5)},"m2":`),
  nonJsonTokens: (b, r) => JSON.stringify(b).replace('"version":3', `"version":${r.pick(['NaN', 'Infinity', 'undefined', '01', '1,'])}`),
  wrongRoot: (b, r) => r.pick([JSON.stringify([b]), JSON.stringify(JSON.stringify(b)), 'null', '0', '"reopen-backup"', 'true']),
};

const HANDWRITTEN: string[] = [
  '',
  ' ',
  '\n\t',
  '{}',
  '[]',
  'null',
  '{"format":"reopen-backup"}',
  '{"format":"reopen-backup","version":4,"exportedAt":"2030-01-01T00:00:00Z","cases":[],"notes":[],"exhibits":[],"images":[]}',
  '{"format":"reopen-backup","version":999999999999,"cases":[]}',
  '{"format":"reopen-backup","version":1,"exportedAt":"2025-01-01T00:00:00Z","cases":[],"notes":[],"exhibits":[],"__proto__":{"polluted":1},"settings":[{"key":"__proto__","value":1}]}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '\uFEFF{"format":"reopen-backup","version":1}',
  '{"format":"reopen-backup","version":1,"exportedAt":"2025-01-01T00:00:00Z","cases":[],"notes":[],"exhibits":[]', // truncated
  '['.repeat(10_000) + ']'.repeat(10_000),
  '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
  '['.repeat(100_000), // unterminated deep nesting
  '"' + '\\"['.repeat(5000) + '"', // brackets in a string are not nesting: valid JSON string, wrong root
  'x'.repeat(MAX_BACKUP_CHARS + 1),
  ' '.repeat(MAX_BACKUP_CHARS) + '{}',
  '\u0000\u0001\u0002',
  '\uD800',
  '{"format":"reopen-backup","version":1,"exportedAt":"2025-01-01T00:00:00Z","cases":[{"id":"a","createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","title":"t","answers":{},"checklist":{},"dates":{}},{"id":"a","createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","title":"t2","answers":{},"checklist":{},"dates":{}}],"notes":[],"exhibits":[]}',
  '{"format":"reopen-backup","version":1,"exportedAt":"2025-01-01T00:00:00Z","cases":[],"notes":[],"exhibits":[],"encryption":{"id":"lock","keyId":"k","createdAt":"2025-01-01T00:00:00Z","kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":1,"salt":"AAAA"},"wrap":{"name":"AES-GCM","iv":"AAAA","wrapped":"AAAA"}}}',
];

describe('hostile import corpus', () => {
  it('jsonDepth scans 100k-deep input without recursion and ignores brackets inside strings', () => {
    expect(jsonDepth('['.repeat(100_000))).toBe(100_000);
    expect(jsonDepth('{"a":"[[[[\\"[[[","b":[1,[2]]}')).toBe(3);
    expect(jsonDepth('['.repeat(100_000), 20)).toBe(21);
  });

  it('rejects at least 1,000 malformed and hostile files with a message, leaving the database unchanged', async () => {
    const db = await seeded();
    const valid = (await exportAll(db)).backup as unknown as Json;
    // A sanity check that the base is acceptable, so each mutation is what makes it fail.
    expect((await parseBackup(await emptyDb(), JSON.stringify(valid))).ok).toBe(true);
    const before = await dumpStores(db);

    const r = rng(0x5eed);
    const corpus: { name: string; text: string }[] = HANDWRITTEN.map((text, i) => ({ name: `hand-${i}`, text }));
    const seen = new Set(HANDWRITTEN);
    const names = Object.keys(MUTATIONS);
    // Distinct inputs only; every mutation kind keeps contributing.
    for (let i = 0; corpus.length < 1_100 && i < 20_000; i++) {
      const name = names[i % names.length]!;
      const text = MUTATIONS[name]!(structuredClone(valid), r);
      if (seen.has(text)) continue;
      seen.add(text);
      corpus.push({ name: `${name}-${i}`, text });
    }
    expect(corpus.length).toBeGreaterThanOrEqual(1_000);
    for (const name of names)
      expect(
        corpus.some((c) => c.name.startsWith(`${name}-`)),
        name,
      ).toBe(true);

    // Each generated kind must fail for its own reason, not by accident.
    const reason: Record<string, string> = {
      truncate: 'not valid JSON',
      wrongType: 'invalid data',
      removeRequired: 'invalid data',
      duplicate: 'twice',
      futureVersion: 'newer Reopen',
      orphan: 'missing case',
      extraField: 'invalid data',
      deepNesting: 'nested too deeply',
      sealedWithoutKey: 'key data',
      nonFinite: 'invalid data',
      nonJsonTokens: 'not valid JSON',
    };
    const parseSpy = vi.spyOn(JSON, 'parse');
    const accepted: string[] = [];
    for (const { name, text } of corpus) {
      parseSpy.mockClear();
      const result = await parseBackup(db, text);
      if (result.ok) {
        accepted.push(name);
        continue;
      }
      expect(result.error.zh.length, name).toBeGreaterThan(0);
      expect(result.error.en.length, name).toBeGreaterThan(0);
      expect(/[\u4e00-\u9fff]/.test(result.error.zh), name).toBe(true);
      const expected = reason[name.replace(/-\d+$/, '')];
      if (expected) expect(result.error.en, name).toContain(expected);
      // Size and depth are refused before JSON.parse ever runs.
      if (text.length > MAX_BACKUP_CHARS || jsonDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
        expect(parseSpy, name).not.toHaveBeenCalled();
      }
    }
    expect(accepted).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await dumpStores(db)).toEqual(before);
  });

  it('names the reason for the common cases', async () => {
    const db = await emptyDb();
    const valid = (await exportAll(await seeded())).backup as Backup;
    const msg = async (text: string) => {
      const r = await parseBackup(db, text);
      return r.ok ? 'ACCEPTED' : r.error.en;
    };
    expect(await msg(JSON.stringify({ ...valid, version: 7 }))).toContain('newer Reopen');
    expect(await msg('x'.repeat(MAX_BACKUP_CHARS + 1))).toContain('too large');
    expect(await msg('['.repeat(10_000))).toContain('nested too deeply');
    expect(await msg('{"format":')).toContain('not valid JSON');
    expect(await msg(JSON.stringify({ ...valid, cases: [...valid.cases, valid.cases[0]] }))).toContain('twice');
    expect(await msg(JSON.stringify({ ...valid, notes: [{ ...valid.notes[0], channel: 'fax' }] }))).toContain('notes[0].channel');
  });
});

describe('only UTF-8 backup files', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it('refuses GBK, overlong and stray bytes with a clear message, and writes nothing', async () => {
    const db = await seeded();
    const before = await dumpStores(db);
    const text = serializeBackup((await exportAll(db)).backup);
    const [head = '', tail = ''] = text.split('借呗额度关闭');
    // 借呗 in GBK is 0xBD 0xE8 0xDF 0xC2: not UTF-8.
    const gbk = new Uint8Array([...utf8(head), 0xbd, 0xe8, 0xdf, 0xc2, ...utf8(tail)]);
    const overlong = new Uint8Array([...utf8(head), 0xc0, 0xaf, ...utf8(tail)]);
    const stray = new Uint8Array([...utf8(head), 0xff, ...utf8(tail)]);
    for (const [name, bytes] of [
      ['gbk', gbk],
      ['overlong', overlong],
      ['stray', stray],
    ] as const) {
      const parsed = await parseBackupFile(db, bytes);
      expect(parsed.ok, name).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.zh).toContain('UTF-8');
        expect(parsed.error.en).toContain('not UTF-8');
      }
    }
    expect(await dumpStores(db)).toEqual(before);
    // The same file as UTF-8, with or without a byte-order mark, is read.
    expect((await parseBackupFile(db, utf8(text))).ok).toBe(true);
    expect((await parseBackupFile(db, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).ok).toBe(true);
  });
});
