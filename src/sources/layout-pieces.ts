/**
 * The pieces of a line of text laid out as on the page: runs of text, one or two spaces inside a
 * run (words, justified words), `GUTTER` spaces or more between two runs (columns).
 */

import { memoOfString } from '../text/memo.js';

/** The fewest spaces between two columns; words of one text are one space apart, justified ones two. */
export const GUTTER = 3;
const PIECE = /\S+(?: {1,2}\S+)*/gu;

export interface Piece {
  /** 0-based column of the piece's first character. */
  start: number;
  end: number;
  text: string;
}

function readPieces(text: string): Piece[] {
  const out: Piece[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** What parts two runs of a line: `GUTTER` spaces, or white space other than a space (a tab, a no-break space). */
const GAP = new RegExp(` {${GUTTER}}|[^\\S ]`, 'u');

/**
 * True when the line has two pieces or more (`piecesOf(text).length >= 2`), known without reading
 * them: every line of a text is asked whether it is laid out, and most have no gap inside them.
 */
export function hasGap(text: string): boolean {
  return GAP.test(text.trim());
}

/**
 * The line's pieces, read once: the detection of laid-out text, the column and the table readers
 * each ask them of the same lines. The answer is shared: a caller must not change it.
 */
export const piecesOf: (text: string) => readonly Piece[] = memoOfString(readPieces);
