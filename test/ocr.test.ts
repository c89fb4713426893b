/**
 * OCR of scans, on real generated inputs and real scans: a seed PDF rendered, turned, noised and
 * JPEG-compressed (fixtures/scan/, made by scripts/make-scan-fixtures.mjs) gives the facts of its
 * text; a two-page TIFF gives two pages in order with a two-column header read column by column;
 * the real scans of ../shared/corpus/scans give what can be read on them; a page shaken in the scan
 * gets the low-confidence warning; a re-typeset task table scanned over a page break keeps its merged
 * cells. One OCR worker for the file, 29 pages read in all (CI's time).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Decision, isVanbanError, parse, parseAsync, terminateOcr } from '../src/index.js';
import { imageToDocument } from '../src/sources/ocr.js';
import { testPdf } from '../src/sources/test-pdf.js';
import type { LineNode } from '../src/tree.js';
import { FIXTURES, ids, parsed } from './fixtures.js';

const SCANS = new URL('../../shared/corpus/scans/', import.meta.url).pathname;
const hasScans = existsSync(SCANS);
if (!hasScans) console.warn(`test/ocr.test.ts: ${SCANS} is absent: the real scans' checks are skipped`);
const OCR_TIME = 240_000;

afterAll(() => terminateOcr());

const pageOf = (l: LineNode) => (l.data as { page?: number } | undefined)?.page;
const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The facts a document keeps whatever form it comes in (as test/formats.test.ts compares them). */
function facts(doc: Decision): Record<string, unknown> {
  const d = doc.document;
  return {
    number: d.number,
    date: d.date,
    kind: d.kind,
    subject: d.subject,
    issuer: d.issuer,
    place: d.place,
    signer: d.signature.name,
    signerTitle: d.signature.title,
    addressees: d.addressees,
    archive: d.archive,
    articles: d.articles.length,
    sections: doc.sections.map((s) => s.label),
    ...Object.fromEntries(d.recipients.map((r, i) => [`recipient ${i}`, r])),
    ...Object.fromEntries(doc.citations.map((c) => [`citation ${c.id}`, c.date])),
    ...Object.fromEntries(doc.appendices.flatMap((a) => a.rows.map((r, i) => [`row ${i}`, [r.stt, ids(r.lead)]]))),
  };
}

describe('a scanned seed: a PDF of page images, turned, noised and JPEG-compressed', () => {
  it(
    'gives at least 90% of the facts of its text, and says how its pages were read',
    async () => {
      const name = 'cv-09-bhxh-tdkt-2023.pdf';
      const doc = await parseAsync(readFileSync(new URL(`scan/${name}`, FIXTURES)), { name });
      expect(() => Decision.parse(JSON.parse(JSON.stringify(doc)))).not.toThrow();
      expect(doc.source.format).toBe('pdf');
      expect(doc.source.ocr?.engine).toMatch(/^tesseract\.js/u);
      expect(doc.source.ocr?.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
      for (const p of doc.source.ocr!.pages) expect(p.confidence).toBeGreaterThan(70);
      const want = facts(parsed('cv-09-bhxh-tdkt-2023.txt'));
      const got = facts(doc);
      const same = Object.keys(want).filter((k) => JSON.stringify(got[k]) === JSON.stringify(want[k]));
      expect(same.length / Object.keys(want).length).toBeGreaterThanOrEqual(0.9);
      for (const k of ['number', 'date', 'kind', 'issuer', 'place', 'signer']) expect(got[k]).toEqual(want[k]);
    },
    OCR_TIME,
  );
});

describe('a page shaken in the scan (motion blur, heavy noise)', () => {
  it(
    'is read, with a low-confidence warning at its first line that names it; the sharp page has none',
    async () => {
      const name = 'cv-09-bhxh-tdkt-2023-shaken.pdf';
      const doc = await parseAsync(readFileSync(new URL(`scan/${name}`, FIXTURES)), { name });
      const [sharp, shaken] = doc.source.ocr!.pages;
      expect(sharp!.confidence).toBeGreaterThanOrEqual(70);
      expect(shaken!.confidence).toBeLessThan(70);
      const warnings = doc.diagnostics.filter((d) => d.code === 'ocr-low-confidence');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.severity).toBe('warning');
      expect(warnings[0]!.message).toMatch(/^page 2 was read by OCR with a mean confidence of \d+%/u);
      // its place is the shaken page's first line, after the lines of the sharp page (from line 1)
      expect(warnings[0]!.line).toBeGreaterThan(1);
      // the sharp page still gives its facts
      expect(doc.document.number).toBe('09/BHXH-TĐKT');
    },
    OCR_TIME,
  );
});

describe('a two-page TIFF (black and white, Group 4)', () => {
  it(
    'gives both pages in order, each line with its page, and the header column by column',
    async () => {
      const { tree, ocr } = await imageToDocument(new Uint8Array(readFileSync(new URL('scan/cv-09-bhxh-tdkt-2023-p1-2.tiff', FIXTURES))), { file: 'scan.tiff' });
      const lines = tree.children as LineNode[];
      expect(ocr.pages.map((p) => p.page)).toEqual([1, 2]);
      const pages = lines.map(pageOf);
      expect(pages[0]).toBe(1);
      expect(pages[pages.length - 1]).toBe(2);
      expect(pages).toEqual([...pages].sort());
      expect(lines.map((l) => l.position.start.line)).toEqual(lines.map((_, i) => i + 1));
      const text = lines.map((l) => fold(l.value));
      const at = (s: string) => text.findIndex((t) => t.includes(s));
      // issuer | motto, then number and subject | place-date: each left cell before its right one,
      // never one line of both
      expect(text.some((t) => t.includes('BẢO HIỂM XÃ HỘI') && t.includes('CỘNG HÒA'))).toBe(false);
      expect(text.some((t) => t.includes('09/BHXH-TĐKT') && t.includes('Hà Nội'))).toBe(false);
      // (the issuer's name broken over two lines, as printed: "BẢO HIỂM XÃ HỘI VIỆT" / "NAM")
      expect(at('BẢO HIỂM XÃ HỘI')).toBe(0);
      expect(at('BẢO HIỂM XÃ HỘI')).toBeLessThan(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
      expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(at('Độc lập - Tự do - Hạnh phúc'));
      expect(at('Độc lập - Tự do - Hạnh phúc')).toBeLessThan(at('Số: 09/BHXH-TĐKT'));
      expect(at('Số: 09/BHXH-TĐKT')).toBeLessThan(at('V/v phát động PTTĐ'));
      expect(at('V/v phát động PTTĐ')).toBeLessThan(at('Hà Nội, ngày 04 tháng 01 năm 2023'));
    },
    OCR_TIME,
  );
});

describe('scans that cannot be read, or are not to be', () => {
  it('parse() says a page image needs parseAsync()', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    let code: unknown = null;
    try {
      parse(png, { name: 'page.png' });
    } catch (error) {
      code = isVanbanError(error) && error.code;
    }
    expect(code).toBe('async-required');
  });
  it('a damaged image is invalid-image; a scan with OCR off is scanned-pdf, naming the file', async () => {
    const failure = (bytes: Uint8Array, name: string, ocr?: 'off') => parseAsync(bytes, { name, ocr }).then(() => null, (e: unknown) => e);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const broken = await failure(png, 'broken.png');
    expect(isVanbanError(broken) && broken.code).toBe('invalid-image');
    expect((broken as Error).message).toContain('broken.png');
    const off = await failure(readFileSync(new URL('scan/cv-09-bhxh-tdkt-2023.pdf', FIXTURES)), 'scan.pdf', 'off');
    expect(isVanbanError(off) && off.code).toBe('scanned-pdf');
    expect((off as Error).message).toMatch(/scan\.pdf: .*no text layer.*turned off/u);
  });
  it(
    'a page of drawings only is scanned-pdf: OCR found no text on it',
    async () => {
      const error = await parseAsync(testPdf(), { name: 'drawing.pdf' }).then(() => null, (e: unknown) => e);
      expect(isVanbanError(error) && error.code).toBe('scanned-pdf');
      expect((error as Error).message).toMatch(/OCR found no text/u);
    },
    OCR_TIME,
  );
});

describe.skipIf(!hasScans)('real scans (../shared/corpus/scans)', () => {
  it(
    'a page scan of a decision’s appendix: issuer, title, the table’s header cells and prices',
    async () => {
      const name = 'qd-3467-qd-byt-2024-page-3.png';
      const doc = await parseAsync(readFileSync(join(SCANS, name)), { name });
      expect(doc.source.format).toBe('image');
      expect(doc.source.ocr?.pages).toHaveLength(1);
      const text = fold(doc.text);
      for (const s of ['BỘ Y TẾ', 'Phụ lục I', 'GIÁ DỊCH VỤ KHÁM BỆNH', 'Đơn vị: đồng', 'Giá Khám bệnh', '52.600', '200.000']) expect(text).toContain(s);
      expect(doc.appendices[0]?.columns.slice(0, 3)).toEqual(['STT', 'Danh mục dịch vụ', 'Mức giá']);
    },
    OCR_TIME,
  );
  it(
    'a page scan of the appendix’s table going on: its header cells and two rows, each cell in its column',
    async () => {
      const name = 'qd-3467-qd-byt-2024-page-51.png';
      const doc = await parseAsync(readFileSync(join(SCANS, name)), { name });
      const rows = doc.text.split('\n').map((l) => l.split('\t').map(fold));
      const header = rows.find((r) => r.includes('STT'))!;
      for (const cell of ['STT', 'Mã tương đương', 'Mức giá', 'Ghi chú']) expect(header).toContain(cell);
      expect(header.some((c) => c.startsWith('Tên danh mục kỹ thuật theo Thông tư 23/2024/TT-BYT'))).toBe(true);
      const row = (stt: string) => rows.find((r) => r[0] === stt)!;
      expect(row('405').slice(1, 5)).toEqual(['03.2306.0054', 'Đặt stent phình động mạch chủ', 'Đặt stent phình động mạch chủ', '7.118.100']);
      expect(row('406').slice(0, 2)).toEqual(['406', '03.2279.0054']);
      expect(row('406')[4]).toBe('7.118.100');
    },
    OCR_TIME,
  );
  it(
    'the scanned hospital procedure is read whole as one document: title page, sections, steps table, forms',
    async () => {
      const name = 'qtql-kh-5-2-quy-trinh-kcb-bhyt-scan.pdf';
      const doc = await parseAsync(readFileSync(join(SCANS, name)), { name });
      expect(doc.source.ocr?.pages.map((p) => p.page)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      // its form annex's motto on page 13 heads a form inside the procedure, not the document
      expect(doc.diagnostics.filter((d) => d.code === 'outside-document')).toEqual([]);
      const lines = doc.text.split('\n').map(fold);
      // the title page: the ministry over the hospital, the title, the code
      expect(lines.indexOf('BỘ Y TẾ')).toBeGreaterThanOrEqual(0);
      expect(lines.indexOf('BỘ Y TẾ')).toBeLessThan(lines.indexOf('BỆNH VIỆN NHI TRUNG ƯƠNG'));
      const title = lines.findIndex((l) => /^QUY TRÌNH KHÁM, CHỮA BỆNH BẢO HI.M Y TẾ$/u.test(l));
      expect(title).toBeGreaterThan(lines.indexOf('BỆNH VIỆN NHI TRUNG ƯƠNG'));
      expect(lines[title + 1]).toBe('TẠI BỆNH VIỆN NHI TRUNG ƯƠNG');
      expect(lines[title + 2]).toBe('QTQL.KH.5.2');
      // the title page's approval table, its header cells in a row
      const approval = doc.text.split('\n').find((l) => l.includes('Họ tên'))!.split('\t').map(fold);
      for (const cell of ['Họ tên', 'Chức vụ']) expect(approval).toContain(cell);
      for (const cell of ['Soạn thảo', 'Xem xét']) expect(lines.some((l) => l.startsWith(cell))).toBe(true);
      // its numbered parts, in order
      const parts = ['MỤC ĐÍCH', 'PHẠM VI ÁP DỤNG', 'TRÁCH NHIỆM'].map((p) => lines.findIndex((l) => l.endsWith(p)));
      expect(parts.every((p, i) => p > title && (i === 0 || p > parts[i - 1]!))).toBe(true);
      // the steps table's header row, printed again on the pages it goes on over
      const steps = doc.text.split('\n').filter((l) => l.split('\t').map(fold).join('|') === 'Bước/Lưu đồ|Mô tả|Trách nhiệm');
      expect(steps.length).toBeGreaterThanOrEqual(2);
      // its four appendices, each printed "PHỤ LỤC 0n: TITLE" on one line (02's title wrapped after a comma),
      // the forms' own motto no part of a title
      expect(doc.appendices.map((a) => a.label)).toEqual(['PHỤ LỤC 01', 'PHỤ LỤC 02', 'PHỤ LỤC 03', 'PHỤ LỤC 04']);
      expect(doc.appendices[1]!.title).toMatch(/^MẪU PHIẾU CHUY.N TUYẾN CƠ SỞ KHÁM BỆNH, CHỮA BỆNH BẢO HI.M Y TẾ$/u);
      expect(doc.appendices[2]!.title).toBe('MẪU PHIẾU HẸN KHÁM LẠI');
      expect(doc.appendices[1]!.issuedWith).toMatch(/^\(Ban hành kèm theo Thông tư số 01\/2025\/TT-BYT/u);
      for (const a of doc.appendices) expect(a.title).not.toMatch(/CỘNG HÒA XÃ HỘI/u);
    },
    OCR_TIME,
  );
});

describe('a scanned task table under its header printed again (pages 18–19 of a re-typeset 2629/QĐ-TTg)', () => {
  it(
    'takes the header printed again as a page break, though OCR lost a name of the first page, and the merged cells go on',
    async () => {
      // fixtures/scan/2629-qd-ttg-p18-19.pdf (make-scan-fixtures.mjs --excerpt): page 18 ends at row 20
      // under cells merged over rows 17–21 ("Bộ Công an", "Các bộ, ngành, địa phương", "Năm 2025-2026",
      // "Hoàn thành, khai thác sử dụng"); page 19 prints the header again with "TT", which the scan of
      // page 18 left unread, then row 21 under those merged cells
      const { pdfToTree } = await import('../src/sources/pdf.js');
      const { readTaskTables } = await import('../src/recognise/tables/task-table.js');
      const tree = await pdfToTree(new Uint8Array(readFileSync(new URL('scan/2629-qd-ttg-p18-19.pdf', FIXTURES))));
      const rows = readTaskTables(tree.children).tables.flatMap((t) => t.items.flatMap((i) => ('row' in i ? [i.row] : [])));
      const row = (stt: string) => rows.find((r) => r.stt === stt)!;
      expect(rows.map((r) => r.stt)).not.toContain('TT');
      for (const stt of ['20', '21']) {
        expect(row(stt).cells).toMatchObject({ lead: 'Bộ Công an', partners: 'Các bộ, ngành, địa phương', timeframe: 'Năm 2025-2026', product: 'Hoàn thành, khai thác sử dụng' });
      }
    },
    OCR_TIME,
  );
});
