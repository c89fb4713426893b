import { describe, expect, it } from 'vitest';
import { cellText, type TableNode } from '../tree.js';
import { pipesOf, readPipeGrid } from './pipe-grid.js';
import { rawLines } from './raw-lines.js';
import { textToTree } from './text.js';

/** The header block of a saved page (../shared/corpus/tables/192068354fd1ffe5.md, lines 1–20): a grid, a blank line, the type heading. */
const HEADER_BLOCK = [
  "|",
  "**ỦY BAN NHÂN",
  "DÂN**",
  "**TỈNH ĐỒNG THÁP**",
  "--------",
  "|",
  "**CỘNG HÒA XÃ",
  "HỘI CHỦ NGHĨA VIỆT NAM**",
  "Độc lập - Tự do - Hạnh phúc",
  "---------------",
  "|",
  "|",
  "Số: 552/KH-UBND",
  "|",
  "*Đồng Tháp,",
  "ngày 19 tháng 11 năm 2025*",
  "|",
  "",
  "",
  "**KẾ HOẠCH**",
].join('\n');

/** A heading row and the row under it in a saved page's task table (646f0a00d4174382.md, lines 1183–1201). */
const HEADING_ROW = [
  "|",
  "Giai đoạn 2026 - 2030",
  "|",
  "|",
  "**D.**",
  "|",
  "**BỘ KHOA HỌC VÀ CÔNG",
  "NGHỆ**",
  "|",
  "|",
  "|",
  "Bộ Khoa học và Công nghệ",
  "|",
  "- Bộ Nông nghiệp và Môi trường;",
  "- Bộ Công Thương;",
  "- Bộ Xây dựng;",
  "- Viện Hàn lâm Khoa học và Công nghệ Việt Nam;",
  "- Các trường đại học, viện nghiên cứu.",
  "|",
].join('\n');

/** Pipes opening a grid (646f0a00d4174382.md, lines 18–30). */
const OPENING = [
  "|",
  "|",
  "|",
  "|",
  "Đang tải văn bản...",
  "#",
  "**Số hiệu:**",
  "|",
  "2530/QĐ-TTg",
  "|",
  "|",
  "**Loại văn bản:**",
  "|",
].join('\n');

/** Each cell's lines, row by row. */
const cellLines = (table: TableNode) => table.children.map((row) => row.children.map((cell) => cell.children.map((l) => l.value)));

describe('pipesOf', () => {
  it('counts the separators a line is, and nothing else', () => {
    expect(['|', '||', ' | ', '|||', 'a | b', '| x', ''].map((text) => pipesOf({ text, line: 1, offset: 0 }))).toEqual([1, 2, 1, 3, 0, 0, 0]);
  });
});

describe('readPipeGrid', () => {
  it('reads a header block: a cell per line group between lone pipes, two pipes ending a row', () => {
    const { table, next } = readPipeGrid(rawLines(HEADER_BLOCK), 0);
    expect(table.data?.grid).toBe('pipes');
    expect(cellLines(table)).toEqual([
      [
        ['**ỦY BAN NHÂN', 'DÂN**', '**TỈNH ĐỒNG THÁP**', '--------'],
        ['**CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM**', 'Độc lập - Tự do - Hạnh phúc', '---------------'],
      ],
      [['Số: 552/KH-UBND'], ['*Đồng Tháp,', 'ngày 19 tháng 11 năm 2025*']],
    ]);
    // the grid ends at the pipe a blank line follows
    expect(next).toBe(17);
    expect(table.position.start.line).toBe(1);
    expect(table.position.end.line).toBe(17);
    const [number] = table.children[1]!.children;
    expect(number!.position.start.line).toBe(13);
  });
  it('ends the grid at a blank line after a pipe: the text after it is lines', () => {
    const blocks = textToTree(HEADER_BLOCK).children;
    expect(blocks.map((b) => b.type)).toEqual(['table', 'line']);
    expect(blocks[1]).toMatchObject({ type: 'line', value: '**KẾ HOẠCH**', position: { start: { line: 20 } } });
  });
  it('puts the empty cells of a run of three pipes or more at the end of the row before, marked as at a row break', () => {
    const { table } = readPipeGrid(rawLines(HEADING_ROW), 0);
    expect(table.children.map((row) => row.children.map((c) => (c.data?.atRowBreak ? '∅' : cellText(c))))).toEqual([
      ['Giai đoạn 2026 - 2030'],
      ['**D.**', '**BỘ KHOA HỌC VÀ CÔNG NGHỆ**', '∅'],
      ['Bộ Khoa học và Công nghệ', '- Bộ Nông nghiệp và Môi trường; - Bộ Công Thương; - Bộ Xây dựng; - Viện Hàn lâm Khoa học và Công nghệ Việt Nam; - Các trường đại học, viện nghiên cứu.'],
    ]);
    const empty = table.children[1]!.children[2]!;
    expect(empty.children).toEqual([]);
    // placed at the run of pipes it was printed in (lines 9–11)
    expect(empty.position.start.line).toBeGreaterThanOrEqual(9);
    expect(empty.position.start.line).toBeLessThanOrEqual(11);
    // a list in a cell keeps its lines
    expect(table.children[2]!.children[1]!.children).toHaveLength(5);
  });
  it('reads the pipes opening a grid beyond the first as empty cells opening its first row', () => {
    const { table } = readPipeGrid(rawLines(OPENING), 0);
    expect(table.children.map((row) => row.children.map((c) => (c.data?.atRowBreak ? '∅' : cellText(c))))).toEqual([
      ['', '', '', 'Đang tải văn bản... # **Số hiệu:**', '2530/QĐ-TTg'],
      ['**Loại văn bản:**'],
    ]);
  });
});
