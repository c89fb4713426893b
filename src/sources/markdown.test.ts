import { describe, expect, it } from 'vitest';
import { unwrapLayoutTables } from '../recognise/layout-tables.js';
import { texts } from '../recognise/tables/grid-rows.js';
import { gridRowsOf } from '../recognise/tables/task-table.js';
import { blockLines, cellText, type TableNode } from '../tree.js';
import { markdownToBlocks } from './markdown.js';

const MD = `| BẢO HIỂM XÃ HỘI<br>VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
| :---: | :---: |
| Số: 40/QĐ-BHXH | Hà Nội, ngày 18 tháng 01 năm 2023 |

## QUYẾT ĐỊNH

**Điều 1.**

Ban hành *kèm theo* Quyết định này.

Nơi nhận:

- Như điều 2;
+ Văn phòng Chính phủ;

1. Mục tiêu
2023.

| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian thực hiện |
| --- | --- | --- | --- |
| 1 | Việc một[^1] | Ban Quản lý Thu \\| Sổ | Năm 2023 |
| 2 | Việc hai | VP |

[^1]: Ghi chú của việc một.
`;

describe('markdownToBlocks', () => {
  const blocks = markdownToBlocks(MD);
  const tables = blocks.filter((b): b is TableNode => b.type === 'table');
  // the lines as the recognisers read them: the header table unwrapped, the task table kept
  const lines = unwrapLayoutTables(blocks).flatMap((b) => (b.type === 'line' ? [b] : []));
  const values = lines.map((l) => l.value);
  it('reads a header table cell by cell, headings and paragraphs as lines, emphasis as text', () => {
    expect(blocks[0]!.type).toBe('table');
    expect(tables[0]!.children.map((row) => row.children.map((cell) => cell.children.map((l) => l.value)))).toEqual([
      [['BẢO HIỂM XÃ HỘI', 'VIỆT NAM'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
      [['Số: 40/QĐ-BHXH'], ['Hà Nội, ngày 18 tháng 01 năm 2023']],
    ]);
    expect(values.slice(0, 9)).toEqual([
      'BẢO HIỂM XÃ HỘI',
      'VIỆT NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 40/QĐ-BHXH',
      'Hà Nội, ngày 18 tháng 01 năm 2023',
      'QUYẾT ĐỊNH',
      'Điều 1.',
      'Ban hành kèm theo Quyết định này.',
    ]);
  });
  it('keeps a list item’s marker as the source prints it', () => {
    expect(values).toContain('- Như điều 2;');
    expect(values).toContain('+ Văn phòng Chính phủ;');
    // a line opening with a number and a dot is an ordered list item of its own
    expect(values).toContain('1. Mục tiêu');
    expect(values).toContain('2023.');
  });
  it('reads a GFM table into a table node, rows with cells, short rows as printed (padded when read), footnotes as superscripts and note lines', () => {
    expect(tables).toHaveLength(2);
    const task = tables[1]!;
    expect(unwrapLayoutTables(blocks).filter((b) => b.type === 'table')).toEqual([task]);
    expect(task.children.map((row) => row.children.map(cellText))).toEqual([
      ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['1', 'Việc một¹', 'Ban Quản lý Thu | Sổ', 'Năm 2023'],
      ['2', 'Việc hai', 'VP'],
    ]);
    // the short row as printed in the tree; read as a grid, it is padded to the table's width
    expect(gridRowsOf(task).map(texts)[2]).toEqual(['2', 'Việc hai', 'VP', '']);
    expect(task.children.flatMap((row) => row.children).every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
    // the table's text is in no line of its own
    expect(values.some((v) => v.includes('Việc một'))).toBe(false);
    const last = blocks[blocks.length - 1]!;
    expect(last.type === 'line' && last.value).toBe('¹ Ghi chú của việc một.');
  });
  it('places lines at their mdast positions', () => {
    const heading = lines.find((l) => l.value === 'QUYẾT ĐỊNH')!;
    expect(heading.position.start).toMatchObject({ line: 5, column: 4 });
    // and a table cell's lines at their cell's
    const unit = blocks.flatMap(blockLines).find((l) => l.value === 'Ban Quản lý Thu | Sổ')!;
    expect(unit.position.start.line).toBe(21);
  });
});
