import { describe, expect, it } from 'vitest';
import { foldKey, foldSpaces, isUpperCaseText, stripDiacritics, stripTones } from './fold.js';

describe('text folding', () => {
  it('folds white space', () => {
    expect(foldSpaces('  Ban Quản lý Thu -\n  Sổ, Thẻ ')).toBe('Ban Quản lý Thu - Sổ, Thẻ');
  });
  it('makes a comparison key that ignores case, NFD and spacing', () => {
    expect(foldKey('TỔNG  GIÁM ĐỐC'.normalize('NFD'))).toBe(foldKey('Tổng Giám đốc'));
  });
  it('reads old tone placement as new', () => {
    expect(foldKey('CỘNG HOÀ XÃ HỘI')).toBe(foldKey('Cộng hòa xã hội'));
    expect(foldKey('Uỷ ban nhân dân')).toBe('ủy ban nhân dân');
    expect(foldKey('hoàn thành')).toBe('hoàn thành');
  });
  it('strips tone marks only', () => {
    expect(stripTones('biểu')).toBe('biêu');
    expect(stripTones('Hợp')).toBe('Hơp');
  });
  it('strips all diacritics', () => {
    expect(stripDiacritics('Bảo hiểm xã hội Đồng Nai')).toBe('Bao hiem xa hoi Dong Nai');
  });
  it('tells upper-case text', () => {
    expect(isUpperCaseText('QUYẾT ĐỊNH')).toBe(true);
    expect(isUpperCaseText('01/NQ-CP NGÀY 06/01/2023')).toBe(true);
    expect(isUpperCaseText('Quyết định')).toBe(false);
    expect(isUpperCaseText('2023')).toBe(false);
  });
});
