import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../errors.js';
import { blockLines, cellText, type TableNode } from '../tree.js';
import { pdfToBlocks } from './pdf.js';
import { testPdf, textPdf } from './test-pdf.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const failure = (input: Uint8Array, file: string) => pdfToBlocks(input, { file, ocr: 'off' }).then(() => null, (e: unknown) => e);

describe('pdfToBlocks', () => {
  it('reads the text layer of a page', async () => {
    expect((await pdfToBlocks(textPdf('Dieu 1. Noi dung (thu)'))).map((l) => l.type === 'line' && l.value)).toEqual(['Dieu 1. Noi dung (thu)']);
  });
  it('says a PDF without a text layer (a scan) cannot be read with OCR off, naming the file', async () => {
    const error = await failure(testPdf(), 'scan.pdf');
    expect(isVanbanError(error) && error.code).toBe('scanned-pdf');
    expect((error as Error).message).toMatch(/scan\.pdf: .*no text layer.*OCR, which was turned off/u);
  });
  it('says a PDF that needs a password cannot be read', async () => {
    const error = await failure(testPdf({ encrypted: true }), 'locked.pdf');
    expect(isVanbanError(error) && error.code).toBe('encrypted-pdf');
    expect((error as Error).message).toContain('locked.pdf');
  });
  it('says a damaged or fake PDF is one', async () => {
    for (const bytes of [testPdf().slice(0, 120), new TextEncoder().encode('%PDF-1.4 not really')]) {
      const error = await failure(bytes, 'bad.pdf');
      expect(isVanbanError(error) && error.code).toBe('invalid-pdf');
    }
  });
  it('drops page numbers, keeps footnotes, and gives a table going on over pages as one table, each break marked', async () => {
    const blocks = await pdfToBlocks(readFileSync(new URL('pdf/phu-luc-kiem-soat-tthc-2024.pdf', FIXTURES)));
    const lines = blocks.flatMap(blockLines);
    // the lines outside the table (a page number prints there)
    const values = blocks.flatMap((b) => (b.type === 'line' ? [b.value] : []));
    expect(values.filter((v) => /^\d{1,3}$/u.test(v))).toEqual([]);
    expect(lines.filter((l) => /Trang \d/u.test(l.value))).toEqual([]);
    expect(blocks.filter((b) => b.type === 'line' && (b.value.startsWith('¹ ') || b.value.startsWith('² ')))).toHaveLength(2);
    const tables = blocks.filter((b): b is TableNode => b.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const header = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];
    // the header the pages print again is a row of the table, the first after its break
    const breaks = table.children.flatMap((row, r) => (row.data?.afterPageBreak ? [r] : []));
    expect(breaks.length).toBeGreaterThanOrEqual(4);
    expect(table.children.flatMap((row, r) => (row.children.map(cellText).join('\t') === header.join('\t') ? [r] : []))).toEqual([0, ...breaks]);
    expect(breaks.map((r) => table.children[r]!.data?.page)).toEqual(breaks.map((_, k) => k + 2));
    expect(lines.map((l) => l.position.start.line)).toEqual(lines.map((_, i) => i + 1));
  });
});

// Công báo prints of Government resolutions beside the repository (../shared/corpus/tables), as in CI.
const GAZETTE = new URL('../../../shared/corpus/tables/', import.meta.url);
const hasGazette = existsSync(new URL('nq-105-nq-cp-2026.pdf', GAZETTE));

describe.runIf(hasGazette)('pdfToBlocks on a gazette print (Word borders drawn as thin filled bars)', () => {
  it('gives Phụ lục I of 105/NQ-CP as one ruled table over its sixteen landscape pages, every header cell its own', async () => {
    const blocks = await pdfToBlocks(readFileSync(new URL('nq-105-nq-cp-2026.pdf', GAZETTE)));
    const tables = blocks.filter((b): b is TableNode => b.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const header = ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Cấp trình', 'Sản phẩm', 'Thời hạn hoàn thành'];
    const [first] = table.children;
    expect(first!.children.map(cellText)).toEqual(header);
    expect(first!.children.map((c) => c.colSpan)).toEqual(header.map(() => 1));
    // each later page goes on with the header printed again, the first row after its break
    const breaks = table.children.flatMap((row, r) => (row.data?.afterPageBreak ? [r] : []));
    expect(breaks.map((r) => table.children[r]!.data?.page)).toEqual(Array.from({ length: 15 }, (_, k) => k + 10));
    expect(breaks.every((r) => table.children[r]!.children.map(cellText).join('|') === header.join('|'))).toBe(true);
    // a section heading spans the six columns right of TT (every row read as the seven columns: test/grid-sources.test.ts)
    const heading = table.children.find((row) => cellText(row.children[0]!) === 'I')!;
    expect(heading.children.map((c) => c.colSpan)).toEqual([1, 6]);
  });
});
