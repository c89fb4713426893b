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
 */

/** Share of a table's lines in which a column of characters must be blank to part two columns. */
const RIVER_SHARE = 0.8;
/** Most blank lines a table runs over (a page break inside it). */
const MAX_BLANKS = 3;
/** Widest text in the first band that is an STT, not prose. */
const STT_WIDTH = 6;

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
    if (lone && lone.start < secondStart - GUTTER && lone.end > secondStart && lone.text.length > STT_WIDTH && lone.start < 2) break;
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

/** Reads the laid-out table opening at line `from`, or null when none does; `next` is the line after it. */
export function readLayoutTable(lines: RawLine[], from: number): { table: TableNode; outside: LineNode[]; next: number } | null {
  const end = tableEnd(lines, from);
  if (end - from < 3) return null;
  const region = lines.slice(from, end);
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
  const bands = bandsOf(region.filter((_, k) => !furniture.has(k)));
  if (bands.length < 3) return null;
  const lineOf = (raw: RawLine, p: Piece): LineNode => ({ type: 'line', value: p.text, indent: 0, position: placeIn(raw, p.start + 1, p.text.length) });
  // each line's pieces, by band
  const laid = region.map((raw, k) => {
    const byBand: LineNode[][] = bands.map(() => []);
    if (!furniture.has(k)) for (const p of piecesOf(raw.text)) byBand[bandOf(bands, p)]!.push(lineOf(raw, p));
    return byBand;
  });
  const outside = [...furniture].sort((a, b) => a - b).flatMap((k) => piecesOf(region[k]!.text.replace(/^\f/u, ' ')).map((p) => lineOf(region[k]!, p)));
  const printsStt = (k: number) => {
    const first = laid[k]![0]!;
    return first.length === 1 && first[0]!.value.length <= STT_WIDTH;
  };
  const taskBand = 1;
  const opensSentence = (k: number) => /^\p{Lu}/u.test(laid[k]![taskBand]![0]?.value ?? '');
  // row starts: lines printing an STT; a row whose STT is centred begins at the line above that opens its task
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
  // the header printed again after a page break is a row of its own, and the lines after it, up to
  // the next STT, go on the row the break cut (a row of their own here, with no STT)
  const key = (k: number) => piecesOf(region[k]!.text).map((p) => p.text).join('\t');
  const headerKey = key(0);
  const opening = new Set(starts);
  for (const k of starts.filter((s) => s > 0 && key(s) === headerKey)) if (k + 1 < region.length) opening.add(k + 1);
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
  return { table: { type: 'table', children: rows, position: spanning(rows[0]!, rows[rows.length - 1]!), data: { grid: 'layout' } }, outside, next: end };
}
