import { describe, expect, it } from 'vitest';
import { splitLetters } from './split-letters.js';
import { linesOf, values } from './test-lines.js';

describe('splitLetters', () => {
  it('puts a letter back inside its word (cv-09)', () => {
    expect(values(splitLetters(linesOf('quyết Đại hội đại bi', 'ể', 'u toàn quốc lần thứ XIII')))).toEqual(['quyết Đại hội đại biểu toàn quốc lần thứ XIII']);
    expect(values(splitLetters(linesOf('lao động làm việc trong H', 'ợ', 'p tác xã.')))).toEqual(['lao động làm việc trong Hợp tác xã.']);
  });
  it('ends a word with the letter and starts the next line as a new word', () => {
    expect(values(splitLetters(linesOf('những điều đó s', 'ẽ', 'tác động ảnh hưởng')))).toEqual(['những điều đó sẽ tác động ảnh hưởng']);
    expect(values(splitLetters(linesOf('của Đảng, Ch', 'ỉ', 'thị số 19/CT-TTg')))).toEqual(['của Đảng, Chỉ thị số 19/CT-TTg']);
    expect(values(splitLetters(linesOf('kinh tế tập th', 'ể', '.')))).toEqual(['kinh tế tập thể.']);
  });
  it('starts a word with the letter after a whole word', () => {
    expect(values(splitLetters(linesOf('ngày càng tăng ở', 'châu', 'Â', 'u có thể')))).toEqual(['ngày càng tăng ở', 'châu Âu có thể']);
  });
  it('completes an acronym', () => {
    expect(values(splitLetters(linesOf('- BHX', 'H', 'các tỉnh, thành phố')))).toEqual(['- BHXH các tỉnh, thành phố']);
  });
  it('leaves a lone capital that is a word or an STT alone', () => {
    expect(values(splitLetters(linesOf('Thời gian thực hiện', 'I', 'Tập trung tăng nhanh')))).toEqual(['Thời gian thực hiện', 'I', 'Tập trung tăng nhanh']);
    expect(values(splitLetters(linesOf('đúng quy định', 'a', 'Siết chặt kỷ cương')))).toEqual(['đúng quy định', 'a', 'Siết chặt kỷ cương']);
    expect(values(splitLetters(linesOf('Quý', 'I', '/2024')))).toEqual(['Quý', 'I', '/2024']);
  });
  it('never touches table lines', () => {
    expect(values(splitLetters(linesOf('bi\tc', 'ể', 'Tập')))).toEqual(['bi\tc', 'ể', 'Tập']);
  });
});
