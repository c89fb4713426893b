import { describe, expect, it } from 'vitest';
import { findTables, type InkImage } from './ocr-rules.js';

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
