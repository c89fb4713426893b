import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hasGap, piecesOf } from './layout-pieces.js';

describe('piecesOf', () => {
  it('parts a line of pdf-to-text -layout at three spaces or more, not at one or two', () => {
    const line = 'BẢO HIỂM XÃ HỘI VIỆT NAM     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(piecesOf(line).map((p) => p.text)).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(piecesOf('Số:  1177/QĐ-BHXH').map((p) => p.text)).toEqual(['Số:  1177/QĐ-BHXH']);
  });
});

describe('hasGap', () => {
  it('tells a line of two columns from a line of one', () => {
    expect(hasGap('Số: 1177/QĐ-BHXH      Hà Nội, ngày 28 tháng 7 năm 2023')).toBe(true);
    expect(hasGap('  Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;   ')).toBe(false);
    expect(hasGap('Vụ Tài chính\u00a0Kế toán')).toBe(true);
  });
  fcTest.prop([fc.array(fc.constantFrom('a', 'Đ', ' ', '  ', '   ', '\u00a0', '\f', '\t', '\u3000', '.'), { maxLength: 14 }).map((parts) => parts.join(''))], { numRuns: 500 })(
    'is true of a line exactly when it has two pieces or more',
    (text) => {
      expect(hasGap(text)).toBe(piecesOf(text).length >= 2);
    },
  );
});
