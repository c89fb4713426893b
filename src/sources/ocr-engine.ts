/**
 * The OCR engine: tesseract.js 7 with the Vietnamese LSTM model of the npm package
 * `@tesseract.js-data/vie` (the `4.0.0_best_int` data: the same LSTM network as `4.0.0` without the
 * legacy engine's tables, so 1.4 MB instead of 3.7 MB to load; see docs/ocr.md), read from the
 * installed package and never fetched nor cached. Workers (a WebAssembly tesseract in a worker
 * thread each) start on the first page to read and are kept for the next pages and documents, up
 * to `setOcrWorkers(n)` at once; `terminateOcr()` ends them (a program that read scans must call
 * it to exit, as worker threads keep Node running).
 */
import { join, dirname } from 'node:path';
import type { PSM, Worker } from 'tesseract.js';
import { levelInk, levelLines, skewOf, unlevelBox, type SlopedLine } from './ocr-deskew.js';
import { findRules, findTables, footnoteSeparator, type InkImage } from './ocr-rules.js';
import type { PdfTableGeometry } from './pdf-tables.js';
import { markOcrStarted, ocrWorkerLimit } from './ocr-workers.js';

/** The engine and model named in `source.ocr`. */
export const OCR_ENGINE = 'tesseract.js 7';
export const OCR_MODEL = 'vie 4.0.0_best_int (LSTM)';
const MODEL_FOLDER = '4.0.0_best_int';

/** A word as tesseract read it: its text, its box in image pixels, its confidence (0–100). */
export interface OcrWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

/** A text line as tesseract segmented it, with its words and baseline (image pixels). */
export interface OcrLine {
  words: OcrWord[];
  /** y of the baseline at the line's left end. */
  baseline: number;
  /** The height tesseract gives the line's row (ascenders to descenders of its font): its print size. */
  rowHeight?: number;
}

/** One page read: its size in pixels, its lines in tesseract's order, its ruled tables, the mean word confidence. */
export interface OcrResult {
  width: number;
  height: number;
  lines: OcrLine[];
  /** The tables ruled on the page (in the deskewed image the words' boxes refer to). */
  tables: PdfTableGeometry[];
  /** The y of the rule above the page's footnotes (ocr-rules.ts), null when none is drawn. */
  footnoteTop?: number | null;
  confidence: number;
}

interface Pool {
  idle: Worker[];
  all: Array<Promise<Worker>>;
  waiting: Array<(w: Worker) => void>;
}

/** tesseract's page segmentation modes used: its own page layout, and one block of text. */
const PSM_AUTO = '3' as PSM;
const PSM_SINGLE_BLOCK = '6' as PSM;

let pool: Pool | null = null;

export { setOcrWorkers } from './ocr-workers.js';

async function startWorker(): Promise<Worker> {
  const [{ createWorker, OEM }, data] = await Promise.all([import('tesseract.js'), import('@tesseract.js-data/vie')]);
  // a CommonJS module: its exports are the default export, or (bundled) the namespace itself
  const info = (data as { default?: { langPath: string } }).default ?? (data as unknown as { langPath: string });
  const langPath = join(dirname(info.langPath), MODEL_FOLDER);
  // a failed job rejects its promise; without an errorHandler tesseract.js also throws it where no
  // one can catch it (an image it cannot decode would end the process)
  const worker = await createWorker('vie', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none', errorHandler: () => undefined });
  // tesseract.js reads a page as one block of text by default; tesseract's own page segmentation
  // (PSM 3) finds the text in a table's ruled cells and the columns, and measured best (docs/ocr.md)
  // (its notes on the resolution it guessed and the diacritics it found go nowhere, not to stdout)
  await worker.setParameters({ tessedit_pageseg_mode: PSM_AUTO, debug_file: '/dev/null' });
  return worker;
}

async function acquire(): Promise<Worker> {
  pool ??= { idle: [], all: [], waiting: [] };
  const p = pool;
  const idle = p.idle.pop();
  if (idle) return idle;
  if (p.all.length < ocrWorkerLimit()) {
    markOcrStarted();
    const started = startWorker();
    p.all.push(started);
    try {
      return await started;
    } catch (error) {
      p.all.splice(p.all.indexOf(started), 1);
      throw error;
    }
  }
  return new Promise((resolve) => p.waiting.push(resolve));
}

function release(worker: Worker): void {
  const next = pool?.waiting.shift();
  if (next) next(worker);
  else pool?.idle.push(worker);
}

interface TesseractWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

interface TesseractPage {
  confidence: number;
  /** The grey image tesseract read (a PNG data URL); its black-and-white one has the rules taken out. */
  imageGrey?: string | null;
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ words: TesseractWord[]; baseline: { x0: number; y0: number; x1: number; y1: number }; rowAttributes?: { rowHeight?: number } }> }> }> | null;
}

/**
 * The side of a cell one text line high (a table's header row, its rules between the table's top
 * rule and the next): about 1.4 line heights on the seed scans; a letter's stem is about one.
 */
const CELL_SIDE = 1.2;

/** Grey levels (0–255) under this are ink. */
const INK_LEVEL = 180;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The ink of tesseract's black-and-white image (decoded with the canvas pdf-parse brings). */
async function inkImage(dataUrl: string): Promise<InkImage> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const img = await loadImage(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  const canvas = createCanvas(img.width, img.height);
  const context = canvas.getContext('2d');
  context.drawImage(img, 0, 0);
  const rgba = context.getImageData(0, 0, img.width, img.height).data;
  const ink = new Uint8Array(img.width * img.height);
  // ink: clearly darker than paper (a thin rule a scan blurred is mid-grey, not black)
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4]! < INK_LEVEL ? 1 : 0;
  return { width: img.width, height: img.height, ink };
}

/** The size of a PNG, JPEG or TIFF page image the engine was given, from tesseract's own reading. */
function pageSize(lines: OcrLine[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const l of lines) for (const w of l.words) [width, height] = [Math.max(width, w.x1), Math.max(height, w.y1)];
  return { width, height };
}

/** tesseract's lines as sloped lines of words (blank words dropped). */
function linesOf(page: TesseractPage): SlopedLine[] {
  const sloped: SlopedLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words
          .map((w) => ({ text: w.text.normalize('NFC').trim(), x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1, confidence: w.confidence }))
          .filter((w) => w.text !== '');
        if (words.length) sloped.push({ words, baseline: line.baseline.y0, slope: line.baseline, rowHeight: line.rowAttributes?.rowHeight });
      }
    }
  }
  return sloped;
}

/** A column this narrow (share of its table's width) is a numbering column (STT, TT). */
const NARROW_COLUMN = 0.12;

const centreIn = (w: OcrWord, box: { x0: number; y0: number; x1: number; y1: number }) => {
  const [x, y] = [(w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2];
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
};

/** The label of a numbering cell: an arabic number with its sub-numbers, a roman one, a letter. */
const NUMBERING = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXLC]{1,7}\.?|[a-zđA-Z][.)]?)$/u;

/** Cells are read again this far (pixels) inside their rules, which would read as bars or noise. */
const CELL_INSET = 5;

/**
 * The empty cells of the narrow columns of the page's tables: page layout takes a lone number in a
 * cell (an STT) for a speck. Each is read again on its own, inside its rules, as one block of text.
 */
async function rereadEmptyCells(worker: Worker, image: Buffer, lines: OcrLine[], tables: PdfTableGeometry[], skew: number, width: number, height: number): Promise<OcrLine[]> {
  const words = lines.flatMap((l) => l.words);
  const found: OcrLine[] = [];
  const empty = tables.flatMap((table) => {
    const tableWidth = table.box.x1 - table.box.x0;
    return table.colRules.slice(0, -1).flatMap((x0, c) => {
      const x1 = table.colRules[c + 1]!;
      if (x1 - x0 > NARROW_COLUMN * tableWidth) return [];
      return table.rowRules
        .slice(0, -1)
        .map((y0, r) => ({ x0: x0 + CELL_INSET, x1: x1 - CELL_INSET, y0: y0 + CELL_INSET, y1: table.rowRules[r + 1]! - CELL_INSET }))
        .filter((cell) => cell.x1 > cell.x0 && cell.y1 > cell.y0 && !words.some((w) => centreIn(w, cell)));
    });
  });
  if (empty.length === 0) return lines;
  await worker.setParameters({ tessedit_pageseg_mode: PSM_SINGLE_BLOCK });
  try {
    for (const cell of empty) {
      const { data } = await worker.recognize(image, { rectangle: unlevelBox(cell, skew, width, height) }, { text: false, blocks: true });
      const read = levelLines(linesOf(data as unknown as TesseractPage), skew, width, height).filter((l) => l.words.some((w) => centreIn(w, cell)));
      // a numbering cell holds a label ("5", "2.3", "IV", "a"): anything else read in it is a speck
      found.push(...read.filter((l) => NUMBERING.test(l.words.map((w) => w.text).join(''))));
    }
  } finally {
    await worker.setParameters({ tessedit_pageseg_mode: PSM_AUTO });
  }
  return [...lines, ...found];
}

/**
 * Reads one page image (PNG, JPEG, TIFF, BMP bytes) with a pooled worker. `size` is the image's
 * size in pixels when the caller knows it (a rendered PDF page); else the image's own.
 */
export async function recognizePage(image: Uint8Array, size?: { width: number; height: number }): Promise<OcrResult> {
  const worker = await acquire();
  try {
    const bytes = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    const { data } = await worker.recognize(bytes, {}, { text: false, blocks: true, imageGrey: true });
    const page = data as unknown as TesseractPage;
    const sloped = linesOf(page);
    let ink = page.imageGrey ? await inkImage(page.imageGrey) : null;
    const { width, height } = size ?? (ink ? { width: ink.width, height: ink.height } : pageSize(sloped));
    // a page scanned a little askew is turned level: text lines and table rules then line up
    const skew = skewOf(sloped, width);
    let lines = levelLines(sloped, skew, width, height);
    if (ink) ink = levelInk(ink, skew);
    const lineHeight = median(lines.flatMap((l) => l.words.map((w) => w.y1 - w.y0))) || 20;
    const tables = ink ? findTables(ink, { minHorizontal: 4 * lineHeight, minVertical: 2 * lineHeight, minCellSide: CELL_SIDE * lineHeight }) : [];
    lines = await rereadEmptyCells(worker, bytes, lines, tables, skew, width, height);
    const inTable = (y: number) => tables.some((t) => y >= t.box.y0 - 3 && y <= t.box.y1 + 3);
    const loose = ink ? findRules(ink, { minHorizontal: 4 * lineHeight, minVertical: height + 1 }).h.filter((r) => !inTable(r.at)) : [];
    const footnoteTop = footnoteSeparator(loose, lines.flatMap((l) => l.words), { height, lineHeight });
    return { width, height, lines, tables, footnoteTop, confidence: Math.round(page.confidence) };
  } finally {
    release(worker);
  }
}

/** Ends the OCR workers (no-op when none started); the next page read starts new ones. */
export async function terminateOcr(): Promise<void> {
  const p = pool;
  pool = null;
  if (!p) return;
  const workers = await Promise.allSettled(p.all);
  await Promise.all(workers.map((w) => (w.status === 'fulfilled' ? w.value.terminate().catch(() => undefined) : undefined)));
}
