/**
 * Ruled tables of a PDF: the rules pdf-parse finds (merged per row and column, with their gaps)
 * make the grid; where no rule separates two slots they are one cell (spanning rows or columns);
 * cells are filled with the text items inside them. A table that goes on over the next page is then
 * joined to its first part: the header row printed again is dropped, a row the page break split is
 * joined, and a cell spanning rows over the break lends its text to the rows on the next page.
 */
import { itemsToLines, type PdfItem } from './pdf-layout.js';

/** A cell box in page space (y from the top). */
export interface PdfBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A drawn rule segment: horizontal at y = `at` from x `from` to `to` (or vertical, x and y swapped). */
export interface PdfRule {
  at: number;
  from: number;
  to: number;
}

/** What pdf-parse finds of one table: where its rows and columns start and end, and its rules. */
export interface PdfTableGeometry {
  box: PdfBox;
  rowRules: number[];
  colRules: number[];
  hRules: PdfRule[];
  vRules: PdfRule[];
}

export interface PdfCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface PdfSlot {
  cell: PdfCell;
  rowOffset: number;
  colOffset: number;
}

export interface PdfTable {
  page: number;
  box: PdfBox;
  colRules: number[];
  /** grid[r][c]: the cell covering the slot, or null where no box lies. */
  grid: Array<Array<PdfSlot | null>>;
  /** The page each row of the grid is printed on (a table joined over pages has several). */
  rowPages: number[];
}

/** Rules closer than this (points) are one. */
const RULE_TOLERANCE = 2;

/** True when a rule segment lies at `at` and reaches over `pos`. */
function ruled(rules: PdfRule[], at: number, pos: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= RULE_TOLERANCE && pos >= Math.min(r.from, r.to) - RULE_TOLERANCE && pos <= Math.max(r.from, r.to) + RULE_TOLERANCE);
}

/** The table's cells as boxes on its grid: slots no rule separates are one cell. */
export function cellBoxes(g: PdfTableGeometry): Array<{ r0: number; c0: number; rowSpan: number; colSpan: number; box: PdfBox }> {
  const rows = g.rowRules.length - 1;
  const cols = g.colRules.length - 1;
  const midX = (c: number) => (g.colRules[c]! + g.colRules[c + 1]!) / 2;
  const midY = (r: number) => (g.rowRules[r]! + g.rowRules[r + 1]!) / 2;
  const taken = Array.from({ length: Math.max(rows, 0) }, () => Array.from({ length: Math.max(cols, 0) }, () => false));
  const out: Array<{ r0: number; c0: number; rowSpan: number; colSpan: number; box: PdfBox }> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (taken[r]![c]) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !taken[r]![c + colSpan] && !ruled(g.vRules, g.colRules[c + colSpan]!, midY(r))) colSpan++;
      let rowSpan = 1;
      const open = (rr: number) => Array.from({ length: colSpan }, (_, k) => c + k).every((cc) => !taken[rr]![cc] && !ruled(g.hRules, g.rowRules[rr]!, midX(cc)));
      while (r + rowSpan < rows && open(r + rowSpan)) rowSpan++;
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) taken[rr]![cc] = true;
      const box = { x0: g.colRules[c]!, y0: g.rowRules[r]!, x1: g.colRules[c + colSpan]!, y1: g.rowRules[r + rowSpan]! };
      out.push({ r0: r, c0: c, rowSpan, colSpan, box });
    }
  }
  return out;
}

const contains = (b: PdfBox, x: number, y: number) => x >= b.x0 - 0.5 && x <= b.x1 + 0.5 && y >= b.y0 - 0.5 && y <= b.y1 + 0.5;

/** The point of an item that lies inside its cell: just right of its start, a third of the way up from the baseline. */
const anchor = (item: PdfItem): [number, number] => [item.x + Math.min(1, item.width / 2), item.y - item.size / 3];

export function inTable(table: PdfTableGeometry, item: PdfItem): boolean {
  const [x, y] = anchor(item);
  return contains(table.box, x, y);
}

/** A table's grid with the text of the items that fall in each cell (a cell's lines joined by a space). */
export function buildTable(page: number, geometry: PdfTableGeometry, items: PdfItem[]): PdfTable {
  const rows = geometry.rowRules.length - 1;
  const cols = geometry.colRules.length - 1;
  const grid: Array<Array<PdfSlot | null>> = Array.from({ length: Math.max(rows, 0) }, () => Array.from({ length: Math.max(cols, 0) }, () => null));
  const boxes = cellBoxes(geometry).map(({ r0, c0, rowSpan, colSpan, box }) => {
    const cell: PdfCell = { text: '', rowSpan, colSpan };
    for (let r = r0; r < r0 + rowSpan; r++) for (let c = c0; c < c0 + colSpan; c++) grid[r]![c] = { cell, rowOffset: r - r0, colOffset: c - c0 };
    return { box, cell, items: [] as PdfItem[] };
  });
  for (const item of items) {
    const [x, y] = anchor(item);
    boxes.find((b) => contains(b.box, x, y))?.items.push(item);
  }
  for (const b of boxes) b.cell.text = itemsToLines(b.items).reduce((text, l) => joinText(text, l.text), '');
  return { page, box: geometry.box, colRules: geometry.colRules, grid, rowPages: grid.map(() => page) };
}

/** Two pieces of a text a line or page break cut: a word broken after its hyphen or slash goes on without a space. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /\S[-/]$/u.test(a) ? `${a}${b}` : `${a} ${b}`;
}

/** The text a slot prints: a cell spanning rows prints in each, one spanning columns in its first. */
export const slotText = (slot: PdfSlot | null) => (slot && slot.colOffset === 0 ? slot.cell.text : '');

const rowTexts = (row: Array<PdfSlot | null>) => row.map(slotText);

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.colRules.length === b.colRules.length && a.colRules.every((x, i) => Math.abs(x - b.colRules[i]!) <= RULE_TOLERANCE);
}

/** True when `next` (first on its page) continues `prev` (last on the page before). */
export function continuesTable(prev: PdfTable, next: PdfTable): boolean {
  return next.page === prev.page + 1 && sameColumns(prev, next);
}
