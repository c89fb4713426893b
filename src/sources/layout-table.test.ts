import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitalCut, opensLayoutTable, readLayoutTable, subRowStarts } from './layout-table.js';
import type { LineNode } from '../tree.js';
import { rawLines } from './raw-lines.js';

// A table over two pages as pdftotext -layout prints one whose second page has a wider margin: the
// header printed again four columns further right, the page's number on the line of its form feed.
const PAGES = [
  'STT   Nội dung công việc        Đơn vị chủ trì    Thời gian',
  '1     Xây dựng kế hoạch năm     Văn phòng         Quý I/2024',
  '2     Tổ chức thực hiện         Ban Thu           Năm 2024',
  '\f   7',
  '    STT   Nội dung công việc        Đơn vị chủ trì    Thời gian',
  '    3     Kiểm tra, giám sát        Văn phòng         Quý IV/2024',
].join('\n');

describe('readLayoutTable', () => {
  it('reads a page printed at another margin in line with the first, its page number left out of the cells whole', () => {
    const read = readLayoutTable(rawLines(PAGES), 0)!;
    const rows = read.table.children.map((r) => r.children.map((c) => c.children.map((l) => l.value).join(' ')));
    expect(rows).toContainEqual(['3', 'Kiểm tra, giám sát', 'Văn phòng', 'Quý IV/2024']);
    expect(rows[0]).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian']);
    expect(read.outside.map((l) => l.value)).toEqual(['7']);
  });
});

// Rows whose cells pdftotext printed a single space apart (made-up text, laid out as poppler lays
// such rows out: the cells' other lines flush left in their columns, a cell run into the next a
// space after it, the next cell's first word then set a column or two left of where its lines begin).
const at = (...texts: Array<[number, string]>) => texts.reduce((line, [col, text]) => line.padEnd(col) + text, '');
const RUN_TOGETHER = [
  at([0, 'STT'], [6, 'Nội dung công việc'], [30, 'Đơn vị phối hợp'], [50, 'Thời gian'], [67, 'Sản phẩm']),
  at([0, '1'], [6, 'Xây dựng kế hoạch'], [30, 'Văn phòng'], [50, 'Quý I/2024'], [67, 'Kế hoạch']),
  at([6, 'kiểm soát TTHC'], [30, 'Ban Thu'], [67, 'được ban hành']),
  at([0, '2'], [6, 'Công khai TTHC'], [30, 'Tạp chí BHHH, VP, Thường xuyên; Sau TTHC được']),
  at([6, 'trên Cơ sở dữ liệu'], [30, 'Văn phòng'], [50, 'khi ban hành'], [67, 'cập nhật']),
  at([0, '3'], [6, 'Sơ kết công tác'], [30, 'Văn phòng'], [50, 'Theo kế hoạch'], [67, 'Báo cáo']),
  at([6, 'kiểm soát TTHC'], [50, 'năm'], [67, 'sơ kết']),
  at([0, '4'], [6, 'Tổng hợp báo cáo'], [30, 'Ban Thu'], [50, 'Năm 2024'], [67, 'Báo cáo']),
].join('\n');

describe('readLayoutTable: cells a space apart on a row’s line', () => {
  const read = readLayoutTable(rawLines(RUN_TOGETHER), 0)!;
  const rows = read.table.children.map((r) => r.children.map((c) => c.children.map((l) => l.value).join(' ')));
  it('parts three cells run together where the row’s other lines print them apart', () => {
    expect(rows[2]).toEqual(['2', 'Công khai TTHC trên Cơ sở dữ liệu', 'Tạp chí BHHH, VP, Văn phòng', 'Thường xuyên; Sau khi ban hành', 'TTHC được cập nhật']);
  });
  it('reads the rows after it in their columns', () => {
    expect(rows[4]).toEqual(['4', 'Tổng hợp báo cáo', 'Ban Thu', 'Năm 2024', 'Báo cáo']);
  });
});

describe('capitalCut', () => {
  const cutAt = (text: string, before: string) => capitalCut(text, text.indexOf(before) - 1, 0);
  it('moves a cut on a row’s first line back to a word that opens a cell with a capital', () => {
    const text = 'Thường xuyên; Sau TTHC được cập nhật';
    expect(text.slice(cutAt(text, 'được') + 1)).toBe('TTHC được cập nhật');
  });
  it('keeps the cut where the word before it goes on a list', () => {
    const text = 'Vụ TCKT, VP hằng năm';
    expect(text.slice(cutAt(text, 'hằng') + 1)).toBe('hằng năm');
  });
});

// `pdftotext -layout nq-105-nq-cp-2026.pdf` (poppler 22.12.0), lines 333-517: pages 77-82 of Công
// báo số 242 (22-04-2026), the first six pages of Phụ lục I of Nghị quyết 105/NQ-CP. A ruled table of
// seven columns whose header is printed again on each page with each name set elsewhere (the lead
// column's name at 51 on one page, 47 on the next), two cells' lines often a single space apart
// ("…Kết luận số 210- quan ngang"), and a row's STT a space before its task ("2.1 Theo dõi, …").
// The cells below are read by hand from the PDF.
describe('readLayoutTable over a gazette print (Nghị quyết 105/NQ-CP, Phụ lục I)', () => {
  const lines = rawLines(readFileSync(new URL('../../fixtures/layout/nq-105-nq-cp-2026-phu-luc-i.txt', import.meta.url), 'utf8'));
  const from = lines.findIndex((l) => opensLayoutTable(l) && l.text.includes('Cơ quan'));
  const read = readLayoutTable(lines, from)!;
  const rows = read.table.children.map((r) => r.children.map((c) => c.children.map((l) => l.value).join(' ')));
  const row = (stt: string, task: string) => rows.find((r) => r[0] === stt && r[1]!.startsWith(task))!;
  const HEADER = ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Cấp trình', 'Sản phẩm', 'Thời hạn hoàn thành'];

  it('reads the header’s seven columns, and each page’s header printed again in them, whatever its spacing', () => {
    expect(rows[0]).toEqual(HEADER);
    // pages 78 to 82 print it again, each at its own places
    expect(rows.filter((r) => r.join('|') === HEADER.join('|'))).toHaveLength(6);
  });

  it('reads a page whose columns stand elsewhere in its own header’s columns', () => {
    // page 78: the lead column's name printed four places left of page 77's
    expect(row('2', 'Xây dựng, ban hành theo thẩm quyền').slice(2)).toEqual([
      'Các bộ, cơ quan ngang bộ',
      'Các bộ, ngành, cơ quan liên quan',
      'Quốc hội, Chính phủ, Bộ trưởng',
      'Luật, Nghị định, Thông tư',
      'Trước ngày 01/3/2027',
    ]);
  });

  it('parts two cells printed a space apart, and sets a row’s number printed a space before its task apart', () => {
    // page 82 prints "2.1 Theo dõi, tổng hợp việc sắp xếp đơn vị sự      Bộ Nội vụ …"
    expect(row('2.1', 'Theo dõi, tổng hợp việc sắp xếp').slice(2)).toEqual([
      'Bộ Nội vụ',
      'Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      'Cấp có thẩm quyền',
      'Báo cáo',
      'Thường xuyên',
    ]);
    // "…thực hiện Kết luận số 210- quan ngang": the task's line ends at "210-"
    expect(row('1', 'Tăng cường công tác lãnh đạo')[1]).toContain('Kết luận số 210- KL/TW');
    expect(row('1', 'Tăng cường công tác lãnh đạo')[2]).toMatch(/^Các bộ, cơ quan ngang bộ, Ủy ban/u);
  });

  it('parts two cells’ lines a space apart where the row’s cells part on the lines that print them apart', () => {
    // page 77, row 4: "…hỗ trợ các địa       Các bộ, cơ", the lead's first line set left of where its band begins,
    // and the product's last line "trợ địa phương" printed alone, its end running over where the band of
    // "Thường xuyên" begins: the product's cell ends there
    const r4 = row('4', 'Tăng cường hướng dẫn, hỗ trợ các địa phương');
    expect(r4[1]).toMatch(/^Tăng cường hướng dẫn, hỗ trợ các địa phương thực hiện có hiệu quả các nhiệm/u);
    expect(r4[2]).toMatch(/^Các bộ, cơ /u);
    expect(r4.slice(3)).toEqual(['Các bộ, ngành, cơ quan liên quan', 'Cấp có thẩm quyền', 'Hoạt động theo dõi, hướng dẫn, hỗ trợ địa phương', 'Thường xuyên']);
    // page 82, the rest of row 2: "…kết quả hoạt động của phố trực thuộc" — "của" ends the task's line
    const rest = rows.find((r) => r[0] === '' && r[1]!.startsWith('12 tháng 9 năm 2025'))!;
    expect(rest[1]).toContain('kết quả hoạt động của bộ máy hệ thống chính trị');
    expect(rest[2]).toMatch(/^phố trực/u);
  });

  it('keeps a heading printed across the columns as one cell spanning them', () => {
    const heading = read.table.children.find((r) => r.children[0]!.children[0]?.value === 'II')!;
    expect(heading.children).toHaveLength(3);
    expect(heading.children[1]!.colSpan).toBe(5);
    expect(heading.children[1]!.children.map((l) => l.value).join(' ')).toBe('Hoàn thiện thể chế; tiếp tục đẩy mạnh phân cấp, phân quyền gắn với cải cách thủ tục hành chính');
  });

  it('leaves the running head and page number out of the cells', () => {
    expect(read.outside.map((l) => l.value)).toEqual(expect.arrayContaining(['CÔNG BÁO/Số 242/Ngày 22-04-2026', '78', '82']));
    expect(rows.flat().join(' ')).not.toMatch(/CÔNG BÁO/u);
  });
});

// `pdftotext -layout` of the seed's Phụ lục I (fixtures/layout/phu-luc-kiem-soat-tthc-2024.txt): rows
// 1.1 and 1.2 each hold a second assignment ruled under the first beside the same STT — under 1.1
// the lead "BHXH các tỉnh, thành phố" and its product, its task cell merged with the row's; under
// 1.2 its own task "Xây dựng, hoàn thiện, cập nhật Danh mục…", lead "Văn phòng" and partners.
describe('readLayoutTable: sub-rows ruled under a row', () => {
  const lines = rawLines(readFileSync(new URL('../../fixtures/layout/phu-luc-kiem-soat-tthc-2024.txt', import.meta.url), 'utf8'));
  const read = readLayoutTable(lines, lines.findIndex((l) => opensLayoutTable(l) && l.text.startsWith('STT')))!;
  const rows = read.table.children.map((r) => r.children.map((c) => c.children.map((l) => l.value).join(' ')));
  it('reads each as a row of its own, without an STT', () => {
    const at = rows.findIndex((r) => r[0] === '1.1');
    expect(rows[at]!.slice(0, 3)).toEqual(['1.1', 'Xây dựng Kế hoạch kiểm soát TTHC năm 2024', 'Văn phòng']);
    expect(rows[at + 1]!.slice(0, 3)).toEqual(['', '', 'BHXH các tỉnh, thành phố']);
    expect(rows[at + 1]![5]).toBe('Kế hoạch kiểm soát TTHC của BHXH tỉnh, tp năm 2024');
    expect(rows[at + 2]![0]).toBe('1.2');
    expect(rows[at + 3]![1]).toMatch(/^Xây dựng, hoàn thiện, cập nhật Danh mục/u);
    expect(rows[at + 3]!.slice(2, 4)).toEqual(['Văn phòng', 'CNTT, TTLT, TST, CSXH, CSYT, TCKT']);
  });
  it('reads a heading printed across the columns beside its STT as a row of its own, and the cells ruled under it as rows', () => {
    const at = rows.findIndex((r) => r[0] === '2.2');
    expect(rows[at]![1]).toMatch(/^Thực hiện tái cấu trúc quy trình; cung cấp DVC trực tuyến liên thông.*mức độ Toàn trình/u);
    expect(rows[at]![1]).not.toMatch(/a\) Rà soát/u);
    expect(rows.slice(at + 1, at + 4).map((r) => [r[0], r[1]!.slice(0, 2), r[2]])).toEqual([
      ['', 'a)', 'CSXH'],
      ['', 'b)', 'Văn phòng'],
      ['', 'c)', 'CNTT'],
    ]);
  });
});

describe('subRowStarts', () => {
  const cellsOf = (...line: string[]): LineNode[][] => line.map((v) => (v ? [{ type: 'line', value: v, indent: 0, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }] : []));
  it('parts a row where a column prints a cell again after two lines or more printing nothing', () => {
    const laid = [cellsOf('1.1', 'Xây dựng', 'Văn phòng', 'TST,'), cellsOf('', '2024', '', 'TCKT,'), cellsOf('', '', '', 'TTTT'), cellsOf('', '', 'BHXH các tỉnh,', '')];
    expect(subRowStarts(laid, 0, laid.length)).toEqual([3]);
  });
  it('keeps a row whole where a column’s lines fall between another’s, every other line (a cell in a larger type beside it)', () => {
    const laid = [cellsOf('1', 'Thực hiện', '', 'Nghị quyết'), cellsOf('', 'quan ngang bộ', 'Các bộ,', ''), cellsOf('', 'đạo có', '', 'số 66-'), cellsOf('', '', 'cơ quan', '')];
    expect(subRowStarts(laid, 0, laid.length)).toEqual([]);
  });
  it('keeps a row whole where the text after the gap goes on a sentence', () => {
    const laid = [cellsOf('2', 'Rà soát', 'Văn phòng'), cellsOf('', 'các', ''), cellsOf('', 'văn bản', ''), cellsOf('', 'và', 'và các đơn vị')];
    expect(subRowStarts(laid, 0, laid.length)).toEqual([]);
  });
});

// `pdftotext -layout fixtures/pdf/qd-2422-qd-bhxh-2020.pdf` (poppler 22.12.0), lines 189 and 199-210:
// row 5's lead prints its second line ("Pháp chế, Trung tâm CNTT") a single space after the task's
// longest line ("… đề xuất các giải"), at the very column its first line ("Vụ Tài chính - Kế toán, Vụ")
// begins at; the task's other lines all end further left.
const QD_2422 = [
  '  STT                         Tên nhiệm vụ                                  Đơn vị chủ trì                   Đơn vị phối hợp',
  '   4    Đẩy mạnh cải cách thủ tục hành chính, ứng dụng công nghệ    Vụ Pháp chế, Trung tâm',
  '        thông tin, thực hiện dịch vụ công trực tuyến mức độ 4 trên  CNTT, Vụ Tài chính - Kế toán,',
  '        các lĩnh vực chi trả chế độ BHXH, BHTN và quản lý người',
  '        hưởng; hướng dẫn, khuyến khích Hợp tác xã thực hiện các thủ',
  '        tục hành chính lĩnh vực BHXH, BHYT bằng giao dịch điện tử.',
  '   5    Đẩy mạnh chi trả các chế độ BHXH, trợ cấp thất nghiệp qua    Vụ Tài chính - Kế toán, Vụ',
  '        phương tiện thanh toán không dùng tiền mặt; đề xuất các giải Pháp chế, Trung tâm CNTT',
  '        pháp trong nâng cao hiệu quả quản lý chi trả các chế độ',
  '        BHXH, BHTN và quản lý người hưởng, góp phần nâng cao',
  '        chất lượng cung ứng dịch vụ, đảm bảo quyền lợi và tăng mức',
  '        độ hài lòng của người tham gia BHXH.',
  '   6    Triển khai thực hiện có hiệu quả Luật BHXH, Luật BHYT, Luật',
].join('\n');

describe('readLayoutTable: two cells a space apart', () => {
  it('parts them where a word begins at the column where the row’s cell begins on its other lines', () => {
    const read = readLayoutTable(rawLines(QD_2422), 0)!;
    const rows = read.table.children.map((r) => r.children.map((c) => c.children.map((l) => l.value).join(' ')));
    const r5 = rows.find((r) => r[0] === '5')!;
    expect(r5[1]).toContain('đề xuất các giải pháp trong nâng cao hiệu quả');
    expect(r5[2]).toBe('Vụ Tài chính - Kế toán, Vụ Pháp chế, Trung tâm CNTT');
  });
});

// A merged cell whose text is taller than the row it begins in: pdf-to-text prints its lines on beside
// the rows below, so the next row's cell opens mid-word ("địa" / "phương"), right under it.
const SPILLED = [
  'TT   Nhiệm vụ, giải pháp              Cơ quan chủ trì     Cơ quan phối hợp',
  '15   Xây dựng Nền tảng phân tích dữ   Bộ Khoa học và      Bộ Công an và các',
  '     liệu lớn dùng chung.             Công nghệ           bộ, ngành, địa',
  '16   Tổ chức ứng dụng trí tuệ nhân    Các bộ, ngành       phương khác có liên',
  '     tạo trong các ngành.                                 quan',
  '17   Xây dựng Hệ thống thư điện tử    Bộ Khoa học và      Các bộ, ngành, địa',
  '     công vụ thống nhất.              Công nghệ           phương',
  '18   Xây dựng Nền tảng chuỗi khối     Bộ Công an          các bộ, ngành',
].join('\n');

describe('readLayoutTable: a merged cell printed on past its first row', () => {
  const read = readLayoutTable(rawLines(SPILLED), 0)!;
  const rows = read.table.children.map((r) => r.children.map((c) => [c.children.map((l) => l.value).join(' '), c.rowSpan]));

  it('is one cell spanning the rows it runs over, its lines joined', () => {
    expect(rows[1]).toEqual([['15', 1], ['Xây dựng Nền tảng phân tích dữ liệu lớn dùng chung.', 1], ['Bộ Khoa học và Công nghệ', 1], ['Bộ Công an và các bộ, ngành, địa phương khác có liên quan', 2]]);
    // the row below prints no cell of its own in that column
    expect(rows[2]).toEqual([['16', 1], ['Tổ chức ứng dụng trí tuệ nhân tạo trong các ngành.', 1], ['Các bộ, ngành', 1]]);
  });

  it('leaves a cell that opens a name of its own, or is not right under the one above, to its row', () => {
    // "Các bộ, ngành, địa / phương" under a cell that ended a line above; "các bộ, ngành" under one
    // that did not reach its row's last line
    expect(rows[3]!.map((c) => c[0])).toEqual(['17', 'Xây dựng Hệ thống thư điện tử công vụ thống nhất.', 'Bộ Khoa học và Công nghệ', 'Các bộ, ngành, địa phương']);
    expect(rows[4]!.map((c) => c[0])).toEqual(['18', 'Xây dựng Nền tảng chuỗi khối', 'Bộ Công an', 'các bộ, ngành']);
  });
});
