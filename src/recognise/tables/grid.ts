/**
 * Expands a table's rows of spanning cells (HTML `rowspan`/`colspan`, ODF/DOCX merged cells) into
 * a rectangular grid: every slot a cell covers points back to that cell, and says whether it is the
 * cell's origin (its top-left slot) and how far from it it lies. No maintained package does this.
 */

export interface SpanningCell<T> {
  value: T;
  /** Rows the cell covers (1 when absent; 0 means "to the last row", as in HTML). */
  rowSpan?: number;
  /** Columns the cell covers (1 when absent). */
  colSpan?: number;
}

export interface Slot<T> {
  value: T;
  /** True for the cell's top-left slot, where its content is printed. */
  origin: boolean;
  /** Rows below the cell's first row (0 in the row the cell starts in). */
  rowOffset: number;
  /** Columns right of the cell's first column (0 in its first column). */
  colOffset: number;
}

/** Spans beyond these are clamped, as browsers do (HTML: rowspan ≤ 65534, colspan ≤ 1000). */
const MAX_ROW_SPAN = 65534;
const MAX_COL_SPAN = 1000;

function span(value: number | undefined, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return 1;
  return Math.min(Math.max(Math.floor(value), 0), max);
}

/**
 * The grid of a table: `grid[r][c]` is the slot at row r, column c, or null where no cell reaches
 * (a short row). All rows have the table's full width. A rowspan never reaches below the last row.
 */
export function expandGrid<T>(rows: Array<Array<SpanningCell<T>>>): Array<Array<Slot<T> | null>> {
  const grid: Array<Array<Slot<T> | null>> = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of cells) {
      while (line[c]) c++;
      const rowSpan = span(cell.rowSpan, MAX_ROW_SPAN) || rows.length - r;
      const colSpan = span(cell.colSpan, MAX_COL_SPAN) || 1;
      const lastRow = Math.min(r + rowSpan, rows.length);
      for (let rr = r; rr < lastRow; rr++) {
        const target = grid[rr]!;
        for (let cc = c; cc < c + colSpan; cc++) {
          // a slot already taken by a cell spanning from above keeps that cell (overlaps are authoring errors)
          if (target[cc]) continue;
          target[cc] = { value: cell.value, origin: rr === r && cc === c, rowOffset: rr - r, colOffset: cc - c };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}
