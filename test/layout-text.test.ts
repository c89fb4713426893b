import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// pdf-to-text with the page's layout kept (`pdftotext -layout fixtures/pdf/qd-40-qd-bhxh-2023.pdf`,
// poppler 25): the issuing body beside the motto, the number beside the place and date, the
// recipients beside the signature, the task table's columns apart by runs of spaces.
const read = (name: string) => parse(readFileSync(new URL(`../fixtures/layout/${name}`, import.meta.url)), { name });

describe('text laid out as on the page (pdftotext -layout)', () => {
  const doc = read('qd-40-qd-bhxh-2023.txt');

  it('reads side-by-side parts column by column: the header and the signature', () => {
    expect(doc.document).toMatchObject({ number: '40/QĐ-BHXH', date: '2023-01-18', place: 'Hà Nội', issuer: 'Bảo hiểm xã hội Việt Nam', kind: 'decision' });
    expect(doc.document.signature).toMatchObject({ title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: [] });
    expect(doc.document.legalBases).toHaveLength(2);
    expect(doc.document.recipients.slice(0, 2)).toEqual(['Như điều 2', 'Hội đồng Quản lý BHXH (để b/c)']);
  });

  it('reads the task table from its columns of text, a row from its STT line', () => {
    const table = doc.appendices[0]!;
    expect(table.columns).toEqual(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    const first = table.rows[0]!;
    expect(first.stt).toBe('1');
    expect(first.task).toMatch(/^Tổng hợp, đánh giá, đề xuất sửa đổi, bổ sung Luật BHXH, Luật BHYT, Luật Việc làm/u);
    expect(first.lead.map((u) => u.id)).toEqual(['TST']);
    expect(first.partners.map((u) => u.text)).toEqual(['BHXH tỉnh, thành phố', 'Các đơn vị liên quan']);
    expect(first.timeText).toBe('Năm 2023');
    // the page's running footer ("Quyết định số 40/QĐ-BHXH – Trang 5/12") and number are in no cell
    for (const row of table.rows) expect(`${row.task} ${row.timeText ?? ''}`).not.toMatch(/Trang \d+\/\d+/u);
  });

  it('gives the tasks of a group the partners and deadline their merged cell prints once, at the first', () => {
    // II.a: "Các đơn vị liên quan" prints at task 1 and its cell spans tasks 1–6; each prints its own lead,
    // and task 5's "Năm 2023" spans task 6 (as the PDF's rules show, fixtures/pdf/qd-40-qd-bhxh-2023.pdf)
    const group = doc.appendices[0]!.rows.filter((r) => r.groups.map((g) => g.stt).join('/') === 'II/a');
    expect(group.map((r) => [r.stt, r.lead.map((u) => u.text).join('; '), r.partners.map((u) => u.text).join('; '), r.timeText])).toEqual([
      ['1', 'Vụ Tài chính - Kế toán', 'Các đơn vị liên quan', 'Thường xuyên'],
      ['2', 'Vụ Tài chính - Kế toán', 'Các đơn vị liên quan', 'Năm 2023'],
      ['3', 'Vụ Tài chính - Kế toán', 'Các đơn vị liên quan', 'Năm 2023'],
      ['4', 'Vụ Kiểm toán nội bộ', 'Các đơn vị liên quan', 'Thường xuyên'],
      ['5', 'Vụ Quản lý đầu tư quỹ', 'Các đơn vị liên quan', 'Năm 2023'],
      ['6', 'Vụ Quản lý đầu tư quỹ', 'Các đơn vị liên quan', 'Năm 2023'],
      ['7', 'Ban Thực hiện chính sách BHYT', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023'],
      ['8', 'Vụ Kế hoạch và Đầu tư', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023'],
      ['9', 'Vụ Kế hoạch và Đầu tư', 'BHXH tỉnh, thành phố; Các đơn vị liên quan', 'Năm 2023'],
    ]);
  });

  it('reads a heading a page break cut as one group: its rest under the header printed again, the page’s footer in no cell', () => {
    // III ends page 7 with "… Luật Dược và các Nghị" right above the footer "Quyết định số 40/QĐ-BHXH –
    // Trang 7/12"; page 8 prints the header again and "định, Thông tư, văn bản hướng dẫn; …" (the PDF's III)
    const groups = new Map(doc.appendices[0]!.rows.flatMap((r) => r.groups).map((g) => [g.stt, g.title]));
    expect(groups.get('III')).toBe(
      'Tiếp tục triển khai thực hiện Luật BHXH, Luật BHYT, Luật Việc làm, Luật An toàn, vệ sinh lao động, Luật Dược và các Nghị định, Thông tư, văn bản hướng dẫn; đảm bảo quyền lợi cho người tham gia BHXH, BHYT, BHTN',
    );
    expect([...groups.keys()]).not.toContain('');
    const third = doc.appendices[0]!.rows.filter((r) => r.groups[0]?.stt === 'III');
    expect(third.map((r) => r.stt)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.diagnostics.filter((d) => d.code === 'page-furniture').map((d) => d.message)).toContain('running footer removed: "Quyết định số 40/QĐ-BHXH – Trang 7/12"');
  });

  it('parts a cell that every line of its row prints a space after the task, where the row’s line across the cells parts it', () => {
    // III.4: "… trên Hệ thống Trung tâm Giám định   Các đơn vị liên quan   Thường xuyên" / "… theo Quy BHYT và
    // Thanh toán đa" / "… Quyết định số tuyến": the lead cell begins where the first line's piece runs into it
    const row = doc.appendices[0]!.rows.find((r) => r.groups[0]?.stt === 'III' && r.stt === '4')!;
    expect(row.lead.map((u) => u.text)).toEqual(['Trung tâm Giám định BHYT và Thanh toán đa tuyến']);
    expect(row.task).toMatch(/thông tin giám định BHYT để thực hiện theo Quy trình giám định ban hành kèm theo Quyết định số 3618\/QĐ-BHXH/u);
  });

  it('leaves scraped text, whose continuation lines are indented a space or two, as it was', () => {
    const scraped = parse(readFileSync(new URL('../fixtures/qd-40-qd-bhxh-2023.txt', import.meta.url)), { name: 'qd-40.txt' });
    expect(scraped.appendices[0]!.rows).toHaveLength(42);
  });
});

// `pdftotext -layout fixtures/pdf/phu-luc-kiem-soat-tthc-2024.pdf` (poppler 25): six pages of one
// table whose header is printed again on each page, "Thời gian thực" / "hiện" on two lines, short
// cells centred in their columns, the later pages printed four columns further right, a footnote
// under the table (its mark on a line of its own) and the running title at each page's foot.
describe('a laid-out table over six pages (pdftotext -layout)', () => {
  const doc = read('phu-luc-kiem-soat-tthc-2024.txt');
  const table = doc.appendices[0]!;
  const row = (stt: string) => table.rows.find((r) => r.stt === stt)!;

  it('is one table with the header’s six columns, a name wrapped in its cell read whole', () => {
    expect(doc.appendices).toHaveLength(1);
    expect(table.columns).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
  });

  it('gives a sub-row that prints another lead of the item the period its merged cell prints once', () => {
    // 1.1: "Văn phòng … Quý I/2024 … Kế hoạch … Việt Nam năm 2024" / "BHXH các tỉnh, thành phố … Kế hoạch … tỉnh,
    // tp năm 2024" (the PDF merges the time cell over both; the partner cell of the second is empty)
    const items = table.rows.filter((r) => r.stt === '1.1');
    expect(items.map((r) => [r.lead.map((u) => u.text).join('; '), r.partners.length, r.timeText])).toEqual([
      ['Văn phòng', 7, 'Quý I/2024'],
      ['BHXH các tỉnh, thành phố', 0, 'Quý I/2024'],
    ]);
  });

  it('reads an item whose title is printed across the columns as a group over its lettered sub-rows', () => {
    // 2.2 "Thực hiện tái cấu trúc quy trình; … mức độ Toàn trình." across the row, then "a) Rà soát … CSXH …
    // Tháng 7/2024 … Tờ trình trình TTCP", "b) …", "c) …", each with its own cells
    const items = table.rows.filter((r) => r.stt === '2.2');
    expect(items.map((r) => [r.task.slice(0, 2), r.lead.map((u) => u.id).join(' '), r.timeText, r.product])).toEqual([
      ['a)', 'CSXH', 'Tháng 7/2024', 'Tờ trình trình TTCP'],
      ['b)', 'VP', 'Tháng 8/2024', null],
      ['c)', 'CNTT', 'Tháng 11/2024', 'DVC trực tuyến được cung cấp trên Cổng DVC quốc gia'],
    ]);
    expect(items[0]!.groups.map((g) => g.stt)).toEqual(['2', '2.2']);
  });

  it('reads a footnote mark printed in plain digits after the heading’s last word as the mark of the footnote under the table', () => {
    // "… mức độ Toàn trình.: 1" (the PDF raises the "1"); under the table: "1" / "Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg …"
    const items = table.rows.filter((r) => r.stt === '2.2');
    expect(items[0]!.groups[1]!.title).toMatch(/mức độ Toàn trình\.:$/u);
    for (const r of items) expect(r.notes.join(' ')).toMatch(/^Nhiệm vụ giao tại Quyết định số 206\/QĐ-TTg ngày 28\/02\/2024/u);
  });

  it('reads a title printed alone on an item’s first line, its paragraph ended there, as the group over the rows under it', () => {
    // "9    Báo cáo công tác kiểm soát TTHC" / "Xây dựng báo cáo về … TST, CSXH, … Báo cáo quý: …": "Xây" had room
    // on the first line, so the title ends there and the task under it opens a cell of its own
    const items = table.rows.filter((r) => r.stt === '9');
    expect(items.map((r) => [r.groups.map((g) => g.title).join(' / '), r.task, r.lead.length])).toEqual([
      ['Báo cáo công tác kiểm soát TTHC', 'Xây dựng báo cáo về công tác kiểm soát TTHC (theo Mẫu báo cáo kèm theo)', 7],
      ['Báo cáo công tác kiểm soát TTHC', 'Xây dựng báo cáo về công tác kiểm soát TTHC (theo Mẫu báo cáo kèm theo)', 1],
    ]);
  });

  it('parts three cells a row’s first line prints a space apart, each cell opening its text with a capital', () => {
    // 3.2: "Tạp chí BHHH, VP, Thường xuyên; Sau TTHC được cập nhật" (partners, period and product on one line;
    // "TTHC" begins four columns left of the product column, where the row's other lines print it)
    const r = row('3.2');
    expect(r.partners.map((u) => u.text)).toEqual(['Tạp chí BHHH', 'VP', 'BHHH tỉnh', 'Các đơn vị cung cấp DVC được BHHH ủy quyền']);
    expect(r.timeText).toBe('Thường xuyên; Sau khi Quyết định công bố TTHC được ký, ban hành');
    expect(r.product).toBe('TTHC được cập nhật vào Cơ sở dữ liệu quốc gia về TTHC.');
    expect(row('3.1').product).toBe('Quyết định công bố TTHC trình Tổng Giám đốc ban hành');
  });

  it('reads the rows of the later pages, printed further right, in their columns', () => {
    expect(row('2.5')).toMatchObject({ task: 'Tổ chức thực hiện Phương án đơn giản hóa TTHC', timeframe: { kind: 'conditional' } });
    expect(row('2.5').lead.map((u) => u.id)).toEqual(['TST', 'CSXH', 'CSYT', 'TCKT']);
    expect(row('2.5').partners.map((u) => u.id)).toEqual(['VP', 'PC', 'CNTT']);
    expect(row('6.3')).toMatchObject({ timeText: 'Quý II, III/2024', timeframe: { start: '2024-04-01', end: '2024-09-30' } });
    expect(row('8.3').lead.map((u) => u.id)).toEqual(['CSKH']);
    expect(row('8.3').timeText).toBe('Năm 2024');
  });

  it('keeps the headings of the groups as groups, not rows with the cells of the row above', () => {
    expect(table.groups.map((g) => g.stt)).toEqual(expect.arrayContaining(['1', '2', '3', '5', '6', '7', '8']));
    for (const stt of ['1', '2', '3', '5', '6', '7', '8']) expect(table.rows.some((r) => r.stt === stt)).toBe(false);
  });

  it('puts the page’s foot — the footnote, the running title, the page number — in no row', () => {
    const text = table.rows.map((r) => `${r.task} ${r.product ?? ''} ${r.timeText ?? ''}`).join('\n');
    expect(text).not.toMatch(/Nhiệm vụ giao tại Quyết định số 206\/QĐ-TTg|NHIỆM VỤ TRỌNG TÂM|Trang \d\/6/u);
    expect(table.rows.every((r) => r.stt !== 'STT')).toBe(true);
  });
});


// `pdftotext -layout nq-105-nq-cp-2026.pdf` (poppler 22.12.0), lines 333-517: pages 77-82 of Công
// báo số 242, the first six pages of Phụ lục I of Nghị quyết 105/NQ-CP — a gazette print whose
// header is printed again on each page with its names set elsewhere, cells a space apart, rows cut
// by the page breaks. The rows below are read by hand from the PDF.
describe('a gazette resolution’s appendix table (pdftotext -layout)', () => {
  const doc = read('nq-105-nq-cp-2026-phu-luc-i.txt');
  const table = doc.appendices[0]!;
  const row = (stt: string, task: string) => table.rows.find((r) => r.stt === stt && r.task.startsWith(task))!;

  it('reads one table with the header’s seven columns and its headings as groups', () => {
    expect(doc.appendices).toHaveLength(1);
    expect(table.columns).toEqual(['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Cấp trình', 'Sản phẩm', 'Thời hạn hoàn thành']);
    // "II" opens page 78 under the header printed again: a heading, not a row taking the cells above
    expect(table.groups.map((g) => g.stt)).toEqual(['I', 'II', 'III']);
    expect(table.rows.some((r) => ['I', 'II', 'III'].includes(r.stt ?? ''))).toBe(false);
  });

  it('joins a row the page break cut: its cells go on under the header printed again', () => {
    // II.6's partners run from page 79 ("…thành phố trực") to page 80 ("thuộc trung ương và cơ quan, tổ chức liên quan")
    const six = row('6', 'Tham mưu ban hành Nghị định của Chính phủ quy định chi tiết');
    expect(six.path).toEqual(['II', '6']);
    expect(six.lead.map((u) => u.text)).toEqual(['Bộ Tài chính']);
    expect(six.partners.map((u) => u.text)).toEqual(['Các bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'cơ quan, tổ chức liên quan']);
    expect(six.timeText).toBe('Theo yêu cầu của cấp có thẩm quyền');
    expect(six.product).toBe('Nghị định');
    expect(six.task).toMatch(/quản lý ngân sách theo kết quả thực hiện nhiệm vụ$/u);
  });

  it('reads rows of pages set at other places in their columns', () => {
    const seven = row('7', 'Sơ kết, tổng kết, đánh giá về việc ban hành');
    expect(seven.lead.map((u) => u.text)).toEqual(['Bộ Tài chính']);
    expect(seven.product).toBe('Báo cáo sơ kết, tổng kết, đánh giá và đề xuất, kiến nghị giải pháp');
    expect(seven.timeText).toBe('Thường xuyên');
    const two = row('2', 'Xây dựng, ban hành theo thẩm quyền');
    expect(two.partners.map((u) => u.text)).toEqual(['Các bộ, ngành, cơ quan liên quan']);
    expect(two.timeText).toBe('Trước ngày 01/3/2027');
    expect(two.product).toBe('Luật, Nghị định, Thông tư');
    expect(row('2.1', 'Theo dõi, tổng hợp việc sắp xếp đơn vị').lead.map((u) => u.text)).toEqual(['Bộ Nội vụ']);
  });

  it('puts the running head of each page in no row', () => {
    for (const r of table.rows) expect(`${r.task} ${r.product ?? ''} ${r.timeText ?? ''}`).not.toMatch(/CÔNG BÁO/u);
  });
});

// `pdftotext -layout` (poppler 22.12.0) of two saved task-table pages re-typeset as PDF
// (fixtures/pages/pdf/, see test/page-renditions.test.ts): Quyết định 2629/QĐ-TTg and Thông báo
// 461/TB-VPCP, whose merged unit cells run on past the row they begin in.
describe('a merged cell laid out past its first row (pdftotext -layout of re-typeset pages)', () => {
  const page = (name: string) => parse(readFileSync(new URL(`../fixtures/pages/layout/${name}.txt`, import.meta.url)), { name: `${name}.txt` });
  const rowsAt = (doc: ReturnType<typeof page>, stt: string) => doc.appendices.flatMap((a) => a.rows).filter((r) => r.stt === stt);

  it('gives each row it spans the whole cell (2629/QĐ-TTg III.15–16: "… địa" / "phương khác có liên quan")', () => {
    const doc = page('2edf5927c71bc4c1');
    const rows = [...rowsAt(doc, '15'), ...rowsAt(doc, '16')].filter((r) => /^(Xây dựng Nền tảng phân tích|Tổ chức ứng dụng trí tuệ)/u.test(r.task));
    // as ../shared/corpus/tables.json transcribes them from the page
    expect(rows.map((r) => [r.stt, r.lead.map((u) => u.text), r.partners.map((u) => u.text)])).toEqual([
      ['15', ['Bộ Công an'], ['Bộ Khoa học và Công nghệ', 'các bộ, ngành, địa phương khác có liên quan']],
      ['16', ['Các bộ, ngành'], ['Bộ Khoa học và Công nghệ', 'các bộ, ngành, địa phương khác có liên quan']],
    ]);
  });

  it('gives the rows a result merged over their group takes from above with their partners (2629/QĐ-TTg III.1–5)', () => {
    // "Hoàn thành, khai thác sử dụng" and "Các bộ, ngành, địa phương" print once, at III.1, their cells merged
    // down the group (as ../shared/corpus/tables.json transcribes them); each row prints its own lead
    const doc = page('2edf5927c71bc4c1');
    const rows = doc.appendices.flatMap((a) => a.rows).filter((r) => r.path[0] === 'III').slice(0, 5);
    expect(rows.map((r) => [r.stt, r.partners.map((u) => u.text).join('; '), r.product])).toEqual(
      ['1', '2', '3', '4', '5'].map((stt) => [stt, 'Các bộ, ngành, địa phương', 'Hoàn thành, khai thác sử dụng']),
    );
  });

  it('joins a unit name the row boundary cut ("Ủy ban nhân" / "dân các tỉnh, …", 461/TB-VPCP Phụ lục II)', () => {
    const doc = page('74e2ddc7b11340da');
    const rows = [...rowsAt(doc, '36'), ...rowsAt(doc, '37')].filter((r) => /^(Khắc phục các nhiệm vụ chậm|Đăng ký mục tiêu|Kịp thời xây dựng)/u.test(r.task));
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.lead.map((u) => u.text)).toEqual(['Cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']);
  });
});

// `pdftotext -layout` (poppler 22.12.0) of fixtures/pages/pdf/646f0a00d4174382.pdf, Quyết định
// 2530/QĐ-TTg's Phụ lục I: a header on two lines, the STT's name wrapped in its narrow column ("ST" /
// " T"), two names printed a space apart ("Cơ quan phối Thuộc nhóm nhiệm vụ, hành" over "hợp" … "động[1]").
describe('a header whose names wrap onto a second line, two of them a space apart (pdftotext -layout)', () => {
  const name = '646f0a00d4174382';
  const doc = parse(readFileSync(new URL(`../fixtures/pages/layout/${name}.txt`, import.meta.url)), { name: `${name}.txt` });
  const table = doc.appendices[0]!;

  it('reads the seven columns the header names, each name whole', () => {
    expect(table.columns).toEqual(['STT', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thuộc nhóm nhiệm vụ, hành động[1]', 'Nội dung nhiệm vụ', 'Chỉ tiêu đạt được', 'Thời hạn hoàn thành']);
  });

  it('reads the rows under it in those columns, a cell’s first word set a column left of its lines still its own', () => {
    // A.1's first task: "… chính sách - Hoàn thiện Nghị định về xử lý" (the group's cell run into the task's a space apart)
    const first = table.rows[0]!;
    expect(first.groups.map((g) => g.stt)).toEqual(['A']);
    expect(first.lead.map((u) => u.text)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(first.partners.map((u) => u.text)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Xây dựng', 'Bộ Công Thương', 'Các bộ, ngành liên quan', 'UBND các tỉnh/ thành phố']);
    expect(first.task).toBe('- Hoàn thiện Nghị định về xử lý vi phạm hành chính trong lĩnh vực bảo vệ môi trường.');
    expect(first.timeText).toBe('Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)');
    // a period's first line "Giai đoạn 2026" printed a space after the product's "- Hạ tầng cơ sở"
    for (const r of table.rows) expect(r.timeText ?? '').not.toMatch(/^đoạn/u);
  });
});

describe('the rows after a page break in laid-out text (pdftotext -layout of a re-typeset page)', () => {
  it('gives a heading printed two rows under the break no unit of the row above (Kế hoạch 552/KH-UBND, III)', () => {
    // page 11 opens with its header printed again, row II.5, then "III  GIẢI PHÁP TRONG CHUYỂN ĐỔI
    // CÔNG NGHỆ TRONG CÁC NGÀNH": only the row right after the break may take cells from above
    const name = '192068354fd1ffe5';
    const doc = parse(readFileSync(new URL(`../fixtures/pages/layout/${name}.txt`, import.meta.url)), { name: `${name}.txt` });
    const table = doc.appendices[0]!;
    expect(table.rows.map((r) => r.stt)).not.toContain('III');
    const first = table.rows.find((r) => r.path[0] === 'III')!;
    expect(first.groups.map((g) => [g.stt, g.title])).toEqual([['III', 'GIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ TRONG CÁC NGÀNH']]);
    expect([first.stt, first.lead.map((u) => u.text)]).toEqual(['1', ['Sở Nông nghiệp và Môi trường']]);
  });
});
