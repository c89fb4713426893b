import type { LineNode, TableCellNode, TableNode, TableRowNode } from '../tree.js';
import { placeIn, type RawLine, spanning } from './raw-lines.js';
import { GUTTER, type Piece, piecesOf } from './layout-pieces.js';
import { BULLET, LETTERED_POINT } from '../text/markers.js';
import { isRunningFooter } from '../text/page-marks.js';

/**
 * A table in text laid out as on the page (`pdftotext -layout`): its columns stand apart by runs
 * of spaces that go down the whole table, a cell's wrapped lines stay inside its column, and a row
 * begins at the line where its first column (the STT) prints. This reads such a run of lines into a
 * table node — geometry only: the column bands are the blank rivers shared by the table's lines;
 * which column holds what is for the recognisers.
 *
 * The table begins at a line of three pieces or more (text, a gap of `GUTTER` spaces, text, …) and
 * runs while its lines keep to the bands: a line of prose from the left margin across the columns
 * ends it. Lines before the first row (its STT printed in the first band) are the header's; a row
 * whose first band prints nothing goes on the row before. When the first band is printed on a
 * row's middle line (cells centred in the row), the row begins at the line above it whose task text
 * begins a sentence.
 *
 * A header names its columns: where it does (three names or more), the columns are the header's —
 * each name with the words wrapped under or over it — parted where the fewest lines print, and
 * the rivers inside a column (short cells centred, a list wrapped under its first line) part
 * nothing. Lines after the header that print text as long as no header name's, before the first
 * STT, are the rest of a row a page break cut (its header printed again above them).
 */

/** Share of a table's lines in which a column of characters must be blank to part two columns. */
const RIVER_SHARE = 0.8;
/** Most blank lines a table runs over (a page break inside it). */
const MAX_BLANKS = 3;
/** Widest text in the first band that is an STT, not prose. */
const STT_WIDTH = 6;
/** A footnote's mark on a line of its own at the left margin (pdf-to-text prints a raised mark above its text). */
const FOOTNOTE_MARK = /^ ?\d{1,2}$/u;
/** Longest text of one line of a header's name (names wrap in their cells); longer text is a row's. */
const HEADER_PIECE_MAX = 32;
/** Fewest names of a header that gives the table its columns. */
const HEADER_COLUMNS_MIN = 3;
/** A word of letters in the first band (the column's name, `TT`, `STT`), which numbers no row; Roman numerals do. */
const NAME_WORD = /^\p{L}{2,}\.?$/u;
const ROMAN = /^[IVXLC]+\.?$/u;

/** True when the line may open a laid-out table: three pieces or more. */
export function opensLayoutTable(raw: RawLine): boolean {
  return piecesOf(raw.text).length >= 3;
}

/** Column starts of the bands: after each blank river shared by the lines of two pieces or more. */
function bandsOf(lines: RawLine[]): number[] {
  // the lines that print three cells or more part the columns (a heading row across them, a row's
  // task alone, do not); two when no line prints three
  const three = lines.filter((l) => piecesOf(l.text).length >= 3);
  const multi = three.length >= 2 ? three : lines.filter((l) => piecesOf(l.text).length >= 2);
  const width = multi.reduce((w, l) => Math.max(w, l.text.length), 0);
  const inked = new Array<number>(width).fill(0);
  for (const l of multi) for (let c = 0; c < l.text.length; c++) if (l.text[c] !== ' ') inked[c]!++;
  const starts = [0];
  let c = 0;
  // the first ink: the bands begin where text begins
  while (c < width && inked[c] === 0) c++;
  for (; c < width; c++) {
    const blank = (k: number) => inked[k]! <= (1 - RIVER_SHARE) * multi.length;
    if (!blank(c)) continue;
    let e = c;
    while (e < width && blank(e)) e++;
    if (e - c >= 1 && e < width && c > starts[starts.length - 1]!) starts.push(e);
    c = e;
  }
  return starts;
}

/**
 * The header's columns: its names' pieces, those that overlap on the header's lines (a name wrapped
 * in its cell) taken together, left to right; as [start, end) extents.
 */
function headerColumns(header: RawLine[], body: RawLine[]): Array<{ start: number; end: number }> {
  const pieces = namesApart(header, body).sort((a, b) => a.start - b.start);
  const columns: Array<{ start: number; end: number }> = [];
  for (const p of pieces) {
    const last = columns[columns.length - 1];
    if (last && p.start < last.end) last.end = Math.max(last.end, p.end);
    else columns.push({ start: p.start, end: p.end });
  }
  return columns;
}

/** True when two pieces share a column of characters. */
const overlap = (a: Piece, b: Piece) => a.start < b.end && b.start < a.end;

/**
 * How many of the lines print a character in each column of characters (a space between two cells'
 * words printed a space apart inks nothing), one more column than the longest line.
 */
function inkedColumns(lines: RawLine[]): number[] {
  const width = lines.reduce((w, l) => Math.max(w, l.text.length), 0);
  const inked = new Array<number>(width + 1).fill(0);
  for (const l of lines) for (let c = 0; c < l.text.length; c++) if (l.text[c] !== ' ' && l.text[c] !== '\f') inked[c]!++;
  return inked;
}

/**
 * The pieces of a header's lines, a piece parted where two names were printed a space apart on one
 * line ("Cơ quan phối Thuộc nhóm nhiệm vụ, hành") and the next line's words of them stand apart
 * ("hợp" … "động"): at the space between those words that the fewest of the table's lines print
 * across (where the columns part below).
 */
function namesApart(header: RawLine[], body: RawLine[]): Piece[] {
  const byLine = header.map((l) => piecesOf(l.text));
  const inked = inkedColumns(body);
  return byLine.flatMap((pieces, n) =>
    pieces.flatMap((p) => {
      const under = byLine.flatMap((other, m) => (m === n ? [] : other.filter((q) => overlap(p, q)))).sort((a, b) => a.start - b.start);
      const parts: Piece[] = [];
      let from = 0;
      for (let i = 0; i + 1 < under.length; i++) {
        const gapStart = Math.max(under[i]!.end, p.start + from);
        const gapEnd = under[i + 1]!.start;
        let best = -1;
        for (let c = gapStart; c < gapEnd && c < p.end; c++) if (p.text[c - p.start] === ' ' && (best < 0 || inked[c]! < inked[best]!)) best = c;
        if (best < 0) continue;
        parts.push({ start: p.start + from, end: best, text: p.text.slice(from, best - p.start) });
        from = best - p.start + 1;
      }
      if (parts.length === 0) return [p];
      parts.push({ start: p.start + from, end: p.end, text: p.text.slice(from) });
      return parts;
    }),
  );
}

/** A column as a page prints its name: its extent. */
interface PageColumn {
  start: number;
  end: number;
}

/**
 * The columns of a header printed again on another page, in the first header's columns: the page
 * sets each name where it will (pdf-to-text lays out every page on its own), so a name's lines are
 * matched to the first header's piece for piece, line for line, and each column takes the extent of
 * its pieces on this page — names that overlap here (a name wrapped under its neighbour's) stay
 * apart. Null when a line's pieces do not match one for one.
 */
function pageColumns(first: RawLine[], page: RawLine[], columns: Array<{ start: number; end: number }>): PageColumn[] | null {
  const out: Array<PageColumn | null> = columns.map(() => null);
  for (let n = 0; n < first.length; n++) {
    const a = piecesOf(first[n]!.text);
    const b = piecesOf(page[n]!.text);
    if (a.length !== b.length) return null;
    a.forEach((p, i) => {
      const c = columns.findIndex((col) => p.start >= col.start && p.end <= col.end);
      const q = b[i]!;
      if (c < 0) return;
      const o = out[c];
      out[c] = o ? { start: Math.min(o.start, q.start), end: Math.max(o.end, q.end) } : { start: q.start, end: q.end };
    });
  }
  if (out.some((c) => c === null)) return null;
  const cols = out as PageColumn[];
  return cols.every((c, k) => k === 0 || c.start > cols[k - 1]!.start) ? cols : null;
}

/**
 * Column starts under a header's columns: between two columns, the run of character columns that
 * the fewest of the table's lines print across (a cell's text may reach past its name either way).
 */
function bandsUnder(columns: Array<{ start: number; end: number }>, lines: RawLine[]): number[] {
  const inked = inkedColumns(lines);
  const starts = [0];
  for (let k = 1; k < columns.length; k++) {
    const from = columns[k - 1]!.end;
    // names that overlap (one's line set under its neighbour's): the gap runs on under the later name
    const to = columns[k]!.start > from ? columns[k]!.start : columns[k]!.end;
    // the least printed column of characters in the gap, the rightmost of a run of them
    let best = from;
    for (let c = from + 1; c <= to; c++) if (inked[c]! < inked[best]! || (inked[c] === inked[best] && c === best + 1)) best = c;
    starts.push(Math.max(best, starts[starts.length - 1]! + 1));
  }
  return starts;
}

/** The last space of `text` at or left of index `at` (clamped to the text), after `from`; `from` when there is none. */
function spaceAtOrLeft(text: string, at: number, from = 0): number {
  let cut = Math.min(at, text.length - 1);
  while (cut > from && text[cut] !== ' ') cut--;
  return cut;
}

/** The column starts (but the first) strictly inside a piece: where it runs over into other bands. */
const columnStartsIn = (bands: number[], p: Piece) => bands.flatMap((b, j) => (j > 0 && b > p.start && b < p.end ? [j] : []));

/** Most columns left of the cut that a cell's first word may begin where pdf-to-text set its line short. */
const CAPITAL_SLACK = 4;

/**
 * On a row's first line each cell opens its text, with a capital or a digit: a cut at the space
 * `cut` whose next word opens in lower case moves to the space before a word that opens with a
 * capital, up to `CAPITAL_SLACK` columns left (`TTHC được cập nhật`, not `được cập nhật`), unless
 * the word is an abbreviation that goes on a list. The cut as it was when there is none. Exported
 * for the tests.
 */
export function capitalCut(text: string, cut: number, from: number): number {
  if (cut <= from || text[cut] !== ' ' || !GOES_ON.test(text[cut + 1] ?? '')) return cut;
  for (let s = cut - 1; s > from && s + 1 >= cut - CAPITAL_SLACK; s--) {
    if (text[s] !== ' ' || !OPENS_CELL.test(text[s + 1]!)) continue;
    // an abbreviation after a comma goes on a list of units ("Vụ TCKT, VP hằng năm"): the cut stays
    const word = text.slice(s + 1, cut);
    return LIST_GOES_ON.test(text.slice(from, s)) && word === word.toUpperCase() ? cut : s;
  }
  return cut;
}

/** Text ending where a list goes on: a comma, a semicolon. */
const LIST_GOES_ON = /[,;]$/u;

/**
 * A piece parted where it runs over one column start: two cells' lines that pdf-to-text printed a
 * space apart, each part in its band. They part before a word that begins where the row's cell
 * begins on its lines printed apart (cells are set flush left), else where the row's cell before
 * ends, else at the last space at or left of the column start. A piece
 * over two column starts or more (a heading across the table) stays whole, as does one run into a
 * band where its row has no cell (`has`), or whose right part runs past its band.
 */
function partedAt(
  bands: number[],
  has: boolean[],
  p: Piece,
  edges: CellEdges | null = null,
  opensCells = false,
  printedApart: boolean[] | null = null,
): Array<{ piece: Piece; band: number }> {
  const inside = columnStartsIn(bands, p);
  if (inside.length >= 2) {
    const across = edges !== null && printedApart !== null && inside.every((j) => printedApart[j]) ? partedAcross(edges, inside, p, opensCells) : null;
    return across ?? [{ piece: p, band: bandOf(bands, p) }];
  }
  if (inside.length !== 1 || !has[inside[0]!]) return [{ piece: p, band: bandOf(bands, p) }];
  const j = inside[0]!;
  const text = p.text;
  const end = edges?.ends[j - 1] ?? Infinity;
  const cellStart = edges ? edges.starts[j]! - p.start : -1;
  const wordAt = (at: number) => at > 1 && at < text.length && text[at - 1] === ' ' && text[at] !== ' ';
  // (on a row's first line, where the cell opens its text: also a word that opens it a column or two
  // left of its lines printed apart, where pdf-to-text set the line short)
  const aligned = wordAt(cellStart)
    ? cellStart
    : opensCells
      ? ([cellStart - 1, cellStart - 2].find((at) => wordAt(at) && opensCellText(text.slice(at))) ?? -1)
      : -1;
  // the space (or the text's end) the first part ends at, found by one of three rules
  let cut: number;
  if (aligned > 1) {
    // a word that begins where the row's cell begins on its lines printed apart is that cell's
    cut = aligned - 1;
  } else if (end !== Infinity && bandOf(bands, p) === j - 1) {
    // where the row's cell before ends: the last word that ends by then is its, the rest the next cell's
    cut = Math.min(end - p.start, text.length);
    while (cut > 0 && cut < text.length && text[cut] !== ' ') cut--;
  } else {
    // the last space at or left of the column start: a word across it is the next cell's (pdf-to-text
    // sets a cell's line a column or two left of where the page's others begin)
    cut = spaceAtOrLeft(text, bands[j]! - p.start);
  }
  // (on a row's first line the next cell opens its text: a cut before a word in lower case is too far right)
  if (opensCells) cut = capitalCut(text, cut, 0);
  while (cut > 0 && text[cut - 1] === ' ') cut--;
  let next = cut;
  while (next < text.length && text[next] === ' ') next++;
  if (cut === 0 || next >= text.length) return [{ piece: p, band: bandOf(bands, p) }];
  // the part right of the cut is a line of the next cell only if it keeps to that cell's band
  if (j + 1 < bands.length && p.end > bands[j + 1]!) return [{ piece: p, band: bandOf(bands, p) }];
  return [
    { piece: { start: p.start, end: p.start + cut, text: text.slice(0, cut) }, band: j - 1 },
    { piece: { start: p.start + next, end: p.end, text: text.slice(next) }, band: j },
  ];
}

/**
 * A piece of a row's line run over two column starts or more, in a row whose lines print each of
 * those cells (three cells' lines a space apart: "Tạp chí BHHH, VP, Thường xuyên; Sau TTHC được cập
 * nhật"): parted at the last space at or left of where each of those cells begins on the row's
 * lines printed apart (its column's start where none does), or null when a part would be empty.
 */
function partedAcross(edges: CellEdges, inside: number[], p: Piece, opensCells: boolean): Array<{ piece: Piece; band: number }> | null {
  const out: Array<{ piece: Piece; band: number }> = [];
  let from = 0;
  for (const j of inside) {
    let cut = spaceAtOrLeft(p.text, edges.starts[j]! - p.start, from);
    if (opensCells) cut = capitalCut(p.text, cut, from);
    let end = cut;
    while (end > from && p.text[end - 1] === ' ') end--;
    if (end <= from) return null;
    out.push({ piece: { start: p.start + from, end: p.start + end, text: p.text.slice(from, end) }, band: j - 1 });
    from = cut;
    while (from < p.text.length && p.text[from] === ' ') from++;
    if (from >= p.text.length) return null;
  }
  out.push({ piece: { start: p.start + from, end: p.end, text: p.text.slice(from) }, band: inside[inside.length - 1]! });
  return out;
}

/**
 * The bands that a row's lines print a piece in, on its own (within the band): the cells the row
 * has. A piece run over into a band is parted there only where the row has that cell (a heading's
 * one line, run over the lead column, is no cell of it).
 */
function bandsPrinted(bands: number[], lines: RawLine[]): boolean[] {
  const printed = bands.map(() => false);
  for (const l of lines) {
    const pieces = piecesOf(l.text);
    for (const p of pieces) {
      const inside = columnStartsIn(bands, p);
      if (inside.length === 0) printed[bandOf(bands, p)] = true;
      // a line of three pieces or more is a row's line across its cells: a piece of it run over one
      // column start prints that column's cell too (its other lines may all run into it a space apart)
      else if (pieces.length >= 3 && inside.length === 1) printed[inside[0]!] = true;
    }
  }
  return printed;
}

/** Where the part of a piece run over the start of band `j` begins: after the last space at or left of that start. */
function runOverStart(bands: number[], j: number, p: Piece): number | null {
  let cut = spaceAtOrLeft(p.text, bands[j]! - p.start);
  if (cut === 0) return null;
  while (cut < p.text.length && p.text[cut] === ' ') cut++;
  return cut < p.text.length ? p.start + cut : null;
}

/** Most columns right of its band's start that a row's cell may begin and still say where the band's pieces part. */
const CELL_INDENT_MAX = 6;

/** Where a row's cells begin and where the text of each ends, by band (Infinity: not known). */
interface CellEdges {
  starts: number[];
  ends: number[];
}

/**
 * Where each of a row's cells begins and ends. A cell begins at the leftmost start of the row's
 * pieces that print apart in its band (a gap of `GUTTER` spaces before them), when within
 * `CELL_INDENT_MAX` of the band's start; its text ends at the rightmost end of the row's pieces
 * that print it alone: a line of the cell with nothing of the next cell beside it (a cell's text
 * wraps at its column's right edge). pdf-to-text counts a line's columns from the characters
 * before them: a cell's line printed a space after a long line of the cell before is set a few
 * columns further left or right than the cell's lines that print apart, so these say where the
 * two cells part.
 */
function cellEdges(bands: number[], lines: RawLine[]): CellEdges {
  const starts = bands.slice();
  const least = bands.map(() => Infinity);
  // where a row's line across its cells (three pieces or more) runs a cell into the next a space apart
  const runOver = bands.map(() => Infinity);
  const ends = bands.map(() => -Infinity);
  for (const l of lines) {
    const pieces = piecesOf(l.text);
    pieces.forEach((p, n) => {
      const j = bandOf(bands, p);
      const inside = columnStartsIn(bands, p);
      const whole = inside.length === 0;
      // a piece after one of the band before on its line is the next cell's line whole, set a few columns left of its band
      const prev = pieces[n - 1];
      const apartLeft = inside.length === 1 && inside[0] === j && prev !== undefined && bandOf(bands, prev) === j - 1 && bands[j]! - p.start <= CELL_INDENT_MAX;
      if (j > 0 && ((whole && p.start >= bands[j]!) || apartLeft) && p.start < least[j]!) least[j] = p.start;
      if (pieces.length >= 3 && inside.length === 1 && !(prev && bandOf(bands, prev) === inside[0]! - 1)) {
        const at = runOverStart(bands, inside[0]!, p);
        if (at !== null && at < runOver[inside[0]!]!) runOver[inside[0]!] = at;
      }
      // a piece that begins in its band and has no piece of the next band after it on its line
      const next = pieces[n + 1];
      const own = p.start < (bands[j + 1] ?? Infinity) && p.start >= bands[j]! - CELL_INDENT_MAX;
      if (own && j + 1 < bands.length && (!next || next.start >= (bands[j + 2] ?? Infinity) - CELL_INDENT_MAX)) ends[j] = Math.max(ends[j]!, p.end);
    });
  }
  least.forEach((s, j) => {
    if (j > 0 && s - bands[j]! <= CELL_INDENT_MAX && (bands[j + 1] === undefined || s < bands[j + 1]!)) starts[j] = s;
    // a cell no line prints apart begins where the row's line across the cells parts it from the one before
    else if (j > 0 && s === Infinity && Math.abs(runOver[j]! - bands[j]!) <= CELL_INDENT_MAX) starts[j] = runOver[j]!;
  });
  // a cell's text that ends past where the next cell begins (a line of two cells a space apart) says nothing
  return { starts, ends: ends.map((e, j) => (e > 0 && e <= (starts[j + 1] ?? Infinity) ? e : Infinity)) };
}

/** A number that numbers a row: `2`, `2.1`, `II`. */
const NUMBERING = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXLC]{1,6}\.?)$/u;

/**
 * A line's pieces with the STT set apart: a row's number printed a space before its task (the STT
 * column is narrow, its number reaching the task column's edge) is a cell of its own.
 */
function sttApart(bands: number[], pieces: readonly Piece[]): readonly Piece[] {
  const first = pieces[0];
  if (!first || bands.length < 2 || first.start >= bands[1]!) return pieces;
  const space = first.text.indexOf(' ');
  if (space < 0 || !NUMBERING.test(first.text.slice(0, space)) || first.start + space > bands[1]! + 1) return pieces;
  let next = space;
  while (first.text[next] === ' ') next++;
  if (first.start + next < bands[1]! - 1) return pieces;
  return [
    { start: first.start, end: first.start + space, text: first.text.slice(0, space) },
    { start: first.start + next, end: first.end, text: first.text.slice(next) },
    ...pieces.slice(1),
  ];
}

/** The band a heading's widest piece begins in and how many bands it runs across. */
function headingSpan(bands: number[], raw: RawLine): { band: number; span: number } {
  let best = { band: 0, span: 1 };
  for (const p of piecesOf(raw.text)) {
    const band = bandOf(bands, p);
    let last = band;
    while (last + 1 < bands.length && bands[last + 1]! < p.end) last++;
    if (last - band + 1 > best.span) best = { band, span: last - band + 1 };
  }
  return best;
}

/**
 * True when a line prints a title alone (beside its STT, if any) across two column starts or more: a
 * heading across the table. (A row's line that prints other cells too, whose cells run a space apart
 * into each other, heads nothing.)
 */
const spansBands = (bands: number[], raw: RawLine) => {
  const pieces = piecesOf(raw.text);
  const titleAlone = pieces.length === 1 || (pieces.length === 2 && bandOf(bands, pieces[0]!) === 0);
  return titleAlone && pieces.some((p) => columnStartsIn(bands, p).length >= 2);
};

/** The band a piece prints in: the one it overlaps most (a header's name may begin left of its column's text). */
const bandOf = (bands: number[], p: Piece) => {
  let best = 0;
  let most = -1;
  for (let b = 0; b < bands.length; b++) {
    const overlap = Math.min(p.end, bands[b + 1] ?? Infinity) - Math.max(p.start, bands[b]!);
    if (overlap > most) [best, most] = [b, overlap];
  }
  return best;
};

/** Where the table that opens at line `from` ends (exclusive), or `from` when no table opens there. */
function tableEnd(lines: RawLine[], from: number): number {
  const first = piecesOf(lines[from]!.text);
  if (first.length < 3) return from;
  const secondStart = first[1]!.start;
  let end = from + 1;
  let blanks = 0;
  for (let i = from + 1; i < lines.length; i++) {
    if (/[\t|]/u.test(lines[i]!.text)) break;
    const pieces = piecesOf(lines[i]!.text);
    if (pieces.length === 0) {
      if (++blanks > MAX_BLANKS) break;
      continue;
    }
    // prose from the left margin across the columns, or a wide first-band text: no row of the table
    const lone = pieces.length === 1 ? pieces[0]! : null;
    if (lone && lone.start < secondStart - GUTTER && lone.end > secondStart && lone.text.length > STT_WIDTH && lone.start < 2) {
      // a footnote under the table: its mark, raised, printed on a line of its own above its text
      if (end === i && FOOTNOTE_MARK.test(lines[i - 1]!.text)) end = i - 1;
      break;
    }
    blanks = 0;
    end = i + 1;
  }
  return end;
}

const cellNode = (lines: LineNode[], fallback: LineNode): TableCellNode => ({
  type: 'tableCell',
  rowSpan: 1,
  colSpan: 1,
  children: lines,
  position: lines.length ? spanning(lines[0]!, lines[lines.length - 1]!) : fallback.position,
});

/** A line's form feed (pdf-to-text's page break, kept at its start) and the text after it. */
const splitFeed = (text: string) => (text.startsWith('\f') ? { feed: '\f', body: text.slice(1) } : { feed: '', body: text });

/** The pieces' texts of a line, a tab apart: the same for a header printed again at another margin (or after a form feed). */
const piecesKey = (raw: RawLine) => piecesOf(raw.text).map((p) => p.text).join('\t');

/** A table's header as read: its first line's pieces (a tab apart) and how many lines it takes. */
export interface LayoutHeader {
  key: string;
  lines: number;
}

/**
 * Lines of a row on which a column prints nothing between two of its texts that part them into two
 * cells. One is not enough: beside a cell set in a larger type, a cell's lines fall between the
 * other's and every other line of its column is empty.
 */
const SUB_ROW_GAP = 2;
/** How a cell's text begins: a capital or a digit (a line that goes on a cell's sentence does not). */
const OPENS_CELL = /^[\p{Lu}\p{N}]/u;
/** A cell's text opening: a capital, a digit, or a lettered point (`a) Rà soát …`). */
const opensCellText = (text: string) => OPENS_CELL.test(text) || LETTERED_POINT.test(text) || BULLET.test(text);

/**
 * Where the sub-rows of a row printed over lines `a`..`b` begin, after its first: a line on which a
 * column other than the first prints again after `SUB_ROW_GAP` lines of the row or more on which it
 * printed nothing, and the text it prints there opens a cell (its cell closed, and the cell ruled
 * under it, in the same row, opened: `Văn phòng` / … / `BHXH các tỉnh, thành phố`). A line that
 * prints nothing at all is passed over: it says nothing of a column.
 */
export function subRowStarts(laid: LineNode[][][], a: number, b: number): number[] {
  const starts: number[] = [];
  // by column: the lines since it last printed in this sub-row (none until it has)
  const since: Array<number | undefined> = [];
  for (let k = a; k < b; k++) {
    const line = laid[k]!;
    if (line.every((cell) => cell.length === 0)) continue;
    if (k > a && line.some((cell, c) => c > 0 && cell.length > 0 && (since[c] ?? 0) >= SUB_ROW_GAP && OPENS_CELL.test(cell[0]!.value))) {
      starts.push(k);
      since.length = 0;
    }
    line.forEach((cell, c) => {
      if (cell.length > 0) since[c] = 0;
      else if (since[c] !== undefined) since[c] += 1;
    });
  }
  return starts;
}

/** A cell's line that goes on a sentence: it opens with a small letter. */
const GOES_ON = /^\p{Ll}/u;
/** Characters pdf-to-text may set a line short of its column's width (it counts columns from the characters before). */
const WRAP_SLACK = 1;

const firstLine = (cell: TableCellNode) => cell.children[0]?.position.start.line ?? -1;
const lastLine = (cell: TableCellNode) => cell.children[cell.children.length - 1]?.position.end.line ?? -1;

/**
 * Cells merged down over rows whose text runs past the first row: pdf-to-text prints the merged
 * cell's lines on as the rows below go on, so a row's cell opens mid-sentence ("Ủy ban nhân" /
 * "dân các tỉnh, …") on the row's first line, right under the cell above, whose last line reached
 * the last line of its row and was wrapped there — it and the next line's first word would not fit
 * in the column (its widest line). Such a cell is the one above going on: it spans the row (its
 * lines joined to the cell above), and on down while the next rows' cells go on the same way. A
 * cell under one that ended its text ("phương" / "các bộ, ngành") is the row's own. Rows of other
 * widths (a heading across the columns) and the header's (printed again after a page break, the
 * rest of the row the break cut under it) part nothing; the STT's band never spans.
 */
function mergeSpilledCells(rows: TableRowNode[], width: number, headerLines: ReadonlySet<number>): void {
  const widest = new Array<number>(width).fill(0);
  for (const row of rows) if (row.children.length === width) row.children.forEach((cell, c) => {
    for (const line of cell.children) widest[c] = Math.max(widest[c]!, line.value.length);
  });
  const wrapped = (above: TableCellNode, next: string, c: number) => {
    const last = above.children[above.children.length - 1]!.value;
    const word = next.split(' ', 1)[0]!;
    return last.length + 1 + word.length > widest[c]! - WRAP_SLACK;
  };
  // by band: the cell that reached the last line of the row above, and the row it began in
  const open: Array<{ cell: TableCellNode; row: number } | null> = new Array(width).fill(null);
  rows.forEach((row, r) => {
    const full = row.children.length === width && row.children.every((c) => c.colSpan === 1 && c.rowSpan === 1);
    // a header's names span nothing: under one printed again, the row a page break cut goes on
    if (!full || headerLines.has(row.position.start.line)) {
      open.fill(null);
      return;
    }
    const rowFirst = row.position.start.line;
    const rowLast = row.position.end.line;
    const keep: TableCellNode[] = [];
    row.children.forEach((cell, c) => {
      const above = open[c];
      const next = cell.children[0]?.value ?? '';
      if (above && c > 0 && firstLine(cell) === rowFirst && lastLine(above.cell) === rowFirst - 1 && GOES_ON.test(next) && wrapped(above.cell, next, c)) {
        above.cell.children.push(...cell.children);
        above.cell.rowSpan = r - above.row + 1;
        above.cell.position = spanning(above.cell.children[0]!, above.cell.children[above.cell.children.length - 1]!);
        // it goes on into the next row too only if its lines reach this row's last
        if (lastLine(above.cell) !== rowLast) open[c] = null;
        return;
      }
      keep.push(cell);
      open[c] = cell.children.length > 0 && lastLine(cell) === rowLast ? { cell, row: r } : null;
    });
    row.children = keep;
  });
}

/**
 * Reads the laid-out table opening at line `from`, or null when none does; `next` is the line after
 * it. `previous`: the header of the table read before, which a header printed again (the table goes
 * on after a page's foot) repeats line for line.
 */
export function readLayoutTable(
  lines: RawLine[],
  from: number,
  previous: LayoutHeader | null = null,
): { table: TableNode; outside: LineNode[]; next: number; header: LayoutHeader } | null {
  const end = tableEnd(lines, from);
  if (end - from < 3) return null;
  // a page printed with other margins (its header printed again further right or left, each name
  // where the page sets it) is read in the columns of the header it prints
  const region = lines.slice(from, end);
  // a page break inside the table (pdf-to-text's form feed): the page's last line above it (its
  // footer: a lone piece set apart by a blank line, or a running footer that numbers the page, even
  // right under the table's last line) and the line it opens (the next page's number) print in no cell
  const furniture = new Set<number>();
  region.forEach((raw, k) => {
    if (!raw.text.startsWith('\f')) return;
    furniture.add(k);
    let u = k - 1;
    while (u >= 0 && region[u]!.text.trim() === '') u--;
    if (u <= 0) return;
    const lone = piecesOf(region[u]!.text).length === 1;
    if ((lone && region[u - 1]!.text.trim() === '') || isRunningFooter(region[u]!.text.trim().replace(/\s+/gu, ' '))) furniture.add(u);
  });
  const printed = region.filter((_, k) => !furniture.has(k));
  let bands = bandsOf(printed);
  if (bands.length < 3) return null;
  // the bands of each line: the table's, or its page's where the page prints the header again
  const bandsAt: number[][] = region.map(() => bands);
  const lineOf = (k: number, p: Piece): LineNode => ({ type: 'line', value: p.text, indent: 0, position: placeIn(region[k]!, p.start + 1, p.text.length) });
  // the first line of each row, on which each cell opens its text (known once the rows are)
  const rowFirstLines = new Set<number>();
  // each line's pieces, by band
  const layOut = (cutsAt: (k: number) => boolean[] | null = (k) => bandsAt[k]!.map(() => true), edgesAt: (k: number) => CellEdges | null = () => null) =>
    region.map((raw, k) => {
      const own = bandsAt[k]!;
      const cuts = cutsAt(k);
      const edges = edgesAt(k);
      const byBand: LineNode[][] = own.map(() => []);
      if (furniture.has(k)) return byBand;
      const pieces = sttApart(own, piecesOf(raw.text));
      let placed = -1;
      pieces.forEach((p, n) => {
        // a line prints a cell's line once: a piece followed by one of the next band's is whole
        const next = pieces[n + 1];
        const whole = cuts === null || (next && bandOf(own, next) !== bandOf(own, p) && own.some((b, j) => b > p.start && b < p.end && bandOf(own, next) === j));
        // and a piece over one column start after one placed in the band it begins in is the next
        // band's line whole (a cell's line set a few columns left of its band's start)
        const inside = columnStartsIn(own, p);
        const after = cuts !== null && inside.length === 1 && placed === inside[0]! - 1;
        // (a line that prints three pieces or more is a row's line across its cells: each may be parted)
        const parts = after
          ? [{ piece: p, band: inside[0]! }]
          : whole
            ? [{ piece: p, band: bandOf(own, p) }]
            : partedAt(own, pieces.length >= 3 ? own.map(() => true) : cuts, p, edges, rowFirstLines.has(k), cuts);
        for (const q of parts) byBand[q.band]!.push(lineOf(k, q.piece));
        placed = parts[parts.length - 1]!.band;
      });
      return byBand;
    });
  let laid = layOut();
  const outside = [...furniture].sort((a, b) => a - b).flatMap((k) => piecesOf(region[k]!.text).map((p) => lineOf(k, p)));
  const printsStt = (k: number) => {
    const first = laid[k]![0]!;
    if (first.length !== 1) return false;
    const value = first[0]!.value;
    return value.length <= STT_WIDTH && (!NAME_WORD.test(value) || ROMAN.test(value));
  };
  const taskBand = 1;
  const opensSentence = (k: number) => /^\p{Lu}/u.test(laid[k]![taskBand]![0]?.value ?? '');
  // row starts: lines printing an STT; a row whose STT is centred begins at the line above that opens its task
  // (the lines of a header printed again are none, nor does a row begin above them)
  const rowStartsOf = (header: Set<number>): number[] => {
    const starts: number[] = [];
    for (let k = 1; k < laid.length; k++) {
      if (header.has(k) || !printsStt(k)) continue;
      let s = k;
      if (!opensSentence(k)) {
        const floor = starts.length ? starts[starts.length - 1]! + 1 : 1;
        for (let u = k - 1; u >= floor && !printsStt(u) && !header.has(u); u--) {
          if (opensSentence(u)) {
            s = u;
            break;
          }
        }
      }
      starts.push(s);
    }
    return starts;
  };
  const key = (k: number) => piecesKey(region[k]!);
  const headerKey = key(0);
  // the header: the lines before the first row that print names, not a row's text
  // (a row's first line: a number at the table's left edge, its task after it; the bands are not
  // needed to see it, nor yet known where cells are printed a space apart)
  const left = Math.min(...printed.map((l) => piecesOf(l.text)[0]?.start ?? Infinity));
  const numbers = (k: number) => {
    const ps = piecesOf(region[k]!.text);
    const first = ps[0];
    return !furniture.has(k) && ps.length >= 2 && first !== undefined && first.start <= left + 2 && first.text.length <= STT_WIDTH && (!NAME_WORD.test(first.text) || ROMAN.test(first.text));
  };
  // the names wrapped onto the lines under the header's first (" T   trì   hợp   động[1]"): short
  // words under its names, each going on a name in lower case but the first, which may be the last
  // letters of a word a narrow column wrapped ("ST" / "T") — no row's STT and cells
  const continuesNames = (k: number) => {
    const ps = piecesOf(region[k]!.text);
    const above = piecesOf(region[k - 1]!.text);
    return ps.length >= 2 && ps.every((p, i) => p.text.length <= HEADER_PIECE_MAX && above.some((q) => overlap(p, q)) && (GOES_ON.test(p.text) || (i === 0 && p.text.length <= 2)));
  };
  let nameLines = 1;
  while (nameLines < region.length && !furniture.has(nameLines) && continuesNames(nameLines)) nameLines++;
  const wrappedNames = new Set([...Array(nameLines).keys()].slice(1));
  let headerEnd = nameLines;
  while (headerEnd < region.length && !numbers(headerEnd)) headerEnd++;
  headerEnd = Math.max(nameLines, Math.min(headerEnd, rowStartsOf(wrappedNames).find((k) => k >= headerEnd) ?? headerEnd));
  if (previous && previous.key === headerKey) headerEnd = Math.min(headerEnd, previous.lines);
  for (let k = 1; k < headerEnd; k++) {
    if (piecesOf(region[k]!.text).some((p) => p.text.length > HEADER_PIECE_MAX)) {
      headerEnd = k;
      break;
    }
  }
  // the header printed again (a page break inside the table): its lines, word for word, one after
  // another, wherever a page sets them; each such block opens a page of its own columns
  const words = (k: number) => splitFeed(region[k]!.text).body.trim().replace(/ +/gu, ' ');
  const headerLines = [...Array(headerEnd).keys()].filter((k) => !furniture.has(k) && words(k) !== '');
  const reprints: number[] = [];
  const reprinted = new Set<number>();
  if (headerLines.length) {
    for (let k = headerEnd; k + headerLines.length <= region.length; k++) {
      if (words(k) !== words(headerLines[0]!)) continue;
      if (!headerLines.every((h, n) => words(k + n) === words(h))) continue;
      reprints.push(k);
      for (let n = 0; n < headerLines.length; n++) reprinted.add(k + n);
      k += headerLines.length - 1;
    }
  }
  const columns = headerColumns(region.slice(0, headerEnd).filter((_, k) => !furniture.has(k)), printed);
  if (columns.length >= HEADER_COLUMNS_MIN) {
    bands = bandsUnder(columns, printed);
    // each page under a header printed again: the columns of that header, as the page sets them
    const pageStarts = [0, ...reprints];
    pageStarts.forEach((s, n) => {
      const e = pageStarts[n + 1] ?? region.length;
      const head = n === 0 ? headerLines : headerLines.map((_, m) => s + m);
      const own = n === 0 ? columns : pageColumns(headerLines.map((k) => region[k]!), head.map((k) => region[k]!), columns);
      const pageLines = region.slice(s, e).filter((_, k) => !furniture.has(s + k));
      const pageBands = own ? bandsUnder(own, pageLines) : bands;
      for (let k = s; k < e; k++) bandsAt[k] = pageBands;
    });
    laid = layOut();
  }
  const starts = rowStartsOf(new Set([...reprinted, ...wrappedNames]));
  for (const k of starts) rowFirstLines.add(k);
  // the rest of a row a page break cut, under the header printed again
  if (starts.length && headerEnd < starts[0]!) starts.unshift(headerEnd);
  // the header printed again after a page break is a row of its own, and the lines after it, up to
  // the next STT, go on the row the break cut (a row of their own here, with no STT)
  const opening = new Set(starts);
  for (const k of reprints) {
    opening.add(k);
    if (k + headerLines.length < region.length) opening.add(k + headerLines.length);
  }
  const rowStarts = [...opening].sort((a, b) => a - b);
  if (rowStarts.length === 0) return null;
  // each row's lines parted into the cells the row has
  const cutOf = new Array<boolean[] | null>(region.length).fill(null);
  // where each row's cells begin and end, on each page it prints on (a page's own bands)
  const edgesOf = new Array<CellEdges | null>(region.length).fill(null);
  // a heading's cell: the band it begins in and the bands its line runs across
  const spanOf = new Map<number, { band: number; span: number }>();
  [0, ...rowStarts].forEach((a, r, all) => {
    const b = all[r + 1] ?? region.length;
    const kept = [...Array(b - a).keys()].map((n) => a + n).filter((k) => !furniture.has(k) && !reprinted.has(k));
    const lines = kept.map((k) => region[k]!);
    // a heading's lines (it spans the table from its first line) part nothing
    const heading = lines.length > 0 && spansBands(bandsAt[a]!, lines[0]!);
    if (heading) spanOf.set(a, headingSpan(bandsAt[a]!, lines[0]!));
    // (the cells a row prints, once for each page's bands it prints under)
    const printedUnder = new Map<number[], boolean[]>();
    for (let k = a; k < b; k++) {
      if (heading) continue;
      const own = bandsAt[k]!;
      if (!printedUnder.has(own)) printedUnder.set(own, bandsPrinted(own, lines.length ? lines : [region[k]!]));
      cutOf[k] = printedUnder.get(own)!;
    }
    if (heading) return;
    for (const own of new Set(kept.map((k) => bandsAt[k]!))) {
      const edges = cellEdges(own, kept.filter((k) => bandsAt[k] === own).map((k) => region[k]!));
      for (let k = a; k < b; k++) if (bandsAt[k] === own) edgesOf[k] = edges;
    }
  });
  laid = layOut((k) => cutOf[k] ?? null, (k) => edgesOf[k] ?? null);
  let previousStart = -1;
  const rowOf = (a: number, b: number): TableRowNode[] => {
    const all = laid.slice(a, b).flatMap((l) => l.flat());
    if (all.length === 0) return [];
    let cells = bands.map((_, c) => cellNode(laid.slice(a, b).flatMap((l) => l[c]!), all[0]!));
    // a heading printed across the columns is one cell spanning them (when they print nothing else)
    const heading = spanOf.get(a);
    if (heading && heading.span > 1 && cells.slice(heading.band + 1, heading.band + heading.span).every((c) => c.children.length === 0)) {
      cells[heading.band] = { ...cells[heading.band]!, colSpan: heading.span };
      cells = cells.filter((_, c) => c <= heading.band || c >= heading.band + heading.span);
    }
    // the first row after a page break (its foot and the next page's number just above): not a row after that one
    let afterPageBreak = false;
    for (let k = Math.max(0, a - MAX_BLANKS - 3, previousStart + 1); k < a && !afterPageBreak; k++) afterPageBreak = furniture.has(k);
    previousStart = a;
    return [{ type: 'tableRow', children: cells, position: spanning(all[0]!, all[all.length - 1]!), ...(afterPageBreak ? { data: { afterPageBreak } } : {}) }];
  };
  // how far the task column's text reaches on each page (its lines wrap there)
  const taskReach = new Map<number[], number>();
  // (a heading's text, placed whole across the columns, reaches further: it says nothing of the task's)
  laid.forEach((cells, k) => {
    const next = bandsAt[k]![taskBand + 1] ?? Infinity;
    for (const l of cells[taskBand] ?? []) {
      const end = l.position.start.column - 1 + l.value.length;
      if (end <= next) taskReach.set(bandsAt[k]!, Math.max(taskReach.get(bandsAt[k]!) ?? 0, end));
    }
  });
  // a title printed alone beside its STT on the row's first line, over a sub-row that prints its own
  // cells: the title's paragraph ended on that line (the next line's first word had room on it) and
  // the next line's task opens a cell — the line after which the sub-row begins, else `a`
  const titleOwnLine = (a: number, b: number): number => {
    const first = laid[a]!;
    if (first[taskBand]?.length !== 1 || first.some((cell, c) => c > taskBand && cell.length > 0)) return a;
    let k = a + 1;
    while (k < b && laid[k]!.every((cell) => cell.length === 0)) k++;
    const next = k < b ? (laid[k]![taskBand]![0]?.value ?? '') : '';
    if (!opensCellText(next) || !laid[k]!.some((cell, c) => c > taskBand && cell.length > 0)) return a;
    const title = first[taskBand]![0]!;
    const end = title.position.start.column - 1 + title.value.length;
    const word = next.indexOf(' ') < 0 ? next.length : next.indexOf(' ');
    return end + 1 + word <= (taskReach.get(bandsAt[a]!) ?? 0) ? k : a;
  };
  // a row's sub-rows (cells ruled one under another beside its STT and task, or under a heading
  // printed across the columns beside its STT: "2.2 Thực hiện …" / "a) Rà soát … CSXH …" / "b) …")
  // are rows of their own, in a table whose cells are set at their tops (the row's STT on its first
  // line): where cells are centred in their rows, a row's lines are not known well enough to be parted
  const rowsOf = (a: number, b: number): TableRowNode[] => {
    if (laid[a]![0]!.length === 0) return rowOf(a, b);
    // a row that opens with a heading across the columns: its first sub-row begins at the first line
    // that prints cells (two columns or more) rather than the heading's text
    // (a heading's lines print its text alone, beside the STT on the first)
    let from = a;
    if (spanOf.has(a)) {
      for (let k = a; k < b && from === a; k++) {
        if (furniture.has(k)) continue;
        const pieces = piecesOf(region[k]!.text).length - (k === a ? 1 : 0);
        const task = laid[k]![taskBand]![0]?.value ?? '';
        const opens = task === '' || opensCellText(task);
        if (k > a && opens && !spansBands(bandsAt[k]!, region[k]!) && laid[k]!.filter((cell) => cell.length > 0).length >= 2) from = k;
        else if (pieces > 1) break;
      }
    }
    if (from === a) from = titleOwnLine(a, b);
    const bounds = [a, ...(from > a ? [from] : []), ...subRowStarts(laid, from, b), b];
    return bounds.slice(0, -1).flatMap((s, n) => rowOf(s, bounds[n + 1]!));
  };
  const rows: TableRowNode[] = rowOf(0, rowStarts[0]!);
  for (let r = 0; r < rowStarts.length; r++) for (const row of rowsOf(rowStarts[r]!, rowStarts[r + 1] ?? laid.length)) rows.push(row);
  if (rows.length === 0) return null;
  mergeSpilledCells(rows, bands.length, new Set([0, ...reprints].map((k) => region[k]!.line)));
  const table: TableNode = { type: 'table', children: rows, position: spanning(rows[0]!, rows[rows.length - 1]!), data: { grid: 'layout' } };
  return { table, outside, next: end, header: { key: headerKey, lines: headerEnd } };
}
