import type { Plugin } from 'unified';
import type { BlockNode, RootNode } from '../tree.js';
import { pipesOf, readPipeGrid } from './pipe-grid.js';
import { isBlank, lineNode, rawLines } from './raw-lines.js';
import { hasLayoutColumns, layoutLines } from './layout-columns.js';
import { type LayoutHeader, opensLayoutTable, readLayoutTable } from './layout-table.js';
import { hasTab, readTabGrid } from './tab-grid.js';

/**
 * Splits text into blocks with their place in the source: `line` nodes (blank lines carry no text
 * and are dropped; a line's leading spaces become `indent`), and `table` nodes for the grids the
 * text prints — runs of tab-separated lines (pdf-to-text) and saved pages' one cell per line group
 * between lone `|` lines.
 */
export function textToTree(text: string): RootNode {
  const lines = rawLines(text);
  const children: BlockNode[] = [];
  // text laid out as on the page: side-by-side parts are read column by column, block by block
  const laidOut = hasLayoutColumns(lines);
  let lastHeader: LayoutHeader | null = null;
  // plain pdf-to-text: pages apart by form feeds, a page's blocks apart by blank lines
  const blocks = !laidOut && lines.some((l) => l.text.includes('\f'));
  let afterBlank = true;
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
    if (laidOut && pipesOf(raw) === 0 && !hasTab(raw) && opensLayoutTable(raw)) {
      const read = readLayoutTable(lines, i, lastHeader);
      if (read) {
        lastHeader = read.header;
        children.push(read.table, ...read.outside);
        i = read.next;
        continue;
      }
    }
    if (laidOut && !isBlank(raw) && pipesOf(raw) === 0 && !hasTab(raw)) {
      let end = i + 1;
      while (end < lines.length && !isBlank(lines[end]!) && pipesOf(lines[end]!) === 0 && !hasTab(lines[end]!) && !opensLayoutTable(lines[end]!)) end++;
      for (const line of layoutLines(lines.slice(i, end))) children.push(line);
      i = end;
      continue;
    }
    if (pipesOf(raw) > 0) {
      const { table, next } = readPipeGrid(lines, i);
      if (table.children.length) children.push(table);
      i = next;
    } else if (hasTab(raw)) {
      const { table, next } = readTabGrid(lines, i);
      children.push(table);
      i = next;
    } else {
      if (!isBlank(raw)) {
        const line = lineNode(raw);
        // a form feed ends a page: the line after it opens a block
        if (blocks && (afterBlank || raw.text.startsWith('\f'))) line.data = { blockStart: true };
        children.push(line);
      }
      afterBlank = isBlank(raw);
      i++;
      continue;
    }
    afterBlank = true;
  }
  return { type: 'root', children };
}

/** unified parser plugin for plain text (scraped web text, saved pages and pdf-to-text output). */
export const sourceText: Plugin<[], string, RootNode> = function sourceText() {
  this.parser = (doc: string) => textToTree(doc);
};
