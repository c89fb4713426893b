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

  it('leaves scraped text, whose continuation lines are indented a space or two, as it was', () => {
    const scraped = parse(readFileSync(new URL('../fixtures/qd-40-qd-bhxh-2023.txt', import.meta.url)), { name: 'qd-40.txt' });
    expect(scraped.appendices[0]!.rows).toHaveLength(42);
  });
});
