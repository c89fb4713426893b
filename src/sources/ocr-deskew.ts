/**
 * Straightening a page scanned a little askew: the skew is the median slope of the long text lines'
 * baselines; the words' boxes and the page's ink are turned back about the page's centre, so text
 * lines are level and a table's rules run along pixel rows and columns.
 */
import type { OcrLine } from './ocr-engine.js';
import type { InkImage } from './ocr-rules.js';

/** Skews under this (radians, about 0.05°) are left alone. */
const LEVEL = 0.001;
/** More than this (about 5°) is not the slight turn of a scan: left alone too. */
const MAX_SKEW = 0.09;

/** A line with its baseline's slope, as tesseract gives it. */
export interface SlopedLine extends OcrLine {
  slope: { x0: number; y0: number; x1: number; y1: number };
}

/** The page's skew (radians, positive when lines go down to the right), from lines a quarter of the page wide or more. */
export function skewOf(lines: SlopedLine[], width: number): number {
  const slopes = lines
    .filter((l) => l.slope.x1 - l.slope.x0 > width / 4)
    .map((l) => Math.atan2(l.slope.y1 - l.slope.y0, l.slope.x1 - l.slope.x0))
    .sort((a, b) => a - b);
  const median = slopes[Math.floor(slopes.length / 2)] ?? 0;
  return Math.abs(median) < LEVEL || Math.abs(median) > MAX_SKEW ? 0 : median;
}

/** Turns a point by −angle about (cx, cy). */
function level(x: number, y: number, angle: number, cx: number, cy: number): [number, number] {
  const [dx, dy] = [x - cx, y - cy];
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return [cx + dx * c + dy * s, cy - dx * s + dy * c];
}

/** The lines with their words' boxes turned level (each box moved with its centre, its size kept). */
export function levelLines(lines: SlopedLine[], angle: number, width: number, height: number): OcrLine[] {
  if (angle === 0) return lines.map(({ words, baseline, rowHeight }) => ({ words, baseline, rowHeight }));
  const [cx, cy] = [width / 2, height / 2];
  return lines.map((l) => {
    const words = l.words.map((w) => {
      const [x, y] = level((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2, angle, cx, cy);
      const [hw, hh] = [(w.x1 - w.x0) / 2, (w.y1 - w.y0) / 2];
      return { ...w, x0: x - hw, x1: x + hw, y0: y - hh, y1: y + hh };
    });
    const [, baseline] = level(l.slope.x0, l.slope.y0, angle, cx, cy);
    return { words, baseline, rowHeight: l.rowHeight };
  });
}

/** The ink turned level (nearest pixel). */
export function levelInk(image: InkImage, angle: number): InkImage {
  if (angle === 0) return image;
  const { width, height, ink } = image;
  const out = new Uint8Array(width * height);
  const [cx, cy] = [width / 2, height / 2];
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // the source of a level pixel: turned by +angle
      const [dx, dy] = [x - cx, y - cy];
      const sx = Math.round(cx + dx * c - dy * s);
      const sy = Math.round(cy + dx * s + dy * c);
      if (sx >= 0 && sy >= 0 && sx < width && sy < height) out[y * width + x] = ink[sy * width + sx]!;
    }
  }
  return { width, height, ink: out };
}

/** A box of the level page as a rectangle of the image as scanned (the box around its turned corners). */
export function unlevelBox(box: { x0: number; y0: number; x1: number; y1: number }, angle: number, width: number, height: number): { left: number; top: number; width: number; height: number } {
  const [cx, cy] = [width / 2, height / 2];
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => level(x!, y!, -angle, cx, cy));
  const left = Math.max(0, Math.floor(Math.min(...corners.map((p) => p[0]))));
  const top = Math.max(0, Math.floor(Math.min(...corners.map((p) => p[1]))));
  const right = Math.min(width, Math.ceil(Math.max(...corners.map((p) => p[0]))));
  const bottom = Math.min(height, Math.ceil(Math.max(...corners.map((p) => p[1]))));
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}
