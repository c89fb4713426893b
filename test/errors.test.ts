import { describe, expect, it } from 'vitest';
import { isVanbanError, parse, VanbanError } from '../src/index.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return isVanbanError(error) ? error.code : `not a VanbanError: ${error}`;
  }
  return 'no error';
};

describe('input that cannot be read', () => {
  it('is a typed error naming the file', () => {
    expect(codeOf(() => parse('', { name: 'a.txt' }))).toBe('empty-input');
    expect(codeOf(() => parse('   \n\t\n'))).toBe('empty-input');
    expect(codeOf(() => parse(new Uint8Array([0, 1, 2, 3, 4])))).toBe('binary-input');
    try {
      parse('', { name: 'a.txt' });
    } catch (error) {
      expect(error).toBeInstanceOf(VanbanError);
      expect((error as VanbanError).file).toBe('a.txt');
      expect((error as Error).message).toContain('a.txt');
    }
  });
  it('drops a BOM and reads CRLF and decomposed (NFD) text as the clean text', () => {
    const text = '\ufeffBẢO HIỂM XÃ HỘI VIỆT NAM\r\nSố: 12/QĐ-BHXH\r\nHà Nội, ngày 02 tháng 3 năm 2024\r\nQUYẾT ĐỊNH\r\nVề việc thử\r\n';
    const doc = parse(Buffer.from(text.normalize('NFD')));
    expect(doc.document.number).toBe('12/QĐ-BHXH');
    expect(doc.document.date).toBe('2024-03-02');
    expect(doc.text.startsWith('BẢO HIỂM')).toBe(true);
    expect(doc.text).not.toContain('\r');
  });
  it('reads text that is no administrative document without failing', () => {
    const doc = parse('Một đoạn văn bản bình thường, không có số hiệu.');
    expect(doc.document.kind).toBe('other');
    expect(doc.document.number).toBeNull();
  });
});
