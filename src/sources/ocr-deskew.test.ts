import { describe, expect, it } from 'vitest';
import { levelInk, skewOf, type SlopedLine } from './ocr-deskew.js';

describe('skewOf and levelInk', () => {
  const line = (x0: number, y0: number, x1: number, y1: number): SlopedLine => ({ words: [], baseline: y0, slope: { x0, y0, x1, y1 } });
  it('takes the median slope of the long lines, and leaves a level page alone', () => {
    const angle = skewOf([line(100, 100, 1100, 110), line(100, 200, 1100, 209), line(100, 300, 1100, 311), line(100, 400, 150, 420)], 1240);
    expect(angle).toBeCloseTo(Math.atan2(10, 1000), 4);
    expect(skewOf([line(100, 100, 1100, 100)], 1240)).toBe(0);
  });
  it('turns a skewed rule level', () => {
    const width = 400;
    const height = 200;
    const ink = new Uint8Array(width * height);
    const slope = 0.01;
    for (let x = 20; x < 380; x++) ink[Math.round(100 + (x - 200) * slope) * width + x] = 1;
    const level = levelInk({ width, height, ink }, Math.atan(slope));
    const rows = new Set<number>();
    for (let y = 0; y < height; y++) for (let x = 40; x < 360; x++) if (level.ink[y * width + x]) rows.add(y);
    expect(rows.size).toBeLessThanOrEqual(2);
  });
});
