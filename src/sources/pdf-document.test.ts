import { describe, expect, it } from 'vitest';
import { readPdf } from './pdf-document.js';
import { testPdf } from './test-pdf.js';

/** Word's way to print a ruled table: each side of each cell a thin filled bar, a dot where rules meet. */
function barGrid(xs: number[], ys: number[]): string {
  const ops: string[] = [];
  for (const y of ys) for (let c = 1; c < xs.length; c++) ops.push(`${xs[c - 1]! + 0.25} ${y - 0.25} ${xs[c]! - xs[c - 1]! - 0.5} 0.5 re f`);
  for (const x of xs) for (let r = 1; r < ys.length; r++) ops.push(`${x - 0.25} ${ys[r]! + 0.25} 0.5 ${ys[r - 1]! - ys[r]! - 0.5} re f`);
  for (const x of xs) for (const y of ys) ops.push(`${x - 0.25} ${y - 0.25} 0.5 0.5 re f`);
  return ops.join('\n');
}

const text = (s: string, x: number, y: number) => `BT /F1 8 Tf ${x} ${y} Td (${s}) Tj ET`;
/** The page is 200 points high: page space (y from the top) is 200 - y. */
const round = (values: number[]) => values.map((v) => Math.round(v * 10) / 10);

describe('readPdf: the rules a page draws', () => {
  it('takes thin filled bars for rules (Word), not the dots where they meet, a shaded box or a bar in white', async () => {
    const content = [
      // a cell shaded grey, inside its rules
      '0.85 g 105 133 70 14 re f 0 g',
      barGrid([20, 100, 180], [150, 130, 110]),
      // a white bar (drawn, not seen) down the middle of the first column
      '1 1 1 rg 59.75 110 0.5 40 re f 0 0 0 rg',
      text('A1', 25, 136),
      text('B1', 105, 136),
      text('A2', 25, 116),
    ].join('\n');
    const [page] = await readPdf(testPdf({ content }), 'bars.pdf');
    expect(page!.tables).toHaveLength(1);
    const [table] = page!.tables;
    expect(round(table!.colRules)).toEqual([20, 100, 180]);
    expect(round(table!.rowRules)).toEqual([50, 70, 90]);
    // a rule piece per cell side, at the bars' centre lines
    expect(table!.hRules).toHaveLength(6);
    expect(table!.vRules).toHaveLength(6);
    expect(new Set(table!.vRules.map((r) => Math.round(r.at * 10) / 10))).toEqual(new Set([20, 100, 180]));
  });

  it('takes stroked lines and the edges of a stroked box for rules', async () => {
    const content = ['0.5 w 20 110 160 40 re S', '100 150 m 100 110 l S', '20 130 m 180 130 l S', text('A1', 25, 136)].join('\n');
    const [page] = await readPdf(testPdf({ content }), 'lines.pdf');
    expect(page!.tables.map((t) => [round(t.colRules), round(t.rowRules)])).toEqual([[[20, 100, 180], [50, 70, 90]]]);
  });

  it('takes every line of one path that draws the whole grid (each of its moves a rule)', async () => {
    const grid = ['20 150 m 180 150 l', '20 130 m 180 130 l', '20 110 m 180 110 l', '20 150 m 20 110 l', '70 150 m 70 110 l', '100 150 m 100 110 l', '180 150 m 180 110 l'];
    const [page] = await readPdf(testPdf({ content: `0.5 w ${grid.join(' ')} S\n${text('A1', 25, 136)}` }), 'one-path.pdf');
    expect(page!.tables.map((t) => [round(t.colRules), round(t.rowRules)])).toEqual([[[20, 70, 100, 180], [50, 70, 90]]]);
  });

  it('places rules drawn under a changed coordinate system (cm) where they print', async () => {
    // the grid drawn at half size from the origin, then moved: it prints at x 20-100, y 110-150
    const content = ['q 0.5 0 0 0.5 20 110 cm', barGrid([0, 80, 160], [80, 40, 0]), 'Q', text('A1', 25, 136)].join('\n');
    const [page] = await readPdf(testPdf({ content }), 'moved.pdf');
    expect(page!.tables.map((t) => [round(t.colRules), round(t.rowRules)])).toEqual([[[20, 60, 100], [50, 70, 90]]]);
  });

  it('finds no table where a page draws one box (a frame, a scan border)', async () => {
    const [page] = await readPdf(testPdf({ content: `0 0 1 RG 20 20 160 160 re S\n${text('Khung', 30, 100)}` }), 'frame.pdf');
    expect(page!.tables).toEqual([]);
  });
});
