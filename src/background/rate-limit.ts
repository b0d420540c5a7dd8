// How often one tab may ask for something that writes or hands out case data
// (docs/trust-model.md#worker-derives-facts): a content script can send as
// fast as it likes, a person clicks a few times a minute. A token bucket per
// tab and purpose, in the worker's memory: when the worker stops after ~30 s
// idle the buckets are full again, which is no faster than their refill.
import type { Bilingual } from '../shared/bilingual';
import { Refusal } from './refusal';

export interface Rate {
  /** What is limited (one bucket per tab and purpose). */
  purpose: string;
  /** How many at once. */
  burst: number;
  /** Milliseconds until one more is allowed. */
  refillMs: number;
  /** What the user reads when the tab asked too often. */
  refused: Bilingual;
}

const buckets = new Map<string, { tokens: number; at: number }>();

/** Takes one token of `rate` for `tabId`, or throws a Refusal with the rate's message. */
export function spend(rate: Rate, tabId: number, now = Date.now()): void {
  const key = `${rate.purpose}:${tabId}`;
  const bucket = buckets.get(key) ?? { tokens: rate.burst, at: now };
  const tokens = Math.min(rate.burst, bucket.tokens + (now - bucket.at) / rate.refillMs);
  if (tokens < 1) {
    buckets.set(key, { tokens, at: now });
    throw new Refusal(rate.refused);
  }
  buckets.set(key, { tokens: tokens - 1, at: now });
}

/** Forgets a closed tab's buckets. */
export function forgetRates(tabId: number): void {
  for (const key of [...buckets.keys()]) if (key.endsWith(`:${tabId}`)) buckets.delete(key);
}
