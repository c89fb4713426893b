import { describe, expect, it } from 'vitest';
import { itemsToLines, joinWrapped, type PdfItem, type PdfLine } from './pdf-layout.js';

const item = (str: string, x: number, y: number, width: number, size = 12, eol = false): PdfItem => ({ str, x, y, width, size, eol });
const line = (text: string, x0: number, x1: number, y: number, size = 12): PdfLine => ({ text, x0, x1, y, size });

describe('itemsToLines', () => {
  it('starts a line at an end-of-line mark, a new baseline, or a gap as wide as between cells', () => {
    const lines = itemsToLines([
      item('BẢO HIỂM XÃ HỘI', 100, 70, 120, 12, true),
      item('VIỆT NAM', 120, 84, 60),
      item('Số: 40/QĐ-BHXH', 100, 130, 100),
      item(' ', 200, 130, 60),
      item('Hà Nội, ngày 18 tháng 01 năm 2023', 290, 130, 200),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['BẢO HIỂM XÃ HỘI', 'VIỆT NAM', 'Số: 40/QĐ-BHXH', 'Hà Nội, ngày 18 tháng 01 năm 2023']);
  });
  it('joins the pieces of a line, with a space where there is a gap', () => {
    const [l] = itemsToLines([item('Căn cứ', 100, 200, 40), item('Nghị định', 144, 200, 50), item('số', 197, 200, 12)]);
    expect(l!.text).toBe('Căn cứ Nghị định số');
  });
  it('reads small raised digits as a footnote mark', () => {
    const [l] = itemsToLines([item('mức độ Toàn trình.', 100, 200, 100, 10.5), item('1', 201, 196, 4, 6)]);
    expect(l!.text).toBe('mức độ Toàn trình.¹');
  });
});

describe('joinWrapped', () => {
  it('joins the lines a justified paragraph wrapped over, not the next paragraph', () => {
    const joined = joinWrapped([
      line('Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ', 113, 537, 100),
      line('quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bảo hiểm', 85, 538, 114),
      line('xã hội Việt Nam;', 85, 186, 128),
      line('Căn cứ Nghị quyết số 01/NQ-CP;', 113, 300, 146),
    ]);
    expect(joined.map((l) => l.text)).toEqual([
      'Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bảo hiểm xã hội Việt Nam;',
      'Căn cứ Nghị quyết số 01/NQ-CP;',
    ]);
  });
  it('joins a wrapped list item in a narrow column, not the next item, nor a signature under a title', () => {
    const joined = joinWrapped([
      line('- Hội đồng Quản lý BHXH Việt', 85, 230, 400, 10.5),
      line('Nam (để b/c);', 85, 150, 412, 10.5),
      line('- Văn phòng Chính phủ;', 85, 200, 424, 10.5),
      line('TỔNG GIÁM ĐỐC', 350, 450, 390),
      line('Nguyễn Thế Mạnh', 345, 455, 404),
    ]);
    expect(joined.map((l) => l.text)).toEqual(['- Hội đồng Quản lý BHXH Việt Nam (để b/c);', '- Văn phòng Chính phủ;', 'TỔNG GIÁM ĐỐC', 'Nguyễn Thế Mạnh']);
  });
  it('joins a number broken after its hyphen without a space', () => {
    const joined = joinWrapped([line('theo Quyết định số 856/QĐ-', 85, 538, 100), line('TTg ngày 10/7/2019.', 85, 200, 114)]);
    expect(joined[0]!.text).toBe('theo Quyết định số 856/QĐ-TTg ngày 10/7/2019.');
  });
});

describe('a heading of capitals with a colon', () => {
  it('stands on its own line after a short last line of a paragraph set tight', () => {
    const joined = joinWrapped([line('Xét đề nghị của Vụ trưởng Vụ Kế hoạch và Đầu tư.', 118, 425, 380), line('QUYẾT ĐỊNH:', 118, 205, 397), line('Điều 1.', 118, 165, 414)]);
    expect(joined.map((l) => l.text)).toEqual(['Xét đề nghị của Vụ trưởng Vụ Kế hoạch và Đầu tư.', 'QUYẾT ĐỊNH:', 'Điều 1.']);
  });
});
