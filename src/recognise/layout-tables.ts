/**
 * Layout tables out: a page lays a document's header block (issuer | motto, number | place and
 * date) and its closing (recipients | signature) in table cells, and saved pages put more of the
 * page in them. A table that is not a task table and holds such a block, or has two columns at most,
 * is unwrapped into its cells' lines in reading order (row by row, cell by cell), where the
 * recognisers of those parts read them. Task tables, and other data tables, stay tables. A saved
 * page's pipe grid is parted into its task tables and the lines around them (pipe-grid-parts.ts).
 */
import type { Plugin } from 'unified';
import { type BlockNode, blockLines, type RootNode, type TableNode } from '../tree.js';
import { splitPipeGrid } from './pipe-grid-parts.js';
import { gridRowsOf, isTaskTable } from './tables/task-table.js';
import { foldedPrefix, isMottoLine, vocabulary } from './vocabulary.js';

const NUMBER_LINE = /^Số\s{0,3}[:.]/u;

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

const widthOf = (table: TableNode) => Math.max(0, ...gridRowsOf(table).map((r) => r.slots.length));

/** True when a table lays out a document's blocks rather than holding data. */
export function isLayoutTable(table: TableNode): boolean {
  if (isTaskTable(table)) return false;
  if (widthOf(table) <= 2) return true;
  return blockLines(table).some((l) => isBlockMarker(l.value));
}

/** A table as its parts: a pipe grid parted into its task tables and lines; a layout table as its lines. */
function parts(table: TableNode): BlockNode[] {
  if (table.data?.grid === 'pipes') return splitPipeGrid(table);
  return isLayoutTable(table) ? blockLines(table) : [table];
}

export function unwrapLayoutTables(blocks: BlockNode[]): BlockNode[] {
  return blocks.flatMap((b) => (b.type === 'table' ? parts(b) : [b]));
}

/** unified transformer: layout tables unwrapped into their lines. */
export const layoutTables: Plugin<[], RootNode> = function layoutTables() {
  return (tree: RootNode) => {
    tree.children = unwrapLayoutTables(tree.children);
  };
};
