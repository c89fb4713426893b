import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { textToTree } from '../sources/text.js';
import { type BlockNode, type TableNode } from '../tree.js';
import { normalizeBlocks } from './index.js';
import { linesOf, values } from './test-lines.js';
import { wrappedLines } from './wrapped-lines.js';

const cleaned = (text: string): BlockNode[] => normalizeBlocks(textToTree(text).children, new VFile(), [wrappedLines]);
const cellLines = (table: TableNode) => table.children.map((row) => row.children.map((cell) => values(cell.children)));

describe('wrappedLines', () => {
  it('joins indented continuations of a cell (qd-40)', () => {
    const lines = wrappedLines(linesOf('Ban Quản lý Thu -', '  Sổ, Thẻ', 'BHXH tỉnh, thành', '  phố; Các đơn vị liên quan'));
    expect(values(lines)).toEqual(['Ban Quản lý Thu - Sổ, Thẻ', 'BHXH tỉnh, thành phố; Các đơn vị liên quan']);
  });
  it('keeps the place of the first and last source line', () => {
    const [line] = wrappedLines(linesOf('Hà', '  Nội, ngày 25 tháng 12 năm 2020'));
    expect(line!.position.start.line).toBe(1);
    expect(line!.position.end.line).toBe(2);
  });
  it('never joins an indented line onto a tab-separated table row', () => {
    const [table, line, ...rest] = cleaned('STT\tNội dung\n  x');
    expect(table!.type).toBe('table');
    expect(cellLines(table as TableNode)).toEqual([[['STT'], ['Nội dung']]]);
    expect(line).toMatchObject({ type: 'line', value: 'x', indent: 2 });
    expect(rest).toEqual([]);
  });
  it('joins the continuations inside a cell, never across two cells', () => {
    const [table] = cleaned('|\nBan Quản lý Thu -\n  Sổ, Thẻ\n|\n  BHXH tỉnh, thành\n  phố\n|');
    expect(table!.type).toBe('table');
    expect(cellLines(table as TableNode)).toEqual([[['Ban Quản lý Thu - Sổ, Thẻ'], ['BHXH tỉnh, thành phố']]]);
  });
});
