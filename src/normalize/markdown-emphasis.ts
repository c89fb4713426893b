import type { LineNode } from '../tree.js';
import { mayJoin, mergeLines } from './merge.js';

const STRONG = '**';
/** How far a span may run looking for its closing marker: a long italic enacting clause, wrapped. */
const MAX_SPAN_LINES = 40;
const BULLET_STAR = /^\* (?=[^\s*])/u;
/** A line of emphasis markers and nothing else (`** **`, `*__*`); a rule of underscores (`________`) is text. */
const ONLY_MARKS = /^[_\s]*\*[*_\s]*$/u;

function count(text: string, mark: string): number {
  let n = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) n++;
  return n;
}

/** Lone `*` markers: stars that are not part of `**`. */
function singleStars(text: string): number {
  return count(text.replaceAll(STRONG, ''), '*');
}

/** True when the line leaves a `**` or `*` span open. */
function opensSpan(text: string): boolean {
  return count(text, STRONG) % 2 === 1 || singleStars(text.replace(BULLET_STAR, '')) % 2 === 1;
}

/** A line that opens an emphasised block of its own (`*Căn cứ …`, `**Điều 1.`): a marker before a letter or digit. */
const OPENS_BLOCK = /^\*{1,2}[\p{L}\p{N}]/u;
/** A lone `|`: the boundary between two cells of a table laid out one cell per line, which no span crosses. */
const CELL_BOUNDARY = /^\|\s*$/u;

/**
 * The last line of the span that `lines[at]` opens: the first line after which its markers are
 * closed, within MAX_SPAN_LINES; a `**` and a `*` are closed each on its own, and one that never
 * closes while the other does is a stray marker (`*ĐD 500kV Sơn La **1` / `- Sơn Tây*`). -1 when
 * nothing closes there, or when a line that opens an emphasised block of its own or a cell boundary
 * comes first: the marker was a stray one, and nothing is joined.
 */
function spanEnd(lines: LineNode[], at: number): number {
  let strong = count(lines[at]!.value, STRONG);
  let single = singleStars(lines[at]!.value.replace(BULLET_STAR, ''));
  let strongEnd = strong % 2 === 0 ? at : -1;
  let singleEnd = single % 2 === 0 ? at : -1;
  for (let j = at + 1; j < lines.length && j - at <= MAX_SPAN_LINES && mayJoin(lines[j - 1], lines[j]!); j++) {
    const value = lines[j]!.value;
    if (OPENS_BLOCK.test(value) || CELL_BOUNDARY.test(value)) break;
    strong += count(value, STRONG);
    single += singleStars(value);
    if (strongEnd < 0 && strong % 2 === 0) strongEnd = j;
    if (singleEnd < 0 && single % 2 === 0) singleEnd = j;
    if (strongEnd >= 0 && singleEnd >= 0) break;
  }
  const end = Math.max(strongEnd, singleEnd);
  return end > at ? end : -1;
}

/** Markers out; a Markdown bullet `* item` becomes `- item`. */
function stripMarks(text: string): string {
  return text.replace(BULLET_STAR, '- ').replaceAll(STRONG, '').replaceAll('*', '').replace(/\s+/gu, ' ').trim();
}

/**
 * The text a line begins with in bold or italics, marks out (`**Điều 4. **Chánh …` → `Điều 4.`,
 * `*- Thủy sản*` → `- Thủy sản`), or null.
 */
function emphasisLead(text: string): string | null {
  const mark = text.startsWith(STRONG) ? STRONG : text.startsWith('*') && !BULLET_STAR.test(text) ? '*' : null;
  if (mark === null) return null;
  const close = text.indexOf(mark, mark.length);
  const lead = close < 0 ? '' : stripMarks(text.slice(mark.length, close));
  return lead === '' ? null : lead;
}

/**
 * Pass: Markdown emphasis that a page converter wrapped over lines (`**THỦ` / `TƯỚNG CHÍNH PHỦ**`,
 * `*Hà Nội, ngày 18` / `tháng 11 năm 2025*`) makes one line again, and the markers go. Lines left
 * empty by the markers (`** **`) are dropped.
 */
export function markdownEmphasis(lines: LineNode[]): LineNode[] {
  const out: LineNode[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (ONLY_MARKS.test(line.value) || line.value.trim() === '') continue;
    if (line.value.includes('*')) {
      const end = opensSpan(line.value) ? spanEnd(lines, i) : -1;
      while (i < end) line = mergeLines(line, lines[++i]!, ' ');
      const value = stripMarks(line.value);
      if (value === '') continue;
      const lead = emphasisLead(line.value.trimStart());
      line = lead ? { ...line, value, data: { ...line.data, emphasisLead: lead } } : { ...line, value };
    }
    out.push(line);
  }
  return out;
}
