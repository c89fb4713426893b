import { describe, expect, it } from 'vitest';
import { markdownToLines } from './markdown.js';

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

describe('markdownToLines', () => {
  const lines = markdownToLines(MD);
  const values = lines.map((l) => l.value);
  it('reads a header table cell by cell, headings and paragraphs as lines, emphasis as text', () => {
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
  it('reads a GFM table into rows with cells, short rows padded, footnotes as superscripts and note lines', () => {
    const rows = lines.filter((l) => l.cells).map((l) => l.cells);
    expect(rows).toEqual([
      ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['1', 'Việc một¹', 'Ban Quản lý Thu | Sổ', 'Năm 2023'],
      ['2', 'Việc hai', 'VP', ''],
    ]);
    expect(values[values.length - 1]).toBe('¹ Ghi chú của việc một.');
  });
  it('places lines at their mdast positions', () => {
    const heading = lines.find((l) => l.value === 'QUYẾT ĐỊNH')!;
    expect(heading.position.start).toMatchObject({ line: 5, column: 4 });
  });
});
