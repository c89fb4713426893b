import type { Position } from 'unist';
import type { LineNode } from '../tree.js';

/** One line of a text source as it stands, with its place. */
export interface RawLine {
  /** The line without its line break and trailing spaces. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the source. */
  offset: number;
}

/** The source's lines with their places. */
export function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let offset = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    out.push({ text: raw.trimEnd(), line, offset });
    offset += raw.length + 1;
    line++;
  }
  return out;
}

export const isBlank = (raw: RawLine) => raw.text.trim() === '';

/** The place of `length` characters from column `column` (1-based) of a raw line. */
export function placeIn(raw: RawLine, column: number, length: number): Position {
  return {
    start: { line: raw.line, column, offset: raw.offset + column - 1 },
    end: { line: raw.line, column: column + length, offset: raw.offset + column - 1 + length },
  };
}

/**
 * A raw line as a `line` node: its leading spaces as `indent` (a stray byte-order mark or the form
 * feed pdf-to-text puts before a page's first line among them), its text without them.
 */
export function lineNode(raw: RawLine): LineNode {
  const indent = /^[ \f\ufeff]*/u.exec(raw.text)![0].length;
  return { type: 'line', value: raw.text.slice(indent), indent, position: placeIn(raw, indent + 1, raw.text.length - indent) };
}

/** The place running from the start of the first to the end of the last of some nodes. */
export function spanning(first: { position: Position }, last: { position: Position }): Position {
  return { start: first.position.start, end: last.position.end };
}
