import { describe, expect, it } from 'vitest';
import type { PdfItem } from './pdf-layout.js';
import { buildTable, cellBoxes, continuesTable, findTables, type PdfRule, type PdfTable, type PdfTableGeometry, slotText } from './pdf-tables.js';

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

/*
 * The first rows of Phụ lục I of Nghị quyết 105/NQ-CP (Công báo, landscape page), as Word prints
 * them: each side of each cell a thin filled bar, read at its centre line ([at, from, to]); the
 * heading row 'I' spans the six columns right of TT (no bars between them on that row).
 */
const rule = ([at, from, to]: number[]): PdfRule => ({ at: at!, from: from!, to: to! });
const GAZETTE_H = [192.9, 231.7, 254.2, 389.6, 524.9].flatMap((y) =>
  [[85.3, 118.9], [119.4, 360.2], [360.6, 453.4], [453.9, 538.0], [538.5, 614.5], [615.0, 708.5], [708.9, 802.9]].map(([a, b]) => rule([y, a!, b!])),
);
const GAZETTE_V = [85.1, 119.2, 360.4, 453.7, 538.3, 614.7, 708.7, 803.2].flatMap((x, c) =>
  [[193.1, 231.4], [231.9, 254.0], [254.5, 389.3], [389.8, 524.6]].filter((_, r) => r !== 1 || c === 0 || c === 1 || c === 7).map(([a, b]) => rule([x, a!, b!])),
);
/** The header's text items as pdf.js gives them (x, baseline, width), the spaces Word sets between cells included. */
const GAZETTE_HEADER: PdfItem[] = [
  ['TT', 92.78, 217.37, 18.72], [' ', 111.51, 217.37, 71.63], ['Nội dung công việc', 183.14, 217.37, 113.18], [' ', 296.32, 217.37, 84.85],
  ['Cơ quan', 381.17, 209.21, 51.81], ['chủ trì', 387.05, 225.41, 40.17], ['Cơ quan', 469.99, 209.21, 51.81], ['phối hợp', 469.27, 225.41, 53.35], [' ', 522.62, 225.41, 24.53],
  ['Cấp trình', 547.15, 217.37, 58.79], [' ', 605.94, 217.37, 25.6], ['Sản phẩm', 631.54, 217.37, 60.39], [' ', 691.93, 217.37, 36.45],
  ['Thời hạn', 728.38, 209.21, 54.94], ['hoàn thành', 721.9, 225.41, 68.16], ['I', 99.38, 247.97, 5.46],
  ['Thực hiện hiệu quả công tác giáo dục chính trị, tư tưởng, thông tin, tuyên truyền', 124.58, 247.97, 481.74],
].map(([str, x, y, width]) => ({ str: str as string, x: x as number, y: y as number, width: width as number, size: 14.04, eol: false }));

describe('findTables', () => {
  it('finds the table Word draws as bars, one piece per cell side: every column the rules show, the heading row spanning', () => {
    const tables = findTables(GAZETTE_H, GAZETTE_V);
    expect(tables).toHaveLength(1);
    const [g] = tables as [PdfTableGeometry];
    expect(g.colRules.map(Math.round)).toEqual([85, 119, 360, 454, 538, 615, 709, 803]);
    expect(g.rowRules.map(Math.round)).toEqual([193, 232, 254, 390, 525]);
    expect(cellBoxes(g).filter((b) => b.r0 === 1).map((b) => `${b.c0} ${b.rowSpan}x${b.colSpan}`)).toEqual(['0 1x1', '1 1x6']);
    const table = buildTable(9, g, GAZETTE_HEADER);
    expect(texts(table).slice(0, 2)).toEqual([
      ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Cấp trình', 'Sản phẩm', 'Thời hạn hoàn thành'],
      ['I', 'Thực hiện hiệu quả công tác giáo dục chính trị, tư tưởng, thông tin, tuyên truyền', '', '', '', '', ''],
    ]);
  });
  it('takes rules that do not meet for separate tables, and a frame of one cell for none', () => {
    const grid = geometry(2);
    const below = geometry(1);
    const moved = (rules: PdfRule[], dy: number, across: boolean) => rules.map((r) => (across ? { ...r, at: r.at + dy } : { ...r, from: r.from + dy, to: r.to + dy }));
    const frame = { h: [rule([400, 0, 200]), rule([450, 0, 200])], v: [rule([0, 400, 450]), rule([200, 400, 450])] };
    const found = findTables([...grid.hRules, ...moved(below.hRules, 200, true), ...frame.h], [...grid.vRules, ...moved(below.vRules, 200, false), ...frame.v]);
    expect(found.map((t) => [t.rowRules.length - 1, t.colRules.length - 1, Math.round(t.box.y0)])).toEqual([[2, 4, 100], [1, 4, 300]]);
  });
  it('keeps the outer columns of a table printed without side rules, where its rules across end', () => {
    const [g] = findTables([rule([100, 0, 400]), rule([120, 0, 400]), rule([140, 0, 400])], [rule([150, 100, 140]), rule([250, 100, 140])]) as [PdfTableGeometry];
    expect([g.colRules, g.rowRules]).toEqual([[0, 150, 250, 400], [100, 120, 140]]);
  });
  it('takes no row rule from an underline touching a cell side', () => {
    const g = geometry(2);
    const [found] = findTables([...g.hRules, rule([112, 31, 120])], g.vRules) as [PdfTableGeometry];
    expect(found.rowRules).toEqual(g.rowRules);
    expect(found.colRules).toEqual(g.colRules);
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
  it('takes a part ruled a little apart (a point or two, the page set to the side) for the same table', () => {
    expect(continuesTable(table(1), table(2, [0.5, 31.5, 198.6, 301, 400.4]))).toBe(true);
    expect(continuesTable(table(1), table(2, COLS.map((x) => x + 24)))).toBe(true);
    expect(continuesTable(table(1), table(2, [0, 30, 190, 300, 400]))).toBe(false);
    expect(continuesTable(table(1), table(2, COLS.map((x) => x + 80)))).toBe(false);
  });
});
