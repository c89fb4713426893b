/**
 * A table of a structured source (HTML, Markdown, DOCX via HTML) to the lines the text pipeline
 * reads: a data table gives one line per row with its `cells` (as pdf-to-text output does), a
 * layout table (the header block: issuer | motto, number | place and date; the closing: recipients |
 * signature) gives its cells' lines one after the other in reading order, as plain lines.
 */
import type { Position } from 'unist';
import { readHeaderRow } from '../recognise/tables/columns.js';
import { foldedPrefix, isMottoLine, vocabulary } from '../recognise/vocabulary.js';
import type { LineNode } from '../tree.js';
import { expandGrid, type Slot, type SpanningCell } from './table-grid.js';

export interface SourceCell {
  /** The cell's lines (paragraphs, line breaks; a nested table's rows), already cleaned. */
  lines: LineNode[];
  position: Position;
}

export interface SourceRow {
  cells: Array<SpanningCell<SourceCell>>;
  position: Position;
}

export type TableKind = 'data' | 'layout';

/** Rows searched for a header that names the task table's columns. */
const HEADER_ROWS = 3;
const NUMBER_LINE = /^Số\s{0,3}[:.]/u;

/** A data cell's text: its lines (a nested table's rows too) joined by spaces. */
const cellText = (cell: SourceCell) => cell.lines.map((l) => l.value.replace(/\t/gu, ' ')).join(' ').replace(/ {2,}/gu, ' ').trim();

/** A row's cell texts as a data row: a cell spanning rows repeats in each, one spanning columns fills its first. */
function rowTexts(row: Array<Slot<SourceCell> | null>): string[] {
  return row.map((slot) => (slot && slot.colOffset === 0 ? cellText(slot.value) : ''));
}

/** Text that belongs to a document's header or closing block, never to a data table. */
function isBlockMarker(text: string): boolean {
  return (
    isMottoLine(text) ||
    NUMBER_LINE.test(text) ||
    foldedPrefix(text, vocabulary.recipientsStarts) !== null ||
    foldedPrefix(text, vocabulary.addresseeStarts) !== null ||
    vocabulary.signingPrefixes.some((p) => text.startsWith(`${p} `))
  );
}

/**
 * Data or layout: a table whose first rows name the task columns is data; one holding the motto, a
 * number, recipients or a signature, or with two columns at most, lays out a block; others are data.
 */
export function tableKind(grid: Array<Array<Slot<SourceCell> | null>>): TableKind {
  if (grid.slice(0, HEADER_ROWS).some((row) => readHeaderRow(rowTexts(row)) !== null)) return 'data';
  const width = grid[0]?.length ?? 0;
  if (width <= 2) return 'layout';
  const marked = grid.some((row) => row.some((slot) => slot?.origin && slot.value.lines.some((l) => isBlockMarker(l.value))));
  return marked ? 'layout' : 'data';
}


/** The lines of one table, in reading order. */
export function tableToLines(rows: SourceRow[]): LineNode[] {
  return gridToLines(
    expandGrid(rows.map((r) => r.cells)),
    rows.map((r) => r.position),
  );
}

/** The lines of a table already expanded into its grid (one position per row). */
export function gridToLines(grid: Array<Array<Slot<SourceCell> | null>>, positions: Position[]): LineNode[] {
  const out: LineNode[] = [];
  if (tableKind(grid) === 'layout') {
    for (const row of grid) {
      for (const slot of row) {
        if (!slot?.origin) continue;
        out.push(...slot.value.lines.filter((l) => l.value.trim() !== ''));
      }
    }
    return out;
  }
  grid.forEach((row, r) => {
    const cells = rowTexts(row);
    if (cells.every((c) => c === '')) return;
    out.push({ type: 'line', value: cells.join('\t'), indent: 0, position: positions[r]!, cells });
  });
  return out;
}
