import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../normalize/test-lines.js';
import type { ColumnRole } from './columns.js';
import { tidyCell } from './raw-row.js';
import { type CellClassifier, cellScore, findWebHeader, joinCost, placePieces, readWebTable } from './web-layout.js';

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

/** Every split point tried for every cell: what placePieces must give, however it narrows the search. */
function placeByTryingAll(pieces: string[], roles: Array<ColumnRole | null>, c: CellClassifier): { cells: string[]; score: number } {
  const m = pieces.length;
  const text = (a: number, b: number) => tidyCell(pieces.slice(a, b).join(' '));
  // join costs summed as placePieces sums them (a prefix sum), so that ties fall the same way
  const joinTo = [0];
  for (let q = 0; q < m; q++) joinTo.push(joinTo[q]! + (q > 0 ? joinCost(pieces[q - 1]!, pieces[q]!) : 0));
  const score = (role: ColumnRole | null, a: number, b: number) => {
    const length = a === b ? 0 : pieces.slice(a, b).join(' ').length;
    const inner = b - a > 1 ? joinTo[b]! - joinTo[a + 1]! : 0;
    return cellScore(role, length, b - a, () => text(a, b), c) + inner;
  };
  const best = roles.map(() => new Array<number>(m + 1).fill(-Infinity));
  const from = roles.map(() => new Array<number>(m + 1).fill(0));
  const before = (j: number, p: number) => (j === 0 ? (p === 0 ? 0 : -Infinity) : best[j - 1]![p]!);
  roles.forEach((role, j) => {
    for (let i = 0; i <= m; i++) {
      for (let p = 0; p <= i; p++) {
        if (before(j, p) === -Infinity) continue;
        const s = before(j, p) + score(role, p, i);
        if (s > best[j]![i]!) [best[j]![i], from[j]![i]] = [s, p];
      }
    }
  });
  const cells = roles.map(() => '');
  for (let j = roles.length - 1, i = m; j >= 0; j--) {
    const p = from[j]![i]!;
    cells[j] = text(p, i);
    i = p;
  }
  return { cells, score: best[roles.length - 1]![m]! };
}

describe('placePieces narrows its search without changing its answer', () => {
  // lines of real rows (qd-40, qd-1177, cv-09): tasks, unit names, periods, products, broken where the page broke them
  const LINES = [
    'Tổng hợp, đánh giá, đề xuất sửa đổi, bổ sung', 'Luật BHXH,', 'Luật Việc làm và các văn bản hướng dẫn', 'Ban Quản lý Thu - Sổ, Thẻ',
    'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023', 'Vụ Tài chính -', 'Kế toán', 'Trung tâm CNTT và các đơn vị liên quan.',
    'Năm 2023 và các năm tiếp theo', 'Các ngân hàng được kết nối.', 'Thường xuyên', 'Văn phòng', 'Báo cáo kết quả thực hiện',
    'Quý IV/2023', 'mở rộng giao dịch với các ngân hàng.', 'Kế hoạch được phê duyệt', '',
  ];
  const graded: CellClassifier = {
    unitLikeness: (t) => (UNITS.includes(t) ? 1 : UNITS.some((u) => t.startsWith(u)) ? 0.5 : 0),
    isTimeframe: (t) => /^(?:Năm \d{4}|Quý [IV]{1,3}\/\d{4})/u.test(t) || t === 'Thường xuyên',
  };
  const ROLE = fc.constantFrom<ColumnRole | null>('task', 'lead', 'partners', 'timeframe', 'product', null);
  fcTest.prop([fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 9 }), fc.array(ROLE, { minLength: 1, maxLength: 6 })], { numRuns: 400 })(
    'gives the split and score that trying every split point gives',
    (pieces, roles) => {
      expect(placePieces(pieces, roles, graded)).toEqual(placeByTryingAll(pieces, roles, graded));
    },
  );
  it('reads fewer candidate cells as text than it could (a row of qd-40)', () => {
    const pieces = ['Tổng hợp, đánh giá, đề xuất sửa đổi, bổ sung', 'Luật BHXH,', 'Luật Việc làm và các văn bản hướng dẫn', 'Ban Quản lý Thu - Sổ, Thẻ', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023'];
    const read = new Set<string>();
    const counting: CellClassifier = {
      unitLikeness: (t) => (read.add(`u ${t}`), classifier.unitLikeness(t)),
      isTimeframe: (t) => (read.add(`t ${t}`), classifier.isTimeframe(t)),
    };
    const readAll = new Set<string>();
    const countingAll: CellClassifier = {
      unitLikeness: (t) => (readAll.add(`u ${t}`), classifier.unitLikeness(t)),
      isTimeframe: (t) => (readAll.add(`t ${t}`), classifier.isTimeframe(t)),
    };
    expect(placePieces(pieces, [...ROLES], counting).cells).toEqual(placeByTryingAll(pieces, [...ROLES], countingAll).cells);
    expect(read.size).toBeLessThan(readAll.size);
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
