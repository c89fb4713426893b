import { describe, expect, it } from 'vitest';
import { cellSeparators } from './cell-separators.js';
import { inlinePieces } from './inline-pieces.js';
import { linesOf, values } from './test-lines.js';

describe('cellSeparators', () => {
  it('drops lone | lines and marks the cell that follows', () => {
    const lines = cellSeparators(linesOf('- Lưu: VT, HCC.', '|', 'CHỦ TỊCH', '|', '|', 'Số: 3617/QĐ-UBND'));
    expect(values(lines)).toEqual(['- Lưu: VT, HCC.', 'CHỦ TỊCH', 'Số: 3617/QĐ-UBND']);
    expect(lines.map((l) => Boolean(l.cellStart))).toEqual([false, true, true]);
  });
  it('stops later passes from joining text across cells', () => {
    const lines = inlinePieces(cellSeparators(linesOf('Cấp giấy phép hoạt động dự', 'báo khí tượng thủy văn', '|', 'thủ tục mức độ 4')));
    expect(values(lines)).toEqual(['Cấp giấy phép hoạt động dự báo khí tượng thủy văn', 'thủ tục mức độ 4']);
  });
});
