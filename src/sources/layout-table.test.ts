import { describe, expect, it } from 'vitest';
import { readLayoutTable } from './layout-table.js';
import { rawLines } from './raw-lines.js';

// A table over two pages as pdftotext -layout prints one whose second page has a wider margin: the
// header printed again four columns further right, the page's number on the line of its form feed.
const PAGES = [
  'STT   Nội dung công việc        Đơn vị chủ trì    Thời gian',
  '1     Xây dựng kế hoạch năm     Văn phòng         Quý I/2024',
  '2     Tổ chức thực hiện         Ban Thu           Năm 2024',
  '\f   7',
  '    STT   Nội dung công việc        Đơn vị chủ trì    Thời gian',
  '    3     Kiểm tra, giám sát        Văn phòng         Quý IV/2024',
].join('\n');

describe('readLayoutTable', () => {
  it('reads a page printed at another margin in line with the first, its page number left out of the cells whole', () => {
    const read = readLayoutTable(rawLines(PAGES), 0)!;
    const rows = read.table.children.map((r) => r.children.map((c) => c.children.map((l) => l.value).join(' ')));
    expect(rows).toContainEqual(['3', 'Kiểm tra, giám sát', 'Văn phòng', 'Quý IV/2024']);
    expect(rows[0]).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian']);
    expect(read.outside.map((l) => l.value)).toEqual(['7']);
  });
});
