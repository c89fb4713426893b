import { describe, expect, it } from 'vitest';
import type { OcrLine, OcrResult } from './ocr-engine.js';
import { readingOrder, rowsOf, splitLine } from './ocr-layout.js';

const H = 30;
/** A line of words at `top`, each word [text, x0]; words 12 px per letter wide. */
function line(top: number, words: Array<[string, number]>): OcrLine {
  return { baseline: top + H - 6, words: words.map(([text, x0]) => ({ text, x0, x1: x0 + 12 * text.length, y0: top, y1: top + H, confidence: 90 })) };
}
/** The words of a phrase from x0 on, one space (12 px) apart. */
function phrase(text: string, x0: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let x = x0;
  for (const w of text.split(' ')) {
    out.push([w, x]);
    x += 12 * w.length + 12;
  }
  return out;
}
const page = (lines: OcrLine[]): OcrResult => ({ width: 1240, height: 1754, lines, tables: [], confidence: 90 });
const texts = (p: OcrResult) => readingOrder(p).map((s) => s.text);

describe('splitLine', () => {
  it('cuts a line where the gap is far wider than a word space, and only there', () => {
    const l = line(100, [...phrase('Số: 40/QĐ-BHXH', 150), ...phrase('Hà Nội, ngày 18 tháng 01 năm 2023', 600)]);
    expect(splitLine(l).map((s) => s.text)).toEqual(['Số: 40/QĐ-BHXH', 'Hà Nội, ngày 18 tháng 01 năm 2023']);
    expect(splitLine(line(200, phrase('Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020', 150))).length).toBe(1);
  });
});

describe('rowsOf', () => {
  it('puts the pieces of two columns that tesseract read as separate lines into one row', () => {
    const rows = rowsOf([...splitLine(line(100, phrase('CỘNG HÒA XÃ HỘI', 600))), ...splitLine(line(102, phrase('BẢO HIỂM', 150)))]);
    expect(rows.map((r) => r.map((s) => s.text))).toEqual([['BẢO HIỂM', 'CỘNG HÒA XÃ HỘI']]);
  });
});

describe('readingOrder', () => {
  const header = [
    line(100, [...phrase('BẢO HIỂM XÃ HỘI', 170), ...phrase('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 560)]),
    line(140, [...phrase('VIỆT NAM', 210), ...phrase('Độc lập - Tự do - Hạnh phúc', 640)]),
    line(200, [...phrase('Số: 40/QĐ-BHXH', 170), ...phrase('Hà Nội, ngày 18 tháng 01 năm 2023', 600)]),
    line(250, phrase('QUYẾT ĐỊNH', 560)),
    line(300, phrase('Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định', 150)),
  ];
  it('reads a two-column header column by column, then the centred title and the body', () => {
    expect(texts(page(header))).toEqual([
      'BẢO HIỂM XÃ HỘI',
      'VIỆT NAM',
      'Số: 40/QĐ-BHXH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 18 tháng 01 năm 2023',
      'QUYẾT ĐỊNH',
      'Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định',
    ]);
  });
  it('reads the closing: the recipients, then the signature', () => {
    const closing = [
      line(300, phrase('Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định', 150)),
      line(1300, [...phrase('Nơi nhận:', 150), ...phrase('TỔNG GIÁM ĐỐC', 800)]),
      line(1340, [...phrase('- Như Điều 2;', 150), ...phrase('Nguyễn Thế Mạnh', 790)]),
      line(1380, phrase('- Lưu: VT, KHĐT.', 150)),
    ];
    expect(texts(page(closing))).toEqual(['Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định', 'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT, KHĐT.', 'TỔNG GIÁM ĐỐC', 'Nguyễn Thế Mạnh']);
  });
  it('keeps a row of three cells (a table) in its order', () => {
    const table = [line(300, phrase('Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định', 150)), line(400, [...phrase('STT', 150), ...phrase('Nội dung', 400), ...phrase('Thời gian', 900)])];
    expect(texts(page(table)).slice(1)).toEqual(['STT', 'Nội dung', 'Thời gian']);
  });
});

describe('splitLine on a justified line', () => {
  it('keeps a line whose few words are spread evenly wide in one piece', () => {
    const words: Array<[string, number]> = [['Luật', 150], ['BHXH,', 280], ['Luật', 450], ['BHYT,', 580], ['Luật', 750], ['Việc', 880], ['làm,', 1010]];
    expect(splitLine(line(300, words))).toHaveLength(1);
  });
});

describe('a number and sign as read', () => {
  it('joins a sign broken after its hyphen and reads its same-shape lower-case letters as capitals', () => {
    const l = line(100, [['Nghị', 150], ['định', 210], ['số', 270], ['89/2020/NĐ-', 310], ['cP', 450], ['ngày', 490]]);
    expect(splitLine(l).map((s) => s.text)).toEqual(['Nghị định số 89/2020/NĐ-CP ngày']);
    // a code's own lower case stays (TTg), and words around a spaced hyphen keep their spaces
    expect(splitLine(line(200, phrase('Quyết định số 856/QĐ-TTg ngày', 150))).map((s) => s.text)).toEqual(['Quyết định số 856/QĐ-TTg ngày']);
    expect(splitLine(line(300, phrase('Ban Quản lý Thu - Sổ, Thẻ', 150))).map((s) => s.text)).toEqual(['Ban Quản lý Thu - Sổ, Thẻ']);
  });
});

describe('specks read as marks', () => {
  it('a lone opening quote or equals sign after a cell’s last word is dropped; a closing one kept', () => {
    expect(splitLine(line(100, [['STT', 150], ['“', 200]])).map((s) => s.text)).toEqual(['STT']);
    expect(splitLine(line(100, [['TT', 150], ['=', 190]])).map((s) => s.text)).toEqual(['TT']);
    expect(splitLine(line(100, [['“Giải', 150], ['quyết”', 220]])).map((s) => s.text)).toEqual(['“Giải quyết”']);
    expect(splitLine(line(100, [['Vụ', 150], ['Tài', 190], ['chính', 240], ['-', 320]])).map((s) => s.text)).toEqual(['Vụ Tài chính -']);
  });
});

describe('pieces of specks', () => {
  it('a piece of marks alone is dropped; a lone dash and a dotted blank are kept', () => {
    const l = line(100, [['-_', 150], ['><~', 180], ['Kết', 400], ['nối', 450]]);
    expect(splitLine(l).map((s) => s.text)).toEqual(['Kết nối']);
    expect(splitLine(line(100, [['ˆ', 150]]))).toEqual([]);
    expect(splitLine(line(100, [['-', 150]])).map((s) => s.text)).toEqual(['-']);
    expect(splitLine(line(100, [['……', 150]])).map((s) => s.text)).toEqual(['……']);
  });
});

describe('a rule’s stroke stuck to a word', () => {
  it('is cut off, and the word placed where its letters are (right of the rule)', () => {
    const [segment] = splitLine(line(100, [['_|chữa', 150], ['bệnh', 240]]));
    expect(segment!.text).toBe('chữa bệnh');
    expect(segment!.x0).toBe(150 + 2 * 12);
  });
});
