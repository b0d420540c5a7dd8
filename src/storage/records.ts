// Shapes that exist only at rest: an encrypted note, the wrapped-key record and
// settings. The plain shapes (Case, Note, Exhibit, Reminder) live in
// src/shared/case.ts because the message contract carries them too.
import { z } from '../shared/zod';
import { ContactChannelSchema, IdSchema, IsoDateTimeSchema, NoteSchema } from '../shared/case';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const b64 = (what: string, max: number) =>
  z
    .string()
    .check(
      z.minLength(1, `${what}: must not be empty`),
      z.maxLength(max, `${what}: at most ${max} characters`),
      z.regex(BASE64, `${what}: must be base64`),
    );

/**
 * A note whose ref, text and appealText are sealed with AES-GCM. `id`, `caseId`,
 * `at` and `channel` stay in clear so the timeline can be listed and sorted
 * while locked; `iv` is fresh per write and `ct` is bound to `id` (AAD).
 */
export const EncryptedNoteSchema = z.strictObject({
  id: IdSchema,
  caseId: IdSchema,
  at: IsoDateTimeSchema,
  channel: ContactChannelSchema,
  enc: z.strictObject({
    v: z.literal(1),
    iv: b64('enc.iv', 24),
    // 3 capped fields of up to 20,000 UTF-16 units each, as UTF-8 JSON, in base64.
    ct: b64('enc.ct', 260_000),
  }),
});
export type EncryptedNote = z.infer<typeof EncryptedNoteSchema>;

/** What the notes store holds: a plain note or an encrypted one. */
export const StoredNoteSchema = z.union([NoteSchema, EncryptedNoteSchema]);
export type StoredNote = z.infer<typeof StoredNoteSchema>;

export const isEncryptedNote = (note: StoredNote): note is EncryptedNote => 'enc' in note;

/** Minimum PBKDF2 iterations accepted from a stored or imported record (tests use ~1,000). */
export const MIN_ITERATIONS = 1_000;
/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256; README.md#the-case-file fixes 600,000. */
export const DEFAULT_ITERATIONS = 600_000;

/**
 * The passphrase lock: a random AES-GCM-256 data key wrapped by a key derived
 * from the passphrase. `keyId` never changes for the life of a data key (a
 * passphrase change rewraps the same key), so a backup's notes can be matched
 * to the key that sealed them.
 */
export const KeyRecordSchema = z.strictObject({
  id: z.literal('lock'),
  keyId: IdSchema,
  createdAt: IsoDateTimeSchema,
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(10_000_000)),
    salt: b64('kdf.salt', 64),
  }),
  wrap: z.strictObject({
    name: z.literal('AES-GCM'),
    iv: b64('wrap.iv', 24),
    wrapped: b64('wrap.wrapped', 128),
  }),
});
export type KeyRecord = z.infer<typeof KeyRecordSchema>;

const SETTING_KEY = /^[A-Za-z0-9_.-]+$/;
/** Settings are small JSON values: the options page decides their meaning. */
export const SettingValueSchema = z.union([
  z.null(),
  z.boolean(),
  z.number().check(z.refine(Number.isFinite, 'setting: must be a finite number')),
  z.string().check(z.maxLength(2_000, 'setting: at most 2000 characters')),
  z.array(z.string().check(z.maxLength(500, 'setting item: at most 500 characters'))).check(z.maxLength(500, 'setting: at most 500 items')),
]);
export type SettingValue = z.infer<typeof SettingValueSchema>;

/** Bounds of the auto-lock's idle time, in minutes: at least one minute, at most a day. */
export const IDLE_MINUTES = { min: 1, max: 1_440 } as const;

/**
 * Every setting Reopen keeps, with the values it accepts. A key not listed
 * here is refused, so an imported backup cannot plant a value that no screen
 * shows or bounds (docs/trust-model.md#imported-settings).
 */
export const SETTING_RULES: readonly { key: string | RegExp; what: string; valid: (v: SettingValue) => boolean }[] = [
  {
    key: 'lockIdleMinutes',
    what: `a whole number of minutes from ${IDLE_MINUTES.min} to ${IDLE_MINUTES.max}`,
    valid: (v) => typeof v === 'number' && Number.isInteger(v) && v >= IDLE_MINUTES.min && v <= IDLE_MINUTES.max,
  },
  // "Don't show this here again" on the page tip, per host and status.
  { key: /^dismissed\.[a-z0-9.-]+\.[a-z]+$/, what: 'true or false', valid: (v) => typeof v === 'boolean' },
];

const ruleFor = (key: string) => SETTING_RULES.find((r) => (typeof r.key === 'string' ? r.key === key : r.key.test(key)));

export const SettingRecordSchema = z
  .strictObject({
    key: z
      .string()
      .check(
        z.minLength(1, 'setting key: must not be empty'),
        z.maxLength(200, 'setting key: at most 200 characters'),
        z.regex(SETTING_KEY, 'setting key: only letters, digits, ".", "-" and "_"'),
      ),
    value: SettingValueSchema,
  })
  .check(
    z.superRefine((record, ctx) => {
      const rule = ruleFor(record.key);
      if (!rule)
        ctx.addIssue({ code: 'custom', path: ['key'], message: `setting key: ${record.key} is not a Reopen setting`, input: record.key });
      else if (!rule.valid(record.value)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `${record.key}: must be ${rule.what}`, input: record.value });
      }
    }),
  );
export type SettingRecord = z.infer<typeof SettingRecordSchema>;
