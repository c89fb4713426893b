import { describe, expect, it } from 'vitest';
import type { LineNode, TableCellNode, TableNode, TableRowNode } from '../../tree.js';
import { cutOffProblem } from '../appendix.js';
import { dottedStt, readTaskTables } from './task-table.js';
import { VFile } from 'vfile';
import { normalizeBlocks } from '../../normalize/index.js';
import { textToTree } from '../../sources/text.js';

const NOWHERE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const line = (value: string, page: number): LineNode => ({ type: 'line', value, indent: 0, position: NOWHERE, data: { page } });

/** A cell as a ruled PDF table prints it: its text (none when empty) and the rows it spans. */
type Cell = string | [text: string, rowSpan: number];

/**
 * A ruled table printed over pages, as the PDF source gives it: one `table` node, a row per printed
 * row with its page, the first row after each page break marked `afterPageBreak`; a cell spanning
 * rows is in the row where it starts only.
 */
function pdfTable(...pages: Cell[][][]): TableNode {
  const rows: TableRowNode[] = [];
  pages.forEach((printed, p) => {
    printed.forEach((cells, r) => {
      const children = cells.map((c): TableCellNode => {
        const [text, rowSpan] = typeof c === 'string' ? [c, 1] : c;
        return { type: 'tableCell', rowSpan, colSpan: 1, children: text ? [line(text, p + 1)] : [], position: NOWHERE, data: { page: p + 1 } };
      });
      rows.push({ type: 'tableRow', children, position: NOWHERE, data: p > 0 && r === 0 ? { page: p + 1, afterPageBreak: true } : { page: p + 1 } });
    });
  });
  return { type: 'table', children: rows, position: NOWHERE, data: { page: 1, grid: 'spans' } };
}

const HEADER = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'];

/** The rows read: STT, task, lead, time. */
function rowsOf(table: TableNode): Array<Array<string | null | undefined>> {
  const { tables } = readTaskTables([table]);
  expect(tables).toHaveLength(1);
  expect(tables[0]!.columns).toEqual(HEADER);
  return tables[0]!.items.flatMap((i) => ('row' in i ? [[i.row.stt, i.row.cells.task, i.row.cells.lead, i.row.cells.timeframe]] : []));
}

describe('readTaskTables: a table going on over a page break', () => {
  it('drops the header printed again and joins the row the page break split', () => {
    const table = pdfTable(
      [HEADER, ['1', 'Việc một', 'VP', 'Năm 2023']],
      [HEADER, ['', 'còn tiếp', '', ''], ['2', 'Việc hai', 'CNTT', '2024']],
    );
    expect(rowsOf(table)).toEqual([
      ['1', 'Việc một còn tiếp', 'VP', 'Năm 2023'],
      ['2', 'Việc hai', 'CNTT', '2024'],
    ]);
  });
  it('knows the header printed again as a scan’s OCR reads it: a speck after a name, a lost accent, a cell lost', () => {
    const table = pdfTable(
      [HEADER, ['1', 'Việc một', 'VP', 'Năm 2023']],
      [['STT “', 'Nội dung cong việc', '', 'Thời gian thực hiện'], ['', 'còn tiếp', '', ''], ['2', 'Việc hai', 'CNTT', '2024']],
    );
    expect(rowsOf(table)).toEqual([
      ['1', 'Việc một còn tiếp', 'VP', 'Năm 2023'],
      ['2', 'Việc hai', 'CNTT', '2024'],
    ]);
  });
  it('joins the split row when the page prints no header again', () => {
    const table = pdfTable([HEADER, ['1', 'Việc một', 'VP', 'Năm 2023']], [['', 'còn tiếp', '', ''], ['2', 'Việc hai', 'CNTT', '2024']]);
    expect(rowsOf(table)).toEqual([
      ['1', 'Việc một còn tiếp', 'VP', 'Năm 2023'],
      ['2', 'Việc hai', 'CNTT', '2024'],
    ]);
  });
  it('gives a unit cell spanning rows over the break its text on the new page', () => {
    // the lead and time cells span rows 1–2 on the first page and go on over rows 3–4 on the next,
    // where the cell prints empty (its text is on the page before)
    const table = pdfTable(
      [HEADER, ['1', 'Việc một', ['Ban Thu', 2], ['Năm 2023', 2]], ['2', 'Việc hai']],
      [HEADER, ['3', 'Việc ba', ['', 2], ['', 2]], ['4', 'Việc bốn']],
    );
    expect(rowsOf(table)).toEqual([
      ['1', 'Việc một', 'Ban Thu', 'Năm 2023'],
      ['2', 'Việc hai', 'Ban Thu', 'Năm 2023'],
      ['3', 'Việc ba', 'Ban Thu', 'Năm 2023'],
      ['4', 'Việc bốn', 'Ban Thu', 'Năm 2023'],
    ]);
  });
  it('reads an empty STT and task over a unit of its own as another assignment of the item above', () => {
    const table = pdfTable([HEADER, ['1.1', 'Xây dựng kế hoạch', 'VP', 'Quý I']], [HEADER, ['', '', 'BHXH tỉnh', 'Quý I']]);
    expect(rowsOf(table)).toEqual([
      ['1.1', 'Xây dựng kế hoạch', 'VP', 'Quý I'],
      ['1.1', 'Xây dựng kế hoạch', 'BHXH tỉnh', 'Quý I'],
    ]);
  });
  it('does not join a row with an STT of its own after the break', () => {
    const table = pdfTable([HEADER, ['1', 'Việc một', 'VP', 'Năm 2023']], [HEADER, ['2', 'việc hai', 'CNTT', '2024']]);
    expect(rowsOf(table)).toEqual([
      ['1', 'Việc một', 'VP', 'Năm 2023'],
      ['2', 'việc hai', 'CNTT', '2024'],
    ]);
  });
});

describe('readTaskTables: a saved page’s pipe grid fitted to its header', () => {
  // a procedure list of a provincial decision (corpus page), one row printing no code cell
  const page = [
    '|', '**TT**', '|', '**Mã hồ sơ TTHC**', '|', '**Tên thủ tục hành chính**', '|', '**Cách thức, địa điểm thực hiện**', '|', '|',
    '1', '|', '1.005144', '|', 'Đề nghị miễn, giảm học phí', 'trong cơ sở giáo dục nghề nghiệp và cơ sở giáo dục đại học công lập', '|',
    '- Nộp hồ sơ trực tiếp hoặc', 'qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công tỉnh Nghệ An', '|', '|',
    '2', '|', 'Đề nghị hỗ trợ chi phí học', 'tập trong trường trung học phổ thông tư thục', '|',
    '- Nộp hồ sơ trực tiếp hoặc', 'qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công tỉnh Nghệ An', '|', '|',
    '3', '|', '|', 'Đề nghị hỗ trợ học tập đối với trẻ mẫu giáo', '|', '- Nộp hồ sơ trực tuyến toàn trình', '|',
  ].join('\n');
  const [table] = readTaskTables(normalizeBlocks(textToTree(page).children, new VFile())).tables;
  const rows = table!.items.flatMap((i) => ('row' in i ? [i.row] : []));

  it('puts a numbered row’s one missing cell where its cells fit their columns: the code, not the task', () => {
    // row 2 prints no code cell: an empty one would print as `|` `|` (as row 3's does), so the code cell
    // above spans it, and row 2 carries it
    expect(rows.map((r) => [r.stt, r.cells.task?.slice(0, 26), r.extra['Mã hồ sơ TTHC'] ?? null])).toEqual([
      ['1', 'Đề nghị miễn, giảm học phí', '1.005144'],
      ['2', 'Đề nghị hỗ trợ chi phí học', '1.005144'],
      ['3', 'Đề nghị hỗ trợ học tập đối', null],
    ]);
  });
  it('reads an STT alone before a row break and the cells after it as one row (an empty cell printed as the break)', () => {
    expect(table!.items.some((i) => 'group' in i)).toBe(false);
  });
});

describe('cutOffProblem: a table that ends in headings', () => {
  const header = ['|', 'STT', '|', 'Tên tài sản', '|', 'Đơn vị chủ trì', '|', 'Thời gian thực hiện', '|', '|'];
  // rows as a saved page prints them: `|` between cells, `|` `|` between rows, one `|` after the last
  const rowsOf = (...rows: string[][]) => rows.map((r) => r.join('\n|\n')).join('\n|\n|\n');
  const read = (...rows: string[][]) => readTaskTables(normalizeBlocks(textToTree([...header, rowsOf(...rows), '|'].join('\n')).children, new VFile())).tables[0]!;

  it('calls a table cut off when it ends with one heading after its rows', () => {
    const table = read(['I', 'Nhóm một'], ['1', 'Việc một', 'Văn phòng', 'Năm 2024'], ['II', 'Nhóm hai']);
    expect(cutOffProblem(table)?.code).toBe('table-cut-off');
  });
  it('does not when headings follow one another to the end: a list of entries with no rows under them', () => {
    const table = read(['I', 'Nhóm một'], ['1', 'Việc một', 'Văn phòng', 'Năm 2024'], ['II', 'Di tích lịch sử'], ['III', 'Tài sản đặc thù khác']);
    expect(cutOffProblem(table)).toBeNull();
  });
});

describe('readTaskTables: a column named for time that holds quantities', () => {
  it('keeps bare small numbers under the column’s name, not as periods', () => {
    const page = ['|', 'STT', '|', 'Tên tài sản', '|', 'Thời gian tính hao mòn (năm)', '|', '|',
      ...[['1', 'Tác phẩm điện ảnh', '50'], ['2', 'Bằng độc quyền kiểu dáng công nghiệp', '05'], ['3', 'Phần mềm ứng dụng', '05']].flatMap((r, i) => [...(i ? ['|', '|'] : []), r.join('\n|\n')]), '|'].join('\n');
    const [table] = readTaskTables(normalizeBlocks(textToTree(page).children, new VFile())).tables;
    const rows = table!.items.flatMap((i) => ('row' in i ? [i.row] : []));
    expect(rows.map((r) => [r.cells.timeframe, r.extra['Thời gian tính hao mòn (năm)']])).toEqual([[undefined, '50'], [undefined, '05'], [undefined, '05']]);
  });
});

describe('dottedStt', () => {
  it('reads a number whose dot OCR lost as the STT the numbering goes on with (qd-1177 scanned: "51" under "5")', () => {
    expect(dottedStt('51', '5')).toBe('5.1');
    expect(dottedStt('- 61 [', '6')).toBe('6.1');
    expect(dottedStt('43', '4.2')).toBe('4.3');
    expect(dottedStt('123', '12.2')).toBe('12.3');
    // under a heading whose own "7" was lost too (phu-luc scanned)
    expect(dottedStt('71', '6.3', true)).toBe('7.1');
    expect(dottedStt('71', '6.3')).toBeNull();
  });
  it('leaves a number that goes on as printed, or that no dot makes go on', () => {
    expect(dottedStt('12', '11.3')).toBeNull();
    expect(dottedStt('10', '9')).toBeNull();
    expect(dottedStt('23', '2')).toBeNull();
    expect(dottedStt('51', null)).toBeNull();
    expect(dottedStt('5', '4.2')).toBeNull();
  });
});

describe('readTaskTables: a speck in the STT cell of the row a page break split', () => {
  it('joins the row whose STT cell holds a lone letter and no task to the row above, its product going on', () => {
    // qd-1177 scanned: 5.4's product goes on at the top of the next page, an "m" read in its STT cell
    const header = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Sản phẩm'];
    const table = pdfTable(
      [header, ['5.4', 'Cung cấp DVC trực tuyến toàn trình', 'Trung tâm CNTT', 'DVC được cung']],
      [header, ['m', '', '', 'cấp cho tổ chức, cá nhân.'], ['6.1', 'Rà soát số định danh cá nhân', 'Ban Thu', 'Dữ liệu được cập nhật']],
    );
    const { tables } = readTaskTables([table]);
    const rows = tables[0]!.items.flatMap((i) => ('row' in i ? [[i.row.stt, i.row.cells.product]] : []));
    expect(rows).toEqual([
      ['5.4', 'DVC được cung cấp cho tổ chức, cá nhân.'],
      ['6.1', 'Dữ liệu được cập nhật'],
    ]);
  });
});

describe('readTaskTables: a heading whose number was lost in reading, over rows whose dots were lost', () => {
  it('reads the rows as numbered under the next item and the heading as that item (phu-luc scanned: "7", "71", "72")', () => {
    const table = pdfTable([
      HEADER,
      ['6', 'Kiểm tra', '', ''],
      ['6.1', 'Kiểm tra việc một', 'VP', 'Năm 2024'],
      ['', 'Ứng dụng CNTT', '', ''],
      ['71', 'Kết nối dữ liệu', 'CNTT', 'Năm 2024'],
      ['72', 'Tích hợp dịch vụ', 'CNTT', 'Năm 2024'],
      ['8', 'Truyền thông', '', ''],
      ['8.1', 'Truyền thông việc một', 'TTTT', 'Thường xuyên'],
    ]);
    const { tables } = readTaskTables([table]);
    const items = tables[0]!.items.map((i) => ('group' in i ? `group ${i.group.stt} ${i.group.title}` : `row ${i.row.stt}`));
    expect(items).toEqual(['group 6 Kiểm tra', 'row 6.1', 'group 7 Ứng dụng CNTT', 'row 7.1', 'row 7.2', 'group 8 Truyền thông', 'row 8.1']);
    expect(tables[0]!.problems.map((p) => p.code)).toEqual(['stt-repaired', 'stt-repaired', 'stt-repaired']);
  });
});
