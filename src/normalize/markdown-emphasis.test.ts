import { describe, expect, it } from 'vitest';
import { markdownEmphasis } from './markdown-emphasis.js';
import { linesOf, values } from './test-lines.js';

describe('markdownEmphasis (lines from saved legal-site pages)', () => {
  it('makes a bold span wrapped over lines one line, without its markers', () => {
    expect(values(markdownEmphasis(linesOf('**THỦ', 'TƯỚNG CHÍNH PHỦ**', '-------')))).toEqual(['THỦ TƯỚNG CHÍNH PHỦ', '-------']);
    expect(values(markdownEmphasis(linesOf('**CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM**', 'Độc lập - Tự do - Hạnh phúc')))).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });
  it('joins an italic place and date', () => {
    expect(values(markdownEmphasis(linesOf('*Thanh Hóa, ngày', '20 tháng 11 năm 2025*')))).toEqual(['Thanh Hóa, ngày 20 tháng 11 năm 2025']);
  });
  it('keeps words whole when a marker falls inside one', () => {
    expect(values(markdownEmphasis(linesOf('*Hà Nội, ng**ày', '01 tháng 12 năm 2025*')))).toEqual(['Hà Nội, ngày 01 tháng 12 năm 2025']);
  });
  it('drops lines that only hold markers and reads a star bullet as a bullet', () => {
    expect(values(markdownEmphasis(linesOf('* *', '** **', '**PHỤ LỤC I**', '* Nộp hồ sơ trực tuyến')))).toEqual(['PHỤ LỤC I', '- Nộp hồ sơ trực tuyến']);
    // a rule of underscores under the header or the motto is kept, as a rule of hyphens is
    expect(values(markdownEmphasis(linesOf('TÊN TỔ CHỨC', '________', '** __ **')))).toEqual(['TÊN TỔ CHỨC', '________']);
  });
  it('joins an italic paragraph of many wrapped lines, and stops at its closing marker', () => {
    // a city decision (Law 2025 form): the enacting clause in italics over 11 lines, a marker pair
    // "tổ* *chức" inside it, then the bold heading of Article 1
    const clause = [
      '*Ủy ban nhân dân thành phố',
      'Huế ban hành Quyết định bãi bỏ Quyết định số 42/2018/QĐ-UBND ngày 08/8/2018 của',
      'Ủy ban nhân dân tỉnh Thừa Thiên Huế về việc ban hành quy định về phân cấp quản',
      'lý tài sản công tại cơ quan, tổ* *chức, đơn vị thuộc phạm vi quản lý của',
      'địa phương trên địa bàn tỉnh Thừa Thiên Huế và Quyết định số 07/2022/QĐ-UBND',
      'ngày 17/2/2022 của Ủy ban nhân dân tỉnh Thừa Thiên Huế sửa đổi, bổ sung một số',
      'điều của Quy định ban hành kèm theo Quyết định số 42/2018/QĐ-UBND ngày 08 tháng',
      '8 năm 2018 của Ủy ban nhân dân tỉnh về việc ban hành Quy định về phân cấp quản',
      'lý tài sản công tại cơ quan, tổ chức đơn vị thuộc phạm vi quản lý của địa',
      'phương trên địa bàn tỉnh Thừa Thiên Huế.*',
    ];
    const out = values(markdownEmphasis(linesOf(...clause, '**Điều 1. Bãi bỏ toàn bộ các', 'Quyết định**', 'Bãi bỏ toàn bộ các Quyết định')));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^Ủy ban nhân dân thành phố Huế ban hành .* tổ chức, đơn vị .* Thừa Thiên Huế\.$/u);
    expect(out.slice(1)).toEqual(['Điều 1. Bãi bỏ toàn bộ các Quyết định', 'Bãi bỏ toàn bộ các Quyết định']);
  });
  it('joins nothing when a marker is not closed before the next emphasised block', () => {
    const out = values(markdownEmphasis(linesOf('*Căn cứ Luật Tổ chức chính', 'quyền địa phương số 72/2025/QH15;', '*Căn cứ Nghị định số', '78/2025/NĐ-CP của Chính phủ;*')));
    expect(out).toEqual(['Căn cứ Luật Tổ chức chính', 'quyền địa phương số 72/2025/QH15;', 'Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ;']);
  });
  it('closes an italic span whose line also holds a stray bold marker (a table cell of a PM decision)', () => {
    expect(values(markdownEmphasis(linesOf('*ĐD 500kV Sơn La **1', '- Sơn Tây*', '|', '*2x150*')))).toEqual(['ĐD 500kV Sơn La 1 - Sơn Tây', '|', '2x150']);
  });
  it('never joins across a cell boundary of a table laid out one cell per line', () => {
    expect(values(markdownEmphasis(linesOf('*TBA 500kV Sơn La 1 và', '|', 'ĐD 500kV đấu nối*', '|')))).toEqual(['TBA 500kV Sơn La 1 và', '|', 'ĐD 500kV đấu nối', '|']);
  });
  it('never runs a span on past a few lines', () => {
    const lines = linesOf('Bản dịch này thuộc quyền sở hữu của **', ...Array.from({ length: 20 }, (_, i) => `dòng ${i}`));
    expect(markdownEmphasis(lines).length).toBeGreaterThan(10);
  });
});
