import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.js';

describe('isVietnameseSyllable', () => {
  it('accepts real syllables', () => {
    for (const w of ['biểu', 'Hợp', 'thắng', 'Chỉ', 'sẽ', 'Âu', 'xử', 'phổ', 'thể', 'nghiệp', 'quyết', 'giữa', 'gìn', 'khuyến', 'hướng', 'I', 'a']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });
  it('rejects pieces that are not one syllable', () => {
    for (const w of ['BHXH', 'BHX', 'sẽtác', 'Chỉthị', 'hiệnI', 'ITập', 'xửlý', 'châuÂ', '2023', '']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});
