import { describe, expect, it } from 'vitest';
import { linesOf } from '../../normalize/test-lines.js';
import { type CellClassifier, findWebHeader, placePieces, readWebTable } from './web-layout.js';

// a stand-in classifier: what reads as units and periods in these lines
const UNITS = ['Ban Quản lý Thu - Sổ, Thẻ', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Vụ Tài chính - Kế toán', 'Vụ Tài chính -', 'Trung tâm CNTT và các đơn vị liên quan.', 'Văn phòng'];
const classifier: CellClassifier = {
  unitLikeness: (t) => (UNITS.includes(t) ? 1 : 0),
  isTimeframe: (t) => /^Năm \d{4}/u.test(t) || t === 'Thường xuyên',
};
const ROLES = ['task', 'lead', 'partners', 'timeframe'] as const;

describe('placePieces', () => {
  it('keeps a task cell cut by inline links together (qd-40, row 1)', () => {
    const pieces = ['Tổng hợp, đánh giá, đề xuất sửa đổi, bổ sung', 'Luật BHXH,', 'Luật BHYT,', 'Luật Việc làm và các văn bản hướng dẫn', 'Ban Quản lý Thu - Sổ, Thẻ', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023'];
    expect(placePieces(pieces, [...ROLES], classifier).cells).toEqual([
      'Tổng hợp, đánh giá, đề xuất sửa đổi, bổ sung Luật BHXH, Luật BHYT, Luật Việc làm và các văn bản hướng dẫn',
      'Ban Quản lý Thu - Sổ, Thẻ',
      'BHXH tỉnh, thành phố; Các đơn vị liên quan',
      'Năm 2023',
    ]);
  });
  it('joins a unit name broken after its hyphen (qd-1177, row 5.3)', () => {
    const pieces = ['Mở rộng giao dịch với các ngân hàng.', 'Vụ Tài chính -', 'Kế toán', 'Trung tâm CNTT và các đơn vị liên quan.', 'Năm 2023 và các năm tiếp theo', 'Các ngân hàng được kết nối.'];
    const { cells } = placePieces(pieces, ['task', 'lead', 'partners', 'timeframe', 'product'], {
      ...classifier,
      unitLikeness: (t) => (t === 'Vụ Tài chính - Kế toán' || t.startsWith('Trung tâm CNTT') ? 1 : 0),
    });
    expect(cells.slice(1, 3)).toEqual(['Vụ Tài chính - Kế toán', 'Trung tâm CNTT và các đơn vị liên quan.']);
  });
  it('leaves a cell empty rather than forcing text into it', () => {
    const { cells } = placePieces(['Theo dõi, đôn đốc triển khai thực hiện Chương trình hành động', 'Văn phòng'], [...ROLES], classifier);
    expect(cells).toEqual(['Theo dõi, đôn đốc triển khai thực hiện Chương trình hành động', 'Văn phòng', '', '']);
  });
});

describe('readWebTable', () => {
  const lines = linesOf(
    'TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện',
    'I', 'Tập trung tăng nhanh diện bao phủ người tham gia BHXH, BHYT',
    '1', 'Tổng hợp, đánh giá, đề xuất sửa đổi, bổ sung', 'Ban Quản lý Thu - Sổ, Thẻ', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023',
    '2', 'Tăng cường công tác kiểm toán nội bộ.', 'Vụ Tài chính - Kế toán', 'Văn phòng', 'Thường xuyên',
  );
  it('reads the header, the group row and the task rows', () => {
    const header = findWebHeader(lines)!;
    expect(header.cells).toEqual(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    const table = readWebTable(lines, header, classifier);
    expect(table.items.map((i) => ('group' in i ? `group ${i.group.stt}` : `row ${i.row.stt}`))).toEqual(['group I', 'row 1', 'row 2']);
    const row = (table.items[2] as { row: { cells: Record<string, string> } }).row;
    expect(row.cells).toEqual({ task: 'Tăng cường công tác kiểm toán nội bộ.', lead: 'Vụ Tài chính - Kế toán', partners: 'Văn phòng', timeframe: 'Thường xuyên' });
  });
});
