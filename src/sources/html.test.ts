import { describe, expect, it } from 'vitest';
import { type BlockNode, blockLines, cellText, type TableNode } from '../tree.js';
import { htmlToBlocks, type HtmlOptions } from './html.js';
import type { DocumentMarkers } from './html-root.js';

// The pages as the recognisers read them (layout tables unwrapped, the document found by parse()'s
// markers, a page with none an error, a task table read): test/grid-sources.test.ts.

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>${head}</head><body>${body}</body></html>`;
/** Markers enough for the pages of these tests: the motto and the number line open a header; they, a type heading or an article heading mark a document. */
const markers: DocumentMarkers = {
  isHeaderMarker: (line) => /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Số: \d)/u.test(line.trim()),
  isDocumentMarker: (line) => markers.isHeaderMarker(line) || /^(?:QUYẾT ĐỊNH$|Điều \d)/u.test(line.trim()),
};
const blocksOf = (html: string | Uint8Array, options: HtmlOptions = {}) => htmlToBlocks(html, { markers, ...options });
const tables = (blocks: BlockNode[]) => blocks.filter((b): b is TableNode => b.type === 'table');
const cellTexts = (table: TableNode) => table.children.map((row) => row.children.map(cellText));

const HEADER = `<table><tr><td>BẢO HIỂM XÃ HỘI<br>VIỆT NAM<br>-------</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 40/QĐ-BHXH</td><td><i>Hà Nội, ngày 18 tháng 01 năm 2023</i></td></tr></table>`;

describe('htmlToBlocks', () => {
  it('reads a header block table as a table, its cells holding their lines; paragraphs and line breaks as lines', () => {
    const blocks = blocksOf(page(`${HEADER}<p>QUYẾT ĐỊNH</p>`));
    expect(blocks.map((b) => b.type)).toEqual(['table', 'line']);
    const header = blocks[0] as TableNode;
    expect(header.children.map((row) => row.children.map((cell) => cell.children.map((l) => l.value)))).toEqual([
      [['BẢO HIỂM XÃ HỘI', 'VIỆT NAM', '-------'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
      [['Số: 40/QĐ-BHXH'], ['Hà Nội, ngày 18 tháng 01 năm 2023']],
    ]);
  });
  it('keeps rowspan and colspan in a task table as spans', () => {
    const html = page(`${HEADER}<p>QUYẾT ĐỊNH</p><p>Điều 1. Ban hành kèm theo Quyết định này Phụ lục.</p><p>PHỤ LỤC</p><table border="1"><thead><tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Thời gian thực hiện</th></tr></thead><tbody>
<tr><td>I</td><td colspan="3">Nhóm nhiệm vụ</td></tr>
<tr><td>1</td><td>Việc một<sup>1</sup></td><td rowspan="2">Ban Quản lý Thu - Sổ, Thẻ</td><td>Năm 2023</td></tr>
<tr><td>2</td><td>Việc hai</td><td>Thường xuyên</td></tr></tbody></table><p><sup>1</sup> Ghi chú.</p>`);
    const blocks = blocksOf(html);
    const [, task] = tables(blocks);
    // the rows as printed: the spanning cells once, where they start, with their spans
    expect(cellTexts(task!)).toEqual([
      ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['I', 'Nhóm nhiệm vụ'],
      ['1', 'Việc một¹', 'Ban Quản lý Thu - Sổ, Thẻ', 'Năm 2023'],
      ['2', 'Việc hai', 'Thường xuyên'],
    ]);
    const spans = task!.children.map((row) => row.children.map((c) => `${c.rowSpan}x${c.colSpan}`));
    expect(spans).toEqual([
      ['1x1', '1x1', '1x1', '1x1'],
      ['1x1', '1x3'],
      ['1x1', '1x1', '2x1', '1x1'],
      ['1x1', '1x1', '1x1'],
    ]);
    const last = blocks[blocks.length - 1]!;
    expect(last.type === 'line' && last.value).toBe('¹ Ghi chú.');
  });
  it('places each line at the text it comes from in the source', () => {
    const html = page('<p>QUYẾT ĐỊNH</p>\n<p>Điều 1. Nội dung.</p>');
    const [, second] = blocksOf(html);
    expect(second!.type).toBe('line');
    const start = second!.position.start;
    expect(html.slice(start.offset!, start.offset! + 'Điều 1.'.length)).toBe('Điều 1.');
    expect(start.line).toBe(2);
  });
  it('places a line after a line break at its first character, on the next source line (Thông tư 11/2026/TT-BCT: "<strong>Chương I<br/>" / "QUY ĐỊNH CHUNG</strong>")', () => {
    const html = page('<p>QUYẾT ĐỊNH</p>\n<p><strong>Chương I<br/>\n      QUY ĐỊNH CHUNG</strong></p>\n<p>Nơi nhận:<br/>\r\n  - Như trên;</p>');
    const lines = blocksOf(html).flatMap(blockLines);
    const at = (value: string) => lines.find((l) => l.value === value)!.position.start;
    expect(at('Chương I')).toMatchObject({ line: 2, column: 12 });
    expect(at('QUY ĐỊNH CHUNG')).toMatchObject({ line: 3, column: 7 });
    expect(html.slice(at('QUY ĐỊNH CHUNG').offset!).startsWith('QUY ĐỊNH CHUNG')).toBe(true);
    expect(at('- Như trên;')).toMatchObject({ line: 5, column: 3 });
    // the parser drops a CR before LF from the text it hands over: the offset is then at most the CRs early, inside the space
    expect(html.slice(at('- Như trên;').offset!).trimStart().startsWith('- Như trên;')).toBe(true);
    expect(html.slice(at('- Như trên;').offset! - 1).trimStart().startsWith('- Như trên;')).toBe(true);
  });
  it('reads structure only without markers: a page\'s text is what it has', () => {
    // without the markers the source reads structure only: the page's text is what it has
    expect(htmlToBlocks(page('<nav>Trang chủ</nav><p>Không tìm thấy trang bạn yêu cầu.</p>')).flatMap(blockLines).map((l) => l.value)).toEqual(['Không tìm thấy trang bạn yêu cầu.']);
  });
});

describe('htmlToBlocks: the bold or italics a line begins with', () => {
  const leads = (body: string) => blocksOf(page(`<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>${body}`)).flatMap(blockLines).slice(1).map((l) => [l.value, l.data?.emphasisLead ?? null]);
  it('marks where a heading\'s bold ends, as the national database prints articles (Nghị định 301/2025/NĐ-CP)', () => {
    expect(leads('<p class="prov-article"><strong>Điều 12. Bãi bỏ điểm b khoản 1 Điều 39.</strong></p><p><b>Điều 2.</b> Quyết định này có hiệu lực</p><p>Các Bộ trưởng, <b>Thủ trưởng</b> cơ quan</p>')).toEqual([
      ['Điều 12. Bãi bỏ điểm b khoản 1 Điều 39.', 'Điều 12. Bãi bỏ điểm b khoản 1 Điều 39.'],
      ['Điều 2. Quyết định này có hiệu lực', 'Điều 2.'],
      ['Các Bộ trưởng, Thủ trưởng cơ quan', null],
    ]);
  });
  it('runs the lead over adjacent runs and over a line break inside it (Thông tư 11/2026/TT-BCT: "Chương I" / "QUY ĐỊNH CHUNG")', () => {
    expect(leads('<p><strong>Điều 1.</strong><strong> Phạm vi điều chỉnh</strong></p><p><strong>Chương I<br>QUY ĐỊNH CHUNG</strong></p>')).toEqual([
      ['Điều 1. Phạm vi điều chỉnh', 'Điều 1. Phạm vi điều chỉnh'],
      ['Chương I', 'Chương I'],
      ['QUY ĐỊNH CHUNG', 'QUY ĐỊNH CHUNG'],
    ]);
  });
});

