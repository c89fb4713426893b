import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../errors.js';
import { pdfToLines } from './pdf.js';
import { testPdf, textPdf } from './test-pdf.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const failure = (input: Uint8Array, file: string) => pdfToLines(input, { file, ocr: 'off' }).then(() => null, (e: unknown) => e);

describe('pdfToLines', () => {
  it('reads the text layer of a page', async () => {
    expect((await pdfToLines(textPdf('Dieu 1. Noi dung (thu)'))).map((l) => l.value)).toEqual(['Dieu 1. Noi dung (thu)']);
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
  it('drops page numbers and repeated table headers, joins rows split by a page break, keeps footnotes', async () => {
    const lines = await pdfToLines(readFileSync(new URL('pdf/phu-luc-kiem-soat-tthc-2024.pdf', FIXTURES)));
    const values = lines.map((l) => l.value);
    expect(values.filter((v) => /^\d{1,3}$/u.test(v))).toEqual([]);
    expect(values.filter((v) => /Trang \d/u.test(v))).toEqual([]);
    expect(values.filter((v) => v.startsWith('STT\t'))).toHaveLength(1);
    expect(values.filter((v) => v.startsWith('¹ ') || v.startsWith('² '))).toHaveLength(2);
    const rows = lines.filter((l) => l.cells);
    expect(rows.every((r) => r.cells!.length === 6)).toBe(true);
    // a row the page break split is one row: no row without STT continues a task mid-sentence
    expect(rows.filter((r) => r.cells![0] === '' && /^\p{Ll}\p{L}/u.test(r.cells![1]!))).toEqual([]);
    expect(lines.map((l) => l.position.start.line)).toEqual(lines.map((_, i) => i + 1));
  });
});
