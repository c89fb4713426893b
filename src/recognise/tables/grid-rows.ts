/**
 * A `table` node as rows of slots, each slot the text it prints and whether a cell spanning from a
 * row above covers it. Grids with explicit spans (HTML, DOCX, GFM, PDF rules, tab text) are
 * expanded; saved pages' pipe grids, where a row shortened by a cell spanning from above is printed
 * short and an empty cell looks like a row break, are fitted to the header's width (pipe-rows.ts).
 */
import type { Position } from 'unist';
import { cellText, type TableCellNode, type TableNode, type TableRowNode } from '../../tree.js';
import { expandGrid } from './grid.js';

export interface GridSlot {
  /** The text the slot prints: a cell's text in its first slot, '' in the others. */
  text: string;
  /** The cell the slot belongs to, or null where no cell reaches. */
  cell: TableCellNode | null;
  /** The slot lies below its cell's first row: the cell spans down over it. */
  spannedFromAbove: boolean;
  /** The slot lies right of its cell's first column. */
  spannedFromLeft: boolean;
  /** Rows between the cell's first row and the slot's (0 in the cell's first row). */
  rowOffset: number;
}

export interface GridRow {
  slots: GridSlot[];
  node: TableRowNode;
  /** The row is the first after a page break (PDF). */
  afterPageBreak: boolean;
  position: Position;
}

export const texts = (row: GridRow) => row.slots.map((s) => s.text);

const slotOf = (cell: TableCellNode | null, rowOffset = 0, spannedFromLeft = false): GridSlot => ({
  text: cell && rowOffset === 0 && !spannedFromLeft ? cellText(cell) : '',
  cell,
  spannedFromAbove: rowOffset > 0,
  spannedFromLeft,
  rowOffset,
});

function gridRow(node: TableRowNode, slots: GridSlot[]): GridRow {
  return { slots, node, afterPageBreak: node.data?.afterPageBreak === true, position: node.position };
}

/** The rows of a grid with explicit spans, every row as wide as the table. */
export function expandedRows(table: TableNode): GridRow[] {
  const grid = expandGrid(table.children.map((row) => row.children.map((cell) => ({ value: cell, rowSpan: cell.rowSpan, colSpan: cell.colSpan }))));
  return grid.map((slots, r) =>
    gridRow(
      table.children[r]!,
      slots.map((s) => (s ? slotOf(s.value, s.rowOffset, s.colOffset > 0) : slotOf(null))),
    ),
  );
}

/** The rows of a pipe grid as printed: each as many slots as it has cells. */
export function printedRows(table: TableNode): GridRow[] {
  return table.children.map((row) => gridRow(row, row.children.map((cell) => slotOf(cell))));
}

/** A slot no cell fills: a column a short row leaves to the cell spanning from above. */
export const coveredSlot = (): GridSlot => ({ text: '', cell: null, spannedFromAbove: true, spannedFromLeft: false, rowOffset: 1 });
export const emptySlot = (): GridSlot => ({ text: '', cell: null, spannedFromAbove: false, spannedFromLeft: false, rowOffset: 0 });
