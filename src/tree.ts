/**
 * The document tree (unist). The text source yields a root whose children are `line` nodes, each
 * with its place in the source; normalisation passes merge and clean lines, keeping the place of
 * the first and last source line; recognisers group lines into parts and annotate them in `data`.
 */
import type { Literal, Node, Parent, Position } from 'unist';

export interface LineNode extends Literal {
  type: 'line';
  /** The line's text, without its indentation. */
  value: string;
  /** Leading spaces in the source (continuation lines of scraped pages are indented). */
  indent: number;
  /** Tab-separated cells, when the source line had tabs (pdf-to-text tables). */
  cells?: string[];
  /** The line opens a cell of a page's layout table (it followed a lone `|`): no pass joins across it. */
  cellStart?: boolean;
  /** Text a pass took out of the line (footnote markers …), kept so nothing is lost silently. */
  removed?: string[];
  position: Position;
}

export type PartType = 'header' | 'preamble' | 'body' | 'closing' | 'attachment' | 'appendix' | 'chrome';

export interface PartNode extends Parent {
  type: 'part';
  part: PartType;
  children: LineNode[];
}

export interface RootNode extends Parent {
  type: 'root';
  children: Array<LineNode | PartNode>;
}

export type VanbanNode = RootNode | PartNode | LineNode | Node;

/** Where a merged line starts in the source: its first line. */
export function lineStart(line: LineNode): { line: number; column: number } {
  return { line: line.position.start.line, column: line.position.start.column };
}
