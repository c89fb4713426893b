import { describe, expect, it } from 'vitest';
import { dateAtStart, findDates, parseVietnameseDate, toIsoDate } from './vietnamese-date.js';

describe('toIsoDate', () => {
  it('formats real days and rejects impossible ones', () => {
    expect(toIsoDate(4, 8, 2020)).toBe('2020-08-04');
    expect(toIsoDate(31, 2, 2024)).toBeNull();
    expect(toIsoDate(29, 2, 2024)).toBe('2024-02-29');
  });
});

describe('parseVietnameseDate', () => {
  it('reads the header date', () => {
    expect(parseVietnameseDate('Hà Nội, ngày 25 tháng 12 năm 2020')).toBe('2020-12-25');
    expect(parseVietnameseDate('Hà Nội, ngày 18 thág 01 năm 2023')).toBeNull();
  });
  it('reads words split over lines', () => {
    expect(parseVietnameseDate('ngày 9\ntháng 03 năm 2020')).toBe('2020-03-09');
  });
  it('reads numeric forms', () => {
    expect(parseVietnameseDate('ngày 04/08/2020')).toBe('2020-08-04');
    expect(parseVietnameseDate('ngày 25/9/2023')).toBe('2023-09-25');
    expect(parseVietnameseDate('ngày 01-10-1997')).toBe('1997-10-01');
  });
  it('does not read a document number as a date', () => {
    expect(findDates('Nghị định số 12/10/2020/NĐ-CP')).toEqual([]);
    expect(findDates('Thông tư 01/2023/TT-VPCP')).toEqual([]);
  });
  it('rejects a day that does not exist', () => {
    expect(parseVietnameseDate('ngày 31 tháng 2 năm 2024')).toBeNull();
  });
});

describe('dateAtStart', () => {
  it('reads the date that follows a citation number', () => {
    const text = '\nngày 04/08/2020 của Chính phủ';
    const d = dateAtStart(text);
    expect(d?.iso).toBe('2020-08-04');
    expect(text.slice(d!.start, d!.end)).toBe('ngày 04/08/2020');
  });
  it('is null when something else comes first', () => {
    expect(dateAtStart(' của Chính phủ ngày 04/08/2020')).toBeNull();
  });
});
