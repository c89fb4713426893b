import { describe, expect, it } from 'vitest';
import type { LineNode } from '../tree.js';
import { closingParagraphStart } from './closing-paragraph.js';

const NOWHERE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const lines = (...values: string[]): LineNode[] => values.map((value) => ({ type: 'line', value, indent: 0, position: NOWHERE }));

describe('closingParagraphStart', () => {
  it("finds a notice's closing paragraph, the issuing body its subject, wrapped over lines (Thông báo of VPCP, corpus/input 296e373d796986f4.md)", () => {
    const body = lines('II. KẾT LUẬN', '8. Về kiến nghị của tỉnh: giao các Bộ xem xét, xử lý theo quy định.', 'Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh', 'Điện Biên và các Bộ, cơ quan liên quan biết, thực hiện./.');
    expect(closingParagraphStart(body, ['Văn phòng Chính phủ'])).toBe(2);
    // a head of the body as the subject (corpus/input 6f4ccdb7459d17a5.md)
    // by a name printed for it (cv-09: "Tổng Giám đốc BHXH Việt Nam yêu cầu …")
    expect(closingParagraphStart(lines('2. Tổ chức thực hiện.', 'Tổng Giám đốc BHXH Việt Nam yêu cầu toàn thể công chức', 'hưởng ứng phong trào thi đua năm 2023./.'), ['Bảo hiểm xã hội Việt Nam', 'BHXH VIỆT NAM'])).toBe(1);
    expect(closingParagraphStart(lines('- Công dụng: giải trí.', 'Cục trưởng Cục hải quan thông báo để Công ty', 'TNHH Giải trí biết và thực hiện./.'), ['Cục Hải quan'])).toBe(1);
  });

  it('finds none where the last paragraph is of another subject, does not end the document, or goes on a sentence', () => {
    expect(closingParagraphStart(lines('3. Tổ chức thực hiện', 'Giao các Bộ, ngành chủ trì thực hiện./.'), ['Văn phòng Chính phủ'])).toBe(-1);
    expect(closingParagraphStart(lines('1. Nội dung.', 'Văn phòng Chính phủ thông báo để các bộ biết.'), ['Văn phòng Chính phủ'])).toBe(-1);
    // a wrapped line opening with a name goes on the sentence before it (Công điện, corpus/input 344b9eec106a648a.md)
    expect(closingParagraphStart(lines('Đây là nhiệm vụ rất quan trọng, báo cáo Bộ Chính trị,', 'Ban Bí thư, Tổng Bí thư, Chính phủ, Thủ tướng Chính phủ./.'), ['Thủ tướng Chính phủ'])).toBe(-1);
    expect(closingParagraphStart(lines('Văn phòng Chính phủ thông báo để biết./.'), [])).toBe(-1);
  });
});
