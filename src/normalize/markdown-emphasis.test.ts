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
  });
  it('never runs a span on past a few lines', () => {
    const lines = linesOf('Bản dịch này thuộc quyền sở hữu của **', ...Array.from({ length: 20 }, (_, i) => `dòng ${i}`));
    expect(markdownEmphasis(lines).length).toBeGreaterThan(10);
  });
});
