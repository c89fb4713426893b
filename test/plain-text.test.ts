// pdf-to-text without the page's layout (`pdftotext fixtures/pdf/X.pdf fixtures/plain/X.txt`, poppler
// 22.12.0): text in reading order, a block of the page per paragraph (blocks apart by blank lines),
// a form feed between pages, the page's running footer ("Quyết định số 40/QĐ-BHXH – Trang 3/12") and
// number among the paragraphs, a line-end hyphen dropped where it joins two lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { textToTree } from '../src/sources/text.js';

const read = (name: string) => parse(readFileSync(new URL(`../fixtures/plain/${name}`, import.meta.url)), { name });

describe('plain pdftotext: the header and closing', () => {
  it('reads a "V/v" subject wrapped over three lines of the header\'s left column (cv-09)', () => {
    const doc = read('cv-09-bhxh-tdkt-2023.txt');
    // printed "V/v phát động PTTĐ yêu nước" / "ngành Bảo hiểm xã hội Việt" / "Nam năm 2023", then the place and date
    expect(doc.document).toMatchObject({ number: '09/BHXH-TĐKT', date: '2023-01-04', kind: 'official-letter', subject: 'phát động PTTĐ yêu nước ngành Bảo hiểm xã hội Việt Nam năm 2023' });
    expect(doc.document.addressees).toEqual(['Các đơn vị trực thuộc BHXH Việt Nam', 'BHXH các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('joins a role under the signer\'s name wrapped before its body\'s name (cv-09)', () => {
    const doc = read('cv-09-bhxh-tdkt-2023.txt');
    // "Chủ tịch Hội đồng Thi đua - Khen thưởng ngành" / "Bảo hiểm xã hội Việt Nam"
    expect(doc.document.signature).toMatchObject({ title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: ['Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam'] });
  });

  it('reads a cited number whose hyphen the line break took (qd-40: "856/QĐ-" / "TTg ngày 10/7/2019" printed "856/QĐTTg")', () => {
    const doc = read('qd-40-qd-bhxh-2023.txt');
    expect(doc.citations.find((c) => c.number === '856/QĐ-TTg')).toMatchObject({ date: '2019-07-10' });
    expect(doc.document).toMatchObject({ number: '40/QĐ-BHXH', date: '2023-01-18', signature: { title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh' } });
  });
});

describe('plain pdftotext: task tables printed a block per cell', () => {
  it('marks where the blocks begin, in plain pdftotext text only', () => {
    const tree = textToTree(readFileSync(new URL('../fixtures/plain/phu-luc-kiem-soat-tthc-2024.txt', import.meta.url), 'utf8'));
    const lines = tree.children.filter((b) => b.type === 'line');
    // "CNTT, CSXH, CSYT," / "TST, TCKT, PC": one block (row 2.3's partners), opened by its first line
    const at = lines.findIndex((l) => l.value === 'CNTT, CSXH, CSYT,');
    expect(lines[at]!.data?.blockStart).toBe(true);
    expect(lines[at + 1]!.value).toBe('TST, TCKT, PC');
    expect(lines[at + 1]!.data?.blockStart).toBeUndefined();
    // scraped text (no form feeds) carries no marks
    const scraped = textToTree(readFileSync(new URL('../fixtures/qd-40-qd-bhxh-2023.txt', import.meta.url), 'utf8'));
    expect(scraped.children.some((b) => b.type === 'line' && b.data?.blockStart)).toBe(false);
  });

  it('reads the header\'s cells printed after the first row, and a row whose blocks are its cells (phu-luc 2.3)', () => {
    const doc = read('phu-luc-kiem-soat-tthc-2024.txt');
    const table = doc.appendices[0]!;
    // printed "STT" / "Nội dung công việc" / "1" / … / "1.1" / … / "Đơn vị chủ trì" / "Đơn vị phối hợp" / "Thời gian thực" "hiện" / "Sản phẩm"
    expect(table.columns).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
    const row = table.rows.find((r) => r.stt === '2.3')!;
    expect(row.task).toMatch(/^Rà soát, chuẩn hóa tờ khai, biểu mẫu; tái cấu trúc quy trình đối với các DVC trực tuyến/u);
    expect(row.task).toMatch(/nâng cao chất lượng giải quyết TTHC$/u);
    expect(row.lead.map((u) => u.text)).toEqual(['Văn phòng']);
    expect(row.partners.map((u) => u.text)).toEqual(['CNTT', 'CSXH', 'CSYT', 'TST', 'TCKT', 'PC']);
    expect(row.timeText).toBe('Năm 2024');
    expect(row.product).toBe('Báo cáo kết quả rà soát TTHC');
  });

  it('reads no row whose cells were printed apart from it, and says so (qd-40: the lead, partner and time cells of page 5 printed after its four rows)', () => {
    const doc = read('qd-40-qd-bhxh-2023.txt');
    expect(doc.appendices[0]!.columns).toEqual(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    // page 5 prints "4" / its task / "Ban Quản lý Thu - Sổ, Thẻ" / "BHXH tỉnh, thành phố;" "Các đơn vị liên quan" / "Năm 2023" / "Thường xuyên":
    // the cells of rows 1-4 at once; no row is guessed from them
    expect(doc.appendices[0]!.rows).toEqual([]);
    const unplaced = doc.diagnostics.filter((d) => d.code === 'row-unplaced');
    expect(unplaced.length).toBeGreaterThan(10);
    expect(unplaced.every((d) => d.severity === 'warning')).toBe(true);
    expect(unplaced.some((d) => d.message.includes('row 4 holds 5 blocks of text for 4 columns'))).toBe(true);
  });

  it('joins the rest of a cell a page break cut to the row\'s tallest cell (qd-1177 4.2: the product cell goes on under page 12\'s header)', () => {
    const doc = read('qd-1177-qd-bhxh-2023.txt');
    const table = doc.appendices[0]!;
    expect(table.columns).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
    const first = table.rows.find((r) => r.stt === '4.1')!;
    expect(first).toMatchObject({ timeText: 'Năm 2023 và các năm tiếp theo.' });
    expect(first.task).toBe('Nghiên cứu, đánh giá kiện toàn về mô hình tổ chức, tuyển dụng và bố trí nhân sự phù hợp với yêu cầu chuyển đổi số và thực hiện Đề án 06.');
    expect(first.lead.map((u) => u.text)).toEqual(['Vụ Tổ chức cán bộ']);
    expect(first.partners.map((u) => u.text)).toEqual(['Các đơn vị', 'BHXH các tỉnh']);
    const cut = table.rows.find((r) => r.stt === '4.2')!;
    expect(cut.product).toMatch(/^Phấn đấu đến hết năm 2024: 100% công chức/u);
    // "… tập trung đào tạo lực lượng chuyên gia" | page 12: "Sản phẩm" "chuyên sâu về phân tích, …, AI."
    expect(cut.product).toMatch(/lực lượng chuyên gia chuyên sâu về phân tích, khai phá dữ liệu sử dụng các công nghệ BigData, AI\.$/u);
    expect(cut.timeText).toBe('Năm 2024 và các năm tiếp theo.');
    // every row read is one of the document's: none is made of another row's cells
    expect(table.rows.map((r) => r.stt)).toEqual(['4.1', '4.2', '5.4', '6.1', '6.2', '7.1']);
  });
});
