import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../errors.js';
import { docxToLines, printNotes } from './docx.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

describe('printNotes', () => {
  it('turns mammoth footnotes into superscript references and numbered note paragraphs', () => {
    const html = printNotes(
      '<p>Việc<sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup>.</p><ol><li id="footnote-2"><p>Ghi chú một. <a href="#footnote-ref-2">↑</a></p></li></ol>',
    );
    expect(html).toContain('[1]</a></sup>');
    expect(html).toContain('<p>¹ Ghi chú một. </p>');
    expect(html).not.toContain('<ol>');
    expect(html).not.toContain('↑');
  });
});

describe('docxToLines', () => {
  it('reads a Word document: header block cell by cell, table rows with merged cells, footnotes', async () => {
    const lines = await docxToLines(readFileSync(new URL('docx/phu-luc-kiem-soat-tthc-2024.docx', FIXTURES)), { file: 'p.docx' });
    const rows = lines.filter((l) => l.cells);
    expect(rows[0]!.cells).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
    // 1.1 has two assignments: its STT and task cells span both rows
    const r11 = rows.filter((l) => l.cells![0] === '1.1');
    expect(r11.map((l) => l.cells![2])).toEqual(['Văn phòng', 'BHXH các tỉnh, thành phố']);
    expect(lines.some((l) => l.value.startsWith('¹ Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg'))).toBe(true);
    // places are the lines of the extracted text
    expect(lines.map((l) => l.position.start.line)).toEqual(lines.map((_, i) => i + 1));
  });
  it('calls a damaged Word file a typed error', async () => {
    const bad = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, ...new TextEncoder().encode('word/document.xml')]);
    const error = await docxToLines(bad, { file: 'bad.docx' }).catch((e: unknown) => e);
    expect(isVanbanError(error) && error.code).toBe('invalid-docx');
    expect((error as Error).message).toContain('bad.docx');
  });
});
