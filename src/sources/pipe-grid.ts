/**
 * Saved pages of legal websites print their tables (and their layout: the header block, the
 * closing) one cell per line group between lone `|` lines: `|` opens a row and separates its cells,
 * `|` `|` ends a row and opens the next. The reader turns such a run of lines into a `table` node as
 * printed. It does not interpret: a row shortened by a cell spanning from above is a short row, and
 * since an empty cell (`|` `|`) looks like a row break, two pipes always end a row; each pipe beyond
 * two is an empty cell at the end of the row before, marked `atRowBreak` (it may as well open the
 * row after). The task-table reader resolves all three with the header's width.
 */
import type { LineNode, TableCellNode, TableNode, TableRowNode } from '../tree.js';
import { isBlank, lineNode, placeIn, type RawLine, spanning } from './raw-lines.js';

const PIPES = /^\s{0,3}(\|{1,4})\s{0,3}$/u;

/** The number of cell separators a line is (`|` one, `||` two), or 0 for any other line. */
export function pipesOf(raw: RawLine | undefined): number {
  const m = raw ? PIPES.exec(raw.text) : null;
  return m ? m[1]!.length : 0;
}

function emptyCell(at: RawLine, atRowBreak = false): TableCellNode {
  const cell: TableCellNode = { type: 'tableCell', rowSpan: 1, colSpan: 1, children: [], position: placeIn(at, 1, at.text.length) };
  if (atRowBreak) cell.data = { atRowBreak };
  return cell;
}

/**
 * Reads the grid that starts at `lines[from]` (a lone `|` line): up to a `|` line followed by a blank
 * line or the end. Returns the table and the index of the first line after it.
 */
export function readPipeGrid(lines: RawLine[], from: number): { table: TableNode; next: number } {
  const rows: TableRowNode[] = [];
  let cells: TableCellNode[] = [];
  let content: LineNode[] = [];
  const closeCell = () => {
    if (content.length) cells.push({ type: 'tableCell', rowSpan: 1, colSpan: 1, children: content, position: spanning(content[0]!, content[content.length - 1]!) });
    content = [];
  };
  const closeRow = () => {
    if (cells.length) rows.push({ type: 'tableRow', children: cells, position: spanning(cells[0]!, cells[cells.length - 1]!) });
    cells = [];
  };
  let i = from;
  let started = false;
  while (i < lines.length) {
    const pipes = pipesOf(lines[i]);
    if (pipes === 0) {
      if (isBlank(lines[i]!)) {
        i++;
        continue;
      }
      content.push(lineNode(lines[i]!));
      i++;
      continue;
    }
    // a run of separator lines
    let run = 0;
    const at = lines[i]!;
    while (i < lines.length && pipesOf(lines[i]) > 0) run += pipesOf(lines[i++]);
    closeCell();
    const ends = i >= lines.length || isBlank(lines[i]!);
    if (!started) {
      // the opening pipe; any more are empty cells that open the first row
      started = true;
      for (let k = 1; k < run; k++) cells.push(emptyCell(at));
    } else if (ends) {
      for (let k = 1; k < run; k++) cells.push(emptyCell(at));
    } else if (run >= 2) {
      for (let k = 2; k < run; k++) cells.push(emptyCell(at, true));
      closeRow();
    }
    if (ends) break;
  }
  closeCell();
  closeRow();
  const first = lines[from]!;
  const last = lines[Math.max(from, i - 1)]!;
  const position = { start: placeIn(first, 1, 0).start, end: placeIn(last, last.text.length + 1, 0).end };
  return { table: { type: 'table', children: rows, position, data: { grid: 'pipes' } }, next: i };
}
