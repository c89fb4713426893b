import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../errors.js';
import { blockLines, cellText, type TableNode } from '../tree.js';
import { docxToBlocks, printNotes } from './docx.js';
import type { Note } from './notes.js';
import { testDocx, testZip } from './test-docx.js';
import { zipEntrySizes } from './zip-sizes.js';

/** A Word document's lines, a table's cells' lines in reading order. */
const docxToLines = async (input: Uint8Array, options: Parameters<typeof docxToBlocks>[1]) => (await docxToBlocks(input, options)).flatMap(blockLines);

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

describe('docxToBlocks', () => {
  it('reads a Word document: a table node with its merged cells as spans, footnotes as lines', async () => {
    const blocks = await docxToBlocks(readFileSync(new URL('docx/phu-luc-kiem-soat-tthc-2024.docx', FIXTURES)), { file: 'p.docx' });
    const tables = blocks.filter((b): b is TableNode => b.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.children[0]!.children.map(cellText)).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
    // 1.1 has two assignments: its STT and task cells span both rows, each row has a lead unit of its own
    const r11 = table.children.findIndex((row) => cellText(row.children[0]!) === '1.1');
    const [stt, task] = table.children[r11]!.children;
    expect([stt!.rowSpan, task!.rowSpan]).toEqual([2, 2]);
    // (how the spans are read as a grid, each row with its lead unit: test/grid-sources.test.ts)
    expect(blocks.some((b) => b.type === 'line' && b.value.startsWith('¹ Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg'))).toBe(true);
    // places are the lines of the extracted text, a table's cells' lines numbered in reading order
    const lines = blocks.flatMap(blockLines);
    expect(lines.map((l) => l.position.start.line)).toEqual(lines.map((_, i) => i + 1));
  });
  it('calls a damaged Word file a typed error', async () => {
    const bad = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, ...new TextEncoder().encode('word/document.xml')]);
    const error = await docxToBlocks(bad, { file: 'bad.docx' }).catch((e: unknown) => e);
    expect(isVanbanError(error) && error.code).toBe('invalid-docx');
    expect((error as Error).message).toContain('bad.docx');
  });
});

describe('docxToLines and the size of a Word document', () => {
  const paragraphs = ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Số: 12/QĐ-BHXH', 'QUYẾT ĐỊNH', 'Về việc ban hành kế hoạch'];
  it('reads a small generated document (the writer of this test is right)', async () => {
    const lines = await docxToLines(testDocx(paragraphs), { file: 'small.docx', maxXmlBytes: 1024 * 1024 });
    expect(lines.map((l) => l.value)).toEqual(paragraphs);
  });
  it('refuses a document whose XML expands past the limit, from the sizes its zip declares, before inflating it', async () => {
    const bomb = testDocx(paragraphs, 2_000_000); // 12 MB of XML in a zip of a few KB
    expect(bomb.length).toBeLessThan(100_000);
    expect(zipEntrySizes(bomb)!.find((e) => e.name === 'word/document.xml')!.size).toBeGreaterThan(12_000_000);
    const error = await docxToLines(bomb, { file: 'bomb.docx', maxXmlBytes: 4 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(isVanbanError(error) && error.code).toBe('too-large');
    expect((error as Error).message).toMatch(/bomb\.docx: .*XML takes \d+ bytes once decompressed/);
  });
  it('hands mammoth\'s messages on', async () => {
    const notes: Note[] = [];
    // a paragraph style the document does not define: mammoth says it ignored it
    const xml = testZip([
      { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
      { name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Kieu1"/></w:pPr><w:r><w:t>QUYẾT ĐỊNH</w:t></w:r></w:p></w:body></w:document>') },
    ]);
    await docxToLines(xml, { file: 'styled.docx', notes });
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatchObject({ ruleId: 'docx-reader', severity: 'info' }); // a style: no text lost
    expect((notes[0] as { message: string }).message).toMatch(/mammoth.*Kieu1/);
  });
});
