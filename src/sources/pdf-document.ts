/**
 * Opens a PDF with pdf-parse and reads, page by page, the positioned text items (pdf.js) and the
 * ruled tables pdf-parse finds. pdf-parse's public `getText()`/`getTable()` give strings only; the
 * positions (to order cells, spot footnote marks, join wrapped lines and rows split by a page break)
 * and the spans of merged cells come from the document it loads and its table finder, reached
 * through the members below (pdf-parse 2.4.5, pinned), checked at run time.
 */
import { PDFParse } from 'pdf-parse';
import { VanbanError } from '../errors.js';
import type { PdfItem } from './pdf-layout.js';
import type { PdfTableGeometry } from './pdf-tables.js';

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /** Text items in the order the producer wrote them. */
  items: PdfItem[];
  tables: PdfTableGeometry[];
}

interface PdfPoint {
  x: number;
  y: number;
}

interface PdfJsPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean }> }>;
  cleanup(): void;
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}

/** A rule of pdf-parse's geometry (`Line`, ends ordered left to right or top to bottom). */
interface PdfParseLine {
  from: PdfPoint;
  to: PdfPoint;
}

/** The members of pdf-parse's PDFParse that this reader uses beyond the public ones. */
interface ParserInternals {
  load(): Promise<PdfJsDocument>;
  /** The page's drawn lines (a `LineStore`, whose class pdf-parse exports). */
  getPageTables(page: PdfJsPage): Promise<{
    hLines: PdfParseLine[];
    vLines: PdfParseLine[];
    normalize(): void;
    getTables(): Array<{ rowPivots: number[]; colPivots: number[] }>;
  }>;
}

function internals(parser: PDFParse): ParserInternals {
  const p = parser as unknown as Partial<ParserInternals>;
  if (typeof p.load !== 'function' || typeof p.getPageTables !== 'function') {
    throw new Error('this pdf-parse version does not expose load() and getPageTables(); vanban needs pdf-parse 2.4.5');
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

const apply = (m: number[], x: number, y: number): [number, number] => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];

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
      const store = await pdf.getPageTables(page);
      // the drawn segments as they are: pdf-parse's merged rules lose where a rule stops (its gaps)
      const hSegments = store.hLines.map((l) => ({ at: l.from.y, from: l.from.x, to: l.to.x }));
      const vSegments = store.vLines.map((l) => ({ at: l.from.x, from: l.from.y, to: l.to.y }));
      store.normalize();
      const tables = store
        .getTables()
        .filter((t) => t.rowPivots.length > 1 && t.colPivots.length > 1)
        .map((t) => {
          const box = { x0: t.colPivots[0]!, y0: t.rowPivots[0]!, x1: t.colPivots[t.colPivots.length - 1]!, y1: t.rowPivots[t.rowPivots.length - 1]! };
          const inX = (v: number) => v >= box.x0 - 2 && v <= box.x1 + 2;
          const inY = (v: number) => v >= box.y0 - 2 && v <= box.y1 + 2;
          return {
            box,
            rowRules: t.rowPivots,
            colRules: t.colPivots,
            hRules: hSegments.filter((r) => inY(r.at) && inX(r.from) && inX(r.to)),
            vRules: vSegments.filter((r) => inX(r.at) && inY(r.from) && inY(r.to)),
          };
        });
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
