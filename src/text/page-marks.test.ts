import { describe, expect, it } from 'vitest';
import { GAZETTE_HEADER, isRunningFooter, PAGE_NUMBER } from './page-marks.js';

describe('page marks', () => {
  it('tells a running footer that numbers its page from text that names a page', () => {
    expect(isRunningFooter('Quyết định số 40/QĐ-BHXH – Trang 7/12')).toBe(true);
    expect(isRunningFooter('Trang 3/5')).toBe(true);
    expect(isRunningFooter('xem Trang 3/5 của phụ lục')).toBe(false);
    expect(isRunningFooter(`${'Quyết định số 40/QĐ-BHXH '.repeat(6)}– Trang 7/12`)).toBe(false);
  });

  it('reads the gazette’s running header and a page number', () => {
    expect(GAZETTE_HEADER.test('CÔNG BÁO/Số 238/Ngày 21-04-2026 95')).toBe(true);
    expect(PAGE_NUMBER.test('- 12 -')).toBe(true);
    expect(PAGE_NUMBER.test('12a')).toBe(false);
  });
});
