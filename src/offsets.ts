/**
 * Places in the source for what was read from the clean `text`. The text is the document's lines
 * joined by "\n"; each line keeps the place of the source lines it was made of (a merged line runs
 * from its first source line's start to its last one's end). An offset in the text is carried to
 * the source by its line: inside the line's source range, the text's characters are matched with
 * the source's in order, whitespace aside (line passes join wrapped lines, collapse spaces and take
 * out markup and footnote markers, so a character of the text is looked for a little further on).
 */
import type { Decision, Mention } from './schema/decision.js';
import type { LineNode } from './tree.js';

/** How far past the current place a text character is looked for in the source (removed markup). */
const LOOKAHEAD = 48;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

export interface SourcePlace {
  line: number;
  column: number;
  /** Offset into the source text; null when the source adapter keeps no offsets. */
  offset: number | null;
}

/** Where each line of the text starts in the text, by line index. */
export function lineStarts(lines: LineNode[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.value.length + 1;
  }
  return starts;
}

/** The index of the line holding `offset` (binary search over the line starts). */
export function lineIndexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The source offset of character `k` of the line's text, found by matching the line's characters
 * with the source's from the line's start; `k` may be the line's length (its end).
 */
export function alignInLine(value: string, source: string, from: number, to: number, k: number): number {
  let j = from;
  for (let i = 0; i < k && i < value.length; i++) {
    const c = value[i]!;
    if (isSpace(c)) continue;
    while (j < to && isSpace(source[j])) j++;
    if (source[j] === c) {
      j++;
      continue;
    }
    const limit = Math.min(to, j + LOOKAHEAD);
    let found = -1;
    for (let x = j + 1; x < limit; x++) {
      if (source[x] === c) {
        found = x;
        break;
      }
    }
    if (found >= 0) j = found + 1; // the characters passed over were taken out of the text
    // else: the character was put in by a pass (a joiner): the source place stays
  }
  if (k < value.length) {
    // land on character k itself, past any markup taken out before it
    while (j < to && isSpace(source[j])) j++;
    const c = value[k]!;
    if (!isSpace(c) && source[j] !== c) {
      const limit = Math.min(to, j + LOOKAHEAD);
      for (let x = j + 1; x < limit; x++) {
        if (source[x] === c) {
          j = x;
          break;
        }
      }
    }
  }
  return Math.min(j, to);
}

/** Line and column (1-based) of source offset `at`, counted from a known point before it on the same merged line. */
function pointFrom(source: string, start: { line: number; column: number; offset: number }, at: number): { line: number; column: number } {
  let line = start.line;
  let lineStart = start.offset - (start.column - 1);
  for (let i = source.indexOf('\n', start.offset); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

export interface SourceMapper {
  /** The source line where each line of the text starts. */
  sourceLines: number[];
  /** The place in the source of an offset in the text (the start of a span, or its end with `end`). */
  place(offset: number, end?: boolean): SourcePlace;
}

/**
 * Maps offsets in the text made of `lines` to the source. `source` is the decoded source text the
 * lines' offsets refer to (plain text input); without it only lines and columns are given.
 */
export function sourceMapper(lines: LineNode[], source: string | null): SourceMapper {
  const starts = lineStarts(lines);
  return {
    sourceLines: lines.map((l) => l.position.start.line),
    place(offset, end = false) {
      if (lines.length === 0) return { line: 1, column: 1, offset: source === null ? null : 0 };
      const i = lineIndexAt(starts, offset);
      const line = lines[i]!;
      const k = Math.min(offset - starts[i]!, line.value.length);
      const from = line.position.start.offset;
      const to = line.position.end.offset;
      if (source === null || from === undefined || to === undefined) {
        // markup and PDF: the place of the element or text item the line was read from
        return { line: line.position.start.line, column: line.position.start.column, offset: null };
      }
      // an end is the place after the span's last character
      const at = end && k > 0 ? alignInLine(line.value, source, from, to, k - 1) + 1 : alignInLine(line.value, source, from, to, k);
      return { ...pointFrom(source, { line: line.position.start.line, column: line.position.start.column, offset: from }, at), offset: at };
    },
  };
}

/** The mention with its place in the source: offsets for text input, line and column always. */
function placeMention(m: Mention, map: SourceMapper): Mention {
  const start = map.place(m.start);
  const end = map.place(m.end, true);
  const placed: Mention = { ...m, sourceLine: start.line, sourceColumn: start.column };
  if (start.offset !== null && end.offset !== null) Object.assign(placed, { sourceStart: start.offset, sourceEnd: Math.max(start.offset, end.offset) });
  return placed;
}

/**
 * The decision with the places of its values in the source: each citation mention's source line,
 * column and (for plain text) offsets, and the source line of each line of `text`.
 */
export function withSourcePlaces(decision: Decision, lines: LineNode[], source: string | null): Decision {
  const map = sourceMapper(lines, source);
  return {
    ...decision,
    citations: decision.citations.map((c) => ({ ...c, mentions: c.mentions.map((m) => placeMention(m, map)) })),
    sourceLines: map.sourceLines,
  };
}
