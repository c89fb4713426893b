import type { LineNode } from '../tree.js';
import { lineNode, placeIn, type RawLine } from './raw-lines.js';
import { GUTTER, hasGap, type Piece, piecesOf } from './layout-pieces.js';

/**
 * Text laid out as on the page (pdf-to-text with its layout kept, `pdftotext -layout`) prints the
 * parts that stand side by side on a page — the issuing body beside the motto, the number beside
 * the place and date, the recipients beside the signature — on shared lines, a wide gap between
 * them. This reads such a run of lines column by column, as the page is read: the left column's
 * lines, then the right column's. Geometry only: which part a column is, is for the recognisers.
 *
 * A run is the lines from the first that holds two pieces (text, a gap of `GUTTER` spaces or more,
 * text) on, as long as every piece keeps to its side of where the right column begins: a line whose
 * text straddles it (a centred title, a paragraph) ends the run. A line of three pieces or more (a
 * table's row) is no part of a run.
 */

// in laid-out text every line is indented as the page places it: the indent says nothing of a
// continuation (as it does in scraped text), so it is none; the place keeps the column
const pieceNode = (raw: RawLine, p: Piece): LineNode => ({ type: 'line', value: p.text, indent: 0, position: placeIn(raw, p.start + 1, p.text.length) });
const unindented = (raw: RawLine): LineNode => ({ ...lineNode(raw), indent: 0 });

/** Lines that print pieces side by side before the text counts as laid out. */
const SIDE_BY_SIDE_LINES = 3;
/** Share of the lines placed on the page by deep indentation (centred, right-aligned) in laid-out text. */
const PLACED_SHARE = 0.1;

/**
 * True when the text looks laid out as on the page: lines that print pieces side by side, a wide
 * gap between (spaces only: tabs part a tab-separated table's cells, lone pipes a saved page's), and
 * lines placed by deep indentation — scraped text indents its continuation lines by a space or two.
 */
export function hasLayoutColumns(lines: RawLine[]): boolean {
  let sideBySide = 0;
  let placed = 0;
  let nonBlank = 0;
  for (const raw of lines) {
    if (raw.text.trim() === '') continue;
    nonBlank++;
    if (/^[ \f]{4}/u.test(raw.text)) placed++;
    if (!/[\t|]/u.test(raw.text) && hasGap(raw.text)) sideBySide++;
  }
  return sideBySide >= SIDE_BY_SIDE_LINES && placed >= PLACED_SHARE * nonBlank;
}

/**
 * The line nodes of a block of non-blank lines, read column by column where pieces stand side by
 * side; other lines as they are.
 */
export function layoutLines(block: RawLine[]): LineNode[] {
  const out: LineNode[] = [];
  let i = 0;
  while (i < block.length) {
    const first = piecesOf(block[i]!.text);
    if (first.length !== 2) {
      out.push(unindented(block[i]!));
      i++;
      continue;
    }
    // the gap's right edge: where the right column begins
    const split = first[1]!.start;
    const left: LineNode[] = [];
    const right: LineNode[] = [];
    let k = i;
    for (; k < block.length; k++) {
      const pieces = piecesOf(block[k]!.text);
      if (pieces.length === 0 || pieces.length > 2) break;
      // a lone piece that straddles where the right column begins (a centred title, a paragraph) ends the run
      if (pieces.length === 1 && pieces[0]!.start < split - GUTTER && pieces[0]!.end > split - 1) break;
      // of two pieces the first is the left column's and the second the right's (a centred line of the
      // right column may begin left of where the first line's did); a lone piece is on the side it starts
      if (pieces.length === 2) {
        left.push(pieceNode(block[k]!, pieces[0]!));
        right.push(pieceNode(block[k]!, pieces[1]!));
      } else (pieces[0]!.start >= split - GUTTER ? right : left).push(pieceNode(block[k]!, pieces[0]!));
    }
    for (const line of left) out.push(line);
    for (const line of right) out.push(line);
    i = k;
  }
  return out;
}
