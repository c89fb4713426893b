/**
 * Fits the rows of a saved page's pipe grid to its header's width. Such a page prints each row's
 * cells between lone `|` lines and ends a row with two; so a row shortened by a cell spanning from
 * above (an item's STT, lead and partner cells merged down over its sub-rows) is printed short, and
 * an empty cell is printed like a row break. How tables are made settles both:
 * - a printed row that opens an item (its first cell is an STT) and is short, followed by a short
 *   row that opens none, was one row with an empty cell where the break seems to be, when the two
 *   together still fit the width;
 * - a short row that opens an item and holds its STT and one other cell is a heading across the
 *   width; a lone cell is a heading too;
 * - another short row that opens an item leaves its last columns to cells spanning from above, but
 *   for one missing cell, which lies where its cells best fit the cells of their columns above and
 *   spans from above too (an empty cell would have printed as a row break);
 * - a short row that opens no item leaves its first columns to cells spanning from above (merged
 *   cells are an item's leading ones: STT, units, the group it belongs to).
 * - empty cells printed where a row breaks (`|` `|` `|`) end the row before unless they make the row
 *   after exactly as wide as the header (an empty STT cell opening it) or the row before too wide.
 * Cells past the width are returned apart, for the reader to report.
 */
import { isTotalsText } from './columns.js';
import { isBulletMark, isStt } from './stt.js';
import { isNextSibling, mayContinueNumbering } from './stt-sequence.js';
import { trailingRowBreakCells } from '../../tree.js';
import { coveredSlot, emptySlot, type GridRow, type GridSlot } from './grid-rows.js';

export interface FittedRows {
  rows: GridRow[];
  /** Rows the reader reads as headings across the width, though printed in one or two cells. */
  headings: Set<GridRow>;
  /** Cells past the width, with the row they were printed in. */
  overflow: Array<{ row: GridRow; slots: GridSlot[] }>;
}


const trailingBreakCells = (row: GridRow) => trailingRowBreakCells(row.slots.map((s) => s.cell));

/**
 * Moves the empty cells printed at a row break to the row after, where they fit it — but never in
 * front of an STT that opens the row after (in a table whose first column is the STT): a numbered
 * row begins with its number, so the empty cells are the row before's last.
 */
function placeBreakCells(rows: GridRow[], width: number, sttCol: number): GridRow[] {
  const out = [...rows];
  for (let i = 0; i + 1 < out.length; i++) {
    const row = out[i]!;
    const next = out[i + 1]!;
    const n = trailingBreakCells(row);
    if (n === 0) continue;
    const nextIsNumbered = sttCol === 0 && next.slots.length > 0 && (isStt(next.slots[0]!.text) || isBulletMark(next.slots[0]!.text));
    if (nextIsNumbered && row.slots.length <= width) continue;
    // a row as wide as the header with them has them as its last cells when the row after has its
    // own ("2025-2035" | | | over a sub-row whose STT spans from above), and so has a row printed
    // like the row after (as many cells, as many of them empty at the break: sub-rows one like another)
    const nextBreak = trailingBreakCells(next);
    if (nextBreak > 0 && (row.slots.length === width || (nextBreak === n && next.slots.length === row.slots.length))) continue;
    if (next.slots.length + n === width || (row.slots.length > width && next.slots.length + n <= width)) {
      out[i] = { ...row, slots: row.slots.slice(0, row.slots.length - n) };
      out[i + 1] = { ...next, slots: [...row.slots.slice(row.slots.length - n), ...next.slots] };
    }
  }
  return out;
}

/** What a column's cells look like: their mean length and share of digits. */
function profile(rows: GridRow[], c: number): { length: number; digits: number } | null {
  const texts = rows.flatMap((r) => (r.slots[c]?.text ? [r.slots[c]!.text] : []));
  if (texts.length === 0) return null;
  const length = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  const digits = texts.reduce((n, t) => n + (t.replace(/\D/gu, '').length / t.length), 0) / texts.length;
  return { length, digits };
}

/** What text in a column left empty in every row before costs: more than any length or digit difference. */
const IN_EMPTY_COLUMN = 3;

/**
 * How unlike a column's cells a text is (0 alike): length on a log scale, and the share of digits;
 * text in a column whose cells were all empty (a "Ghi chú" column) is most unlike them.
 */
function distance(text: string, p: { length: number; digits: number } | null): number {
  if (text === '') return 0;
  if (!p) return IN_EMPTY_COLUMN;
  const digits = text.replace(/\D/gu, '').length / text.length;
  return Math.abs(Math.log((text.length + 1) / (p.length + 1))) + 2 * Math.abs(digits - p.digits);
}

/** How much likelier the gap is where the numbered row before had its own. */
const SAME_GAP = 1;
/** How much less likely a numbered row is to lack its task than any other cell. */
const NO_TASK = 3;

/**
 * Where the one missing cell of a numbered row lies (the index it is inserted at; the row's length
 * for its end): the place that makes its cells most like the cells of their columns in the rows read
 * before; at the end (a cell spanning from above) when no place fits better.
 */
function likeliestGap(row: GridRow, width: number, before: GridRow[], gapBefore: number | null, taskCol: number): number {
  // rows under cells spanning from above count too: the slots they leave print nothing, and their
  // other cells are often the only ones of their columns (the items under a heading row with a note)
  const recent = before.filter((r) => r.slots.length === width).slice(-12);
  const profiles = Array.from({ length: width }, (_, c) => profile(recent, c));
  const k = row.slots.length;
  const cost = (gap: number) => row.slots.reduce((sum, slot, i) => sum + distance(slot.text, profiles[i < gap ? i : i + 1]!), 0);
  // the rows of a table are made alike: where the numbered row before lacked its cell, this one likely does too
  // and a numbered row has its task: the missing cell is not the task's
  const costOf = (gap: number) => cost(gap) - (gap === gapBefore ? SAME_GAP : 0) + (gap === taskCol ? NO_TASK : 0);
  let best = k;
  let bestCost = costOf(k) - 0.5;
  for (let gap = 1; gap < k; gap++) {
    const c = costOf(gap);
    if (c < bestCost) [best, bestCost] = [gap, c];
  }
  return best;
}

const NUMBERED = /^\d/u;
const bareStt = (text: string) => text.trim().replace(/[.)]$/u, '');

/**
 * Whether an STT can open the row after a row numbered `before`: a letter or Roman numeral always
 * can; a number when it goes on from the one before ("1.2" → "1.3", "2", "1.2.1", a new "1"; past
 * an item the document skipped).
 */
function numberingGoesOn(before: string, stt: string): boolean {
  if (!NUMBERED.test(stt.trim()) || !NUMBERED.test(before.trim())) return true;
  return mayContinueNumbering(bareStt(before), bareStt(stt));
}

export function fitPipeRows(rows: GridRow[], width: number, sttCol: number, taskCol = -1): FittedRows {
  const printed = placeBreakCells(rows, width, sttCol);
  // a row opens an item with its STT, or with a bullet in the STT's place (a sub-item: a row of its own)
  const opensItem = (row: GridRow) => sttCol === 0 && row.slots.length > 0 && (isStt(row.slots[0]!.text) || isBulletMark(row.slots[0]!.text));
  const opensItemAfter = (row: GridRow, next: GridRow) => opensItem(next) && numberingGoesOn(row.slots[0]!.text, next.slots[0]!.text);
  const headings = new Set<GridRow>();
  const overflow: FittedRows['overflow'] = [];
  const fitted: GridRow[] = [];
  let gapBefore: number | null = null;
  for (let i = 0; i < printed.length; i++) {
    let row = printed[i]!;
    // an empty cell printed like a row break: the next printed row goes on this one (when it opens no
    // item: a number that does not go on from this row's STT, "900" after "1.2", is a cell's)
    while (row.slots.length < width && opensItem(row) && i + 1 < printed.length && !opensItemAfter(row, printed[i + 1]!) && row.slots.length + 1 + printed[i + 1]!.slots.length <= width) {
      const next = printed[++i]!;
      row = { ...row, slots: [...row.slots, emptySlot(), ...next.slots], position: { start: row.position.start, end: next.position.end } };
    }
    const k = row.slots.length;
    // empty cells printed at the row break after a heading are none of its own; before the row of
    // the next item of the same level they are this row's empty cells (a numbered row begins with
    // its number, and an item followed by its sibling heads nothing): it is no heading
    const printedCells = i + 1 < printed.length && opensItemAfter(row, printed[i + 1]!) && isNextSibling(bareStt(row.slots[0]!.text), bareStt(printed[i + 1]!.slots[0]!.text)) ? k : k - trailingBreakCells(row);
    if (k > width) {
      overflow.push({ row, slots: row.slots.slice(width) });
      row = { ...row, slots: row.slots.slice(0, width) };
    } else if (k < width) {
      // a totals row opens with its words, in the first column, like a heading
      // (a sub-item's bullet and its task head nothing)
      if ((opensItem(row) && !isBulletMark(row.slots[0]!.text) && printedCells <= 2) || printedCells === 1 || isTotalsText(row.slots[0]?.text ?? '')) {
        row = { ...row, slots: [...row.slots, ...Array.from({ length: width - k }, emptySlot)] };
        headings.add(row);
      } else if (opensItem(row) && width - k === 1 && fitted.length > 0) {
        // one cell missing from a numbered row: it is where the row's cells fit the columns above best
        const gap = likeliestGap(row, width, fitted, gapBefore, taskCol);
        gapBefore = gap;
        row = { ...row, slots: [...row.slots.slice(0, gap), coveredSlot(), ...row.slots.slice(gap)] };
      } else if (opensItem(row)) {
        row = { ...row, slots: [...row.slots, ...Array.from({ length: width - k }, coveredSlot)] };
      } else {
        row = { ...row, slots: [...Array.from({ length: width - k }, coveredSlot), ...row.slots] };
      }
    }
    fitted.push(row);
  }
  return { rows: fitted, headings, overflow };
}
