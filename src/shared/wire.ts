// The small schemas every message is built from: capped strings, a bilingual
// string, a source as the popup shows it, a day, an id. One definition each, so
// the contract (messages.ts) and the diagnosis it carries (diagnosis.ts) agree.
import { z } from './zod';
import { STATUSES } from './status';
import { LIMITS } from './case';

export const text = (max: number) => z.string().check(z.maxLength(max));
export const httpsUrl = z.string().check(
  z.maxLength(2048),
  z.refine((u) => /^https?:\/\//i.test(u), { error: 'must be an http(s) URL' }),
);
export const status = z.enum(STATUSES);

export const bilingual = z.object({ zh: text(4000), en: text(4000) });
// A source as the popup shows it: its catalogue id (the anchor on the Sources
// page), its citation and its level; the page itself holds the rest.
export const source = z.object({ id: text(64), cite: bilingual, level: z.enum(['confirmed', 'reported', 'unverified']) });
/** A list the receiver only reads: the engine hands out shared, frozen knowledge-base items (src/rules/types.ts). */
export const list = <T extends z.core.SomeType>(item: T) => z.readonly(z.array(item));
export const sourced = { sources: list(source).check(z.maxLength(20)), level: z.enum(['confirmed', 'reported', 'unverified']) };
export const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.regex(/^[A-Za-z0-9_-]+$/));
export const lang = z.enum(['zh', 'en']);
