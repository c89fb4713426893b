/**
 * Ruled tables of a PDF, from the rule segments a page draws (pdf-document.ts): rules that meet
 * one another make a table, whose rows and columns start and end where its rules lie (every column
 * a vertical rule shows, however the rules are drawn: stroked lines, box edges, thin filled bars);
 * where no rule separates two slots they are one cell (spanning rows or columns); cells are filled
 * with the text items inside them. A table that goes on over the next page is ruled in the same
 * columns there (a point or two apart, or the whole page set a little to the side): what its rows
 * after the break mean is the task-table reader's to say.
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

/** Positions closer than RULE_TOLERANCE to the one before them are one: their mean, in order. */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > RULE_TOLERANCE) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** Rule positions with the ends of the rules across them added where those reach past the outermost. */
function withEnds(positions: number[], across: PdfRule[]): number[] {
  const from = across.reduce((m, r) => Math.min(m, r.from), Infinity);
  const to = across.reduce((m, r) => Math.max(m, r.to), -Infinity);
  return [...(from < positions[0]! - RULE_TOLERANCE ? [from] : []), ...positions, ...(to > positions[positions.length - 1]! + RULE_TOLERANCE ? [to] : [])];
}

/** True when a horizontal and a vertical rule meet (touch or cross). */
const meet = (h: PdfRule, v: PdfRule) =>
  v.at >= h.from - RULE_TOLERANCE && v.at <= h.to + RULE_TOLERANCE && h.at >= v.from - RULE_TOLERANCE && h.at <= v.to + RULE_TOLERANCE;

/**
 * The ruled tables a page draws: the rules that meet one another make one table (a rule meeting
 * fewer than two rules across, such as an underline touching a side, is none of its rules); its
 * row rules are where its horizontal rules lie, its column rules where its vertical rules lie (and
 * where its rules across end, for a table printed without its outer side rules). A frame of one
 * cell (a boxed paragraph) is no table. Tables in reading order (top to bottom).
 */
export function findTables(hRules: PdfRule[], vRules: PdfRule[]): PdfTableGeometry[] {
  const h = hRules.filter((r) => r.to > r.from);
  const v = [...vRules.filter((r) => r.to > r.from)].sort((a, b) => a.at - b.at);
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstAtOrRight = (x: number) => {
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]!.at < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const meets = parent.map(() => 0);
  h.forEach((hr, i) => {
    for (let j = firstAtOrRight(hr.from - RULE_TOLERANCE); j < v.length && v[j]!.at <= hr.to + RULE_TOLERANCE; j++) {
      if (!meet(hr, v[j]!)) continue;
      parent[root(i)] = root(h.length + j);
      meets[i]!++;
      meets[h.length + j]!++;
    }
  });
  // a rule of the grid meets two rules across at least (an underline or a mark touching one is none)
  const groups = new Map<number, { h: PdfRule[]; v: PdfRule[] }>();
  const group = (i: number) => groups.get(root(i)) ?? groups.set(root(i), { h: [], v: [] }).get(root(i))!;
  h.forEach((r, i) => meets[i]! >= 2 && group(i).h.push(r));
  v.forEach((r, j) => meets[h.length + j]! >= 2 && group(h.length + j).v.push(r));
  const tables: PdfTableGeometry[] = [];
  for (const g of groups.values()) {
    if (g.h.length === 0 || g.v.length === 0) continue;
    // the ends of the rules across, where they reach past the outermost rules along (open sides)
    const rowRules = withEnds(clusters(g.h.map((r) => r.at)), g.v);
    const colRules = withEnds(clusters(g.v.map((r) => r.at)), g.h);
    if (rowRules.length < 2 || colRules.length < 2 || (rowRules.length - 1) * (colRules.length - 1) < 2) continue;
    const box = { x0: colRules[0]!, y0: rowRules[0]!, x1: colRules[colRules.length - 1]!, y1: rowRules[rowRules.length - 1]! };
    tables.push({ box, rowRules, colRules, hRules: g.h, vRules: g.v });
  }
  return tables.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
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

/** Column rules of two parts of a table may differ by this share of its width. */
const COLUMN_SLACK = 0.01;
/** The part on the next page may sit this share of the table's width to the side (mirrored page margins). */
const PAGE_SHIFT = 0.1;

/**
 * True when two tables are ruled in the same columns: as many, each as wide (within a point or
 * two, or a hundredth of the table's width), though the whole table may sit a little to the side
 * (a page with other margins).
 */
function sameColumns(a: PdfTable, b: PdfTable): boolean {
  if (a.colRules.length !== b.colRules.length || a.colRules.length < 2) return false;
  const width = a.colRules[a.colRules.length - 1]! - a.colRules[0]!;
  const tolerance = Math.max(RULE_TOLERANCE, COLUMN_SLACK * width);
  const shift = b.colRules[0]! - a.colRules[0]!;
  if (Math.abs(shift) > PAGE_SHIFT * width) return false;
  return a.colRules.every((x, i) => Math.abs(x + shift - b.colRules[i]!) <= tolerance);
}

/** True when `next` (first on its page) continues `prev` (last on the page before). */
export function continuesTable(prev: PdfTable, next: PdfTable): boolean {
  return next.page === prev.page + 1 && sameColumns(prev, next);
}
