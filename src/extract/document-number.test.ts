import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from './document-number.js';

const parts = (raw: string, officialLetter?: boolean) => parseDocumentNumber(raw, { officialLetter })?.parts;

describe('parseDocumentNumber', () => {
  it('reads an administrative number number/TYPE-ISSUER', () => {
    expect(parseDocumentNumber('40/QĐ-BHXH')).toEqual({
      number: '40/QĐ-BHXH',
      parts: { seq: 40, year: null, typeCode: 'QĐ', issuerCode: 'BHXH', unitCode: null },
    });
    expect(parts('856/QĐ-TTg')).toMatchObject({ seq: 856, typeCode: 'QĐ', issuerCode: 'TTg' });
    expect(parts('2596/KH-BHXH')).toMatchObject({ typeCode: 'KH', issuerCode: 'BHXH' });
  });

  it('reads a sign whose hyphen pdf-to-text dropped at a line break (one type code, one issuer code)', () => {
    // qd-40 plain pdftotext: "Quyết định số 856/QĐ-" / "TTg ngày 10/7/2019" printed as "856/QĐTTg"
    expect(parseDocumentNumber('856/QĐTTg')).toEqual({
      number: '856/QĐ-TTg',
      parts: { seq: 856, year: null, typeCode: 'QĐ', issuerCode: 'TTg', unitCode: null },
    });
    expect(parseDocumentNumber('5/2020/TTBYT')?.number).toBe('5/2020/TT-BYT');
    // a code that is neither, nor splits into a type and an issuer, stays no number
    expect(parseDocumentNumber('99/TCCB')).toBeNull();
    expect(parseDocumentNumber('12/2020/QĐ')?.parts.typeCode).toBe('QĐ');
  });

  it('reads an official letter number/ISSUER-UNIT', () => {
    expect(parts('09/BHXH-TĐKT', true)).toEqual({ seq: 9, year: null, typeCode: null, issuerCode: 'BHXH', unitCode: 'TĐKT' });
    // no type code in first place: an official letter even when the caller does not say so
    expect(parts('990/BHXH-CNTT')).toEqual({ seq: 990, year: null, typeCode: null, issuerCode: 'BHXH', unitCode: 'CNTT' });
  });

  it('lets the caller say that CT-CS is an official letter, not a Chỉ thị', () => {
    expect(parts('5348/CT-CS', true)).toMatchObject({ typeCode: null, issuerCode: 'CT', unitCode: 'CS' });
    expect(parts('5348/CT-CS')).toMatchObject({ typeCode: 'CT', issuerCode: 'CS', unitCode: null });
  });

  it('reads normative numbers with a year', () => {
    expect(parts('89/2020/NĐ-CP')).toEqual({ seq: 89, year: 2020, typeCode: 'NĐ', issuerCode: 'CP', unitCode: null });
    expect(parts('01/2023/TT-VPCP')).toMatchObject({ seq: 1, year: 2023, typeCode: 'TT', issuerCode: 'VPCP' });
    expect(parts('35/2025/QĐ-UBND')).toMatchObject({ year: 2025, typeCode: 'QĐ', issuerCode: 'UBND' });
  });

  it('reads laws and resolutions of the National Assembly: the issuer alone', () => {
    expect(parts('68/2022/QH15')).toEqual({ seq: 68, year: 2022, typeCode: null, issuerCode: 'QH15', unitCode: null });
    expect(parts('06/2022/QH15')).toMatchObject({ seq: 6, issuerCode: 'QH15' });
  });

  it('reads joint circulars: every issuer after the code', () => {
    expect(parts('55/2005/TTLT-BNV-VPCP')).toMatchObject({ typeCode: 'TTLT', issuerCode: 'BNV-VPCP', unitCode: null });
  });

  it('reads Party numbers and repairs a typo\'d separator', () => {
    expect(parseDocumentNumber('28-NQ/TW')).toEqual({
      number: '28-NQ/TW',
      parts: { seq: 28, year: null, typeCode: 'NQ', issuerCode: 'TW', unitCode: null },
    });
    expect(parseDocumentNumber('70-KL/TW')?.parts).toMatchObject({ typeCode: 'KL', issuerCode: 'TW' });
    expect(parseDocumentNumber('28-NQ-TW')?.number).toBe('28-NQ/TW');
    // a hyphen-only sign whose first code is not a Party type is not a Party number
    expect(parseDocumentNumber('12-AB-CD')).toBeNull();
  });

  it('removes white space', () => {
    expect(parseDocumentNumber('362- NQ/BCSĐ')).toEqual({
      number: '362-NQ/BCSĐ',
      parts: { seq: 362, year: null, typeCode: 'NQ', issuerCode: 'BCSĐ', unitCode: null },
    });
    expect(parseDocumentNumber(' 44 /2005/QĐ-UBND ')?.number).toBe('44/2005/QĐ-UBND');
    expect(parseDocumentNumber('01/NQ-\nCP')?.number).toBe('01/NQ-CP');
  });

  it('reads an old number with a single issuer code', () => {
    expect(parts('12/CP')).toEqual({ seq: 12, year: null, typeCode: null, issuerCode: 'CP', unitCode: null });
  });

  it('reads consolidated texts', () => {
    expect(parts('2525/VBHN-BHXH')).toMatchObject({ seq: 2525, typeCode: 'VBHN', issuerCode: 'BHXH' });
  });

  it('keeps a drafting unit after the issuer', () => {
    expect(parts('123/QĐ-BHXH-TCCB')).toMatchObject({ typeCode: 'QĐ', issuerCode: 'BHXH', unitCode: 'TCCB' });
  });

  it('reads a type code typed without its diacritic', () => {
    expect(parts('89/2020/ND-CP')).toMatchObject({ typeCode: 'ND', issuerCode: 'CP' });
  });

  it('reads a code joined with & as one code (Sở Giáo dục và Đào tạo, a Department of Health unit)', () => {
    // printed in a provincial decision: "Tờ trình số 3461/TTr-SGD&ĐT ngày 14/11/2025"
    expect(parseDocumentNumber('3461/TTr-SGD&ĐT')).toEqual({
      number: '3461/TTr-SGD&ĐT',
      parts: { seq: 3461, year: null, typeCode: 'TTr', issuerCode: 'SGD&ĐT', unitCode: null },
    });
    // a joint plan and a letter of the Medical Examination Department: "515/KH-BCA-BNN&MT", "1506/KCB-QLCL&CGKT"
    expect(parts('515/KH-BCA-BNN&MT')).toMatchObject({ typeCode: 'KH', issuerCode: 'BCA', unitCode: 'BNN&MT' });
    expect(parts('1506/KCB-QLCL&CGKT')).toMatchObject({ typeCode: null, issuerCode: 'KCB', unitCode: 'QLCL&CGKT' });
    expect(parts('12/2019/QĐ-SNN&PTNT')).toMatchObject({ year: 2019, typeCode: 'QĐ', issuerCode: 'SNN&PTNT' });
    for (const raw of ['12/QĐ-&ĐT', '12/QĐ-SGD&', '12/QĐ-SGD&&ĐT', '12/QĐ-A&B&C']) expect(parseDocumentNumber(raw), raw).toBeNull();
  });

  it('reads a dotted series number (66.13/2026/NQ-CP): no integer, so seq is null', () => {
    expect(parseDocumentNumber('66.13/2026/NQ-CP')).toEqual({
      number: '66.13/2026/NQ-CP',
      parts: { seq: null, year: 2026, typeCode: 'NQ', issuerCode: 'CP', unitCode: null },
    });
    for (const raw of ['66./2026/NQ-CP', '.13/2026/NQ-CP', '66.1234/2026/NQ-CP', '1.2-NQ/TW']) expect(parseDocumentNumber(raw), raw).toBeNull();
  });

  it('returns null for what is not a number and sign', () => {
    for (const raw of ['/QĐ-BHXH', '', '28/02/2023', '11/6/1948-11/6/2023', '40,2%', '01 lần/tháng', '2021-2025', '5/ABC', '12/3000/NĐ-CP', 'QĐ-BHXH'])
      expect(parseDocumentNumber(raw), raw).toBeNull();
  });
});
