import { describe, expect, it } from 'vitest';
import { inlinePieces } from './inline-pieces.js';
import { linesOf, values } from './test-lines.js';

describe('inlinePieces', () => {
  it('joins a number cut out by an inline link (qd-40)', () => {
    expect(values(inlinePieces(linesOf('Căn cứ vào Nghị quyết số', '01/NQ-CP', 'ngày 06/01/2023 của Chính phủ về nhiệm vụ')))).toEqual([
      'Căn cứ vào Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ',
    ]);
  });
  it('glues punctuation lines to the piece before', () => {
    expect(values(inlinePieces(linesOf('bổ sung', 'Luật BHXH', ',', 'Luật BHYT', ',', 'Luật Việc làm')))).toEqual(['bổ sung', 'Luật BHXH,', 'Luật BHYT,', 'Luật Việc làm']);
    expect(values(inlinePieces(linesOf('(sau đây gọi chung là Nghị quyết số', '01/NQ-CP', ')', '; Bảo')))).toEqual(['(sau đây gọi chung là Nghị quyết số 01/NQ-CP); Bảo']);
  });
  it('does not go on after a phrase that ends in a joining word ("các năm tiếp theo", "nêu trên")', () => {
    // qd-1177, row 5.3: the time cell, then the product cell on the next line
    expect(values(inlinePieces(linesOf('Năm 2023 và các năm tiếp theo', 'Các ngân hàng đủ điều kiện kết')))).toEqual(['Năm 2023 và các năm tiếp theo', 'Các ngân hàng đủ điều kiện kết']);
    expect(values(inlinePieces(linesOf('Căn cứ vào các quy định nêu trên', 'Bộ Tài chính')))).toEqual(['Căn cứ vào các quy định nêu trên', 'Bộ Tài chính']);
    // the joining word alone still asks for what follows
    expect(values(inlinePieces(linesOf('thực hiện theo', 'Quyết định số 12/QĐ-BHXH')))).toEqual(['thực hiện theo Quyết định số 12/QĐ-BHXH']);
  });
  it('continues a sentence that goes on in lower case', () => {
    expect(values(inlinePieces(linesOf('Theo đề nghị của Vụ trưởng Vụ Kế hoạch và Đầu', 'tư.')))).toEqual(['Theo đề nghị của Vụ trưởng Vụ Kế hoạch và Đầu tư.']);
    expect(values(inlinePieces(linesOf('Căn cứ Kết luận số 70-KL/TW ngày 9', 'tháng 03 năm 2020')))).toEqual(['Căn cứ Kết luận số 70-KL/TW ngày 9 tháng 03 năm 2020']);
  });
  it('keeps a form\'s line of dots, a blank to fill in, on a line of its own (Thông tư 11/2026/TT-BCT, Phụ lục 2)', () => {
    const dots = '.'.repeat(40);
    expect(values(inlinePieces(linesOf('7. Đề xuất, kiến nghị:', dots, '...tên UBND cấp tỉnh... báo cáo tình hình triển khai hoạt động')))).toEqual([
      '7. Đề xuất, kiến nghị:',
      dots,
      '...tên UBND cấp tỉnh... báo cáo tình hình triển khai hoạt động',
    ]);
    // the blank place of a form's date line (Thông tư 11/2026/TT-BCT, Phụ lục 1, under the motto)
    expect(values(inlinePieces(linesOf('Độc lập - Tự do - Hạnh phúc', '......, ngày.... tháng.... năm....')))).toEqual(['Độc lập - Tự do - Hạnh phúc', '......, ngày.... tháng.... năm....']);
    // an ellipsis that goes on with words still closes the piece before it (qd-40: "Luật Việc làm" / "...và các văn bản")
    expect(values(inlinePieces(linesOf('Luật Việc làm', '...và các văn bản quy phạm pháp luật')))).toEqual(['Luật Việc làm...và các văn bản quy phạm pháp luật']);
  });
  it('reads "- xã hội" after "kinh tế" as a compound, not a bullet', () => {
    expect(values(inlinePieces(linesOf('Kế hoạch phát triển kinh tế', '- xã hội, Dự toán')))).toEqual(['Kế hoạch phát triển kinh tế - xã hội, Dự toán']);
  });
  it('keeps blocks and STT lines apart', () => {
    expect(values(inlinePieces(linesOf('các chỉ tiêu đề ra', 'a', 'b) Tổ chức chi trả', '- Các đơn vị liên quan;', '1.')))).toEqual([
      'các chỉ tiêu đề ra',
      'a',
      'b) Tổ chức chi trả',
      '- Các đơn vị liên quan;',
      '1.',
    ]);
    expect(values(inlinePieces(linesOf('kết thúc.', 'nội dung mới')))).toEqual(['kết thúc.', 'nội dung mới']);
  });
  it('keeps a parenthesis open across lines', () => {
    expect(values(inlinePieces(linesOf('(Kèm theo Quyết định số 40/QĐ-BHXH của Tổng Giám đốc BHXH Việt', 'Nam)')))).toEqual([
      '(Kèm theo Quyết định số 40/QĐ-BHXH của Tổng Giám đốc BHXH Việt Nam)',
    ]);
  });
});
