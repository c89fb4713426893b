import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { textToTree } from '../sources/text.js';
import { type BlockNode, type TableNode } from '../tree.js';
import { normalizeBlocks } from './index.js';
import { splitLetters } from './split-letters.js';
import { linesOf, values } from './test-lines.js';

const cleaned = (text: string): BlockNode[] => normalizeBlocks(textToTree(text).children, new VFile(), [splitLetters]);
/** Each cell's lines, row by row. */
const cellLines = (table: TableNode) => table.children.map((row) => row.children.map((cell) => values(cell.children)));

describe('splitLetters', () => {
  it('puts a letter back inside its word (cv-09)', () => {
    expect(values(splitLetters(linesOf('quyết Đại hội đại bi', 'ể', 'u toàn quốc lần thứ XIII')))).toEqual(['quyết Đại hội đại biểu toàn quốc lần thứ XIII']);
    expect(values(splitLetters(linesOf('lao động làm việc trong H', 'ợ', 'p tác xã.')))).toEqual(['lao động làm việc trong Hợp tác xã.']);
  });
  it('ends a word with the letter and starts the next line as a new word', () => {
    expect(values(splitLetters(linesOf('những điều đó s', 'ẽ', 'tác động ảnh hưởng')))).toEqual(['những điều đó sẽ tác động ảnh hưởng']);
    expect(values(splitLetters(linesOf('của Đảng, Ch', 'ỉ', 'thị số 19/CT-TTg')))).toEqual(['của Đảng, Chỉ thị số 19/CT-TTg']);
    expect(values(splitLetters(linesOf('kinh tế tập th', 'ể', '.')))).toEqual(['kinh tế tập thể.']);
  });
  it('starts a word with the letter after a whole word', () => {
    expect(values(splitLetters(linesOf('ngày càng tăng ở', 'châu', 'Â', 'u có thể')))).toEqual(['ngày càng tăng ở', 'châu Âu có thể']);
  });
  it('completes an acronym', () => {
    expect(values(splitLetters(linesOf('- BHX', 'H', 'các tỉnh, thành phố')))).toEqual(['- BHXH các tỉnh, thành phố']);
  });
  it('leaves a lone capital that is a word or an STT alone', () => {
    expect(values(splitLetters(linesOf('Thời gian thực hiện', 'I', 'Tập trung tăng nhanh')))).toEqual(['Thời gian thực hiện', 'I', 'Tập trung tăng nhanh']);
    expect(values(splitLetters(linesOf('đúng quy định', 'a', 'Siết chặt kỷ cương')))).toEqual(['đúng quy định', 'a', 'Siết chặt kỷ cương']);
    expect(values(splitLetters(linesOf('Quý', 'I', '/2024')))).toEqual(['Quý', 'I', '/2024']);
  });
  it('never joins a letter across a table: a letter after a table row stays apart from its cells', () => {
    const [table, ...rest] = cleaned('bi\tc\nể\nTập');
    expect(table!.type).toBe('table');
    expect(cellLines(table as TableNode)).toEqual([[['bi'], ['c']]]);
    expect(rest.map((b) => b.type === 'line' && b.value)).toEqual(['ể', 'Tập']);
  });
  it('cleans each table cell on its own: a letter in a cell of its own is not put into the cell before', () => {
    // the same lines outside a table are one word put back together
    expect(values(splitLetters(linesOf('đại bi', 'ể', 'u toàn quốc')))).toEqual(['đại biểu toàn quốc']);
    const [table] = cleaned('|\nđại bi\n|\nể\n|\nu toàn quốc\n|');
    expect(table!.type).toBe('table');
    expect(cellLines(table as TableNode)).toEqual([[['đại bi'], ['ể'], ['u toàn quốc']]]);
    // inside one cell the letter is put back
    const [one] = cleaned('|\nđại bi\nể\nu toàn quốc\n|\nx\n|');
    expect(cellLines(one as TableNode)).toEqual([[['đại biểu toàn quốc'], ['x']]]);
  });
});
