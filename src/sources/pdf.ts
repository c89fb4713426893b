/**
 * The PDF source (pdf-parse 2): each page's text items and ruled tables (pdf-document.ts) become the
 * line tree the text source yields. Running headers and footers (page numbers, lines repeated in the
 * page margins) are dropped; footnote numbers at the foot of a page become `¹ …` lines; the lines a
 * paragraph wraps over are joined; a ruled table is a `table` node with its spans, and a table going
 * on over the next page is one table again, the first row after each break marked `afterPageBreak`
 * (what that row means — a header printed again, a row the break split — the task-table reader
 * says). The pages without a text layer (a scan) are read by OCR (ocr.ts), unless OCR is off: then a
 * PDF with no text layer is a typed error, as is one that needs a password. Places are the lines of
 * the extracted text; every node carries its page.
 */
import { VanbanError } from '../errors.js';
import { stripDiacritics } from '../text/fold.js';
import { numberLines } from './line-collector.js';
import type { SourceOcr } from '../schema/decision.js';
import type { BlockNode, RootNode, TableCellNode, TableNode, TableRowNode } from '../tree.js';
import { readPdf, type PdfPage } from './pdf-document.js';
import { itemsToLines, joinWrapped, toSuperscript, type PdfItem, type PdfLine } from './pdf-layout.js';
import { buildTable, continuesTable, inTable, type PdfTable } from './pdf-tables.js';

export interface PdfOptions {
  file?: string | null;
  /** OCR: 'auto' (default) reads the pages without a text layer, 'force' every page, 'off' none. */
  ocr?: OcrMode;
  /** The most pages read: a PDF with more is a `too-large` error, told before any page is read. */
  maxPages?: number;
  /** Called after each page read by OCR. */
  onOcrPage?: (page: number, total: number) => void;
}

export type OcrMode = 'auto' | 'off' | 'force';

/** A PDF's tree, and how its scanned pages were read (null when none was). */
export interface PdfDocument {
  tree: RootNode;
  ocr: SourceOcr | null;
}

type Block = { kind: 'lines'; lines: PdfLine[] } | { kind: 'table'; table: PdfTable };

interface LaidPage {
  page: PdfPage;
  blocks: Block[];
}

/** The share of the page height at its foot where the notes under a table that goes on over the page print. */
const FOOT = 0.25;
/** The share of the page height at its top and bottom where running headers and footers print. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^(?:trang\s{0,3})?[-–]?\s{0,3}\d{1,4}\s{0,3}[-–]?(?:\s{0,3}\/\s{0,3}\d{1,4})?$/iu;
const FOOTNOTE = /^(\d{1,3})\s?(\S.*)$/u;
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu;

/** A page's items, in order, as runs of lines between its tables. */
function layoutPage(page: PdfPage): LaidPage {
  const blocks: Block[] = [];
  const tableItems = page.tables.map(() => [] as PdfItem[]);
  const placed = new Set<number>();
  let run: PdfItem[] = [];
  const flush = () => {
    if (run.length) blocks.push({ kind: 'lines', lines: itemsToLines(run) });
    run = [];
  };
  const pending: Array<{ at: number; table: number }> = [];
  for (const item of page.items) {
    const t = page.tables.findIndex((g) => inTable(g, item));
    if (t < 0) {
      run.push(item);
      continue;
    }
    tableItems[t]!.push(item);
    if (!placed.has(t) && item.str.trim() !== '') {
      placed.add(t);
      flush();
      pending.push({ at: blocks.length, table: t });
      blocks.push({ kind: 'lines', lines: [] });
    }
  }
  flush();
  for (const { at, table } of pending) blocks[at] = { kind: 'table', table: buildTable(page.number, page.tables[table]!, tableItems[table]!) };
  return { page, blocks: blocks.filter((b) => b.kind === 'table' || b.lines.length > 0) };
}

type Zone = 'top' | 'bottom' | null;

function zoneOf(line: PdfLine, page: PdfPage): Zone {
  if (line.y < MARGIN * page.height) return 'top';
  if (line.y > (1 - MARGIN) * page.height) return 'bottom';
  return null;
}

/**
 * The key of a margin line repeated from page to page: its letters without diacritics or case (the
 * page numbers in it differ, and OCR reads the same footer with a slip of a mark from page to page:
 * `TRIỂN` on one, `TRIỀN` on the next); a line without letters keeps its text, numbers as `#`.
 */
function runningKey(zone: Zone, line: PdfLine): string {
  const letters = stripDiacritics(line.text).toLowerCase().replace(/[^a-z]/gu, '');
  return `${zone}\u0000${letters || line.text.replace(/\d{1,6}/gu, '#')}`;
}

/**
 * A running header or footer prints on a good share of the pages; a line that a document's first
 * page and an attached programme's first page both open with ("CHÍNH PHỦ") prints on two of many.
 */
const RUNNING_SHARE = 0.3;
/** Print sizes within this share of each other are one size (OCR measures a line's size with a pixel or two of slack). */
const SAME_SIZE = 0.35;
/** Lines this near in height on their pages (share of the page height) are in one place: a scan's pages shift a little. */
const SAME_PLACE = 0.03;

/**
 * Drops page numbers and the lines repeated in the same place of the same margin, in the same print
 * size, of two pages or more and of a good share of them: a title page's "BỘ Y TẾ" printed lower
 * down is no running header, though the header box at the top of the pages after it repeats the words.
 */
function dropRunning(pages: LaidPage[]): void {
  const runningPages = Math.max(2, Math.ceil(RUNNING_SHARE * pages.length));
  const seen = new Map<string, Array<{ page: number; size: number; at: number }>>();
  for (const { page, blocks } of pages) {
    for (const b of blocks) {
      if (b.kind !== 'lines') continue;
      for (const line of b.lines) {
        const zone = zoneOf(line, page);
        if (!zone) continue;
        const key = runningKey(zone, line);
        const at = seen.get(key);
        const place = { page: page.number, size: line.size, at: line.y / page.height };
        if (at) at.push(place);
        else seen.set(key, [place]);
      }
    }
  }
  // the other pages that print the line in the same place and size, with this one a good share of them
  const repeated = (key: string, page: PdfPage, line: PdfLine) =>
    new Set(
      (seen.get(key) ?? [])
        .filter((o) => o.page !== page.number && Math.abs(o.size - line.size) <= SAME_SIZE * Math.max(o.size, line.size) && Math.abs(o.at - line.y / page.height) <= SAME_PLACE)
        .map((o) => o.page),
    ).size +
      1 >=
    runningPages;
  for (const laid of pages) {
    for (const b of laid.blocks) {
      if (b.kind !== 'lines') continue;
      b.lines = b.lines.filter((line) => {
        const zone = zoneOf(line, laid.page);
        if (!zone) return true;
        return !(PAGE_NUMBER.test(line.text) || (pages.length > 1 && repeated(runningKey(zone, line), laid.page, line)));
      });
    }
    laid.blocks = laid.blocks.filter((b) => b.kind === 'table' || b.lines.length > 0);
  }
}

/** The font size most of the page's text is printed in. */
function bodySize(page: PdfPage): number {
  const counts = new Map<number, number>();
  for (const item of page.items) counts.set(Math.round(item.size), (counts.get(Math.round(item.size)) ?? 0) + item.str.trim().length);
  let best = 0;
  let most = -1;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/** The footnotes at a page's foot: smaller lines opening with a number the page prints as a footnote mark. */
function markFootnotes(laid: LaidPage): Set<PdfLine> {
  const marks = new Set<string>();
  for (const b of laid.blocks) {
    const texts = b.kind === 'lines' ? b.lines.map((l) => l.text) : b.table.grid.flat().map((s) => s?.cell.text ?? '');
    for (const t of texts) for (const m of t.match(SUPERSCRIPTS) ?? []) marks.add(m);
  }
  const notes = new Set<PdfLine>();
  if (marks.size === 0) return notes;
  const size = bodySize(laid.page);
  for (const b of laid.blocks) {
    if (b.kind !== 'lines') continue;
    let inNote = false;
    for (const line of b.lines) {
      const small = line.size < size - 0.5;
      const m = FOOTNOTE.exec(line.text);
      if (small && m && marks.has(toSuperscript(m[1]!))) {
        line.text = `${toSuperscript(m[1]!)} ${m[2]}`;
        inNote = true;
      }
      // a note's text goes on, as small, on the lines below its number
      if (inNote && small) notes.add(line);
      else inNote = false;
    }
  }
  return notes;
}

/** Joins each table that goes on over the next page into its first part. */
function joinTables(pages: LaidPage[], notes: Set<PdfLine>): void {
  let open: { root: PdfTable; page: number; colRules: number[] } | null = null;
  for (const laid of pages) {
    // a page's notes: its footnotes, and the lines at its foot that a scan's OCR could not tell for
    // footnotes (their numbers lost, their print size not told): small print, or lines in the page's
    // lowest quarter under its last table
    const size = bodySize(laid.page);
    const atFoot = (l: PdfLine) => (l.size < size - 0.5 && zoneOf(l, laid.page) !== 'top') || l.y > (1 - FOOT) * laid.page.height;
    const onlyNotes = (blocks: Block[]) => blocks.every((b) => b.kind === 'lines' && b.lines.every((l) => notes.has(l) || atFoot(l)));
    const first = laid.blocks[0];
    let continued = false;
    if (open && first?.kind === 'table' && continuesTable({ ...open.root, page: open.page, colRules: open.colRules }, first.table)) {
      open.root.grid.push(...first.table.grid);
      open.root.rowPages.push(...first.table.rowPages);
      open.page = laid.page.number;
      open.colRules = first.table.colRules;
      laid.blocks.shift();
      continued = true;
    }
    const last = laid.blocks.findLastIndex((b) => b.kind === 'table');
    const table = laid.blocks[last];
    if (table?.kind === 'table' && onlyNotes(laid.blocks.slice(last + 1))) {
      open = { root: table.table, page: laid.page.number, colRules: table.table.colRules };
    } else if (!(continued && onlyNotes(laid.blocks))) {
      open = null;
    }
  }
}

const NOWHERE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** A ruled table as a `table` node: a cell where it starts, with its spans; each row with its page. */
function tableNode(table: PdfTable): TableNode {
  const rows: TableRowNode[] = table.grid.map((slots, r) => {
    const page = table.rowPages[r]!;
    const cells: TableCellNode[] = [];
    for (const slot of slots) {
      if (!slot || slot.rowOffset !== 0 || slot.colOffset !== 0) continue;
      const text = slot.cell.text.trim();
      cells.push({
        type: 'tableCell',
        rowSpan: slot.cell.rowSpan,
        colSpan: slot.cell.colSpan,
        children: text ? [{ type: 'line', value: text, indent: 0, position: NOWHERE, data: { page } }] : [],
        position: NOWHERE,
        data: { page },
      });
    }
    const afterPageBreak = r > 0 && page !== table.rowPages[r - 1];
    return { type: 'tableRow', children: cells, position: NOWHERE, data: afterPageBreak ? { page, afterPageBreak } : { page } };
  });
  return { type: 'table', children: rows, position: NOWHERE, data: { page: table.page, grid: 'spans' } };
}

const blankPage = (page: PdfPage) => page.items.every((i) => i.str.trim() === '');

/**
 * The blocks (lines and tables) of laid-out pages (a PDF's, or page images read by OCR), each with
 * `data.page`: the page it starts on.
 */
export function pagesToBlocks(pages: PdfPage[]): BlockNode[] {
  const laid = pages.map(layoutPage);
  dropRunning(laid);
  const notes = new Set<PdfLine>();
  for (const page of laid) for (const n of markFootnotes(page)) notes.add(n);
  joinTables(laid, notes);
  const out: BlockNode[] = [];
  for (const { page, blocks } of laid) {
    for (const b of blocks) {
      if (b.kind === 'table') out.push(tableNode(b.table));
      else for (const l of joinWrapped(b.lines)) out.push({ type: 'line', value: l.text, indent: 0, position: NOWHERE, data: { page: page.number } });
    }
  }
  return numberLines(out);
}

/** A PDF's tree; the pages without a text layer read by OCR (unless `ocr: 'off'`). */
export async function pdfToDocument(input: Uint8Array, options: PdfOptions = {}): Promise<PdfDocument> {
  const file = options.file ?? null;
  const mode = options.ocr ?? 'auto';
  const pages = await readPdf(input, file, options.maxPages);
  if (pages.length === 0) throw new VanbanError('invalid-pdf', 'the PDF has no pages', { file });
  const scanned = mode === 'force' ? pages : mode === 'auto' ? pages.filter(blankPage) : [];
  let ocr: SourceOcr | null = null;
  if (scanned.length > 0) {
    // the OCR engine loads only when a scanned page comes
    const { ocrInfo, ocrPdfPages } = await import('./ocr.js');
    ocr = ocrInfo(await ocrPdfPages(input, scanned, { file, onPage: options.onOcrPage }));
  }
  if (pages.every(blankPage)) {
    const what = `the PDF has no text layer (${pages.length} page${pages.length > 1 ? 's' : ''} of images or drawings: a scan?)`;
    const why = mode === 'off' ? 'its text cannot be read without OCR, which was turned off' : 'and OCR found no text on it';
    throw new VanbanError('scanned-pdf', `${what}: ${why}`, { file });
  }
  return { tree: { type: 'root', children: pagesToBlocks(pages) }, ocr };
}

/** The blocks (lines and tables) of a PDF. */
export async function pdfToBlocks(input: Uint8Array, options: PdfOptions = {}): Promise<BlockNode[]> {
  return (await pdfToDocument(input, options)).tree.children;
}

export async function pdfToTree(input: Uint8Array, options: PdfOptions = {}): Promise<RootNode> {
  return (await pdfToDocument(input, options)).tree;
}
