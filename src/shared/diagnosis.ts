// The diagnosis as it travels from the worker to the popup (README.md#the-rule-engine-and-knowledge-base).
import { z } from './zod';
import { APPEAL_CHANNELS } from './channels';
import { bilingual, day, id, list, sourced, text } from './wire';

/**
 * The one schema of a diagnosis as it travels to the popup. The engine's own
 * `Diagnosis` (src/rules/types.ts) carries more (which rules fired, the
 * knowledge-base fields behind each item); it is checked assignable to this
 * type (src/background/handlers/handlers.test-d.ts), so the worker returns it
 * as it is and the router strips it to this shape.
 */
export const DiagnosisSchema = z.object({
  today: day,
  causes: list(
    z.object({
      id: text(64),
      title: bilingual,
      score: z.number(),
      confidence: z.enum(['high', 'medium', 'low']),
      evidence: list(bilingual),
      explanation: bilingual,
      check: list(bilingual),
      whatWouldChange: list(bilingual),
      ...sourced,
    }),
  ),
  checklist: list(
    z.object({ id: text(64), group: text(32), text: bilingual, documents: list(bilingual), validUntil: z.optional(day), ...sourced }),
  ),
  clauses: list(z.object({ id: text(64), kind: z.enum(['fact', 'request', 'remedy']), text: bilingual, ...sourced })),
  deadlines: list(
    z.object({
      id: text(64),
      step: z.number(),
      title: bilingual,
      text: bilingual,
      next: bilingual,
      state: z.enum(['not_started', 'waiting', 'overdue', 'answered']),
      start: z.optional(day),
      due: z.optional(day),
      extendedDue: z.optional(day),
      maxDue: z.optional(day),
      daysLeft: z.optional(z.number()),
      ...sourced,
    }),
  ),
  warnings: list(z.object({ id: text(64), title: bilingual, text: bilingual, ...sourced })),
  financing: list(z.object({ id: text(64), title: bilingual, text: bilingual, ...sourced })),
  whatWouldChange: list(bilingual),
  expired: list(text(64)),
  /** What the status usually means, what the user can do now, and the tip's one line. */
  meaning: z.optional(z.object({ id: text(64), meaning: bilingual, now: bilingual, summary: bilingual, ...sourced })),
  /** The status's common causes that no evidence singles out: listed unranked, never as a finding. */
  common: list(z.object({ id: text(64), title: bilingual, explanation: bilingual, check: list(bilingual), ...sourced })),
  /** Question ids to ask, the one that would change the likely causes most first. */
  questions: list(id),
  /** "What this means for you" (README.md#what-a-user-can-do). */
  impacts: list(z.object({ id: text(64), title: bilingual, text: bilingual, ...sourced })),
  retryFrom: z.optional(day),
  /** The appeal texts worth offering for this case. */
  channels: list(z.enum(APPEAL_CHANNELS)),
});
export type DiagnosisView = z.infer<typeof DiagnosisSchema>;
