/**
 * The document tree (unist), the contract between the stages as mdast is for remark.
 *
 * Sources emit structure and never interpret it: a root whose children are `line` nodes (a line,
 * or a paragraph the source already joined) and `table` nodes (`table › tableRow › tableCell ›
 * line…`, with the spans the source printed). Every node keeps its place in the source; PDF nodes
 * also carry `data.page`. Normalisation passes clean the lines of the root and of every cell;
 * recognisers unwrap layout tables (issuer | motto, recipients | signature) into lines and read
 * the task tables from the `table` nodes that remain.
 */
import type { Data, Literal, Node, Parent, Position } from 'unist';
import { foldSpaces } from './text/fold.js';

export interface BlockData extends Data {
  /** The PDF page the node was printed on. */
  page?: number;
}

export interface LineData extends BlockData {
  /**
   * The text the line begins with in bold or italics, as the source marked it (Markdown `**…**`,
   * `*…*`; HTML `<strong>`, `<b>`, `<em>`, `<i>`), marks out: where a heading ends ("Điều 4." of `**Điều 4. **Chánh Văn phòng…`: the
   * article has no title; `*- Thủy sản*`: the whole line is a heading).
   */
  emphasisLead?: string;
  /**
   * The line opens a block of the page's text: plain pdf-to-text (no `-layout`) prints a page's text
   * blocks — a paragraph, a table's cell — one after another, apart by blank lines, the lines of a
   * block together. Set only on text printed so (form feeds between pages, no columns laid out).
   */
  blockStart?: boolean;
}

export interface LineNode extends Literal {
  type: 'line';
  /** The line's text, without its indentation. */
  value: string;
  /** Leading spaces in the source (continuation lines of scraped pages are indented). */
  indent: number;
  /** Text a pass took out of the line (footnote markers …), kept so nothing is lost silently. */
  removed?: string[];
  position: Position;
  data?: LineData;
}

export interface TableCellData extends BlockData {
  /**
   * An empty cell a saved page printed as a separator where a row breaks (`|` `|` `|`): the page
   * does not say whether it ends the row before or opens the row after; the source puts it at the
   * end of the row before.
   */
  atRowBreak?: boolean;
}

export interface TableCellNode extends Parent {
  type: 'tableCell';
  /** Rows the cell covers, as the source printed it (1 when it spans none). */
  rowSpan: number;
  /** Columns the cell covers. */
  colSpan: number;
  children: LineNode[];
  position: Position;
  data?: TableCellData;
}

export interface TableRowData extends BlockData {
  /** The row is the first after a page break inside the table (PDF): it may go on from the row before. */
  afterPageBreak?: boolean;
  /**
   * A header row read from two printed rows: the lines of the header cell that the names of its
   * sub-columns stand in for ("Quy mô" over "Chiều dài (km)" | "Công suất (MVA)"), which no column
   * is named by, kept to be reported.
   */
  overSubColumns?: LineNode[];
}

export interface TableRowNode extends Parent {
  type: 'tableRow';
  children: TableCellNode[];
  position: Position;
  data?: TableRowData;
}

export interface TableData extends BlockData {
  /**
   * How the source printed the grid: `spans` when spanning cells are explicit (HTML, DOCX, GFM, PDF
   * rules, tab-separated text), `pipes` when it is a saved page's one cell per line group between
   * lone `|` lines, where a row shortened by a cell spanning from above is printed short and an
   * empty cell looks like a row break; `layout` when it is text laid out as on the page, where a
   * cell spanning rows prints its text once and leaves the rows below it blank, as an empty cell does.
   */
  grid?: 'spans' | 'pipes' | 'layout';
}

export interface TableNode extends Parent {
  type: 'table';
  children: TableRowNode[];
  position: Position;
  data?: TableData;
}

/** A block of the document: a line (paragraph) or a table. */
export type BlockNode = LineNode | TableNode;

export interface RootData extends Data {
  /**
   * The input's text a source left outside the document it took from a page (a web page's chrome
   * around its content element: breadcrumbs, menus, the site's table of contents, its footer), in
   * order: said in a diagnostic, so that nothing is dropped without a trace.
   */
  leftOut?: LineNode[];
}

export interface RootNode extends Parent {
  type: 'root';
  children: BlockNode[];
  data?: RootData;
}

export type VanbanNode = RootNode | BlockNode | TableRowNode | TableCellNode | Node;

export const isLine = (node: BlockNode | undefined): node is LineNode => node?.type === 'line';
export const isTable = (node: BlockNode | undefined): node is TableNode => node?.type === 'table';

/** A cell's text: its lines joined by spaces. */
export function cellText(cell: TableCellNode): string {
  const lines = cell.children;
  if (lines.length === 0) return '';
  return foldSpaces(lines.length === 1 ? lines[0]!.value : lines.map((l) => l.value).join(' '));
}

/** The lines of a table's cells in reading order (row by row, cell by cell): a layout table unwrapped. */
export function tableLines(table: TableNode): LineNode[] {
  const out: LineNode[] = [];
  for (const row of table.children) for (const cell of row.children) out.push(...cell.children);
  return out;
}

/** A block's lines: a line itself, a table's cells' lines in reading order. */
export function blockLines(block: BlockNode): LineNode[] {
  return block.type === 'line' ? [block] : tableLines(block);
}

/** A table as lines of text: one a row, its cells joined by tabs (as pdf-to-text prints a table), at the row's place. */
export function tableRowLines(table: TableNode): LineNode[] {
  return table.children.map((row) => ({ type: 'line', value: row.children.map(cellText).join('\t'), indent: 0, position: row.position, data: row.data }));
}

/** A table as text: one line a row, cells joined by tabs. */
export function tableText(table: TableNode): string {
  return tableRowLines(table)
    .map((l) => l.value)
    .join('\n');
}

/** The lines of the document's text: a line as it is, a table as one line a row. */
export function textLines(blocks: BlockNode[]): LineNode[] {
  return blocks.flatMap((b) => (b.type === 'line' ? [b] : tableRowLines(b)));
}

/** A block as text. */
export function blockText(block: BlockNode): string {
  return block.type === 'line' ? block.value : tableText(block);
}

/** How many cells at the end of a row a saved page printed at the row break after it (`atRowBreak`). */
export function trailingRowBreakCells(cells: ReadonlyArray<TableCellNode | null>): number {
  let n = 0;
  while (n < cells.length && cells[cells.length - 1 - n]?.data?.atRowBreak) n++;
  return n;
}
