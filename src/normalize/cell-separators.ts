import type { LineNode } from '../tree.js';

const SEPARATOR = /^\|{1,3}$/u;

/**
 * Pass: pages saved from legal-document websites lay the document out in table cells, one cell per
 * line group between lone `|` lines. The `|` lines go; the line after one is marked `cellStart`, so
 * no later pass glues text across a cell boundary.
 */
export function cellSeparators(lines: LineNode[]): LineNode[] {
  const out: LineNode[] = [];
  let boundary = false;
  for (const line of lines) {
    if (!line.cells && SEPARATOR.test(line.value)) {
      boundary = true;
      continue;
    }
    out.push(boundary ? { ...line, cellStart: true } : line);
    boundary = false;
  }
  return out;
}
