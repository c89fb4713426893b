/**
 * pdf-to-text output prints a table's row as one line with its cells separated by tabs. A run of
 * such lines is a `table` node, a row per line, a cell per tab-separated piece.
 */
import type { TableCellNode, TableNode, TableRowNode } from '../tree.js';
import { placeIn, type RawLine, spanning } from './raw-lines.js';

export const hasTab = (raw: RawLine | undefined) => raw !== undefined && raw.text.includes('\t');

function rowOf(raw: RawLine): TableRowNode {
  const cells: TableCellNode[] = [];
  let column = 1;
  for (const piece of raw.text.split('\t')) {
    const lead = /^\s*/u.exec(piece)![0].length;
    const value = piece.trim();
    const position = placeIn(raw, column + lead, value.length);
    cells.push({ type: 'tableCell', rowSpan: 1, colSpan: 1, children: value ? [{ type: 'line', value, indent: 0, position }] : [], position });
    column += piece.length + 1;
  }
  return { type: 'tableRow', children: cells, position: placeIn(raw, 1, raw.text.length) };
}

/** The run of tab-separated lines from `lines[from]` as a table, and the index after it. */
export function readTabGrid(lines: RawLine[], from: number): { table: TableNode; next: number } {
  const rows: TableRowNode[] = [];
  let i = from;
  while (i < lines.length && hasTab(lines[i])) rows.push(rowOf(lines[i++]!));
  return { table: { type: 'table', children: rows, position: spanning(rows[0]!, rows[rows.length - 1]!), data: { grid: 'spans' } }, next: i };
}
