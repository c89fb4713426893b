import { describe, expect, it } from 'vitest';
import { linesOf, values } from './test-lines.js';
import { wrappedLines } from './wrapped-lines.js';

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
  it('leaves tab-separated table lines alone', () => {
    expect(values(wrappedLines(linesOf('STT\tNội dung', '  x')))).toEqual(['STT\tNội dung', 'x']);
  });
});
