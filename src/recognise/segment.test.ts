import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { normalizeBlocks } from '../normalize/index.js';
import { textToTree } from '../sources/text.js';
import { blockLines } from '../tree.js';
import { unwrapLayoutTables } from './layout-tables.js';
import { appendixLabelAndTitle, documentBounds, isMoreThanChrome, segmentDocument } from './segment.js';

/** A saved page's lines as the recognisers read them: cleaned, its pipe grids (layout, no task table) unwrapped. */
const page = (...raw: string[]) => {
  const blocks = unwrapLayoutTables(normalizeBlocks(textToTree(raw.join('\n')).children, new VFile()));
  expect(blocks.every((b) => b.type === 'line')).toBe(true);
  return blocks.flatMap(blockLines);
};

describe('documentBounds: the document inside a saved page', () => {
  const lines = page(
    'Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.',
    'hủy bỏ',
    '|',
    '**ỦY BAN NHÂN DÂN**',
    'TỈNH THANH HÓA',
    '-------',
    '|',
    '**CỘNG HÒA XÃ HỘI',
    'CHỦ NGHĨA VIỆT NAM**',
    'Độc lập - Tự do - Hạnh phúc',
    '|',
    'Số: 3617/QĐ-UBND',
    '|',
    '**QUYẾT ĐỊNH**',
    'Điều 1. Ủy quyền.',
    '|',
    '**CHỦ TỊCH**',
    '**Nguyễn Hoài Anh**',
    '|',
    'Quyết định 3617/QĐ-UBND năm 2025 ủy quyền cho Chánh văn phòng',
    'Văn bản này chưa cập nhật nội dung Tiếng Anh',
    '## Văn bản liên quan',
    'Ban hành:',
  );
  it('starts at the issuing body above the motto and ends before the site summary', () => {
    const [start, end] = documentBounds(lines);
    expect(lines[start]!.value).toBe('ỦY BAN NHÂN DÂN');
    expect(lines[end - 1]!.value).toBe('Nguyễn Hoài Anh');
  });
  it('leaves lines outside on both sides, and finds the heading inside', () => {
    const [start, end] = documentBounds(lines);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeLessThan(lines.length);
    const inside = lines.slice(start, end);
    expect(inside[segmentDocument(inside).heading]!.value).toBe('QUYẾT ĐỊNH');
  });
  it('takes a bare document whole', () => {
    const bare = page('BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/QĐ-BHXH');
    expect(documentBounds(bare)).toEqual([0, 3]);
  });
});

describe('documentBounds: a file that holds several documents', () => {
  const doc = ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-BHXH', 'QUYẾT ĐỊNH', 'Điều 1. Ban hành kế hoạch.', 'Nơi nhận:', '- Lưu: VT.'];
  it('ends the first where the second begins', () => {
    const lines = page(...doc, ...doc);
    expect(documentBounds(lines)).toEqual([0, doc.length]);
  });
  it('does not take a form with a blank number inside an appendix for another document', () => {
    const lines = page(...doc, 'PHỤ LỤC 1', 'MẪU BÁO CÁO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: …………., ngày …. tháng …. năm ….', 'BÁO CÁO');
    expect(documentBounds(lines)).toEqual([0, lines.length]);
  });
});

describe('segmentDocument: the closing and what follows it', () => {
  it('ends the body at a signature printed without "Nơi nhận:" and takes what follows as an attachment (gazette 105/NQ-CP)', () => {
    const lines = page(
      'Số: 105/NQ-CP',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 08 tháng 4 năm 2026',
      'NGHỊ QUYẾT',
      'Ban hành Chương trình hành động của Chính phủ',
      'CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
      'QUYẾT NGHỊ:',
      'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.',
      'Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
      'TM. CHÍNH PHỦ',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Phạm Thị Thanh Trà',
      'Độc lập - Tự do - Hạnh phúc',
      'CHƯƠNG TRÌNH',
      'Hành động thực hiện Kết luận số 210-KL/TW (Kèm theo Nghị quyết số 105/NQ-CP ngày 08 tháng 4 năm 2026 của Chính phủ)',
      'I. MỤC ĐÍCH, YÊU CẦU',
    );
    const seg = segmentDocument(lines);
    expect(lines.slice(...seg.closing).map((l) => l.value)).toEqual(['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Phạm Thị Thanh Trà']);
    expect(seg.attachments).toEqual([[14, lines.length]]);
  });
  it('ends the closing at the signer when a form annex with its own motto follows', () => {
    const lines = page(
      'CHÍNH PHỦ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/2026/NĐ-CP',
      'NGHỊ ĐỊNH',
      'Quy định chi tiết một số điều',
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
      'Điều 1. Phạm vi điều chỉnh',
      'Nơi nhận:',
      '- Ban Bí thư Trung ương Đảng;',
      '- Lưu: VT, KGVX.',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Phạm Minh Chính',
      'Mẫu số 01',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TỜ KHAI',
      'Nơi nhận:',
      '- Như trên;',
      'NGƯỜI KHAI',
    );
    const seg = segmentDocument(lines);
    expect(lines[seg.closing[1] - 1]!.value).toBe('Phạm Minh Chính');
    expect(seg.attachments).toEqual([[13, lines.length]]);
  });
});

describe('segmentDocument: appendices', () => {
  it('opens an appendix at its numbered label with its title on the same line, after a colon or a dash', () => {
    const lines = page(
      'BỘ Y TẾ',
      'BỆNH VIỆN NHI TRUNG ƯƠNG',
      '1. MỤC ĐÍCH',
      'Kèm theo quy trình này các phụ lục:',
      '- Phụ lục 01: Sơ đồ quy trình khám bệnh;',
      'Phụ lục 02: Mẫu phiếu chuyển tuyến',
      '5. TÀI LIỆU THAM KHẢO',
      'PHỤ LỤC 01: SƠ ĐỒ QUY TRÌNH KHÁM BỆNH',
      'Lấy số thứ tự',
      'PHỤ LỤC 02 – MẪU PHIẾU CHUYỂN TUYẾN',
      '(Ban hành kèm theo Thông tư số 01/2025/TT-BYT ngày 01 tháng 01 năm 2025 của Bộ trưởng Bộ Y tế)',
    );
    const seg = segmentDocument(lines);
    expect(seg.appendices.map(([a]) => lines[a]!.value)).toEqual(['PHỤ LỤC 01: SƠ ĐỒ QUY TRÌNH KHÁM BỆNH', 'PHỤ LỤC 02 – MẪU PHIẾU CHUYỂN TUYẾN']);
  });

  it('takes the label and the title apart; a list item or a mention in the text is no label', () => {
    expect(appendixLabelAndTitle('PHỤ LỤC I: DANH MỤC NHIỆM VỤ')).toEqual({ label: 'PHỤ LỤC I', title: 'DANH MỤC NHIỆM VỤ' });
    expect(appendixLabelAndTitle('**PHỤ LỤC SỐ 3. Mẫu báo cáo**')).toEqual({ label: 'PHỤ LỤC SỐ 3', title: 'Mẫu báo cáo' });
    expect(appendixLabelAndTitle('PHỤ LỤC I: DANH MỤC NHIỆM VỤ;')).toBeNull();
    expect(appendixLabelAndTitle('PHỤ LỤC 02: MẪU PHIẾU CHUYỂN TUYẾN CƠ SỞ KHÁM BỆNH,')).toEqual({ label: 'PHỤ LỤC 02', title: 'MẪU PHIẾU CHUYỂN TUYẾN CƠ SỞ KHÁM BỆNH,' });
    expect(appendixLabelAndTitle('PHỤ LỤC I: Danh mục nhiệm vụ,')).toBeNull();
    expect(appendixLabelAndTitle('Phụ lục I: Danh mục nhiệm vụ')).toBeNull();
    expect(appendixLabelAndTitle('Phụ lục I - kèm theo Kế hoạch')).toBeNull();
    expect(appendixLabelAndTitle('PHỤ LỤC: DANH MỤC')).toBeNull();
  });
});

describe('documentBounds: headings (issue 13)', () => {
  const doc = ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-BHXH', 'KẾ HOẠCH'];
  it('keeps a heading inside the document', () => {
    const lines = page(...doc, '## I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '## II. NHIỆM VỤ', '1. Rà soát', 'Nơi nhận:', '- Lưu: VT.');
    expect(documentBounds(lines)).toEqual([0, lines.length]);
  });
  it("ends at a heading that a new document follows, or at the page's own lists", () => {
    const next = page(...doc, '1. Mục đích', '## Văn bản kèm theo', 'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 34/QĐ-UBND');
    expect(documentBounds(next)).toEqual([0, 5]);
    const related = page(...doc, '1. Mục đích', '## Văn bản liên quan', 'Quyết định 12/QĐ-UBND');
    expect(documentBounds(related)).toEqual([0, 5]);
  });
});

describe('isMoreThanChrome', () => {
  it("is true for another document or prose under a heading, false for a page's lists", () => {
    expect(isMoreThanChrome(page('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 34/QĐ-UBND'))).toBe(true);
    expect(isMoreThanChrome(page('## Bảo đảm người dân bị ảnh hưởng do mưa lũ có nhà ở an toàn', 'Vừa qua tại khu vực Nam Trung Bộ đã xảy ra đợt mưa lũ, ngập lụt lịch sử, gây thiệt hại rất nặng nề về người và tài sản.'))).toBe(true);
    expect(isMoreThanChrome(page('Quyết định 3617/QĐ-UBND năm 2025 ủy quyền cho Chánh văn phòng', '## Văn bản liên quan', 'Ban hành:'))).toBe(false);
  });
});
