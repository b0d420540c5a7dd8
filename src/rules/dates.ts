// Calendar arithmetic on ISO `YYYY-MM-DD` dates as whole UTC day numbers, so
// that no local time zone or daylight-saving shift can move a deadline.
// The legal time limits we compute (征信业管理条例 Arts. 25–26; CBIRC Order 2020
// No. 3) are written in 日 = calendar days: weekends and public holidays count.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic
// Gregorian arithmetic without Date objects (fast, and no time zone at all).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const monthLength = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** Days since 1970-01-01 for a real calendar date, else undefined (e.g. 2025-02-29). */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) return undefined;
  return daysFromCivil(y, mo, d);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The ISO date of a day number. */
export function isoFromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return `${pad(era * 400 + yoe + (m <= 2 ? 1 : 0), 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `iso` plus `days` calendar days (negative to go back). Throws on an invalid date. */
export function addCalendarDays(iso: string, days: number): string {
  const n = dayNumber(iso);
  if (n === undefined) throw new RangeError(`not a date: ${iso}`);
  return isoFromDay(n + days);
}

/**
 * `iso` plus `months` calendar months: the same day of the month, or the
 * month's last day when it has fewer (2026-08-31 + 6 → 2027-02-28), as a
 * waiting period of "6个月" is read. Throws on an invalid date.
 */
export function addCalendarMonths(iso: string, months: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m || dayNumber(iso) === undefined) throw new RangeError(`not a date: ${iso}`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(Math.min(Number(m[3]), monthLength(y, mo)), 2)}`;
}

/**
 * Today as YYYY-MM-DD in the user's own time zone: the day the user lives in,
 * which is what a deadline counted in calendar days starts from. The only
 * function here that reads a clock, and only when no `now` is passed.
 */
export function localToday(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
