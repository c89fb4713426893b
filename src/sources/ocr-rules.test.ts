import { describe, expect, it } from 'vitest';
import { findTables, footnoteSeparator, type InkImage } from './ocr-rules.js';

/** A white page with lines drawn as ink: [x0, y0, x1, y1, thickness], horizontal or vertical. */
function page(width: number, height: number, lines: Array<[number, number, number, number, number]>): InkImage {
  const ink = new Uint8Array(width * height);
  for (const [x0, y0, x1, y1, t] of lines) {
    for (let y = y0; y <= y1 + (y0 === y1 ? t - 1 : 0); y++) for (let x = x0; x <= x1 + (x0 === x1 ? t - 1 : 0); x++) ink[y * width + x] = 1;
  }
  return { width, height, ink };
}
const OPTIONS = { minHorizontal: 80, minVertical: 40 };

describe('findTables', () => {
  it('finds a ruled grid, with a cell spanning two columns where a rule stops', () => {
    const grid = page(600, 400, [
      [50, 50, 550, 50, 2],
      [50, 150, 550, 150, 2],
      [50, 250, 550, 250, 2],
      [50, 50, 50, 250, 2],
      [300, 50, 300, 150, 2], // the middle rule stops: the second row is one cell across
      [550, 50, 550, 250, 2],
      [100, 320, 400, 320, 1], // an underline: crosses no rule, no table's
    ]);
    const [table, ...more] = findTables(grid, OPTIONS);
    expect(more).toEqual([]);
    expect(table!.rowRules.map(Math.round)).toEqual([51, 151, 251]);
    expect(table!.colRules.map(Math.round)).toEqual([51, 301, 551]);
    const middle = table!.vRules.find((r) => Math.round(r.at) === 301)!;
    expect(middle.to).toBeLessThan(160);
  });
  it('takes a solid block of ink (a logo, a seal) for no rule', () => {
    const logo = page(300, 300, [[50, 50, 250, 50, 120]]);
    expect(findTables(logo, OPTIONS)).toEqual([]);
  });
});

describe('short cell sides', () => {
  it('a header row’s rules, shorter than a rule, count where both ends meet the row’s rules', () => {
    const grid = page(600, 400, [
      [50, 50, 550, 50, 2],
      [50, 80, 550, 80, 2], // a low header row: 30 px
      [50, 150, 550, 150, 2],
      [50, 250, 550, 250, 2],
      [50, 50, 50, 250, 2],
      [550, 50, 550, 250, 2],
      [300, 50, 300, 80, 2], // the header's middle rule, then a merged row, then the rule again
      [300, 150, 300, 250, 2],
      [200, 170, 200, 196, 2], // a letter's stem inside a cell: meets no rule
    ]);
    const options = { ...OPTIONS, minCellSide: 24 };
    const [table] = findTables(grid, options);
    expect(table!.colRules.map(Math.round)).toEqual([51, 301, 551]);
    expect(table!.vRules.some((r) => Math.round(r.at) === 301 && r.from < 55 && r.to < 90)).toBe(true);
    expect(table!.vRules.some((r) => Math.round(r.at) === 201)).toBe(false);
    // without cell sides the header's rule is too short: the header is one cell across
    const [plain] = findTables(grid, OPTIONS);
    expect(plain!.vRules.some((r) => Math.round(r.at) === 301 && r.from < 55)).toBe(false);
  });
});

describe('footnoteSeparator', () => {
  const word = (x0: number, y0: number, w = 200, h = 24) => ({ x0, x1: x0 + w, y0, y1: y0 + h });
  const text = [word(120, 200, 1000), word(120, 800, 1000), word(120, 1500, 900), word(120, 1530, 600)];
  const page = { height: 1700, lineHeight: 24 };
  it('is the short rule at the text’s left edge in the page’s lower part, text under it', () => {
    expect(footnoteSeparator([{ at: 1480, from: 121, to: 450 }], text, page)).toBe(1480);
  });
  it('an underline (a word just above it), a rule across the text, a rule high on the page are none', () => {
    const underlined = [...text, word(120, 1200, 150)];
    expect(footnoteSeparator([{ at: 1226, from: 120, to: 270 }], underlined, page)).toBeNull();
    expect(footnoteSeparator([{ at: 1480, from: 121, to: 1100 }], text, page)).toBeNull();
    expect(footnoteSeparator([{ at: 600, from: 121, to: 450 }], text, page)).toBeNull();
    expect(footnoteSeparator([{ at: 1480, from: 500, to: 800 }], text, page)).toBeNull();
  });
});
