import { describe, expect, it } from 'vitest';
import type { Position } from 'unist';
import type { LineNode } from '../tree.js';
import { type SourceRow, tableToLines } from './table-lines.js';

const at: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const line = (value: string): LineNode => ({ type: 'line', value, indent: 0, position: at });
const row = (...cells: Array<string | [string, number, number]>): SourceRow => ({
  position: at,
  cells: cells.map((c) => {
    const [text, rowSpan, colSpan] = typeof c === 'string' ? [c, 1, 1] : c;
    return { value: { lines: text.split('\n').filter(Boolean).map(line), position: at }, rowSpan, colSpan };
  }),
});

describe('tableToLines', () => {
  it('gives a task table one line per row with its cells; a spanning unit cell in each row it spans', () => {
    const lines = tableToLines([
      row('STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'),
      row('I', ['Nhóm nhiệm vụ', 1, 4]),
      row('1', 'Việc một\ndòng hai', ['Ban Quản lý Thu', 2, 1], 'VP', 'Năm 2023'),
      row('2', 'Việc hai', 'CNTT', 'Thường xuyên'),
    ]);
    expect(lines.map((l) => l.cells)).toEqual([
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
      ['I', 'Nhóm nhiệm vụ', '', '', ''],
      ['1', 'Việc một dòng hai', 'Ban Quản lý Thu', 'VP', 'Năm 2023'],
      ['2', 'Việc hai', 'Ban Quản lý Thu', 'CNTT', 'Thường xuyên'],
    ]);
    expect(lines[2]!.value).toBe('1\tViệc một dòng hai\tBan Quản lý Thu\tVP\tNăm 2023');
  });
  it('reads a header block cell by cell, as plain lines', () => {
    const lines = tableToLines([
      row('BẢO HIỂM XÃ HỘI\nVIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'),
      row('Số: 40/QĐ-BHXH', 'Hà Nội, ngày 18 tháng 01 năm 2023'),
    ]);
    expect(lines.map((l) => l.value)).toEqual([
      'BẢO HIỂM XÃ HỘI',
      'VIỆT NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 40/QĐ-BHXH',
      'Hà Nội, ngày 18 tháng 01 năm 2023',
    ]);
    expect(lines.every((l) => l.cells === undefined)).toBe(true);
  });
  it('reads a wide table holding a signature as a layout, other wide tables as data', () => {
    expect(tableToLines([row('Nơi nhận:\n- Như trên;', 'x', 'KT. BỘ TRƯỞNG\nThứ trưởng')])[0]!.cells).toBeUndefined();
    expect(tableToLines([row('Tỉnh', 'Số xã', 'Ghi chú'), row('A', '12', '')])[1]!.cells).toEqual(['A', '12', '']);
  });
});
