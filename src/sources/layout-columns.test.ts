import { describe, expect, it } from 'vitest';
import { hasLayoutColumns, layoutLines } from './layout-columns.js';
import { rawLines } from './raw-lines.js';

// the header and the closing of 40/QĐ-BHXH as `pdftotext -layout` prints them
const HEADER = [
  '     BẢO HIỂM XÃ HỘI            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '        VIỆT NAM                      Độc lập - Tự do - Hạnh phúc',
  '           -------                             ---------------',
].join('\n');
const CLOSING = ['Nơi nhận:                                  TỔNG GIÁM ĐỐC', '- Như điều 2;                              Nguyễn Thế Mạnh', '- Hội đồng Quản lý BHXH (để', 'b/c);'].join('\n');

describe('layoutLines', () => {
  it('reads pieces side by side column by column', () => {
    expect(layoutLines(rawLines(HEADER)).map((l) => l.value)).toEqual([
      'BẢO HIỂM XÃ HỘI',
      'VIỆT NAM',
      '-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
    ]);
    expect(layoutLines(rawLines(CLOSING)).map((l) => l.value)).toEqual(['Nơi nhận:', '- Như điều 2;', '- Hội đồng Quản lý BHXH (để', 'b/c);', 'TỔNG GIÁM ĐỐC', 'Nguyễn Thế Mạnh']);
  });
  it('keeps each piece at its place in the source', () => {
    const [, , , motto] = layoutLines(rawLines(HEADER));
    expect(motto!.position.start).toEqual({ line: 1, column: 33, offset: 32 });
  });
  it('ends the columns at a line that straddles them (a centred title)', () => {
    const lines = rawLines(['      Số: 40/QĐ-BHXH               Hà Nội, ngày 18 tháng 01 năm 2023', '                               QUYẾT ĐỊNH', '                                    BAN'].join('\n'));
    expect(layoutLines(lines).map((l) => l.value)).toEqual(['Số: 40/QĐ-BHXH', 'Hà Nội, ngày 18 tháng 01 năm 2023', 'QUYẾT ĐỊNH', 'BAN']);
  });
});

describe('hasLayoutColumns', () => {
  it('tells laid-out text from scraped text', () => {
    expect(hasLayoutColumns(rawLines(`${HEADER}\n\n${CLOSING}`))).toBe(true);
    // scraped text: a continuation indented by two spaces, one line with a wide gap
    expect(hasLayoutColumns(rawLines('Số: 40/QĐ-BHXH      Hà Nội, ngày 18 tháng 01 năm 2023\nCăn cứ Nghị định số 89/2020/NĐ-CP\n  ngày 04/8/2020 của Chính phủ'))).toBe(false);
    // a tab-separated table is no laid-out text
    expect(hasLayoutColumns(rawLines('TT\tNội dung\tĐơn vị\n1\tViệc một\tVăn phòng\n2\tViệc hai\tVăn phòng\n    3\tViệc ba\tVăn phòng'))).toBe(false);
  });
});
