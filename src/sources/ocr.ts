/**
 * The OCR source: page images (PNG, JPEG, a TIFF of one page or more) and the pages of a PDF that
 * have no text layer are read by the OCR engine (ocr-engine.ts); each page's words, put in reading
 * order by their geometry (ocr-layout.ts), become the page's text items, and the PDF reader's page
 * layout makes them the same line tree as a PDF's text (running headers dropped, wrapped lines
 * joined), each line with `data.page`. Places are the lines of the text read.
 */
import { VanbanError } from '../errors.js';
import type { SourceOcr } from '../schema/decision.js';
import type { RootNode } from '../tree.js';
import { OCR_ENGINE, OCR_MODEL, recognizePage, type OcrResult } from './ocr-engine.js';
import { pageImages } from './ocr-images.js';
import { ocrItems } from './ocr-layout.js';
import { scaleTable } from './ocr-rules.js';
import { renderPages, type PdfPage } from './pdf-document.js';
import { pagesToBlocks } from './pdf.js';

export interface OcrOptions {
  file?: string | null;
  /** Called after each page read, with the page's number and the count of pages to read. */
  onPage?: (page: number, total: number) => void;
}

/** A tree and how its scanned pages were read. */
export interface OcrDocument {
  tree: RootNode;
  ocr: SourceOcr;
}

export const ocrInfo = (pages: Array<{ page: number; confidence: number }>): SourceOcr => ({ engine: OCR_ENGINE, model: OCR_MODEL, pages });

/** A page read as the PDF reader's page: its items in reading order, in the page's own units. */
export function ocrPage(number: number, result: OcrResult, scale = 1): PdfPage {
  const items = ocrItems(result).map((i) => ({ ...i, x: i.x / scale, y: i.y / scale, width: i.width / scale, size: i.size / scale }));
  return { number, width: result.width / scale, height: result.height / scale, items, tables: result.tables.map((t) => scaleTable(t, scale)) };
}

/** The text of a page image file (PNG, JPEG, TIFF: every page of a multi-page TIFF). */
export async function imageToDocument(input: Uint8Array, options: OcrOptions = {}): Promise<OcrDocument> {
  const file = options.file ?? null;
  const images = pageImages(input);
  if (images.length === 0) throw new VanbanError('invalid-image', 'the image is neither PNG, JPEG nor TIFF', { file });
  const pages: PdfPage[] = [];
  const confidence: SourceOcr['pages'] = [];
  for (const [i, image] of images.entries()) {
    let result: OcrResult;
    try {
      result = await recognizePage(image.data(), image.width && image.height ? { width: image.width, height: image.height } : undefined);
    } catch (error) {
      throw new VanbanError('invalid-image', `page ${i + 1} of the image cannot be read: ${error instanceof Error ? error.message : String(error)}`, { file, cause: error });
    }
    pages.push(ocrPage(i + 1, result));
    confidence.push({ page: i + 1, confidence: result.confidence });
    options.onPage?.(i + 1, images.length);
  }
  if (pages.every((p) => p.items.length === 0)) throw new VanbanError('empty-input', `no text was found on the image${images.length > 1 ? `'s ${images.length} pages` : ''}`, { file });
  return { tree: { type: 'root', children: pagesToBlocks(pages) }, ocr: ocrInfo(confidence) };
}

/**
 * Reads the given pages of a PDF by OCR (rendered at the resolution of their scanned image), in
 * place: each page's items become the text read. Returns each page's confidence.
 */
export async function ocrPdfPages(input: Uint8Array, pages: PdfPage[], options: OcrOptions = {}): Promise<SourceOcr['pages']> {
  const confidence: SourceOcr['pages'] = [];
  const byNumber = new Map(pages.map((p) => [p.number, p]));
  let done = 0;
  for await (const rendered of renderPages(input, [...byNumber.keys()], options.file ?? null)) {
    const page = byNumber.get(rendered.number)!;
    const result = await recognizePage(rendered.png, { width: rendered.width, height: rendered.height });
    const read = ocrPage(page.number, result, rendered.scale);
    page.items = read.items;
    page.tables = read.tables;
    confidence.push({ page: page.number, confidence: result.confidence });
    options.onPage?.(++done, pages.length);
  }
  return confidence;
}
