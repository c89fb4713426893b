import { describe, expect, it } from 'vitest';
import { isBulletMark, isStt } from './stt.js';

describe('isStt', () => {
  it('takes numbers with sub-numbers, letters, Roman numerals and steps', () => {
    for (const cell of ['1', '999', '10000', '123456', '1000.12', '12.3.4.5', 'a)', 'đ', 'A.', 'XIV', 'III.', 'I.1', '7)', ' 3 ', 'Bước 1', 'Bước 12.']) expect(isStt(cell), cell).toBe(true);
  });
  it('refuses what is no STT', () => {
    for (const cell of ['1,5', 'Ban Thu', '12a3', '', '1.000987', '0,25 ngày', 'Bước', 'Quý II']) expect(isStt(cell), cell).toBe(false);
  });
});

describe('isBulletMark', () => {
  it('takes a bullet printed alone in the STT cell, not an STT or a bulleted text', () => {
    for (const cell of ['-', ' + ', '•', '–']) expect(isBulletMark(cell), cell).toBe(true);
    for (const cell of ['1', 'a', '- TBA 500 kV', '--', '']) expect(isBulletMark(cell), cell).toBe(false);
  });
});
