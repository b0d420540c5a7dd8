import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_CHARS, MAX_BACKUP_DEPTH, exportAll, importBackup, jsonDepth, parseBackup, serializeBackup } from './backup';
import type { Backup } from './backup';
import { dumpStores, listNotes, openReopenDb, saveBatch, saveReminder, setSetting } from './db';
import type { ReopenDb } from './db';
import { StorageError } from './errors';
import { enableLock, unlock } from './lock';
import { sampleCase, sampleNote, sampleExhibit } from './sample-data';

const FAST = { iterations: 1_000 };
const PASS = 'backup passphrase 口令';

const emptyDb = () => openReopenDb({ factory: new IDBFactory() });

const seeded = async (): Promise<ReopenDb> => {
  const db = await emptyDb();
  await saveBatch(db, {
    cases: [0, 1, 2].map((i) => sampleCase(i)),
    notes: Array.from({ length: 10 }, (_, i) => sampleNote(i, `case-${i % 3}`, i === 4 ? { appealText: '申诉信全文' } : {})),
    exhibits: [sampleExhibit(0, 'case-0'), sampleExhibit(1, 'case-2')],
  });
  await setSetting(db, 'language', 'zh_CN');
  await saveReminder(db, { caseId: 'case-1', deadlineId: 'lender-15d', lastNotifiedDay: '2025-03-10' });
  return db;
};

/** The same base64 text with one character changed (still valid base64). */
const flip = (b64: string): string => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);

const parsedOk = async (db: ReopenDb, text: string) => {
  const parsed = await parseBackup(db, text);
  if (!parsed.ok) throw new Error(`unexpected rejection: ${parsed.error.en}`);
  return parsed;
};

afterEach(() => vi.restoreAllMocks());

describe('export and import', () => {
  it('round-trips everything into an empty browser, then previews a re-import as replacements', async () => {
    const source = await seeded();
    const { backup, corrupt } = await exportAll(source);
    expect(corrupt).toEqual([]);
    expect(backup).toMatchObject({ format: 'reopen-backup', version: 2 });
    expect(backup.encryption).toBeUndefined();
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(backup));
    expect(parsed.preview).toMatchObject({
      add: { cases: 3, notes: 10, exhibits: 2 },
      replace: { cases: 0, notes: 0, exhibits: 0 },
      settings: 1,
      reminders: 1,
      encryption: 'none',
      needsUnlock: false,
    });
    expect(await dumpStores(target)).toEqual(await dumpStores(await emptyDb())); // parsing wrote nothing
    await parsed.apply();
    expect(await dumpStores(target)).toEqual(await dumpStores(source));
    const again = await parsedOk(target, serializeBackup(backup));
    expect(again.preview.add).toEqual({ cases: 0, notes: 0, exhibits: 0 });
    expect(again.preview.replace).toEqual({ cases: 3, notes: 10, exhibits: 2 });
  });

  it('reads a version-1 backup, whose exhibits were called observations', async () => {
    const { backup } = await exportAll(await seeded());
    const { exhibits, ...rest } = backup;
    const v1 = JSON.stringify({ ...rest, version: 1, observations: exhibits });
    const target = await emptyDb();
    const parsed = await parsedOk(target, v1);
    expect(parsed.preview.add).toEqual({ cases: 3, notes: 10, exhibits: 2 });
    await parsed.apply();
    expect((await dumpStores(target)).exhibits).toEqual(exhibits);
  });

  it('a locked case file exports encrypted and is adopted as is by an empty browser', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    expect(backup.encryption?.keyId).toBeTruthy();
    expect(serializeBackup(backup)).not.toContain('申诉信全文');
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(backup));
    expect(parsed.preview.encryption).toBe('adopt-key');
    await parsed.apply();
    const key = await unlock(target, PASS);
    const notes = await listNotes(target, undefined, { key });
    expect(notes.corrupt).toEqual([]);
    expect(notes.items.find((n) => n.id === 'note-4')).toMatchObject({ appealText: '申诉信全文' });
  });

  it('adopting a lock never leaves a plain note in clear text: it needs the backup passphrase and seals them', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    // A backup that mixes sealed notes with a plain one (e.g. edited by hand).
    const mixed = { ...backup, notes: [...backup.notes, sampleNote(99, 'case-0', { text: '明文备注' })] };
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(mixed as Backup));
    expect(parsed.preview.encryption).toBe('adopt-key');
    const before = await dumpStores(target);
    await expect(parsed.apply()).rejects.toMatchObject({ code: 'locked' });
    expect(await dumpStores(target)).toEqual(before);
    await parsed.apply({ backupPassphrase: PASS });
    expect(JSON.stringify(await dumpStores(target))).not.toContain('明文备注');
    const key = await unlock(target, PASS);
    expect((await listNotes(target, undefined, { key })).items.find((n) => n.id === 'note-99')).toMatchObject({ text: '明文备注' });
  });

  it('a damaged sealed note is refused at import when the key is at hand, and nothing is written', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    const notes = backup.notes.map((n, i) => (i === 0 && 'enc' in n ? { ...n, enc: { ...n.enc, ct: flip(n.enc.ct) } } : n));
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup({ ...backup, notes } as Backup));
    const before = await dumpStores(target);
    await expect(parsed.apply({ backupPassphrase: PASS })).rejects.toBeInstanceOf(StorageError);
    expect(await dumpStores(target)).toEqual(before);
  });

  it('exports decrypted when the user chooses so', async () => {
    const source = await seeded();
    const key = await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source, { decryptWith: key });
    expect(backup.encryption).toBeUndefined();
    expect(backup.notes.find((n) => n.id === 'note-4')).toMatchObject({ appealText: '申诉信全文' });
  });

  it('a backup sealed with another passphrase needs it, and is resealed with this browser’s key', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const text = serializeBackup((await exportAll(source)).backup);
    const target = await emptyDb();
    await saveBatch(target, { cases: [sampleCase(9)] });
    const localKey = await enableLock(target, 'local passphrase', FAST);
    const parsed = await parsedOk(target, text);
    expect(parsed.preview).toMatchObject({ encryption: 'needs-backup-passphrase', needsUnlock: true });
    const before = await dumpStores(target);
    const missing = await parsed.apply({ key: localKey }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StorageError);
    expect((missing as StorageError).code).toBe('locked');
    const wrong = await parsed.apply({ key: localKey, backupPassphrase: 'nope nope nope' }).catch((e: unknown) => e);
    expect((wrong as StorageError).code).toBe('locked');
    expect(await dumpStores(target)).toEqual(before);
    await parsed.apply({ key: localKey, backupPassphrase: PASS });
    const notes = await listNotes(target, undefined, { key: localKey });
    expect(notes.corrupt).toEqual([]);
    expect(notes.items).toHaveLength(10);
    expect(JSON.stringify(await dumpStores(target))).not.toContain('申诉信全文');
  });

  it('a plain backup into a locked browser needs the unlocked key and is sealed on the way in', async () => {
    const text = serializeBackup((await exportAll(await seeded())).backup);
    const target = await emptyDb();
    const key = await enableLock(target, PASS, FAST);
    const parsed = await parsedOk(target, text);
    expect(parsed.preview.needsUnlock).toBe(true);
    const before = await dumpStores(target);
    await expect(parsed.apply()).rejects.toMatchObject({ code: 'locked' });
    expect(await dumpStores(target)).toEqual(before);
    await parsed.apply({ key });
    expect(JSON.stringify((await dumpStores(target)).notes)).not.toContain('申诉信全文');
    expect((await listNotes(target, undefined, { key })).items).toHaveLength(10);
  });

  it('strips prototype-polluting keys and pollutes nothing', async () => {
    const source = await seeded();
    const { backup } = await exportAll(source);
    const text = serializeBackup(backup)
      .replace('{"format"', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"')
      .replace('"answers":{', '"answers":{"__proto__":{"isAdmin":true},');
    const target = await emptyDb();
    const parsed = await parsedOk(target, text);
    await parsed.apply();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.backup.cases[0]!.answers)).toBe(Object.prototype);
    expect(await dumpStores(target)).toEqual(await dumpStores(source));
  });

  it('importBackup is all or nothing: a fault in the middle leaves the database as it was', async () => {
    const backup = (await exportAll(await seeded())).backup;
    const target = await emptyDb();
    await saveBatch(target, { cases: [sampleCase(7)] });
    const before = await dumpStores(target);
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 8) throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(importBackup(target, backup)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpStores(target)).toEqual(before);
  });
});

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
  futureVersion: (b, r) => JSON.stringify({ ...b, version: 2 + r.int(1_000_000) }),
  badVersion: (b, r) => JSON.stringify({ ...b, version: r.pick(['1', 1.5, 0, -1, null, true, [1], {}]) }),
  missingTopLevel: (b, r) => {
    delete b[r.pick(['format', 'version', 'exportedAt', 'cases', 'notes', 'exhibits'])];
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
      () => JSON.stringify(b).replace('"version":2', '"prototype":{"version":2}'),
    ])(),
  sealedWithoutKey: (b, r) => {
    const list = records(b, 'notes');
    const i = r.int(list.length);
    const n = list[i]!;
    list[i] = { id: n.id, caseId: n.caseId, at: n.at, channel: n.channel, enc: { v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' } };
    return JSON.stringify(b);
  },
  nonFinite: (b, r) => JSON.stringify(b).replace('"months":', `"months":${r.pick(['', '-'])}1e${400 + r.int(1e5)},"m2":`),
  nonJsonTokens: (b, r) => JSON.stringify(b).replace('"version":2', `"version":${r.pick(['NaN', 'Infinity', 'undefined', '01', '1,'])}`),
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
  '{"format":"reopen-backup","version":3,"exportedAt":"2030-01-01T00:00:00Z","cases":[],"notes":[],"exhibits":[]}',
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
