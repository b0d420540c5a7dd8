// FactsSchema: validates the facts the worker receives (from the content
// script's status detection, the popup's questionnaire and the stored case)
// before `diagnose`. Answers are checked against each question's options.
import { PRODUCTS } from '../shared/products';
import { STATUSES } from '../shared/status';
import { z } from '../shared/zod';
import { dayNumber } from './dates';
import { QUESTIONS } from './questions';
import type { Facts } from './types';
import { CASE_DATE_KEYS } from './types';

/** A real calendar date written `YYYY-MM-DD` (rejects 2025-02-29). */
export const IsoDateSchema = z.string().check(z.refine((s) => dayNumber(s) !== undefined, 'expected a YYYY-MM-DD date'));

const amount = z.number().check(z.gte(0), z.lte(1e9));

const answerShape = Object.fromEntries(
  QUESTIONS.map((q) => [q.id, z.optional(z.enum(q.options.map((o) => o.value) as [string, ...string[]]))]),
);

export const FactsSchema = z.object({
  today: IsoDateSchema,
  lender: z.optional(z.string().check(z.maxLength(100))),
  product: z.optional(z.enum(PRODUCTS)),
  status: z.optional(
    z.object({
      status: z.enum(STATUSES),
      // Page text: trimmed and bounded; it is shown back only as text (docs/trust-model.md#page-text-is-data).
      evidence: z.optional(z.string().check(z.trim(), z.maxLength(500))),
      months: z.optional(z.int().check(z.gte(0), z.lte(120))),
      seen: z.optional(IsoDateSchema),
      limitBefore: z.optional(amount),
      limitAfter: z.optional(amount),
    }),
  ),
  answers: z.object(answerShape),
  caseDates: z.optional(z.partialRecord(z.enum(CASE_DATE_KEYS), IsoDateSchema)),
});

/** Parses unknown input into Facts, or returns the zod error. */
export function parseFacts(input: unknown): { success: true; data: Facts } | { success: false; error: unknown } {
  const r = FactsSchema.safeParse(input);
  return r.success ? { success: true, data: r.data as Facts } : { success: false, error: r.error };
}
