import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { correctLine, ocrVocabulary } from './ocr-vocabulary.js';
import { linesOf, values } from './test-lines.js';

describe('ocrVocabulary', () => {
  it('reads the OCR-damaged vocabulary of BHXH letters (issue 12) in its canonical spelling', () => {
    expect(correctLine('KT. TONG GIÁM DOC')).toBe('KT. TỔNG GIÁM ĐỐC');
    expect(correctLine('PHÓ TỎNG GIÁM ĐÓC')).toBe('PHÓ TỔNG GIÁM ĐỐC');
    expect(correctLine('QUYÉT ĐỊNH')).toBe('QUYẾT ĐỊNH');
    expect(correctLine('Căn cử Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;')).toBe('Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;');
    expect(correctLine('Nơi nhân:')).toBe('Nơi nhận:');
    expect(correctLine('- Luu: VT, CSYT.')).toBeNull();
    expect(correctLine('Luu: VT, CSYT.')).toBe('Lưu: VT, CSYT.');
    expect(correctLine('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeNull();
    expect(correctLine('CỘNG HÒA XÃ HỘI CHỦ NGHÌA VIỆT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
  it('leaves ordinary words and exact vocabulary alone', () => {
    for (const line of ['Cần cù lao động, sáng tạo', 'THỨ TRƯỞNG', 'THỦ TRƯỞNG', 'QUY ĐỊNH', 'Lúc: 8 giờ', 'Căn cước công dân', 'Lưu ý: các đơn vị', 'GIÁ THÀNH', 'Căn cứ', 'BẢO HIỂM XÃ HỘI VIỆT NAM', 'Nơi nhận:']) {
      expect(correctLine(line), line).toBeNull();
    }
  });
  it('reports what was printed and where', () => {
    const file = new VFile();
    const lines = ocrVocabulary(linesOf('BẢO HIỂM XÃ HỘI VIỆT NAM', 'QUYÉT ĐỊNH'), file);
    expect(values(lines)).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'QUYẾT ĐỊNH']);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['ocr-corrected', 2]]);
    expect(file.messages[0]!.reason).toContain('QUYÉT ĐỊNH');
  });
});
