import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../errors.js';
import { parse } from '../parse.js';
import { isDocumentMarker, isHeaderMarker } from '../recognise/document-markers.js';
import { unwrapLayoutTables } from '../recognise/layout-tables.js';
import { type BlockNode, blockLines, cellText, type TableNode } from '../tree.js';
import { htmlToBlocks, type HtmlOptions } from './html.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const CORPUS = new URL('../../../shared/corpus/html/', import.meta.url);

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>${head}</head><body>${body}</body></html>`;
/** How parse() tells the document's text in a page. */
const markers = { isDocumentMarker, isHeaderMarker };
const blocksOf = (html: string | Uint8Array, options: HtmlOptions = {}) => htmlToBlocks(html, { markers, ...options });
/** The page's lines as the recognisers read them: its layout tables unwrapped, cell by cell. */
const values = (html: string | Uint8Array) => unwrapLayoutTables(blocksOf(html)).flatMap(blockLines).map((l) => l.value);
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
    // a layout table, unwrapped: its cells' lines in reading order
    expect(values(page(`${HEADER}<p align="center"><b>QUYẾT ĐỊNH</b></p><p>Căn cứ Nghị định số 89/2020/NĐ-CP<br/>ngày 04/8/2020;</p>`))).toEqual([
      'BẢO HIỂM XÃ HỘI',
      'VIỆT NAM',
      '-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 40/QĐ-BHXH',
      'Hà Nội, ngày 18 tháng 01 năm 2023',
      'QUYẾT ĐỊNH',
      'Căn cứ Nghị định số 89/2020/NĐ-CP',
      'ngày 04/8/2020;',
    ]);
  });
  it('keeps rowspan and colspan in a task table as spans; a lead unit spanning rows applies to each row', () => {
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
    // the header block is unwrapped into lines, the task table stays a table
    expect(tables(unwrapLayoutTables(blocks))).toEqual([task]);
    // read as a task table, both rows the lead cell spans have it as their lead unit
    const [appendix] = parse(html, { name: 'rowspan.html' }).appendices;
    expect(appendix!.groups.map((g) => [g.stt, g.title])).toEqual([['I', 'Nhóm nhiệm vụ']]);
    expect(appendix!.rows.map((r) => [r.stt, r.task, r.lead.map((u) => u.text), r.timeText])).toEqual([
      ['1', 'Việc một', ['Ban Quản lý Thu - Sổ, Thẻ'], 'Năm 2023'],
      ['2', 'Việc hai', ['Ban Quản lý Thu - Sổ, Thẻ'], 'Thường xuyên'],
    ]);
    expect(appendix!.rows[0]!.notes).toEqual(['Ghi chú.']);
  });
  it('ignores scripts, styles, navigation, site header and footer around the document', () => {
    const lines = values(
      page(
        `<header>Cổng thông tin</header><nav><a>Trang chủ</a> › <a>Văn bản</a></nav><main><article>${HEADER}<p>QUYẾT ĐỊNH</p><p>Điều 1. Nội dung.</p></article><aside>Văn bản liên quan</aside></main><footer>© BHXH</footer><script>var s = "Số: 1/QĐ";</script>`,
        '<style>p { color: red }</style><script>x()</script>',
      ),
    );
    expect(lines[0]).toBe('BẢO HIỂM XÃ HỘI');
    expect(lines).not.toContain('Cổng thông tin');
    expect(lines.join('\n')).not.toMatch(/Trang chủ|Văn bản liên quan|© BHXH|var s|color/u);
  });
  it('places each line at the text it comes from in the source', () => {
    const html = page('<p>QUYẾT ĐỊNH</p>\n<p>Điều 1. Nội dung.</p>');
    const [, second] = blocksOf(html);
    expect(second!.type).toBe('line');
    const start = second!.position.start;
    expect(html.slice(start.offset!, start.offset! + 'Điều 1.'.length)).toBe('Điều 1.');
    expect(start.line).toBe(2);
  });
  it('reads a page served in windows-1258 as the same text as its UTF-8 twin', () => {
    const legacy = readFileSync(new URL('html/cv-09-bhxh-tdkt-2023.html', FIXTURES));
    expect(legacy.toString('latin1')).toContain('charset=windows-1258');
    const text = values(legacy).join('\n');
    expect(text).toContain('Số: 09/BHXH-TĐKT');
    expect(text).toContain('Hà Nội, ngày 04 tháng 01 năm 2023');
    expect(text).toContain('phát động PTTĐ yêu nước ngành Bảo hiểm xã hội Việt Nam năm 2023');
    expect(text).toBe(text.normalize('NFC'));
  });
  it('calls a page with no document in it a typed error', () => {
    const error = (() => {
      try {
        blocksOf(page('<nav>Trang chủ</nav><p>Không tìm thấy trang bạn yêu cầu.</p><p>Vui lòng thử lại.</p>'), { file: 'missing.html' });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isVanbanError(error) && error.code).toBe('no-document');
    expect((error as Error).message).toContain('missing.html');
    // without the markers the source reads structure only: the page's text is what it has
    expect(htmlToBlocks(page('<nav>Trang chủ</nav><p>Không tìm thấy trang bạn yêu cầu.</p>')).flatMap(blockLines).map((l) => l.value)).toEqual(['Không tìm thấy trang bạn yêu cầu.']);
  });
  it.runIf(existsSync(CORPUS))('finds the document inside a page of the national legal database', () => {
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.html'))) {
      const lines = values(readFileSync(new URL(name, CORPUS)));
      const text = lines.join('\n');
      expect(lines.slice(0, 8).some((l) => /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM/iu.test(l)), name).toBe(true);
      expect(text, name).not.toMatch(/Trang chủ|Mục lục|CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT|Đơn vị chủ quản/u);
    }
  });
});
