/**
 * Opens a PDF with pdf-parse and reads, page by page, the positioned text items (pdf.js) and the
 * rules the page draws, from which the ruled tables are found (pdf-tables.ts). pdf-parse's public
 * `getText()`/`getTable()` give strings only, and its table finder takes stroked paths alone, while
 * Word prints a table's borders as thin filled rectangles: the positions (to order cells, spot
 * footnote marks, join wrapped lines and rows split by a page break) and the rules come from the
 * pdf.js document pdf-parse loads (pdf-parse 2.4.5 with pdf.js 5.4, pinned), reached through the
 * member below, checked at run time.
 */
import { PDFParse } from 'pdf-parse';
import { VanbanError } from '../errors.js';
import type { PdfItem } from './pdf-layout.js';
import { findTables, type PdfRule, type PdfTableGeometry } from './pdf-tables.js';

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /** Text items in the order the producer wrote them. */
  items: PdfItem[];
  tables: PdfTableGeometry[];
}

/** pdf.js's operator list: operator codes and their arguments, in drawing order. */
interface PdfJsOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

interface PdfJsPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean }> }>;
  getOperatorList(): Promise<PdfJsOperatorList>;
  cleanup(): void;
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}

/** The member of pdf-parse's PDFParse that this reader uses beyond the public ones. */
interface ParserInternals {
  load(): Promise<PdfJsDocument>;
}

function internals(parser: PDFParse): ParserInternals {
  const p = parser as unknown as Partial<ParserInternals>;
  if (typeof p.load !== 'function') {
    throw new Error('this pdf-parse version does not expose load(); vanban needs pdf-parse 2.4.5');
  }
  return p as ParserInternals;
}

/** A pdf-parse / pdf.js failure as a typed error that says why. */
function readError(error: unknown, file: string | null): VanbanError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new VanbanError('encrypted-pdf', 'the PDF is encrypted: it needs a password to open, so its text cannot be read', { file, cause: error });
  }
  return new VanbanError('invalid-pdf', `the PDF is damaged or not a PDF: ${message}`, { file, cause: error });
}

type Matrix = [number, number, number, number, number, number];

const apply = (m: readonly number[], x: number, y: number): [number, number] => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];

/** Six numbers (an array or a typed array, as pdf.js gives a form's matrix). */
const isMatrix = (m: unknown): m is ArrayLike<number> =>
  typeof m === 'object' && m !== null && (m as ArrayLike<unknown>).length === 6 && Array.from(m as ArrayLike<unknown>).every((v) => typeof v === 'number');

/** `m` applied after `n` (pdf.js `Util.transform`). */
const compose = (m: Matrix, n: ArrayLike<number>): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];

/** pdf.js 5 operator codes (`OPS`) and path codes (`DrawOPS`), which pdf-parse does not re-export. */
const OP = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, setFillRGBColor: 59, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91 } as const;
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;
const STROKES = new Set<number>([OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
const FILLS = new Set<number>([OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

/** A filled rectangle this thin (points) or thinner is a rule drawn as a bar (Word's cell borders). */
const BAR = 3;
/** Shorter strokes than this (points) are marks, not rules. */
const SHORT = 1;
/** Coordinates closer than this (points) are on one axis-parallel line. */
const STRAIGHT = 0.5;

export interface PdfRules {
  /** Horizontal rules: at y, from x to x (page space, y from the top). */
  h: PdfRule[];
  /** Vertical rules: at x, from y to y. */
  v: PdfRule[];
}

/** The subpaths of pdf.js path data (`DrawOPS` codes and their points), as polylines; curves break a subpath. */
function subpaths(data: ArrayLike<number>, toPage: (x: number, y: number) => [number, number]): Array<{ points: Array<[number, number]>; closed: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean }> = [];
  let current: { points: Array<[number, number]>; closed: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const code = data[i]!;
    if (code === DRAW.moveTo || code === DRAW.lineTo) {
      const p = toPage(data[i + 1]!, data[i + 2]!);
      if (code === DRAW.moveTo || !current) out.push((current = { points: [p], closed: false }));
      else current.points.push(p);
      i += 3;
    } else if (code === DRAW.curveTo) {
      const p = toPage(data[i + 5]!, data[i + 6]!);
      out.push((current = { points: [p], closed: false }));
      i += 7;
    } else if (code === DRAW.closePath) {
      if (current) {
        current.closed = true;
        const first: [number, number] = current.points[0]!;
        current = { points: [first], closed: false };
        out.push(current);
      }
      i += 1;
    } else {
      break;
    }
  }
  return out.filter((s) => s.points.length > 1);
}

/** The axis-parallel box a closed subpath of four or five points draws, or null. */
function boxOf(points: Array<[number, number]>): { x0: number; y0: number; x1: number; y1: number } | null {
  const pts = points.length === 5 && Math.hypot(points[4]![0] - points[0]![0], points[4]![1] - points[0]![1]) <= STRAIGHT ? points.slice(0, 4) : points;
  if (pts.length !== 4) return null;
  for (let k = 0; k < 4; k++) {
    const [a, b] = [pts[k]!, pts[(k + 1) % 4]!];
    if (Math.abs(a[0] - b[0]) > STRAIGHT && Math.abs(a[1] - b[1]) > STRAIGHT) return null;
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A fill colour close to white draws nothing on paper. */
const blank = (color: unknown) => typeof color === 'string' && /^#[0-9a-f]{6}$/iu.test(color) && [1, 3, 5].every((k) => Number.parseInt(color.slice(k, k + 2), 16) >= 0xf0);

/**
 * The rules a page draws, in page space: stroked axis-parallel segments (lines, rectangle edges)
 * and filled bars (a rectangle no thicker than BAR: a rule drawn as a thin filled box), each at its
 * centre line. Filled boxes wider than a bar (cell shading) and curves are not rules.
 */
export function drawnRules(ops: PdfJsOperatorList, pageTransform: readonly number[]): PdfRules {
  const rules: PdfRules = { h: [], v: [] };
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fillColor: unknown = '#000000';
  const stack: Array<{ ctm: Matrix; fillColor: unknown }> = [];
  const segment = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) <= STRAIGHT && Math.abs(a[0] - b[0]) >= SHORT) rules.h.push({ at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    else if (Math.abs(a[0] - b[0]) <= STRAIGHT && Math.abs(a[1] - b[1]) >= SHORT) rules.v.push({ at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OP.save) stack.push({ ctm, fillColor });
    else if (fn === OP.restore) ({ ctm, fillColor } = stack.pop() ?? { ctm, fillColor });
    else if (fn === OP.transform && isMatrix(args)) ctm = compose(ctm, args);
    else if (fn === OP.setFillRGBColor && Array.isArray(args)) fillColor = args[0];
    else if (fn === OP.paintFormXObjectBegin && Array.isArray(args)) {
      stack.push({ ctm, fillColor });
      const matrix = args[0];
      if (isMatrix(matrix)) ctm = compose(ctm, matrix);
    } else if (fn === OP.paintFormXObjectEnd) ({ ctm, fillColor } = stack.pop() ?? { ctm, fillColor });
    else if (fn === OP.constructPath && Array.isArray(args)) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || typeof data.length !== 'number') continue;
      const stroke = STROKES.has(paint);
      const fill = FILLS.has(paint) && !blank(fillColor);
      if (!stroke && !fill) continue;
      const m = compose(pageTransform as Matrix, ctm);
      for (const path of subpaths(data, (x, y) => apply(m, x, y))) {
        const box = path.closed || fill ? boxOf(path.points) : null;
        if (fill && box && Math.min(box.x1 - box.x0, box.y1 - box.y0) <= BAR) {
          // a bar: its centre line, when it is longer than it is thick (a junction square is no rule)
          const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
          if (w > 2 * h && w >= SHORT) rules.h.push({ at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
          else if (h > 2 * w && h >= SHORT) rules.v.push({ at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
          continue;
        }
        if (!stroke) continue;
        const pts = path.points;
        for (let k = 1; k < pts.length; k++) segment(pts[k - 1]!, pts[k]!);
        if (path.closed && pts.length > 2) segment(pts[pts.length - 1]!, pts[0]!);
      }
    }
  }
  return rules;
}

/** Every page's items and tables; a file pdf.js cannot open is a typed error. */
export async function readPdf(input: Uint8Array, file: string | null, maxPages = Number.POSITIVE_INFINITY): Promise<PdfPage[]> {
  // pdf.js takes the bytes over (detaches the buffer): give it a copy
  const parser = new PDFParse({ data: new Uint8Array(input), verbosity: 0 });
  try {
    const pdf = internals(parser);
    let doc: PdfJsDocument;
    try {
      doc = await pdf.load();
    } catch (error) {
      throw readError(error, file);
    }
    if (doc.numPages > maxPages) {
      throw new VanbanError('too-large', `the PDF has ${doc.numPages} pages, more than ${maxPages}: not read (limits.maxPdfPages)`, { file });
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [x, y] = apply(viewport.transform, it.transform[4]!, it.transform[5]!);
        const size = Math.hypot(it.transform[2]!, it.transform[3]!) || it.height || 0;
        items.push({ str: it.str, x, y, width: it.width ?? 0, size, eol: Boolean(it.hasEOL) });
      }
      const rules = drawnRules(await page.getOperatorList(), viewport.transform);
      const tables: PdfTableGeometry[] = findTables(rules.h, rules.v);
      pages.push({ number: n, width: viewport.width, height: viewport.height, items, tables });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof VanbanError) throw error;
    throw readError(error, file);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** A PDF page rendered for OCR: PNG bytes, their size in pixels, and pixels per PDF unit. */
export interface RenderedPage {
  number: number;
  png: Uint8Array;
  width: number;
  height: number;
  scale: number;
}

/** Render resolutions for OCR, in dots per inch (a PDF unit is 1/72 inch). */
const OCR_DPI = { min: 150, max: 300, none: 200 };

/**
 * The scale to render a page at for OCR: the resolution of the scanned image it holds (its widest
 * image across the page's width; rendering finer adds no detail and measured no better), within
 * 150–300 dpi; 200 dpi for a page without images.
 */
function ocrScale(imageWidths: number[], pageWidth: number): number {
  const widest = Math.max(0, ...imageWidths);
  const dpi = widest > 0 ? (72 * widest) / pageWidth : OCR_DPI.none;
  return Math.min(OCR_DPI.max, Math.max(OCR_DPI.min, dpi)) / 72;
}

interface ScreenshotParser {
  getImage(params: object): Promise<{ pages: Array<{ pageNumber: number; images: Array<{ width: number; height: number }> }> }>;
  getScreenshot(params: object): Promise<{ pages: Array<{ pageNumber: number; data: Uint8Array; width: number; height: number; scale: number }> }>;
}

/** The given pages rendered as page images for OCR, one at a time (pdf-parse's `getScreenshot()`). */
export async function* renderPages(input: Uint8Array, numbers: number[], file: string | null): AsyncGenerator<RenderedPage> {
  const parser = new PDFParse({ data: new Uint8Array(input), verbosity: 0 });
  const shots = parser as unknown as ScreenshotParser;
  try {
    const doc = await internals(parser).load().catch((error: unknown) => {
      throw readError(error, file);
    });
    for (const n of numbers) {
      const page = await doc.getPage(n);
      const width = page.getViewport({ scale: 1 }).width;
      page.cleanup();
      const images = await shots.getImage({ partial: [n], imageBuffer: false, imageDataUrl: false, imageThreshold: 0 });
      const scale = ocrScale(images.pages.flatMap((p) => p.images.map((i) => i.width)), width);
      const shot = await shots.getScreenshot({ partial: [n], scale, imageBuffer: true, imageDataUrl: false });
      const rendered = shot.pages[0];
      if (!rendered) continue;
      yield { number: n, png: rendered.data, width: Math.round(rendered.width), height: Math.round(rendered.height), scale: rendered.scale };
    }
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
