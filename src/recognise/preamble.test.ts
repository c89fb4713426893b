import { describe, expect, it } from 'vitest';
import { linesOf } from '../normalize/test-lines.js';
import { enactingAuthority, isBareBasis, preambleClauses, proposerOf, readPreamble } from './preamble.js';

describe('proposerOf', () => {
  it('cuts the submission off the proposer', () => {
    expect(proposerOf('Bộ trưởng Bộ Tài chính tại Tờ trình số 123/TTr-BTC ngày 05 tháng 3 năm 2024')).toBe('Bộ trưởng Bộ Tài chính');
    expect(proposerOf('Giám đốc Sở Y tế tại văn bản số 456/SYT-KHTC ngày 12/5/2025')).toBe('Giám đốc Sở Y tế');
    expect(proposerOf('Chủ tịch Ủy ban nhân dân tỉnh theo Công văn số 78/UBND-KT')).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
  });
  it('cuts the enacting clause of a decree or a circular', () => {
    expect(proposerOf('Bộ trưởng Bộ Y tế; Chính phủ ban hành Nghị định quy định chi tiết')).toBe('Bộ trưởng Bộ Y tế');
    expect(proposerOf('Vụ trưởng Vụ Bảo hiểm xã hội, Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư')).toBe('Vụ trưởng Vụ Bảo hiểm xã hội');
  });
  it('keeps several proposers and a place in a name', () => {
    expect(proposerOf('Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Tài chính.')).toBe('Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Tài chính');
    expect(proposerOf('Giám đốc Bảo hiểm xã hội khu vực tại Hà Nội')).toBe('Giám đốc Bảo hiểm xã hội khu vực tại Hà Nội');
  });
});

describe('enactingAuthority: the enacting formula of a normative document', () => {
  it('names the authority that enacts the document (vbpl pages: 11/2026/TT-BCT, 40/2025/QĐ-TTg, 301/2025/NĐ-CP)', () => {
    expect(enactingAuthority('Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về truy xuất nguồn gốc thực phẩm thuộc phạm vi quản lý của Bộ Công Thương.', 'Thông tư')).toBe('Bộ trưởng Bộ Công Thương');
    expect(enactingAuthority('Thủ tướng Chính phủ ban hành Quyết định về tiêu chí, trình tự, thủ tục công nhận xã đảo và xã An toàn khu', 'Quyết định')).toBe('Thủ tướng Chính phủ');
    expect(enactingAuthority('Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 38/2024/NĐ-CP', 'Nghị định')).toBe('Chính phủ');
  });
  it('reads nothing from a line that enacts another type or is a clause', () => {
    expect(enactingAuthority('Bộ trưởng Bộ Công Thương ban hành Thông tư quy định …', 'Quyết định')).toBeNull();
    expect(enactingAuthority('Căn cứ Quyết định số 12/QĐ-TTg, Bộ Y tế ban hành Quyết định', 'Quyết định')).toBeNull();
    expect(enactingAuthority('Thực hiện Kế hoạch; Sở Y tế ban hành Quyết định', 'Quyết định')).toBeNull();
  });
});

describe('readPreamble', () => {
  it('keeps the enacting formula printed on with the proposer', () => {
    const facts = readPreamble(linesOf('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Theo đề nghị của Bộ trưởng Bộ Y tế; Chính phủ ban hành Nghị định quy định chi tiết'));
    expect([facts.proposedBy, facts.enacting]).toEqual(['Bộ trưởng Bộ Y tế', 'Chính phủ ban hành Nghị định quy định chi tiết']);
    expect(enactingAuthority(facts.enacting!, 'Nghị định')).toBe('Chính phủ');
  });
  it('reads the proposer over wrapped lines, and leaves the submission in the text', () => {
    const facts = readPreamble(linesOf('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Theo đề nghị của Bộ trưởng Bộ Tài chính tại Tờ trình', 'số 123/TTr-BTC ngày 05 tháng 3 năm 2024,', 'QUYẾT ĐỊNH:'));
    expect(facts.proposedBy).toBe('Bộ trưởng Bộ Tài chính');
    expect(facts.legalBases).toHaveLength(1);
  });
});

describe('legal bases as provinces print them', () => {
  it('reads two bases printed in one paragraph as two (a provincial decision)', () => {
    const paragraph =
      'Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính; ' +
      'Căn cứ Quyết định số 3659/QĐ-BKHCN ngày 13 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc sửa đổi, bổ sung Quyết định số 3212/QĐ-BKHCN;';
    const facts = readPreamble(linesOf('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', paragraph, 'QUYẾT ĐỊNH:'));
    expect(facts.legalBases.map((b) => b.text)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;',
      'Căn cứ Quyết định số 3659/QĐ-BKHCN ngày 13 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc sửa đổi, bổ sung Quyết định số 3212/QĐ-BKHCN;',
    ]);
    expect(facts.legalBases[2]!.line).toBe(facts.legalBases[1]!.line);
  });
  it('keeps one basis that lists two documents, and a lower-case "căn cứ" inside a clause', () => {
    expect(preambleClauses('Căn cứ Nghị định số 63/2010/NĐ-CP của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP;')).toHaveLength(1);
    expect(preambleClauses('Căn cứ Luật Đất đai; căn cứ vào kết quả kiểm tra;')).toHaveLength(1);
    expect(preambleClauses('Căn cứ Luật Đất đai;Căn cứ nhu cầu')).toHaveLength(1);
  });
  it('splits a proposer printed after the last basis in its paragraph', () => {
    const facts = readPreamble(linesOf('Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ; Theo đề nghị của Giám đốc Sở Tài chính.'));
    expect(facts.legalBases.map((b) => b.text)).toEqual(['Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ;']);
    expect(facts.proposedBy).toBe('Giám đốc Sở Tài chính');
  });
  it('reads a basis printed without "Căn cứ" after a basis closed by ";" (a city decision)', () => {
    const facts = readPreamble(
      linesOf(
        'Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;',
        'Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;',
        'Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;',
        'Theo đề nghị của Sở Tài',
        'chính;',
      ),
    );
    expect(facts.legalBases).toHaveLength(3);
    expect(facts.legalBases[1]!.text).toMatch(/^Nghị định số 79\/2025\/NĐ-CP/u);
    expect(facts.proposedBy).toBe('Sở Tài chính');
  });
  it('tells a bare basis from the wrapped rest of one', () => {
    expect(isBareBasis('Căn cứ Luật Đất đai;', 'Luật Nhà ở ngày 27 tháng 11 năm 2023;')).toBe(true);
    expect(isBareBasis('Căn cứ Nghị định số 63/2010/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của các', 'Nghị định liên quan đến kiểm soát thủ tục hành chính;')).toBe(false);
    expect(isBareBasis('Căn cứ Luật Đất đai;', 'Ủy ban nhân dân thành phố Huế ban hành Quyết định bãi bỏ …')).toBe(false);
  });
});
