// Medians and ratios: the only statistics the benches report (docs/testing.md#timings).
// The machine is shared, so a mean would follow its outliers; a median does not.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Interleaved runs A0 B0 A1 B1 … An: each B is compared with the mean of the
 * two A runs around it, so a drift that builds over the run (caches warming,
 * a neighbour starting a build) affects both sides of every pair alike, and
 * neither side always goes first. Returns A/B per pair; `as.length` must be
 * `bs.length + 1`.
 */
export function bracketedRatios(as: readonly number[], bs: readonly number[]): number[] {
  if (as.length !== bs.length + 1) throw new Error(`bracketedRatios: ${as.length} A runs around ${bs.length} B runs`);
  return bs.map((b, i) => (as[i]! + as[i + 1]!) / 2 / b);
}

/** The same pairing as bracketedRatios, as differences A − B. */
export function bracketedDifferences(as: readonly number[], bs: readonly number[]): number[] {
  if (as.length !== bs.length + 1) throw new Error(`bracketedDifferences: ${as.length} A runs around ${bs.length} B runs`);
  return bs.map((b, i) => (as[i]! + as[i + 1]!) / 2 - b);
}
