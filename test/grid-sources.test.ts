/**
 * The sources' table nodes as the recognisers read them, end to end: a grid's rows padded and
 * spanned (gridRowsOf), layout tables unwrapped into lines, task tables read over page breaks, the
 * document found in a page by its markers. The sources' own tests (src/sources/*.test.ts) check the
 * nodes alone; these check that what the recognisers make of them is right.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MD, TAB_ROWS, TAB_TEXT } from '../src/sources/test-documents.js';
import { isVanbanError } from '../src/errors.js';
import { parse, parseAsync } from '../src/parse.js';
import { isDocumentMarker, isHeaderMarker } from '../src/recognise/document-markers.js';
import { unwrapLayoutTables } from '../src/recognise/layout-tables.js';
import { texts } from '../src/recognise/tables/grid-rows.js';
import { gridRowsOf, readTaskTables } from '../src/recognise/tables/task-table.js';
import { docxToBlocks } from '../src/sources/docx.js';
import { htmlToBlocks, type HtmlOptions } from '../src/sources/html.js';
import { markdownToBlocks } from '../src/sources/markdown.js';
import { pdfToBlocks } from '../src/sources/pdf.js';
import { rawLines } from '../src/sources/raw-lines.js';
import { readTabGrid } from '../src/sources/tab-grid.js';
import { textToTree } from '../src/sources/text.js';
import { type BlockNode, blockLines, cellText, type TableNode } from '../src/tree.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const tablesOf = (blocks: BlockNode[]) => blocks.filter((b): b is TableNode => b.type === 'table');

describe('a Word table read as a grid', () => {
  it('gives 1.1 a lead unit in each of its two rows, its STT and task cells spanning into the second', async () => {
    const blocks = await docxToBlocks(readFileSync(new URL('docx/phu-luc-kiem-soat-tthc-2024.docx', FIXTURES)), { file: 'p.docx' });
    const table = tablesOf(blocks)[0]!;
    const r11 = table.children.findIndex((row) => cellText(row.children[0]!) === '1.1');
    const [stt, task] = table.children[r11]!.children;
    const rows = gridRowsOf(table);
    expect([rows[r11]!, rows[r11 + 1]!].map((r) => r.slots[2]!.text)).toEqual(['Văn phòng', 'BHXH các tỉnh, thành phố']);
    expect(rows[r11 + 1]!.slots[0]).toMatchObject({ spannedFromAbove: true, cell: stt });
    expect(rows[r11 + 1]!.slots[1]).toMatchObject({ spannedFromAbove: true, cell: task });
  });
});

describe('a PDF table read as a grid', () => {
  it('gives every row of the table going on over pages the six columns', async () => {
    const blocks = await pdfToBlocks(readFileSync(new URL('pdf/phu-luc-kiem-soat-tthc-2024.pdf', FIXTURES)));
    const [table] = tablesOf(blocks);
    expect(gridRowsOf(table!).every((r) => r.slots.length === 6)).toBe(true);
  });
  it('reads the table over its page breaks as the Word file it was printed from: headers once, split rows joined, spans carried', async () => {
    const items = (blocks: BlockNode[]) => {
      const { tables } = readTaskTables(blocks);
      expect(tables).toHaveLength(1);
      return {
        columns: tables[0]!.columns,
        items: tables[0]!.items.map((i) =>
          'group' in i ? { group: { stt: i.group.stt, title: i.group.title } } : { row: { stt: i.row.stt, label: i.row.label, cells: i.row.cells, extra: i.row.extra, noteMarks: i.row.noteMarks } },
        ),
      };
    };
    const pdf = items(await pdfToBlocks(readFileSync(new URL('pdf/phu-luc-kiem-soat-tthc-2024.pdf', FIXTURES))));
    const docx = items(await docxToBlocks(readFileSync(new URL('docx/phu-luc-kiem-soat-tthc-2024.docx', FIXTURES))));
    expect(pdf).toEqual(docx);
    const rows = pdf.items.flatMap((i) => (i.row ? [i.row] : []));
    // no row is a piece a page break cut off, no row is the header printed again
    expect(rows.filter((r) => /^\p{Ll}\p{L}/u.test(r.cells.task ?? ''))).toEqual([]);
    expect(rows.filter((r) => r.cells.task === 'Nội dung công việc')).toEqual([]);
    // 2.1, split by the break after page 1, is one row with the text of both pages
    expect(rows.find((r) => r.stt === '2.1')!.cells.task).toMatch(/trực tuyến liên thông/u);
    // 2.5's lead is the cell spanning down from 2.4 over the break
    expect(rows.find((r) => r.stt === '2.5')!.cells.lead).toBe('TST, CSXH, CSYT, TCKT');
  });
});

// Công báo prints of Government resolutions beside the repository (../shared/corpus/tables), as in CI.
const GAZETTE = new URL('../../shared/corpus/tables/', import.meta.url);
const hasGazette = existsSync(new URL('nq-105-nq-cp-2026.pdf', GAZETTE));

describe.runIf(hasGazette)('a gazette print\'s table read as a grid', () => {
  it('gives every row of Phụ lục I of 105/NQ-CP the seven columns', async () => {
    const blocks = await pdfToBlocks(readFileSync(new URL('nq-105-nq-cp-2026.pdf', GAZETTE)));
    const [table] = tablesOf(blocks);
    expect(gridRowsOf(table!).every((r) => r.slots.length === 7)).toBe(true);
  });
  it('keeps page 1\'s issuer line, which only the attached programme\'s first page repeats (no running header)', async () => {
    const doc = await parseAsync(readFileSync(new URL('nq-105-nq-cp-2026.pdf', GAZETTE)), { name: 'nq-105-nq-cp-2026.pdf' });
    // page 1 prints "CHÍNH PHỦ" over "Số: 105/NQ-CP"; the gazette's own header ("CÔNG BÁO/Số …") is on every page
    expect(doc.document.issuer).toBe('Chính phủ');
    expect(doc.text).not.toMatch(/CÔNG BÁO\/Số/u);
  });
});


describe('a tab-separated table read as a grid', () => {
  it('gives a row with trailing tabs every column of the table', () => {
    const { table } = readTabGrid(rawLines(TAB_TEXT), 2);
    // read as a grid, every row is as wide as the table
    expect(texts(gridRowsOf(table)[1]!)).toEqual(['1', 'Xây dựng văn bản chỉ đạo, điều hành', '', '', '', '']);
  });
  it('gives every row of each of the seed\'s eight runs the six columns', () => {
    const seed = textToTree(readFileSync(new URL('phu-luc-kiem-soat-tthc-2024.txt', FIXTURES), 'utf8')).children;
    const tables = tablesOf(seed);
    expect(tables.every((t) => gridRowsOf(t).every((row) => row.slots.length === 6))).toBe(true);
  });
});


describe('a Markdown document as the recognisers read it', () => {
  const blocks = markdownToBlocks(MD);
  const tables = tablesOf(blocks);
  // the lines as the recognisers read them: the header table unwrapped, the task table kept
  const lines = unwrapLayoutTables(blocks).flatMap((b) => (b.type === 'line' ? [b] : []));
  const values = lines.map((l) => l.value);
  it('reads the header table cell by cell, headings and paragraphs as lines, emphasis as text', () => {
    expect(values.slice(0, 9)).toEqual([
      'BẢO HIỂM XÃ HỘI',
      'VIỆT NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 40/QĐ-BHXH',
      'Hà Nội, ngày 18 tháng 01 năm 2023',
      'QUYẾT ĐỊNH',
      'Điều 1.',
      'Ban hành kèm theo Quyết định này.',
    ]);
  });
  it('keeps a list item’s marker as the source prints it', () => {
    expect(values).toContain('- Như điều 2;');
    expect(values).toContain('+ Văn phòng Chính phủ;');
    // a line opening with a number and a dot is an ordered list item of its own
    expect(values).toContain('1. Mục tiêu');
    expect(values).toContain('2023.');
  });
  it('keeps the task table a table, its short row padded when read as a grid, its text in no line of its own', () => {
    const task = tables[1]!;
    expect(unwrapLayoutTables(blocks).filter((b) => b.type === 'table')).toEqual([task]);
    // the short row as printed in the tree; read as a grid, it is padded to the table's width
    expect(gridRowsOf(task).map(texts)[2]).toEqual(['2', 'Việc hai', 'VP', '']);
    // the table's text is in no line of its own
    expect(values.some((v) => v.includes('Việc một'))).toBe(false);
  });
  it('places lines at their mdast positions', () => {
    const heading = lines.find((l) => l.value === 'QUYẾT ĐỊNH')!;
    expect(heading.position.start).toMatchObject({ line: 5, column: 4 });
  });
});

const CORPUS = new URL('../../shared/corpus/html/', import.meta.url);

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>${head}</head><body>${body}</body></html>`;
/** How parse() tells the document's text in a page. */
const markers = { isDocumentMarker, isHeaderMarker };
const blocksOf = (html: string | Uint8Array, options: HtmlOptions = {}) => htmlToBlocks(html, { markers, ...options });
/** The page's lines as the recognisers read them: its layout tables unwrapped, cell by cell. */
const htmlValues = (html: string | Uint8Array) => unwrapLayoutTables(blocksOf(html)).flatMap(blockLines).map((l) => l.value);

const HEADER = `<table><tr><td>BẢO HIỂM XÃ HỘI<br>VIỆT NAM<br>-------</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 40/QĐ-BHXH</td><td><i>Hà Nội, ngày 18 tháng 01 năm 2023</i></td></tr></table>`;

describe('an HTML page as the recognisers read it', () => {
  it('unwraps a header block table into its cells\' lines in reading order; paragraphs and line breaks as lines', () => {
    // a layout table, unwrapped: its cells' lines in reading order
    expect(htmlValues(page(`${HEADER}<p align="center"><b>QUYẾT ĐỊNH</b></p><p>Căn cứ Nghị định số 89/2020/NĐ-CP<br/>ngày 04/8/2020;</p>`))).toEqual([
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
  it('keeps a task table with spans a table, and a lead unit spanning rows applies to each row', () => {
    const html = page(`${HEADER}<p>QUYẾT ĐỊNH</p><p>Điều 1. Ban hành kèm theo Quyết định này Phụ lục.</p><p>PHỤ LỤC</p><table border="1"><thead><tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Thời gian thực hiện</th></tr></thead><tbody>
<tr><td>I</td><td colspan="3">Nhóm nhiệm vụ</td></tr>
<tr><td>1</td><td>Việc một<sup>1</sup></td><td rowspan="2">Ban Quản lý Thu - Sổ, Thẻ</td><td>Năm 2023</td></tr>
<tr><td>2</td><td>Việc hai</td><td>Thường xuyên</td></tr></tbody></table><p><sup>1</sup> Ghi chú.</p>`);
    const blocks = blocksOf(html);
    const [, task] = tablesOf(blocks);
    // the header block is unwrapped into lines, the task table stays a table
    expect(tablesOf(unwrapLayoutTables(blocks))).toEqual([task]);
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
    const lines = htmlValues(
      page(
        `<header>Cổng thông tin</header><nav><a>Trang chủ</a> › <a>Văn bản</a></nav><main><article>${HEADER}<p>QUYẾT ĐỊNH</p><p>Điều 1. Nội dung.</p></article><aside>Văn bản liên quan</aside></main><footer>© BHXH</footer><script>var s = "Số: 1/QĐ";</script>`,
        '<style>p { color: red }</style><script>x()</script>',
      ),
    );
    expect(lines[0]).toBe('BẢO HIỂM XÃ HỘI');
    expect(lines).not.toContain('Cổng thông tin');
    expect(lines.join('\n')).not.toMatch(/Trang chủ|Văn bản liên quan|© BHXH|var s|color/u);
  });
  it('reads a page served in windows-1258 as the same text as its UTF-8 twin', () => {
    const legacy = readFileSync(new URL('html/cv-09-bhxh-tdkt-2023.html', FIXTURES));
    expect(legacy.toString('latin1')).toContain('charset=windows-1258');
    const text = htmlValues(legacy).join('\n');
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
  });
  it.runIf(existsSync(CORPUS))('finds the document inside a page of the national legal database', () => {
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.html'))) {
      const lines = htmlValues(readFileSync(new URL(name, CORPUS)));
      const text = lines.join('\n');
      expect(lines.slice(0, 8).some((l) => /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM/iu.test(l)), name).toBe(true);
      expect(text, name).not.toMatch(/Trang chủ|Mục lục|CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT|Đơn vị chủ quản/u);
    }
  });
});
