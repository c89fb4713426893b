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
 *   for one missing cell, which lies where its cells best fit the cells of their columns above;
 * - a short row that opens no item leaves its first columns to cells spanning from above (merged
 *   cells are an item's leading ones: STT, units, the group it belongs to).
 * - empty cells printed where a row breaks (`|` `|` `|`) end the row before unless they make the row
 *   after exactly as wide as the header (an empty STT cell opening it) or the row before too wide.
 * Cells past the width are returned apart, for the reader to report.
 */
import { trailingRowBreakCells } from '../../tree.js';
import { coveredSlot, emptySlot, type GridRow, type GridSlot } from './grid-rows.js';

export interface FittedRows {
  rows: GridRow[];
  /** Rows the reader reads as headings across the width, though printed in one or two cells. */
  headings: Set<GridRow>;
  /** Cells past the width, with the row they were printed in. */
  overflow: Array<{ row: GridRow; slots: GridSlot[] }>;
}

const STT_LIKE = /^(?:[IVXL]{1,6}|[A-Z]|\d{1,4}(?:\.\d{1,3}){0,3}|[IVXL]{1,6}(?:\.\d{1,3}){1,3}|[a-zđ])[.)]?$/u;

/** True when a cell's text is an STT: "1", "1.2", "II", "A.", "a)", "I.1". */
export const isSttText = (text: string) => STT_LIKE.test(text.trim());

const trailingBreakCells = (row: GridRow) => trailingRowBreakCells(row.slots.map((s) => s.cell));

/** Moves the empty cells printed at a row break to the row after, where they fit it. */
function placeBreakCells(rows: GridRow[], width: number): GridRow[] {
  const out = [...rows];
  for (let i = 0; i + 1 < out.length; i++) {
    const row = out[i]!;
    const next = out[i + 1]!;
    const n = trailingBreakCells(row);
    if (n === 0) continue;
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

/** How unlike a column's cells a text is (0 alike): length on a log scale, and the share of digits. */
function distance(text: string, p: { length: number; digits: number } | null): number {
  if (!p || text === '') return 0;
  const digits = text.replace(/\D/gu, '').length / text.length;
  return Math.abs(Math.log((text.length + 1) / (p.length + 1))) + 2 * Math.abs(digits - p.digits);
}

/**
 * Where the one missing cell of a numbered row lies (the index it is inserted at; the row's length
 * for its end): the place that makes its cells most like the cells of their columns in the rows read
 * before; at the end (a cell spanning from above) when no place fits better.
 */
function likeliestGap(row: GridRow, width: number, before: GridRow[]): number {
  const recent = before.filter((r) => r.slots.length === width && r.slots.every((s) => !s.spannedFromAbove)).slice(-12);
  const profiles = Array.from({ length: width }, (_, c) => profile(recent, c));
  const k = row.slots.length;
  const cost = (gap: number) => row.slots.reduce((sum, slot, i) => sum + distance(slot.text, profiles[i < gap ? i : i + 1]!), 0);
  let best = k;
  let bestCost = cost(k) - 0.5;
  for (let gap = 1; gap < k; gap++) {
    const c = cost(gap);
    if (c < bestCost) [best, bestCost] = [gap, c];
  }
  return best;
}

export function fitPipeRows(rows: GridRow[], width: number, sttCol: number): FittedRows {
  const printed = placeBreakCells(rows, width);
  const opensItem = (row: GridRow) => sttCol === 0 && row.slots.length > 0 && isSttText(row.slots[0]!.text);
  const headings = new Set<GridRow>();
  const overflow: FittedRows['overflow'] = [];
  const fitted: GridRow[] = [];
  for (let i = 0; i < printed.length; i++) {
    let row = printed[i]!;
    // an empty cell printed like a row break: the next printed row goes on this one
    while (row.slots.length < width && opensItem(row) && i + 1 < printed.length && !opensItem(printed[i + 1]!) && row.slots.length + 1 + printed[i + 1]!.slots.length <= width) {
      const next = printed[++i]!;
      row = { ...row, slots: [...row.slots, emptySlot(), ...next.slots], position: { start: row.position.start, end: next.position.end } };
    }
    const k = row.slots.length;
    // empty cells printed at the row break after a heading are none of its own
    const printedCells = k - trailingBreakCells(row);
    if (k > width) {
      overflow.push({ row, slots: row.slots.slice(width) });
      row = { ...row, slots: row.slots.slice(0, width) };
    } else if (k < width) {
      if ((opensItem(row) && printedCells <= 2) || printedCells === 1) {
        row = { ...row, slots: [...row.slots, ...Array.from({ length: width - k }, emptySlot)] };
        headings.add(row);
      } else if (opensItem(row) && width - k === 1 && fitted.length > 0) {
        // one cell missing from a numbered row: it is where the row's cells fit the columns above best
        const gap = likeliestGap(row, width, fitted);
        row = { ...row, slots: [...row.slots.slice(0, gap), gap === k ? coveredSlot() : emptySlot(), ...row.slots.slice(gap)] };
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
