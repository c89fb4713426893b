/**
 * Text of a PDF page from its positioned text items (pdf.js `getTextContent()`), in the order the
 * producer wrote them (Word and LibreOffice write reading order: a layout table cell by cell):
 * items make visual lines (a new line at an end-of-line mark, a change of baseline, or a gap wide
 * enough to separate table cells), small raised digits are footnote marks (superscript), and the
 * lines a paragraph wrapped over are joined again.
 */
import { opensBlock } from '../text/markers.js';
import { isUpperCaseText } from '../text/fold.js';

/** A text item in page space: x from the left, y the baseline from the top, size the font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

/** A visual line of a page. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const DIGITS = /^\d{1,3}$/u;
/** A gap this many font sizes wide separates cells (of a borderless table), not words. */
const CELL_GAP = 2.5;
/** A word gap: wider than this share of the font size gets a space. */
const WORD_GAP = 0.15;
/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.45;
/** A line pitch up to this many font sizes is inside a paragraph (more is paragraph spacing). */
const PARAGRAPH_PITCH = 1.35;

export const toSuperscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');

/** A footnote mark: digits printed smaller than the line and raised above its baseline. */
export function isSuperscript(item: PdfItem, line: PdfLine): boolean {
  return DIGITS.test(item.str.trim()) && item.size < 0.8 * line.size && line.y - item.y > 0.15 * line.size && line.y - item.y < line.size;
}

/** The visual lines of a run of items, in the items' order. */
export function itemsToLines(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  const end = () => {
    if (line && line.text.trim() !== '') lines.push({ ...line, text: line.text.replace(/\s+/gu, ' ').trim() });
    line = null;
  };
  for (const item of items) {
    const blank = item.str.trim() === '';
    if (blank) {
      if (item.eol) end();
      continue;
    }
    if (line !== null) {
      const current: PdfLine = line;
      if (isSuperscript(item, current)) {
        current.text += toSuperscript(item.str.trim());
        current.x1 = Math.max(current.x1, item.x + item.width);
        if (item.eol) end();
        continue;
      }
      const sameBaseline = Math.abs(item.y - current.y) <= SAME_LINE * Math.max(current.size, item.size);
      const gap = item.x - current.x1;
      if (!sameBaseline || gap > CELL_GAP * current.size || gap < -current.size) end();
    }
    if (line === null) {
      line = { text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size };
    } else {
      const current: PdfLine = line;
      const gap = item.x - current.x1;
      const spaced = /\s$/u.test(current.text) || /^\s/u.test(item.str);
      current.text += !spaced && gap > WORD_GAP * current.size ? ` ${item.str}` : item.str;
      current.x1 = Math.max(current.x1, item.x + item.width);
      current.size = Math.max(current.size, item.size);
    }
    if (item.eol) end();
  }
  end();
  return lines;
}

/** The width the first word of a line takes, estimated from the line's width per character. */
function firstWordWidth(line: PdfLine): number {
  const word = line.text.split(' ')[0] ?? '';
  return ((line.x1 - line.x0) * word.length) / Math.max(1, line.text.length);
}

/**
 * Runs of lines that go down the page in order; a line above the one before it starts a new run
 * (the next cell of a layout table, a new column).
 */
export function blocksOf(lines: PdfLine[]): PdfLine[][] {
  const blocks: PdfLine[][] = [];
  for (const line of lines) {
    const block = blocks[blocks.length - 1];
    const last = block?.[block.length - 1];
    if (block && last && line.y > last.y + SAME_LINE * last.size) block.push(line);
    else blocks.push([line]);
  }
  return blocks;
}

/** A heading of capitals ending in a colon ("QUYẾT ĐỊNH:", "NƠI NHẬN:") stands on its own line, introducing what follows. */
const isHeadingWithColon = (text: string) => /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}:$/u.test(text.trim());

/**
 * True when `next` continues the paragraph `prev` wrapped: it follows at the paragraph's line
 * pitch, opens no block (bullet, number, article), and its first word would not have fitted on
 * `prev` (which ends at the block's right edge). A line of capitals followed by a capital is a
 * title or signature broken on purpose.
 */
export function continuesLine(prev: PdfLine, next: PdfLine, right: number): boolean {
  if (next.y - prev.y > PARAGRAPH_PITCH * prev.size) return false;
  if (opensBlock(next.text)) return false;
  if (isUpperCaseText(prev.text) && /^\p{Lu}/u.test(next.text)) return false;
  if (isHeadingWithColon(next.text)) return false;
  return prev.x1 + 0.3 * prev.size + firstWordWidth(next) > right;
}

/**
 * Runs of lines set at a paragraph's line pitch (no paragraph spacing between them): a paragraph,
 * or a list set tight, whose longest line shows where the text column ends.
 */
export function tightRuns(block: PdfLine[]): PdfLine[][] {
  const runs: PdfLine[][] = [];
  for (const line of block) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && line.y - last.y <= PARAGRAPH_PITCH * last.size && Math.abs(line.size - last.size) < 1) run.push(line);
    else runs.push([line]);
  }
  return runs;
}

/** The page's lines with the lines of each wrapped paragraph joined. */
export function joinWrapped(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const run of blocksOf(lines).flatMap(tightRuns)) out.push(...joinRun(run));
  return out;
}

/** A tight run's lines with its wrapped paragraphs joined: its longest line shows where its text column ends. */
function joinRun(run: PdfLine[]): PdfLine[] {
  const right = Math.max(...run.map((l) => l.x1));
  const out: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const line of run) {
    if (current && continuesLine(current, line, right)) {
      current = { text: /\S[-/]$/u.test(current.text) ? `${current.text}${line.text}` : `${current.text} ${line.text}`, x0: Math.min(current.x0, line.x0), x1: line.x1, y: line.y, size: current.size };
    } else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}
