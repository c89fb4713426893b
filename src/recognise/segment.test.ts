import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { normalizeBlocks } from '../normalize/index.js';
import { textToTree } from '../sources/text.js';
import { blockLines } from '../tree.js';
import { unwrapLayoutTables } from './layout-tables.js';
import { documentBounds, segmentDocument } from './segment.js';

/** A saved page's lines as the recognisers read them: cleaned, its pipe grids (layout, no task table) unwrapped. */
const page = (...raw: string[]) => {
  const blocks = unwrapLayoutTables(normalizeBlocks(textToTree(raw.join('\n')).children, new VFile()));
  expect(blocks.every((b) => b.type === 'line')).toBe(true);
  return blocks.flatMap(blockLines);
};

describe('documentBounds: the document inside a saved page', () => {
  const lines = page(
    'Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.',
    'hủy bỏ',
    '|',
    '**ỦY BAN NHÂN DÂN**',
    'TỈNH THANH HÓA',
    '-------',
    '|',
    '**CỘNG HÒA XÃ HỘI',
    'CHỦ NGHĨA VIỆT NAM**',
    'Độc lập - Tự do - Hạnh phúc',
    '|',
    'Số: 3617/QĐ-UBND',
    '|',
    '**QUYẾT ĐỊNH**',
    'Điều 1. Ủy quyền.',
    '|',
    '**CHỦ TỊCH**',
    '**Nguyễn Hoài Anh**',
    '|',
    'Quyết định 3617/QĐ-UBND năm 2025 ủy quyền cho Chánh văn phòng',
    'Văn bản này chưa cập nhật nội dung Tiếng Anh',
    '## Văn bản liên quan',
    'Ban hành:',
  );
  it('starts at the issuing body above the motto and ends before the site summary', () => {
    const [start, end] = documentBounds(lines);
    expect(lines[start]!.value).toBe('ỦY BAN NHÂN DÂN');
    expect(lines[end - 1]!.value).toBe('Nguyễn Hoài Anh');
  });
  it('leaves lines outside on both sides, and finds the heading inside', () => {
    const [start, end] = documentBounds(lines);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeLessThan(lines.length);
    const inside = lines.slice(start, end);
    expect(inside[segmentDocument(inside).heading]!.value).toBe('QUYẾT ĐỊNH');
  });
  it('takes a bare document whole', () => {
    const bare = page('BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/QĐ-BHXH');
    expect(documentBounds(bare)).toEqual([0, 3]);
  });
});

describe('documentBounds: a file that holds several documents', () => {
  const doc = ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-BHXH', 'QUYẾT ĐỊNH', 'Điều 1. Ban hành kế hoạch.', 'Nơi nhận:', '- Lưu: VT.'];
  it('ends the first where the second begins', () => {
    const lines = page(...doc, ...doc);
    expect(documentBounds(lines)).toEqual([0, doc.length]);
  });
  it('does not take a form with a blank number inside an appendix for another document', () => {
    const lines = page(...doc, 'PHỤ LỤC 1', 'MẪU BÁO CÁO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: …………., ngày …. tháng …. năm ….', 'BÁO CÁO');
    expect(documentBounds(lines)).toEqual([0, lines.length]);
  });
});
