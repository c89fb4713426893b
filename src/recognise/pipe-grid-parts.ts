/**
 * A saved page's pipe grid holds more than its tables: the page converter puts a lone `|` between
 * every cell of every table and also between a table and the text after it, with no blank line, so
 * the header block, the body, the closing, an appendix's title and its task table can all come as
 * one grid. Two rules of how such pages are made part it again:
 * - a task table begins where a row holds a task header (from the cell that opens it: `STT`, `TT`
 *   or a task column's name); the cells before that cell are text before the table;
 * - a task table ends at the first row with more cells than its header: that row's first cells
 *   are its last row, and the cells past the header's width are the text after the table (where
 *   another table may begin); it ends too before a row holding a Markdown heading, where the
 *   page's own sections begin.
 * Everything outside the task tables is given back as lines, in reading order.
 */
import { type BlockNode, cellText, type LineNode, type TableCellNode, type TableNode, type TableRowNode, trailingRowBreakCells } from '../tree.js';
import { columnRole, isTotalsText, readHeaderRow } from './tables/columns.js';
import { isStt } from './tables/stt.js';

const MAX_HEADER_CELLS = 14;
/** A heading numbered in the outline ("2. Các nhiệm vụ …", "II. …", "a) …") is no column's name. */
const OUTLINE_NUMBERED = /^(?:\d{1,3}|[IVXL]{1,6}|[a-zđA-Z])[.)]\s/u;
/** A column's name is short; a longer cell (an appendix's title naming its tasks) is no header cell. */
const MAX_NAME = 80;

/**
 * Where a task header begins among a row's cells, or -1: at an STT cell ("STT", "TT"), else at a
 * task column's name, the cells from there to the row's end being short names that make a header.
 */
function headerStart(cells: TableCellNode[]): number {
  const names = cells.map(cellText);
  const startsHeader = (j: number) => {
    let end = j;
    while (end < names.length && end - j < MAX_HEADER_CELLS && names[end]!.length <= MAX_NAME) end++;
    return end === names.length && readHeaderRow(names.slice(j, end)) !== null;
  };
  const roles = names.map((n) => (n.length <= MAX_NAME && !OUTLINE_NUMBERED.test(n) ? columnRole(n) : null));
  for (const opener of ['stt', 'task'] as const) {
    for (let j = 0; j + 2 < cells.length; j++) if (roles[j] === opener && startsHeader(j)) return j;
  }
  return -1;
}

/** Rows after a header looked at to tell its width. */
const ROWS_SEEN = 8;

/**
 * The header's first cell, widened to the left by the cells before it when the rows under it are
 * that much wider than the header found: first columns whose names have no role and open no header
 * ("Lĩnh vực", "Nhóm", a unit column before the task, or a name not printed) are the header's too,
 * not text before the table. Two of the next rows at least must say so (a single wider row is the
 * table's last, with text after it); the cells taken are short names, none an outline heading.
 */
function widenedToRows(cells: TableCellNode[], at: number, next: TableRowNode[]): number {
  const width = cells.length - at;
  const printed = (row: TableRowNode) => row.children.length - trailingRowBreakCells(row.children);
  const widths = next.map(printed);
  let d = 0;
  while (d < at && isColumnName(cellText(cells[at - d - 1]!))) d++;
  for (; d > 0; d--) if (widths.filter((w) => w === width + d).length >= 2) return at - d;
  return at;
}

const isColumnName = (text: string) => text.length <= MAX_NAME && !OUTLINE_NUMBERED.test(text);

const printedWidth = (row: TableRowNode) => row.children.length - trailingRowBreakCells(row.children);

/** What a cell holds, to tell the sub-columns of one header cell: numbers alike, words alike. */
const cellKind = (text: string) => (text === '' ? 'empty' : /^[\d\s.,x+%/()-]{1,40}$/u.test(text) ? 'number' : 'words');

/** Rows under a header looked at to tell whether the row under it names sub-columns. */
const ROWS_SEEN_UNDER_SUB = 40;

/**
 * The rows of the grid under a header row, up to the first that begins a table or a page section of
 * its own (ROWS_SEEN_UNDER_SUB at most): where a header's sub-columns may show in the rows' widths.
 * Rows whose empty cells read as row breaks are printed in pieces, so the rows that show the width
 * may come well below the header.
 */
function rowsUnder(rows: TableRowNode[], from: number): TableRowNode[] {
  const under: TableRowNode[] = [];
  for (let r = from; r < rows.length && under.length < ROWS_SEEN_UNDER_SUB; r++) {
    if (pageHeadingAt(rows[r]!) >= 0 || headerStart(rows[r]!.children) >= 0) break;
    under.push(rows[r]!);
  }
  return under;
}

/**
 * A row as wide as `width` cells: its printed cells no more, and with the empty cells printed at
 * the row break after them (the row's last, empty cells: "2025" | | | before a numbered row) no
 * fewer — and at least as wide as the header row, which it is then wider than.
 */
const isAsWideAs = (row: TableRowNode, width: number, headerWidth: number) => {
  const printed = printedWidth(row);
  return printed >= headerWidth && printed <= width && row.children.length >= width;
};

/**
 * A header printed on two rows ("Số lượng" over "Cấp trung học cơ sở" | "Cấp trung học phổ thông"):
 * the row under the header holds only short names, none an STT, fewer than the header's cells, and
 * the rows below are as wide as the header with one of its cells split into them (two of them at
 * least). The cell split is the one whose sub-columns hold cells alike in the rows below (the
 * cells under one name are of one kind), in two of those rows at least. The header as one row, the
 * sub-columns' names in place of the cell they split (the names a reader keeps, as under a cell
 * spanning sub-columns), or null.
 */
function withSubColumns(header: TableRowNode, sub: TableRowNode, next: TableRowNode[]): TableRowNode | null {
  const width = header.children.length;
  const k = printedWidth(sub);
  const names = sub.children.slice(0, k).map(cellText);
  if (k < 2 || k >= width || names.some((n) => n === '' || !isColumnName(n) || isStt(n) || columnRole(n) === 'stt')) return null;
  const wide = next.filter((row) => isAsWideAs(row, width + k - 1, width));
  if (wide.length < 2) return null;
  let best = -1;
  let bestScore = 1;
  header.children.forEach((cell, p) => {
    const role = columnRole(cellText(cell));
    if (role === 'stt' || role === 'task') return;
    const score = wide.filter((row) => new Set(row.children.slice(p, p + k).map((c) => cellKind(cellText(c)))).size === 1).length;
    if (score >= bestScore) [best, bestScore] = [p, score];
  });
  if (best < 0) return null;
  const merged = rowOf(header, [...header.children.slice(0, best), ...sub.children.slice(0, k), ...header.children.slice(best + 1)]);
  return { ...merged, data: { ...merged.data, overSubColumns: header.children[best]!.children } };
}

/** An empty cell where a row break was read after `cell`: it was an empty cell of the row. */
const emptyCellAfter = (cell: TableCellNode): TableCellNode => ({
  type: 'tableCell',
  rowSpan: 1,
  colSpan: 1,
  children: [],
  position: { start: cell.position.end, end: cell.position.end },
});

/**
 * A totals row prints its label across the columns before its sum, and the empty cell between them
 * reads as a row break ("Tổng thời gian giải quyết TTHC" | | "12 ngày"): the cells after such a
 * label row go on it when they fit the header's width. True when they were joined to it.
 */
function joinedToTotals(tableRows: TableRowNode[], cells: TableCellNode[], width: number): boolean {
  const prev = tableRows[tableRows.length - 1];
  if (!prev || tableRows.length < 2 || !prev.children[0] || !isTotalsText(cellText(prev.children[0]))) return false;
  const printed = prev.children.length - trailingRowBreakCells(prev.children);
  const taken = cells.length - trailingRowBreakCells(cells);
  if (printed < 1 || printed >= width || printed + 1 + taken > width) return false;
  tableRows[tableRows.length - 1] = rowOf(prev, [...prev.children.slice(0, printed), emptyCellAfter(prev.children[printed - 1]!), ...cells.slice(0, taken)]);
  return true;
}

/**
 * The title of the next table opens the row after a row break: the page closes a table's last row
 * with one `|` before the text after it, so of the two pipes read as the break, one was the
 * separator before the last row's last cell, printed empty ("2029-2030" | | "Bảng III. …"). A last
 * row shorter than the header gets that empty cell back (a last cell spanning from above prints
 * no pipe of its own: "Lâm Đồng" | "Bảng IV. …").
 */
function closedByEmptyCell(tableRows: TableRowNode[], width: number): void {
  const last = tableRows[tableRows.length - 1]!;
  const lastCell = last.children[last.children.length - 1];
  if (tableRows.length < 2 || !lastCell || last.children.length >= width) return;
  tableRows[tableRows.length - 1] = rowOf(last, [...last.children, emptyCellAfter(lastCell)]);
}

const rowOf = (row: TableRowNode, cells: TableCellNode[]): TableRowNode => ({
  ...row,
  children: cells,
  position: cells.length ? { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end } : row.position,
});

const linesOf = (cells: TableCellNode[]): LineNode[] => cells.flatMap((c) => c.children);

/** A Markdown heading: the saved page's own sections ("## Văn bản liên quan"), never a table cell's text. */
const PAGE_HEADING = /^#{1,6}\s/u;
/** The first cell of a row holding a Markdown heading, or -1. */
const pageHeadingAt = (row: TableRowNode) => row.children.findIndex((c) => c.children.some((l) => PAGE_HEADING.test(l.value)));

/** The parts of a pipe grid: its task tables as pipe-grid tables, the rest as lines. */
export function splitPipeGrid(grid: TableNode): BlockNode[] {
  const out: BlockNode[] = [];
  const rows = [...grid.children];
  let r = 0;
  while (r < rows.length) {
    const row = rows[r]!;
    let at = headerStart(row.children);
    if (at < 0) {
      out.push(...linesOf(row.children));
      r++;
      continue;
    }
    at = widenedToRows(row.children, at, rows.slice(r + 1, r + 1 + ROWS_SEEN));
    out.push(...linesOf(row.children.slice(0, at)));
    // empty cells printed at the row break after the header's names are no columns of it
    const header = rowOf(row, row.children.slice(at, row.children.length - trailingRowBreakCells(row.children.slice(at + 1))));
    r++;
    // a header on two rows: the cells of the row under it name the sub-columns of one of its cells
    const twoLevel = rows[r] ? withSubColumns(header, rows[r]!, rowsUnder(rows, r + 1)) : null;
    if (twoLevel) r++;
    const tableRows = [twoLevel ?? header];
    const width = tableRows[0]!.children.length;
    while (r < rows.length) {
      let next = rows[r]!;
      // the page's own sections begin in this row: the table ends with the cells before them
      const heading = pageHeadingAt(next);
      if (heading === 0) break;
      if (heading > 0) {
        rows.splice(r + 1, 0, rowOf(next, next.children.slice(heading)));
        next = rowOf(next, next.children.slice(0, heading));
        rows[r] = next;
      }
      // where a header begins in this row, a new table begins (at its first cell: a header printed again;
      // after it: the next table's title, or this table's last row and the title)
      const nextHeader = headerStart(next.children);
      // empty cells printed at the row break after a row's cells may open the next row: they make it no wider
      if (next.children.length - trailingRowBreakCells(next.children) <= width && heading < 0 && nextHeader < 0) {
        if (!joinedToTotals(tableRows, next.children, width)) tableRows.push(next);
        r++;
        continue;
      }
      // the next table's header begins inside this row, before the header's width: the cells before
      // it are too few to be a row of this table (a total row's sum, the next table's title) and are
      // text between the tables
      if (nextHeader >= 0 && nextHeader < width) {
        // the text between two tables is one cell (the page closes a table's last cell and opens the next
        // table's first with a `|`): the cells before it are the table's last row, and a totals row's sum
        // after an empty cell that read as a row break ("Tổng thời gian giải quyết TTHC" | | "12 ngày")
        const between = Math.max(0, nextHeader - 1);
        const sum = next.children.slice(0, between);
        if (sum.length && !joinedToTotals(tableRows, sum, width)) tableRows.push(rowOf(next, sum));
        else if (nextHeader === 1) closedByEmptyCell(tableRows, width);
        out.push(...tableOf(grid, tableRows), ...linesOf(next.children.slice(between, nextHeader)));
        rows[r] = rowOf(next, next.children.slice(nextHeader));
        tableRows.length = 0;
        break;
      }
      // the table's last row, then the text after the table, read again as a row of its own. Where
      // the next table's header begins in the row, the cell before it is that table's title (the
      // page closes this table's last cell and opens the text after it with one `|`): the cells
      // before the title are the last row, be it short (a cell spanning from above) or whole.
      const printed = nextHeader >= 0 && nextHeader - 1 <= width ? nextHeader - 1 : null;
      // empty cells printed at the row break before it open it when the row before is a heading (two
      // cells at most: it has no empty cells after its title) or too wide to hold them — when they
      // fit the row, and never in front of an STT (a numbered row begins with its number)
      const prev = tableRows[tableRows.length - 1]!;
      let moved = trailingRowBreakCells(prev.children);
      const keep = prev.children.length - moved;
      const numbered = next.children[0] !== undefined && isStt(cellText(next.children[0]));
      if (moved > 0 && keep >= 1 && (keep <= 2 || prev.children.length > width) && tableRows.length > 1 && !numbered && (printed === null || moved + printed <= width)) {
        tableRows[tableRows.length - 1] = rowOf(prev, prev.children.slice(0, keep));
      } else moved = 0;
      const cells = [...prev.children.slice(keep, keep + moved), ...next.children];
      const taken = printed === null ? width : moved + printed;
      if (moved > 0 || !joinedToTotals(tableRows, cells.slice(0, taken), width)) tableRows.push(rowOf(next, cells.slice(0, taken)));
      rows[r] = rowOf(next, cells.slice(taken));
      break;
    }
    out.push(...tableOf(grid, tableRows));
  }
  return out;
}

/** The task table of these rows of a pipe grid (none when no rows are left). */
function tableOf(grid: TableNode, tableRows: TableRowNode[]): TableNode[] {
  const first = tableRows[0];
  const last = tableRows[tableRows.length - 1];
  if (!first || !last) return [];
  return [{ type: 'table', children: [...tableRows], position: { start: first.position.start, end: last.position.end }, data: { ...grid.data, grid: 'pipes' } }];
}
