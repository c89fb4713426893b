import { describe, expect, it } from 'vitest';
import { linesOf } from '../../normalize/test-lines.js';
import { findTabHeader, readTabTable } from './tab-layout.js';

const HEADER = 'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm';

describe('readTabTable', () => {
  const lines = linesOf(
    HEADER,
    '1\tXây dựng văn bản chỉ đạo, điều hành\t\t\t\t',
    '1.1\tXây dựng Kế hoạch kiểm soát TTHC năm 2024\tVăn phòng\tTST, CSXH\tQuý I/2024\tKế hoạch của BHXH Việt Nam',
    '\t\tBHXH các tỉnh, thành phố\t\tQuý I/2024\tKế hoạch của BHXH tỉnh',
    '1.2\tXây dựng Danh mục mã kết quả giải\tVăn phòng\tCNTT\tNăm 2024\tDanh mục mã kết quả giải',
    '¹ Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg ngày 28/02/2024 của Thủ tướng Chính phủ.',
    HEADER,
    '\tquyết TTHC theo quy định.\t\t\t\tquyết TTHC được xây dựng.',
    '2.2\tThực hiện tái cấu trúc quy trình ¹ :\t\t\t\t',
    '\ta) Rà soát, tái cấu trúc quy trình.\tCSXH\tVP, CNTT\tTháng 7/2024\tTờ trình',
  );
  const table = readTabTable(lines, findTabHeader(lines));
  const rows = table.items.flatMap((i) => ('row' in i ? [i.row] : []));
  it('reads sub-assignments under one STT, taking the spanning task cell', () => {
    expect(rows.map((r) => r.stt)).toEqual(['1.1', '1.1', '1.2', '2.2']);
    expect(rows[1]!.cells).toMatchObject({ task: 'Xây dựng Kế hoạch kiểm soát TTHC năm 2024', lead: 'BHXH các tỉnh, thành phố', partners: '' });
  });
  it('joins a row continued after the repeated header', () => {
    expect(rows[2]!.cells.task).toBe('Xây dựng Danh mục mã kết quả giải quyết TTHC theo quy định.');
    expect(rows[2]!.cells.product).toBe('Danh mục mã kết quả giải quyết TTHC được xây dựng.');
  });
  it('reads group headings, lettered sub-items and footnotes', () => {
    const groups = table.items.flatMap((i) => ('group' in i ? [i.group] : []));
    expect(groups.map((g) => [g.stt, g.noteMarks])).toEqual([['1', []], ['2.2', ['¹']]]);
    expect(groups[1]!.title).toBe('Thực hiện tái cấu trúc quy trình:');
    expect(rows[3]!.label).toBe('a)');
    expect(rows[3]!.cells.task).toBe('Rà soát, tái cấu trúc quy trình.');
    expect(table.footnotes.get('¹')).toBe('Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg ngày 28/02/2024 của Thủ tướng Chính phủ.');
  });
});
