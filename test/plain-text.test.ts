// pdf-to-text without the page's layout (`pdftotext fixtures/pdf/X.pdf fixtures/plain/X.txt`, poppler
// 22.12.0): text in reading order, a block of the page per paragraph (blocks apart by blank lines),
// a form feed between pages, the page's running footer ("Quyết định số 40/QĐ-BHXH – Trang 3/12") and
// number among the paragraphs, a line-end hyphen dropped where it joins two lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const read = (name: string) => parse(readFileSync(new URL(`../fixtures/plain/${name}`, import.meta.url)), { name });

describe('plain pdftotext: the header and closing', () => {
  it('reads a "V/v" subject wrapped over three lines of the header\'s left column (cv-09)', () => {
    const doc = read('cv-09-bhxh-tdkt-2023.txt');
    // printed "V/v phát động PTTĐ yêu nước" / "ngành Bảo hiểm xã hội Việt" / "Nam năm 2023", then the place and date
    expect(doc.document).toMatchObject({ number: '09/BHXH-TĐKT', date: '2023-01-04', kind: 'official-letter', subject: 'phát động PTTĐ yêu nước ngành Bảo hiểm xã hội Việt Nam năm 2023' });
    expect(doc.document.addressees).toEqual(['Các đơn vị trực thuộc BHXH Việt Nam', 'BHXH các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('joins a role under the signer\'s name wrapped before its body\'s name (cv-09)', () => {
    const doc = read('cv-09-bhxh-tdkt-2023.txt');
    // "Chủ tịch Hội đồng Thi đua - Khen thưởng ngành" / "Bảo hiểm xã hội Việt Nam"
    expect(doc.document.signature).toMatchObject({ title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: ['Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam'] });
  });

  it('reads a cited number whose hyphen the line break took (qd-40: "856/QĐ-" / "TTg ngày 10/7/2019" printed "856/QĐTTg")', () => {
    const doc = read('qd-40-qd-bhxh-2023.txt');
    expect(doc.citations.find((c) => c.number === '856/QĐ-TTg')).toMatchObject({ date: '2019-07-10' });
    expect(doc.document).toMatchObject({ number: '40/QĐ-BHXH', date: '2023-01-18', signature: { title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh' } });
  });
});
