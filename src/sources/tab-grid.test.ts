import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAB_ROWS, TAB_TEXT } from './test-documents.js';
import { cellText, type TableNode } from '../tree.js';
import { rawLines } from './raw-lines.js';
import { hasTab, readTabGrid } from './tab-grid.js';
import { textToTree } from './text.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);


describe('readTabGrid', () => {
  it('reads a run of tab-separated lines as a table: a row per line, a cell per piece, empty pieces as empty cells', () => {
    const lines = rawLines(TAB_TEXT);
    const { table, next } = readTabGrid(lines, 2);
    expect(next).toBe(6);
    expect(hasTab(lines[next])).toBe(false);
    expect(table.data?.grid).toBe('spans');
    expect(table.children.map((row) => row.children.map(cellText))).toEqual([
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm'],
      // the tabs ending a line are trailing white space: the row is as long as its last piece with text
      ['1', 'Xây dựng văn bản chỉ đạo, điều hành'],
      ['1.1', 'Xây dựng Kế hoạch kiểm soát TTHC năm 2024', 'Văn phòng', 'TST, CSXH, CSYT, TCKT, PC, CNTT, TTTT', 'Quý I/2024', 'Kế hoạch kiểm soát TTHC của BHXH Việt Nam năm 2024'],
      ['', '', 'BHXH các tỉnh, thành phố', '', 'Quý I/2024', 'Kế hoạch kiểm soát TTHC của BHXH tỉnh, tp năm 2024'],
    ]);
    // an empty piece is a cell with no line; no cell spans (pdf-to-text prints none)
    const cells = table.children.flatMap((row) => row.children);
    expect(cells.filter((c) => c.children.length === 0)).toHaveLength(3);
    expect(cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
  });
  it('places each cell at its piece of the line, and the table from its first to its last row', () => {
    const { table } = readTabGrid(rawLines(TAB_TEXT), 2);
    const unit = table.children[3]!.children[2]!;
    expect(unit.children[0]!.position.start).toMatchObject({ line: 6, column: 3 });
    expect(TAB_TEXT.slice(unit.position.start.offset!, unit.position.end.offset!)).toBe('BHXH các tỉnh, thành phố');
    expect(table.position.start.line).toBe(3);
    expect(table.position.end.line).toBe(6);
  });
  it('gives each run of tab lines in a text its own table, lines between them as lines', () => {
    expect(textToTree(TAB_TEXT).children.map((b) => b.type)).toEqual(['line', 'table', 'line']);
    const seed = textToTree(readFileSync(new URL('phu-luc-kiem-soat-tthc-2024.txt', FIXTURES), 'utf8')).children;
    const tables = seed.filter((b): b is TableNode => b.type === 'table');
    // the seed prints its table in 8 runs, one a page, between blank lines (and footnotes)
    expect(tables).toHaveLength(8);
    expect(tables[0]!.children).toHaveLength(6);
    expect(tables.every((t) => t.children.every((row) => row.children.length <= 6))).toBe(true);
  });
});
