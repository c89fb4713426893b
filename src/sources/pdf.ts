/**
 * The PDF source (pdf-parse 2): each page's text items and ruled tables (pdf-document.ts) become the
 * line tree the text source yields. Running headers and footers (page numbers, lines repeated in the
 * page margins) are dropped; footnote numbers at the foot of a page become `¹ …` lines; the lines a
 * paragraph wraps over are joined; a table going on over the next page is one table again (its
 * repeated header dropped, split rows joined). A PDF with no text layer (a scan) or one that needs
 * a password is a typed error that says so. Places are the lines of the extracted text.
 */
import { VanbanError } from '../errors.js';
import { numberLines } from './line-collector.js';
import type { LineNode, RootNode } from '../tree.js';
import { readPdf, type PdfPage } from './pdf-document.js';
import { itemsToLines, joinWrapped, toSuperscript, type PdfItem, type PdfLine } from './pdf-layout.js';
import { buildTable, continuesTable, inTable, joinContinuation, type PdfTable } from './pdf-tables.js';
import type { Slot } from './table-grid.js';
import { gridToLines, type SourceCell } from './table-lines.js';

export interface PdfOptions {
  file?: string | null;
  /** The most pages read: a PDF with more is a `too-large` error, told before any page is read. */
  maxPages?: number;
}

type Block = { kind: 'lines'; lines: PdfLine[] } | { kind: 'table'; table: PdfTable };

interface LaidPage {
  page: PdfPage;
  blocks: Block[];
}

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

const runningKey = (zone: Zone, line: PdfLine) => `${zone}\u0000${line.text.replace(/\d{1,6}/gu, '#')}`;

/** Drops page numbers and the lines repeated in the same margin of two pages or more. */
function dropRunning(pages: LaidPage[]): void {
  const seen = new Map<string, Set<number>>();
  for (const { page, blocks } of pages) {
    for (const b of blocks) {
      if (b.kind !== 'lines') continue;
      for (const line of b.lines) {
        const zone = zoneOf(line, page);
        if (!zone) continue;
        const key = runningKey(zone, line);
        seen.set(key, (seen.get(key) ?? new Set()).add(page.number));
      }
    }
  }
  for (const laid of pages) {
    for (const b of laid.blocks) {
      if (b.kind !== 'lines') continue;
      b.lines = b.lines.filter((line) => {
        const zone = zoneOf(line, laid.page);
        if (!zone) return true;
        return !(PAGE_NUMBER.test(line.text) || (pages.length > 1 && (seen.get(runningKey(zone, line))?.size ?? 0) >= 2));
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
  const onlyNotes = (blocks: Block[]) => blocks.every((b) => b.kind === 'lines' && b.lines.every((l) => notes.has(l)));
  let open: { root: PdfTable; page: number; colRules: number[]; header: string[] } | null = null;
  for (const laid of pages) {
    const first = laid.blocks[0];
    let continued = false;
    if (open && first?.kind === 'table' && continuesTable({ ...open.root, page: open.page, colRules: open.colRules }, first.table)) {
      joinContinuation(open.root, first.table, open.header);
      open.root.grid.push(...first.table.grid);
      open.page = laid.page.number;
      open.colRules = first.table.colRules;
      laid.blocks.shift();
      continued = true;
    }
    const last = laid.blocks.findLastIndex((b) => b.kind === 'table');
    const table = laid.blocks[last];
    if (table?.kind === 'table' && onlyNotes(laid.blocks.slice(last + 1))) {
      const header = (table.table.grid[0] ?? []).map((s) => (s && s.colOffset === 0 ? s.cell.text : ''));
      open = { root: table.table, page: laid.page.number, colRules: table.table.colRules, header };
    } else if (!(continued && onlyNotes(laid.blocks))) {
      open = null;
    }
  }
}

const NOWHERE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function tableLines(table: PdfTable): LineNode[] {
  const cells = new Map<object, SourceCell>();
  const grid: Array<Array<Slot<SourceCell> | null>> = table.grid.map((row) =>
    row.map((slot) => {
      if (!slot) return null;
      let value = cells.get(slot.cell);
      if (!value) {
        value = { lines: [{ type: 'line', value: slot.cell.text, indent: 0, position: NOWHERE }], position: NOWHERE };
        cells.set(slot.cell, value);
      }
      return { value, origin: slot.rowOffset === 0 && slot.colOffset === 0, rowOffset: slot.rowOffset, colOffset: slot.colOffset };
    }),
  );
  return gridToLines(grid, table.grid.map(() => NOWHERE));
}

/** The lines of a PDF. */
export async function pdfToLines(input: Uint8Array, options: PdfOptions = {}): Promise<LineNode[]> {
  const file = options.file ?? null;
  const pages = await readPdf(input, file, options.maxPages);
  if (pages.length === 0) throw new VanbanError('invalid-pdf', 'the PDF has no pages', { file });
  if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) {
    throw new VanbanError('scanned-pdf', `the PDF has no text layer (${pages.length} page${pages.length > 1 ? 's' : ''} of images or drawings: a scan?): its text cannot be read without OCR`, { file });
  }
  const laid = pages.map(layoutPage);
  dropRunning(laid);
  const notes = new Set<PdfLine>();
  for (const page of laid) for (const n of markFootnotes(page)) notes.add(n);
  joinTables(laid, notes);
  const out: LineNode[] = [];
  for (const { blocks } of laid) {
    for (const b of blocks) {
      if (b.kind === 'table') out.push(...tableLines(b.table));
      else for (const l of joinWrapped(b.lines)) out.push({ type: 'line', value: l.text, indent: 0, position: NOWHERE });
    }
  }
  return numberLines(out);
}

export async function pdfToTree(input: Uint8Array, options: PdfOptions = {}): Promise<RootNode> {
  return { type: 'root', children: await pdfToLines(input, options) };
}
