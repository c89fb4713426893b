import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { sharedLines } from './shared-lines.js';
import { linesOf, values } from './test-lines.js';

const cut = (...raw: string[]) => values(sharedLines(linesOf(...raw), new VFile()));

describe('sharedLines', () => {
  it('cuts a crawler-flattened letter header at its marks (cv-627/BYT-BH)', () => {
    expect(
      cut(
        'BỘ Y TẾ --------',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------------',
        'Số: 627/BYT-BH V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT',
        'Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:',
        '- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;',
      ),
    ).toEqual([
      'BỘ Y TẾ',
      '--------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '--------------------',
      'Số: 627/BYT-BH',
      'V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT',
      'Hà Nội, ngày 27 tháng 01 năm 2021',
      'Kính gửi:',
      '- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;',
    ]);
  });
  it('cuts a decision heading from its subject and its authority', () => {
    expect(
      cut(
        'BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 1177/QĐ-BHXH Hà Nội, ngày 19 tháng 5 năm 2023',
        'QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ CHI TIÊU NỘI BỘ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM',
        'Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;',
      ),
    ).toEqual([
      'BẢO HIỂM XÃ HỘI VIỆT NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 1177/QĐ-BHXH',
      'Hà Nội, ngày 19 tháng 5 năm 2023',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC BAN HÀNH QUY CHẾ CHI TIÊU NỘI BỘ',
      'TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM',
      'Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;',
    ]);
  });
  it('cuts the issuer off the motto in old tone placement ("CỘNG HOÀ")', () => {
    expect(cut('BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
  it('keeps a title that belongs to the subject ("… CỦA GIÁM ĐỐC …") in the subject', () => {
    expect(cut('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'QUYẾT ĐỊNH VỀ VIỆC ỦY QUYỀN CỦA GIÁM ĐỐC SỞ Y TẾ')).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC ỦY QUYỀN CỦA GIÁM ĐỐC SỞ Y TẾ',
    ]);
  });
  it('leaves the capitals subject under a heading alone ("QUYẾT ĐỊNH" / "QUY ĐỊNH CỤ THỂ …")', () => {
    expect(cut('Số: 48/2025/QĐ-UBND', 'QUYẾT ĐỊNH', 'QUY ĐỊNH CỤ THỂ DANH MỤC TRANG CẤP ĐỒ DÙNG CÁ NHÂN')).toEqual([
      'Số: 48/2025/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'QUY ĐỊNH CỤ THỂ DANH MỤC TRANG CẤP ĐỒ DÙNG CÁ NHÂN',
    ]);
  });
  it('cuts the rule under a gazette subject off the subject', () => {
    expect(cut('Số: 97/NQ-CP', 'NGHỊ QUYẾT', 'đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới ––––––––')).toEqual([
      'Số: 97/NQ-CP',
      'NGHỊ QUYẾT',
      'đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
      '––––––––',
    ]);
  });
  it('cuts a signature block printed on one line', () => {
    expect(cut('KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trường Sơn')).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Trường Sơn']);
    expect(cut('KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Chu Mạnh Sinh')).toEqual(['KT. TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC', 'Chu Mạnh Sinh']);
    expect(cut('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Phương')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn Phương',
    ]);
    expect(cut('TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ BẢO HIỂM XÃ HỘI Lê Văn Phúc')).toEqual(['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ BẢO HIỂM XÃ HỘI', 'Lê Văn Phúc']);
    expect(cut('TM. CHÍNH PHỦ THỦ TƯỚNG')).toEqual(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG']);
    expect(cut('THỨ TRƯỞNG Nguyễn Trường Sơn')).toEqual(['THỨ TRƯỞNG', 'Nguyễn Trường Sơn']);
  });
  it('cuts the signature off the archive line beside it', () => {
    expect(cut('- Lưu: VT, BH. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trường Sơn')).toEqual([
      '- Lưu: VT, BH.',
      'KT. BỘ TRƯỞNG',
      'THỨ TRƯỞNG',
      'Nguyễn Trường Sơn',
    ]);
  });
  it('reads the recipients and the signature printed side by side column by column (OCR of a letter)', () => {
    expect(cut('Nơi nhận: KT. TONG GIÁM DOC', '- Như trên; PHÓ TỎNG GIÁM ĐÓC', '- Tổng Giám đốc (để b/c);', '- Lưu: VT, CSYT. Nguyễn Đức Hòa', 'Nguyễn Đức Hòa')).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Tổng Giám đốc (để b/c);',
      '- Lưu: VT, CSYT.',
      'KT. TONG GIÁM DOC',
      'PHÓ TỎNG GIÁM ĐÓC',
      'Nguyễn Đức Hòa',
      'Nguyễn Đức Hòa',
    ]);
  });
  it('leaves a recipients list of places alone', () => {
    const raw = ['Nơi nhận:', '- Sở Y tế các tỉnh: Hà Nam, Ninh Bình', '- BHXH Việt Nam (để phối hợp);', '- Lưu: VT, BH.'];
    expect(cut(...raw)).toEqual(raw);
  });
  it('leaves running text alone: a letter cited with its subject, a date in a sentence, a title in prose', () => {
    const prose = [
      'Thực hiện Công văn số 123/BHXH-CSYT V/v hướng dẫn thanh toán chi phí KCB, BHXH tỉnh đề nghị:',
      'Hà Nội, ngày 27 tháng 01 năm 2021 là ngày bắt đầu thực hiện',
      'Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã chỉ đạo',
      'KT. BỘ TRƯỞNG',
      'Tổng hợp kết quả thực hiện KT. Các đơn vị báo cáo',
    ];
    expect(cut(...prose)).toEqual(prose);
  });
  it('reports each cut line with its pieces and place', () => {
    const file = new VFile();
    const lines = sharedLines(linesOf('Trang', 'KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trường Sơn'), file);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['shared-line', 2]]);
    expect(lines[2]!.position.start.column).toBe(15);
  });
  // Công văn 39992/CHQ-GSQL (03/12/2025) and 5608/CT-CS (28/11/2025), corpus 39992 = 1894fbabcd1b75f6, 5608 =
  // 77de8d61b741c666, as the crawler prints them: the note under an addressee run onto the next line
  it('cuts a note under an addressee off the item or the paragraph the crawler ran it onto', () => {
    expect(cut('Hà Nội, ngày 28 tháng 11 năm 2025 Kính gửi:', '- Công ty cổ phần siêu thị Sài Gòn;', '(Địa chỉ: Trung tâm Thương mại Hà Tiên, phường Vĩnh Phúc, tỉnh Phú Thọ) - Thuế tỉnh Phú Thọ.').slice(-3)).toEqual([
      '- Công ty cổ phần siêu thị Sài Gòn;',
      '(Địa chỉ: Trung tâm Thương mại Hà Tiên, phường Vĩnh Phúc, tỉnh Phú Thọ)',
      '- Thuế tỉnh Phú Thọ.',
    ]);
    expect(cut('Kính gửi: Công ty TNHH Wilmar Marketing CLV.', '(Đ/c: Tầng 2 và tầng 10, Tòa nhà Cornerstone, 16 Phan Chu Trinh, phường Cửa Nam, thành phố Hà Nội) Trả lời công văn số 128.2025/OL.WMCLV ngày 24/11/2025').slice(1)).toEqual([
      '(Đ/c: Tầng 2 và tầng 10, Tòa nhà Cornerstone, 16 Phan Chu Trinh, phường Cửa Nam, thành phố Hà Nội)',
      'Trả lời công văn số 128.2025/OL.WMCLV ngày 24/11/2025',
    ]);
  });
  it('leaves a note on the whole list with the paragraph it opens, and a parenthesis in the body (cv-627/BYT-BH)', () => {
    const note = '(Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12';
    expect(cut('Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:', '- Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành.', note).at(-1)).toBe(note);
    expect(cut('Nội dung hướng dẫn tại công văn này.', '(Đ/c: Tầng 2) Trả lời công văn').at(-1)).toBe('(Đ/c: Tầng 2) Trả lời công văn');
  });
  // Thông báo 648/TB-VPCP (27/11/2025), corpus 296e373d796986f4, its date, heading and subject on one line (a crawler's variant)
  it("keeps a deputy's title inside the subject, no authority cut there", () => {
    expect(cut('Số: 648/TB-VPCP', 'Hà Nội, ngày 27 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐIỆN BIÊN')).toEqual([
      'Số: 648/TB-VPCP',
      'Hà Nội, ngày 27 tháng 11 năm 2025',
      'THÔNG BÁO',
      'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐIỆN BIÊN',
    ]);
  });
  // Quyết định 40/QĐ-BHXH (fixtures/qd-40…), Quyết định 2629/QĐ-TTg (corpus tables 2edf5927c71bc4c1): lines a crawler ran together
  it('cuts the enacting word off the first article, and an appendix label off its title', () => {
    expect(cut('QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Bảo hiểm xã hội Việt Nam')).toEqual([
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Bảo hiểm xã hội Việt Nam',
    ]);
    expect(cut('PHỤ LỤC I DANH MỤC CÁC CHỈ TIÊU CỤ THỂ')).toEqual(['PHỤ LỤC I', 'DANH MỤC CÁC CHỈ TIÊU CỤ THỂ']);
    expect(cut('PHỤ LỤC NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP')).toEqual(['PHỤ LỤC', 'NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP']);
  });
  it('leaves a label with its colon, a label in a sentence, and the heading "QUYẾT ĐỊNH" whole', () => {
    for (const v of ['PHỤ LỤC I: DANH MỤC CÁC CHỈ TIÊU CỤ THỂ', 'Phụ lục kèm theo Chương trình hành động này', 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:']) expect(cut(v), v).toEqual([v]);
  });
  // Quyết định 40/QĐ-BHXH (fixtures/qd-40…), its authority line and first legal basis on one line (a crawler's variant)
  it('cuts a legal basis off the capitals of the header it was run onto', () => {
    expect(cut('Số: 40/QĐ-BHXH', 'TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ').slice(1)).toEqual([
      'TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM',
      'Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ',
    ]);
    expect(cut('Số: 40/QĐ-BHXH', '01/NQ-CP NGÀY 06/01/2023 CỦA CHÍNH PHỦ Căn cứ Nghị định số 89/2020/NĐ-CP').slice(1)).toEqual(['01/NQ-CP NGÀY 06/01/2023 CỦA CHÍNH PHỦ', 'Căn cứ Nghị định số 89/2020/NĐ-CP']);
    // in the body, and after words in lower case, it stays
    expect(cut('Triển khai thực hiện Căn cứ vào kết quả')).toEqual(['Triển khai thực hiện Căn cứ vào kết quả']);
  });
});
