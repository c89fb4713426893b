import type { LineNode } from '../tree.js';
import { mayJoin, mergeLines } from './merge.js';

const STRONG = '**';
const MAX_SPAN_LINES = 8;
const BULLET_STAR = /^\* (?=[^\s*])/u;
const ONLY_MARKS = /^[*_\s]*$/u;

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
    if (ONLY_MARKS.test(line.value)) continue;
    if (line.value.includes('*')) {
      let span = 0;
      while (opensSpan(line.value) && span < MAX_SPAN_LINES && i + 1 < lines.length && mayJoin(line, lines[i + 1]!)) {
        line = mergeLines(line, lines[++i]!, ' ');
        span++;
      }
      const value = stripMarks(line.value);
      if (value === '') continue;
      const lead = emphasisLead(line.value.trimStart());
      line = lead ? { ...line, value, data: { ...line.data, emphasisLead: lead } } : { ...line, value };
    }
    out.push(line);
  }
  return out;
}
