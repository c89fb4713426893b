/**
 * A saved page's pipe grid holds more than its tables: the page converter puts a lone `|` between
 * every cell of every table and also between a table and the text after it, with no blank line, so
 * the header block, the body, the closing, an appendix's title and its task table can all come as
 * one grid. Two rules of how such pages are made part it again:
 * - a task table begins where a row holds a task header (from the cell that opens it: `STT`, `TT`
 *   or a task column's name); the cells before that cell are text before the table;
 * - a task table ends at the first row with more cells than its header: that row's first cells
 *   are its last row, and the cells past the header's width are the text after the table (where
 *   another table may begin).
 * Everything outside the task tables is given back as lines, in reading order.
 */
import { type BlockNode, type LineNode, type TableCellNode, type TableNode, type TableRowNode } from '../tree.js';
import { columnRole, readHeaderRow } from './tables/columns.js';
import { cellText } from '../tree.js';

const MAX_HEADER_CELLS = 14;
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
  const roles = names.map((n) => (n.length <= MAX_NAME ? columnRole(n) : null));
  for (const opener of ['stt', 'task'] as const) {
    for (let j = 0; j + 2 < cells.length; j++) if (roles[j] === opener && startsHeader(j)) return j;
  }
  return -1;
}

const rowOf = (row: TableRowNode, cells: TableCellNode[]): TableRowNode => ({
  ...row,
  children: cells,
  position: cells.length ? { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end } : row.position,
});

const linesOf = (cells: TableCellNode[]): LineNode[] => cells.flatMap((c) => c.children);

/** The parts of a pipe grid: its task tables as pipe-grid tables, the rest as lines. */
export function splitPipeGrid(grid: TableNode): BlockNode[] {
  const out: BlockNode[] = [];
  const rows = [...grid.children];
  let r = 0;
  while (r < rows.length) {
    const row = rows[r]!;
    const at = headerStart(row.children);
    if (at < 0) {
      out.push(...linesOf(row.children));
      r++;
      continue;
    }
    out.push(...linesOf(row.children.slice(0, at)));
    const header = rowOf(row, row.children.slice(at));
    const width = header.children.length;
    const tableRows = [header];
    r++;
    while (r < rows.length) {
      const next = rows[r]!;
      if (next.children.length <= width) {
        tableRows.push(next);
        r++;
        continue;
      }
      // the table's last row, then the text after the table, read again as a row of its own
      tableRows.push(rowOf(next, next.children.slice(0, width)));
      rows[r] = rowOf(next, next.children.slice(width));
      break;
    }
    const first = tableRows[0]!;
    const last = tableRows[tableRows.length - 1]!;
    out.push({ type: 'table', children: tableRows, position: { start: first.position.start, end: last.position.end }, data: { ...grid.data, grid: 'pipes' } });
  }
  return out;
}
