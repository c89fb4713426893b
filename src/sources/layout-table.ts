import type { LineNode, TableCellNode, TableNode, TableRowNode } from '../tree.js';
import { placeIn, type RawLine, spanning } from './raw-lines.js';
import { GUTTER, type Piece, piecesOf } from './layout-pieces.js';

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
function headerColumns(header: RawLine[]): Array<{ start: number; end: number }> {
  const pieces = header.flatMap((l) => piecesOf(l.text)).sort((a, b) => a.start - b.start);
  const columns: Array<{ start: number; end: number }> = [];
  for (const p of pieces) {
    const last = columns[columns.length - 1];
    if (last && p.start < last.end) last.end = Math.max(last.end, p.end);
    else columns.push({ start: p.start, end: p.end });
  }
  return columns;
}

/**
 * Column starts under a header's columns: between two columns, the run of character columns that
 * the fewest of the table's lines print across (a cell's text may reach past its name either way).
 */
function bandsUnder(columns: Array<{ start: number; end: number }>, lines: RawLine[]): number[] {
  const width = lines.reduce((w, l) => Math.max(w, l.text.length), 0);
  const inked = new Array<number>(width + 1).fill(0);
  for (const l of lines) for (const p of piecesOf(l.text)) for (let c = p.start; c < p.end; c++) inked[c]!++;
  const starts = [0];
  for (let k = 1; k < columns.length; k++) {
    const from = columns[k - 1]!.end;
    const to = columns[k]!.start;
    // the least printed column of characters in the gap, the rightmost of a run of them
    let best = from;
    for (let c = from + 1; c <= to; c++) if (inked[c]! < inked[best]! || (inked[c] === inked[best] && c === best + 1)) best = c;
    starts.push(Math.max(best, starts[starts.length - 1]! + 1));
  }
  return starts;
}

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

/**
 * How many columns each line of a table's lines stands right of where it would on the first page:
 * on a page (from a form feed on) that prints the table's header (its first line) again, the
 * header's shift, for the page's lines that have that many spaces to lose; 0 elsewhere.
 */
function pageShifts(region: RawLine[]): number[] {
  const shift = new Array<number>(region.length).fill(0);
  const headerKey = piecesKey(region[0]!);
  const headerStart = piecesOf(region[0]!.text)[0]?.start ?? 0;
  let page = 0;
  while (page < region.length) {
    let next = page + 1;
    while (next < region.length && !region[next]!.text.startsWith('\f')) next++;
    if (page > 0) {
      let by = 0;
      for (let k = page; k < next; k++) {
        if (piecesKey(region[k]!) !== headerKey) continue;
        by = piecesOf(region[k]!.text)[0]!.start - headerStart;
        break;
      }
      // the spaces a line has to lose (after its form feed, which stays)
      const room = (raw: RawLine) => {
        const { body } = splitFeed(raw.text);
        return body.trim() === '' ? Infinity : body.length - body.trimStart().length;
      };
      // a line without that many spaces (a footnote at the page's own margin) keeps its place
      if (by !== 0) for (let k = page; k < next; k++) shift[k] = by < 0 || room(region[k]!) >= by ? by : 0;
    }
    page = next;
  }
  return shift;
}

/** A table's header as read: its first line's pieces (a tab apart) and how many lines it takes. */
export interface LayoutHeader {
  key: string;
  lines: number;
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
  const region = lines.slice(from, end);
  // a page printed with another margin (its header printed again further right or left) is read
  // as if it were in line with the first: `shift` columns off each of its lines
  const shift = pageShifts(region);
  const source = region.slice();
  region.forEach((raw, k) => {
    const by = shift[k]!;
    if (by === 0) return;
    const { feed, body } = splitFeed(raw.text);
    region[k] = { ...raw, text: feed + (by > 0 ? body.slice(by) : `${' '.repeat(-by)}${body}`) };
  });
  // a page break inside the table (pdf-to-text's form feed): the page's last line above it (its
  // footer) and the line it opens (the next page's number) print in no cell
  const furniture = new Set<number>();
  region.forEach((raw, k) => {
    if (!raw.text.startsWith('\f')) return;
    furniture.add(k);
    let u = k - 1;
    while (u >= 0 && region[u]!.text.trim() === '') u--;
    if (u > 0 && piecesOf(region[u]!.text).length === 1 && region[u - 1]!.text.trim() === '') furniture.add(u);
  });
  const printed = region.filter((_, k) => !furniture.has(k));
  let bands = bandsOf(printed);
  if (bands.length < 3) return null;
  const lineOf = (k: number, p: Piece): LineNode => ({ type: 'line', value: p.text, indent: 0, position: placeIn(source[k]!, p.start + shift[k]! + 1, p.text.length) });
  // each line's pieces, by band
  const layOut = () =>
    region.map((raw, k) => {
      const byBand: LineNode[][] = bands.map(() => []);
      if (!furniture.has(k)) for (const p of piecesOf(raw.text)) byBand[bandOf(bands, p)]!.push(lineOf(k, p));
      return byBand;
    });
  let laid = layOut();
  const outside = [...furniture].sort((a, b) => a - b).flatMap((k) => piecesOf(region[k]!.text).map((p) => lineOf(k, p)));
  const printsStt = (k: number) => {
    const first = laid[k]![0]!;
    return first.length === 1 && first[0]!.value.length <= STT_WIDTH;
  };
  const taskBand = 1;
  const opensSentence = (k: number) => /^\p{Lu}/u.test(laid[k]![taskBand]![0]?.value ?? '');
  // row starts: lines printing an STT; a row whose STT is centred begins at the line above that opens its task
  const rowStartsOf = (): number[] => {
    const starts: number[] = [];
    for (let k = 1; k < laid.length; k++) {
      if (!printsStt(k)) continue;
      let s = k;
      if (!opensSentence(k)) {
        const floor = starts.length ? starts[starts.length - 1]! + 1 : 1;
        for (let u = k - 1; u >= floor && !printsStt(u); u--) {
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
  let starts = rowStartsOf();
  const key = (k: number) => piecesKey(region[k]!);
  const headerKey = key(0);
  // the header: the lines before the first row that print names, not a row's text
  let headerEnd = starts[0] ?? 1;
  if (previous && previous.key === headerKey) headerEnd = Math.min(headerEnd, previous.lines);
  for (let k = 1; k < headerEnd; k++) {
    if (piecesOf(region[k]!.text).some((p) => p.text.length > HEADER_PIECE_MAX)) {
      headerEnd = k;
      break;
    }
  }
  const columns = headerColumns(region.slice(0, headerEnd).filter((_, k) => !furniture.has(k)));
  if (columns.length >= HEADER_COLUMNS_MIN) {
    bands = bandsUnder(columns, printed);
    laid = layOut();
    starts = rowStartsOf();
  }
  // the rest of a row a page break cut, under the header printed again
  if (starts.length && headerEnd < starts[0]!) starts.unshift(headerEnd);
  // the header printed again after a page break is a row of its own, and the lines after it, up to
  // the next STT, go on the row the break cut (a row of their own here, with no STT)
  const opening = new Set(starts);
  for (const k of starts.filter((s) => s > 0 && key(s) === headerKey)) if (k + headerEnd < region.length) opening.add(k + headerEnd);
  const rowStarts = [...opening].sort((a, b) => a - b);
  if (rowStarts.length === 0) return null;
  const rowOf = (a: number, b: number): TableRowNode[] => {
    const all = laid.slice(a, b).flatMap((l) => l.flat());
    if (all.length === 0) return [];
    const cells = bands.map((_, c) => cellNode(laid.slice(a, b).flatMap((l) => l[c]!), all[0]!));
    let afterPageBreak = false;
    for (let k = Math.max(0, a - MAX_BLANKS - 3); k < a && !afterPageBreak; k++) afterPageBreak = furniture.has(k);
    return [{ type: 'tableRow', children: cells, position: spanning(all[0]!, all[all.length - 1]!), ...(afterPageBreak ? { data: { afterPageBreak } } : {}) }];
  };
  const rows: TableRowNode[] = rowOf(0, rowStarts[0]!);
  for (let r = 0; r < rowStarts.length; r++) for (const row of rowOf(rowStarts[r]!, rowStarts[r + 1] ?? laid.length)) rows.push(row);
  if (rows.length === 0) return null;
  const table: TableNode = { type: 'table', children: rows, position: spanning(rows[0]!, rows[rows.length - 1]!), data: { grid: 'layout' } };
  return { table, outside, next: end, header: { key: headerKey, lines: headerEnd } };
}
