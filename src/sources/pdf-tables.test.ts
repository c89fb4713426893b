import { describe, expect, it } from 'vitest';
import type { PdfItem } from './pdf-layout.js';
import { buildTable, cellBoxes, continuesTable, type PdfRule, type PdfTable, type PdfTableGeometry, slotText } from './pdf-tables.js';

const COLS = [0, 30, 200, 300, 400];
/** A ruled grid; `open` lists the [row, col] slots whose bottom rule is not drawn (a cell spanning down). */
function geometry(rows: number, open: Array<[number, number]> = [], openRight: Array<[number, number]> = []): PdfTableGeometry {
  const rowRules = Array.from({ length: rows + 1 }, (_, i) => 100 + i * 20);
  const hRules: PdfRule[] = [];
  const vRules: PdfRule[] = [];
  rowRules.forEach((y, r) => COLS.slice(0, -1).forEach((x, c) => {
    if (!open.some(([rr, cc]) => rr === r - 1 && cc === c)) hRules.push({ at: y, from: x, to: COLS[c + 1]! });
  }));
  COLS.forEach((x, c) => rowRules.slice(0, -1).forEach((y, r) => {
    if (!openRight.some(([rr, cc]) => rr === r && cc === c - 1)) vRules.push({ at: x, from: y, to: rowRules[r + 1]! });
  }));
  return { box: { x0: 0, y0: rowRules[0]!, x1: 400, y1: rowRules[rows]! }, rowRules, colRules: COLS, hRules, vRules };
}
const at = (text: string, r: number, c: number): PdfItem => ({ str: text, x: COLS[c]! + 2, y: 100 + r * 20 + 14, width: 20, size: 10, eol: false });
const texts = (t: PdfTable) => t.grid.map((row) => row.map(slotText));

describe('cellBoxes and buildTable', () => {
  it('makes one cell of slots no rule separates: spanning rows, spanning columns', () => {
    const g = geometry(3, [[1, 2]], [[0, 1], [0, 2]]);
    expect(cellBoxes(g).map((b) => `${b.r0},${b.c0} ${b.rowSpan}x${b.colSpan}`)).toEqual(['0,0 1x1', '0,1 1x3', '1,0 1x1', '1,1 1x1', '1,2 2x1', '1,3 1x1', '2,0 1x1', '2,1 1x1', '2,3 1x1']);
    const table = buildTable(1, g, [at('I', 0, 0), at('Nhóm', 0, 1), at('1', 1, 0), at('CNTT', 1, 2), at('2', 2, 0)]);
    expect(texts(table)).toEqual([
      ['I', 'Nhóm', '', ''],
      ['1', '', 'CNTT', ''],
      ['2', '', 'CNTT', ''],
    ]);
  });
});

describe('continuesTable', () => {
  const table = (page: number, cols = COLS): PdfTable => ({ ...buildTable(page, geometry(1), [at('1', 0, 0)]), colRules: cols });
  it('takes the first table of the next page, ruled in the same columns, for the same table going on', () => {
    expect(continuesTable(table(1), table(2))).toBe(true);
    expect(continuesTable(table(1), table(3))).toBe(false);
    expect(continuesTable(table(1), table(2, [0, 30, 250, 300, 400]))).toBe(false);
    expect(continuesTable(table(1), table(2, [0, 30, 200, 400]))).toBe(false);
  });
});
