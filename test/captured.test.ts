/**
 * Documents as they are really captured (issue 12): crawler-flattened text and OCR output, read
 * end to end. The crawler file is the real one in ../shared/corpus/flat; the OCR letter is built from
 * the shapes the issue quotes (front matter, page breaks, damaged vocabulary, two columns on a line).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const FLAT = new URL('../../shared/corpus/flat/cv-627-byt-bh-2021.txt', import.meta.url);
const codes = (doc: ReturnType<typeof parse>) => doc.diagnostics.map((d) => d.code);

describe('crawler-flattened text', () => {
  it.skipIf(!existsSync(FLAT))('reads the header, addressees and one-line signature of cv-627/BYT-BH', () => {
    const doc = parse(readFileSync(FLAT), { name: 'cv-627-byt-bh-2021.txt' });
    expect(doc.document).toMatchObject({
      kind: 'official-letter',
      number: '627/BYT-BH',
      issuer: 'Bộ Y tế',
      date: '2021-01-27',
      subject: 'hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT',
      articles: [],
      signature: { authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Nguyễn Trường Sơn' },
    });
    expect(doc.document.addressees).toHaveLength(3);
    expect(codes(doc)).toContain('shared-line');
  });
});

describe('OCR text of a signed letter', () => {
  const letter = [
    '---', 'source: cv-2034.pdf', 'pages: 2', '---', '',
    'BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'Độc lập - Tự do - Hạnh phúc', '',
    'Số: 2034/BHXH-CSYT Hà Nội, ngày 12 tháng 7 năm 2023', '', 'V/v hướng dẫn thanh toán chi phí KCB BHYT', '',
    'Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương', '',
    'Căn cử Luật Bảo hiểm y tế, Bảo hiểm xã hội Việt Nam hướng dẫn như sau:', '',
    '1. Thanh toán theo Thông tư số 22/2023/TT- BYT ngày 17/11/2023.', '', '--- PAGE BREAK ---', '',
    '2. Các đơn vị thực hiện./.', '', 'Nơi nhận: KT. TONG GIÁM DOC', '', '- Như trên; PHÓ TỎNG GIÁM ĐÓC', '', '- Lưu: VT, CSYT. Nguyễn Đức Hòa', '',
  ].join('\n');
  it('reads its fields through the damage, and says what it corrected and removed', () => {
    const doc = parse(letter, { name: 'cv-2034.md' });
    expect(doc.document).toMatchObject({
      kind: 'official-letter',
      number: '2034/BHXH-CSYT',
      issuer: 'Bảo hiểm xã hội Việt Nam',
      date: '2023-07-12',
      recipients: ['Như trên'],
      archive: ['VT', 'CSYT'],
      signature: { authority: 'KT.', onBehalfOf: 'TỔNG GIÁM ĐỐC', title: 'PHÓ TỔNG GIÁM ĐỐC', name: 'Nguyễn Đức Hòa' },
    });
    expect(doc.citations.map((c) => c.id)).toContain('22/2023/TT-BYT');
    expect(doc.text).not.toContain('PAGE BREAK');
    expect(doc.text).not.toContain('source:');
    expect(new Set(codes(doc))).toEqual(new Set(['page-furniture', 'shared-line', 'ocr-corrected']));
  });
  it('does not guess a number or a date OCR garbled', () => {
    const doc = parse(letter.replace('2034/BHXH', '3Ø/BHXH').replace('ngày 12 tháng', 'ngày 1Ø tháng'), { name: 'cv.md' });
    expect(doc.document.number).toBeNull();
    expect(doc.document.date).toBeNull();
    expect(codes(doc)).toEqual(expect.arrayContaining(['unread-number', 'unread-date']));
  });
});
