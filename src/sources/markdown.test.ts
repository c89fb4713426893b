import { describe, expect, it } from 'vitest';
import { MD } from './test-documents.js';
import { blockLines, cellText, type TableNode } from '../tree.js';
import { markdownToBlocks } from './markdown.js';


describe('markdownToBlocks', () => {
  const blocks = markdownToBlocks(MD);
  const tables = blocks.filter((b): b is TableNode => b.type === 'table');
  // (the lines as the recognisers read them, the header table unwrapped: test/grid-sources.test.ts)
  it('reads a header table cell by cell into a table node', () => {
    expect(blocks[0]!.type).toBe('table');
    expect(tables[0]!.children.map((row) => row.children.map((cell) => cell.children.map((l) => l.value)))).toEqual([
      [['BẢO HIỂM XÃ HỘI', 'VIỆT NAM'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
      [['Số: 40/QĐ-BHXH'], ['Hà Nội, ngày 18 tháng 01 năm 2023']],
    ]);
  });
  it('reads a GFM table into a table node, rows with cells, short rows as printed, footnotes as superscripts and note lines', () => {
    expect(tables).toHaveLength(2);
    const task = tables[1]!;
    // the short row as printed in the tree (read as a grid, it is padded: test/grid-sources.test.ts)
    expect(task.children.map((row) => row.children.map(cellText))).toEqual([
      ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['1', 'Việc một¹', 'Ban Quản lý Thu | Sổ', 'Năm 2023'],
      ['2', 'Việc hai', 'VP'],
    ]);
    expect(task.children.flatMap((row) => row.children).every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
    const last = blocks[blocks.length - 1]!;
    expect(last.type === 'line' && last.value).toBe('¹ Ghi chú của việc một.');
  });
  it('places a table cell’s lines at their cell’s mdast position', () => {
    const unit = blocks.flatMap(blockLines).find((l) => l.value === 'Ban Quản lý Thu | Sổ')!;
    expect(unit.position.start.line).toBe(21);
  });
});
