// Stored answers as the questionnaire reads them now. A case keeps what the user
// chose under `case.answers[<question id>]` (strings, or the numbers and
// booleans older builds stored); questionnaire v1 asked about an expired ID and
// a changed phone separately, and about a Sesame-score drop, which is
// Alipay-only and too weak to rank on (docs/sources.md#causes). They are mapped
// here, on read, so nothing the user answered is lost and no migration is needed:
// the stored case keeps its words until the user answers the new question.
import { QUESTION_BY_ID } from './questions';

/** v2 questions that replace v1 ones: answering the new one clears the old answers it was read from. */
export const LEGACY_ANSWER_KEYS: Readonly<Record<string, readonly string[]>> = {
  q_account_change: ['q_id_expired', 'q_device_change'],
};

/** The v2 answer a pair of v1 answers means, or undefined when they say nothing. */
function accountChange(idExpired: string | undefined, deviceChange: string | undefined): string | undefined {
  if (idExpired === 'yes') return 'id_expired';
  if (deviceChange === 'yes') return 'phone_device';
  if (idExpired === 'no' && deviceChange === 'no') return 'none';
  return undefined;
}

/**
 * The answers of a stored case by v2 question id, each one of the question's
 * options (`unsure` included). An answer to a question that no longer exists,
 * or a value that is not an option, is left out: it cannot be evidence.
 */
export function answersOf(stored: Readonly<Record<string, string | number | boolean>>): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored)) raw[key] = String(value);
  const mapped = accountChange(raw.q_id_expired, raw.q_device_change);
  if (raw.q_account_change === undefined && mapped) raw.q_account_change = mapped;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (QUESTION_BY_ID.get(key)?.options.some((o) => o.value === value)) out[key] = value;
  }
  return out;
}
