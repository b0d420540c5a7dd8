// A row of a record list or table (借款记录, 订单, 提额记录, 领取记录): the state in a row under its date is that
// record's — a loan that never paid out, a closed order, an application refused last year — not the line's now
// (README.md#on-the-page; the record pages of test/fixtures/pages/dev-6/). Bounded: a few short lines up.
import { type Layout, type Span, lastBefore, lineBefore, lineEndFrom } from './clauses';

/** A cell's line is short; so are the row's other lines (a sentence is no row). */
const CELL = 24;
const ROW_LINE = 30;
/** The lines above a state cell that its row may take. */
const ROW_LINES = 4;
// A record's date at its line's start: 2026-11-24, 2025/08/14, 2025.08.14, 2025年8月14日.
const DATED = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月)/;

/** The line of [s, e) when it is a cell of a dated row (its own line or one of the ROW_LINES above starts with a date), else null. */
export function recordCell(l: Layout, s: number, e: number): Span | null {
  const { t } = l;
  const cell = { start: lastBefore(l, 'line', s) + 1, end: lineEndFrom(l, e) };
  if (cell.end - cell.start > CELL) return null;
  if (DATED.test(t.slice(cell.start, cell.end))) return cell;
  let line = lineBefore(l, cell.start);
  for (let k = 0; k < ROW_LINES && line; k++, line = lineBefore(l, line.start)) {
    if (line.end - line.start > ROW_LINE) return null;
    if (DATED.test(t.slice(line.start, line.end))) return cell;
  }
  return null;
}
