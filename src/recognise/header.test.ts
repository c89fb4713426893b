import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { normalizeBlocks } from '../normalize/index.js';
import { textToTree } from '../sources/text.js';
import { blockLines } from '../tree.js';
import { readHeader } from './header.js';
import { issuerUnderParent } from './vocabulary.js';
import { unwrapLayoutTables } from './layout-tables.js';
import { segmentDocument } from './segment.js';

/** A saved page's header as the header reader gets it: lines cleaned, layout grids unwrapped, the header cut off the body. */
function header(...raw: string[]) {
  const lines = unwrapLayoutTables(normalizeBlocks(textToTree(raw.join('\n')).children, new VFile())).flatMap(blockLines);
  const seg = segmentDocument(lines);
  return { facts: readHeader(lines.slice(seg.header[0], seg.header[1]), seg.heading - seg.header[0]), body: lines.slice(seg.header[1]).map((l) => l.value) };
}

// the header of Công điện 232/CĐ-TTg (27/11/2025) as a legal-document site saved it (corpus b2fa001677379e64)
const DISPATCH_232 = [
  '**THỦ',
  'TƯỚNG CHÍNH PHỦ**',
  '**-------**',
  '|',
  '**CỘNG',
  'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  '|',
  '|',
  'Số: 232/CĐ-TTg',
  '|',
  '*Hà Nội, ngày 27',
  'tháng 11 năm 2025*',
  '|',
  '**CÔNG ĐIỆN**',
  'V/V KHẨN TRƯƠNG THỐNG',
  'KÊ, RÀ SOÁT, TỔNG HỢP BÁO CÁO THIỆT HẠI VỀ NHÀ Ở CỦA NHÂN DÂN DO MƯA LŨ TẠI KHU',
  'VỰC NAM TRUNG BỘ',
  '**THỦ TƯỚNG CHÍNH PHỦ điện:**',
  '- Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk;',
  '- Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa;',
  '- Chủ tịch Ủy ban nhân dân tỉnh Gia Lai;',
  '- Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng;',
  '- Bộ trưởng các Bộ: Tài chính, Nông nghiệp và Môi trường, Quốc phòng, Công an,',
  'Giáo dục và Đào tạo, Y tế.',
  'Vừa qua tại khu vực Nam Trung Bộ đã xảy ra đợt mưa',
  'lũ, ngập lụt lịch sử, gây thiệt hại rất nặng nề về người, nhà cửa, tài sản.',
];

describe('readHeader: a dispatch (công điện) names its authority and addressees in its call line', () => {
  it('reads "THỦ TƯỚNG CHÍNH PHỦ điện:" as the authority and the "- …" lines after it as the addressees', () => {
    const { facts, body } = header(...DISPATCH_232);
    expect(facts.authority).toBe('THỦ TƯỚNG CHÍNH PHỦ');
    expect(facts.addressees).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
      'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai',
      'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng',
      // the item ending with "," goes on in the wrapped line that begins with a capital
      'Bộ trưởng các Bộ: Tài chính, Nông nghiệp và Môi trường, Quốc phòng, Công an, Giáo dục và Đào tạo, Y tế',
    ]);
    expect(facts.unplaced).toEqual([]);
    expect(body[0]).toMatch(/^Vừa qua tại khu vực Nam Trung Bộ/u);
  });
  it('adds the "Đồng kính gửi:" addressees, printed in a cell of their own (Công điện 220/CĐ-TTg, corpus 344b9eec106a648a)', () => {
    const { facts, body } = header(
      ...DISPATCH_232.slice(0, 16),
      'TẬP',
      'TRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH',
      'CHÍNH, ĐIỀU KIỆN KINH DOANH NĂM 2025',
      '**THỦ TƯỚNG CHÍNH PHỦ ***điện:*',
      '|',
      '** **',
      '|',
      '- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
      '|',
      '|',
      '*Đồng kính gửi:*',
      '|',
      'Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để',
      'lãnh đạo, chỉ đạo.',
      '|',
      'Thực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3',
      'năm 2025 của Chính phủ về Chương trình cắt giảm, đơn giản hóa thủ tục hành chính.',
    );
    expect(facts.authority).toBe('THỦ TƯỚNG CHÍNH PHỦ');
    expect(facts.addressees).toEqual([
      'Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để lãnh đạo, chỉ đạo',
    ]);
    expect(body[0]).toMatch(/^Thực hiện Nghị quyết số 66\/NQ-CP/u);
  });
  it('takes no call line from a sentence that only ends with the word ("… gửi công điện:")', () => {
    const { facts } = header(...DISPATCH_232.slice(0, 19), 'Thủ tướng Chính phủ gửi công điện:', '- Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk;');
    expect(facts.authority).toBeNull();
    expect(facts.addressees).toEqual([]);
  });
});

// headers of real letters (Công văn 5608/CT-CS of Cục Thuế, 28/11/2025; Thông báo 39305/TB-CHQ of Cục Hải
// quan, 01/12/2025: corpus 77de8d61b741c666, 6f4ccdb7459d17a5) with the issuer's cell run onto one line, as
// a legal-document site's crawler prints it (its rule: the cell's lines joined, the rule under them kept)
describe('readHeader: the parent and the issuing body on one line', () => {
  const flat = (issuer: string, number: string) =>
    header(issuer, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------', `Số: ${number} V/v đơn giá thuê đất`, 'Hà Nội, ngày 28 tháng 11 năm 2025 Kính gửi:', '- Thuế tỉnh Phú Thọ.', 'Cục Thuế nhận được công văn số 291/STSG-HC.').facts;
  it('cuts where a body under a known one begins', () => {
    expect([flat('BỘ TÀI CHÍNH CỤC THUẾ -------', '5608/CT-CS')].map((f) => [f.parentIssuer, f.issuer])).toEqual([['Bộ Tài chính', 'Cục Thuế']]);
    expect([flat('BỘ TÀI CHÍNH CỤC HẢI QUAN -------', '39305/TB-CHQ')].map((f) => [f.parentIssuer, f.issuer])).toEqual([['Bộ Tài chính', 'Cục Hải quan']]);
  });
  it('leaves one body whole, its name holding agency words', () => {
    for (const issuer of ['THỦ TƯỚNG CHÍNH PHỦ', 'VĂN PHÒNG CHÍNH PHỦ', 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'BẢO HIỂM XÃ HỘI VIỆT NAM', 'BỘ Y TẾ']) {
      expect(flat(`${issuer} --------`, '627/BYT-BH').parentIssuer, issuer).toBeNull();
    }
  });
});

// the header of Quyết định 48/2025/QĐ-UBND of Gia Lai (corpus 51e961df2382e070, lines 23–41): "Số:" in the
// cell, the number on the line under it
describe('readHeader: "Số:" on a line of its own, the number under it', () => {
  const { facts } = header(
    '|', '**ỦY BAN NHÂN', 'DÂN**', 'TỈNH GIA LAI', '--------', '|', '**CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM**', 'Độc lập - Tự do - Hạnh phúc', '---------------', '|', '|',
    'Số:', '48/2025/QĐ-UBND', '|', '*Gia Lai, ngày', '25 tháng 11 năm 2025*', '|',
    '**QUYẾT ĐỊNH**', 'QUY ĐỊNH CỤ THỂ DANH MỤC TRANG CẤP ĐỒ DÙNG CÁ NHÂN', '*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*',
  );
  it('reads the number, and places the label with it', () => {
    expect(facts.numberText).toBe('48/2025/QĐ-UBND');
    expect(facts.numberLine?.value).toBe('Số:');
    expect(facts.unplaced.map((l) => l.value)).toEqual([]);
  });
});

describe('issuerUnderParent', () => {
  const cut = (v: string) => {
    const at = issuerUnderParent(v);
    return at < 0 ? null : [v.slice(0, at).trim(), v.slice(at)];
  };
  it('reads a province and its department: the territory closes the parent ("… HẢI PHÒNG" is a place, not PHÒNG)', () => {
    expect(cut('ỦY BAN NHÂN DÂN TỈNH THANH HÓA SỞ Y TẾ')).toEqual(['ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'SỞ Y TẾ']);
    expect(cut('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ Y TẾ')).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG', 'SỞ Y TẾ']);
    expect(cut('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')).toBeNull();
    expect(cut('BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN')).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN']);
    expect(cut('BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN')).toBeNull();
    expect(cut('BỘ QUỐC PHÒNG')).toBeNull();
  });
});
