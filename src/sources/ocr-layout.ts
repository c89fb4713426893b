/**
 * The reading order of an OCR'd page, from the geometry of its words: tesseract's lines are cut where
 * a gap is far wider than a word space (the two columns of a header, a table's cells), the pieces
 * (segments) go into rows by their baselines (inside a ruled table a line is also cut at the column
 * rules, and the bars tesseract reads on the rules are dropped), and runs of rows of two columns — the header's issuer
 * | motto and number | place and date, the closing's recipients | signature — are read column by
 * column, the left column before the right, as the cells of a layout table are. Each segment becomes
 * one text item (`PdfItem`, ending its line) in page pixels, so the PDF reader's page layout (running
 * headers, wrapped lines) reads scanned pages as it reads PDF text.
 */
import type { OcrLine, OcrResult, OcrWord } from './ocr-engine.js';
import type { PdfItem } from './pdf-layout.js';
import type { PdfTableGeometry } from './pdf-tables.js';

/**
 * A gap between words this many line heights wide separates two columns or cells, not two words —
 * unless the line's word gaps are all about as wide (a justified line of few words spreads them
 * evenly): then only a gap this many times the line's typical word space does.
 */
const COLUMN_GAP = 2;
const GAP_OUTLIER = 3;
/** A row further below the previous one than this many line heights ends a two-column run. */
const BAND_BREAK = 2.5;
/**
 * The font size of a page's text from its lines' boxes (ascenders to descenders, which vary with the
 * accents a line holds): about 0.95 of the median box height — on a seed page rendered at 180 dpi the
 * boxes are 30–38 px high, lines of a paragraph 34–37 px apart and paragraphs 45 px, which the PDF
 * reader's paragraph pitch (1.35 sizes) tells apart. Lines within a third of the median take the
 * page's size (the PDF reader groups lines of one size); taller ones (titles) and far smaller ones their own.
 */
const SIZE_OF_BOX = 0.95;
const OWN_SIZE = 1.33;
/**
 * Lines whose row is under this share of the page's median row are small print, of their own size
 * (a page's header box): tesseract's row heights of one size of print differ by a tenth at most.
 */
const SMALL_PRINT = 0.75;
/**
 * Footnotes are printed smaller than the text (10 against 13–14 pt in a word processor's defaults):
 * the lines under a page's footnote separator take this share of the page's size, as a PDF's
 * footnotes have a smaller font, so the PDF reader's page layout tells them from the text.
 */
const FOOTNOTE_SIZE = 0.8;

/** A piece of a line between column gaps. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  baseline: number;
  /** The median height of its words' boxes. */
  height: number;
  /** Its line's print size as tesseract gives it (its box's height when not given). */
  rowHeight: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * A document's number and sign as the engine reads it: "89/2020/NĐ-" "cP" for 89/2020/NĐ-CP. The
 * sign's parts are capitals (and the few lower-case letters of codes such as TTg), and a hyphen
 * ends no sign: a word ending in a capital or digit and a hyphen goes on in the next word; in a
 * token of a number and sign, the lower-case letters shaped as their capitals (c o s v w x z, told
 * apart by size only) are the capitals.
 */
const OPEN_SIGN = /[\p{Lu}\d]-$/u;
const SIGN = /^\d{1,6}\/[\p{L}\d/.-]{2,40}$/u;
const SAME_SHAPE = /[cosvwxz]/gu;

function wordsText(words: OcrWord[]): string {
  let text = '';
  for (const [i, w] of words.entries()) text += i === 0 ? w.text : OPEN_SIGN.test(words[i - 1]!.text) && /^[\p{L}\d]/u.test(w.text) ? w.text : ` ${w.text}`;
  return text
    .split(' ')
    .map((t) => (SIGN.test(t) ? t.replace(SAME_SHAPE, (c) => c.toUpperCase()) : t))
    .join(' ');
}

function toSegment(words: OcrWord[], baseline: number, rowHeight?: number): Segment {
  const y0 = Math.min(...words.map((w) => w.y0));
  const y1 = Math.max(...words.map((w) => w.y1));
  return {
    rowHeight: rowHeight ?? y1 - y0,
    text: wordsText(words),
    x0: Math.min(...words.map((w) => w.x0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y0,
    y1,
    baseline,
    height: median(words.map((w) => w.y1 - w.y0)),
  };
}

/** A rule's stroke that tesseract read as a bar or an underscore, stuck to a word's start or end: no text of a document. */
const RULE_STROKE = '|_';

/**
 * The word without the rule's strokes read at its ends, its box shrunk by the share of its letters
 * they took ("_|chữa" across a column rule is "chữa", in the column right of the rule).
 */
function trimBars(word: OcrWord): OcrWord {
  const text = word.text;
  let start = 0;
  let end = text.length;
  while (start < end && RULE_STROKE.includes(text[start]!)) start++;
  while (end > start && RULE_STROKE.includes(text[end - 1]!)) end--;
  if (start === 0 && end === text.length) return word;
  // a word of strokes alone ("_" a form's blank, "|" a rule) is dropped whole
  if (end === start) return { ...word, text: '' };
  const per = (word.x1 - word.x0) / text.length;
  return { ...word, text: text.slice(start, end), x0: word.x0 + start * per, x1: word.x1 - (text.length - end) * per };
}

/**
 * Letters the Vietnamese model reads for others of the same look: the Icelandic eth (Ð U+00D0, ð)
 * for the Vietnamese D with stroke (Đ U+0110, đ), which is the one Vietnamese writes.
 */
const LOOKALIKES: Record<string, string> = { Ð: 'Đ', ð: 'đ' };
const LOOKALIKE = /[Ðð]/gu;
/**
 * A word of marks that ends no text — an opening quote, an equals sign, a bar, a tilde, angle
 * brackets — read alone after a piece's last word: a speck of the scan.
 */
const SPECK_MARK = /^[=“‘|~<>^]{1,3}$/u;
/** A piece of marks and no letter or digit, short: specks. */
const SPECKS = /^[-_=~^ˆ<>|“‘"'`´,.:;!·°\s]{1,8}$/u;
/** …unless it is a lone dash or a dotted blank. */
const PRINTED_MARKS = /^(?:[-–—]|\.{3,}|…+)$/u;

/** Which of the columns between `cuts` (sorted x positions of a table's rules) holds x: -1 outside any table. */
function columnOf(cuts: number[], x: number): number {
  if (cuts.length === 0) return -1;
  let i = 0;
  while (i < cuts.length && cuts[i]! <= x) i++;
  return i;
}

/** A line cut at its column gaps and, inside a ruled table, at the table's column rules. */
export function splitLine(line: OcrLine, tables: PdfTableGeometry[] = []): Segment[] {
  const words = [...line.words]
    .map((w) => trimBars(w))
    .map((w) => ({ ...w, text: w.text.replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c) }))
    .filter((w) => w.text !== '')
    .sort((a, b) => a.x0 - b.x0);
  const height = median(words.map((w) => w.y1 - w.y0));
  const middle = words.length ? (Math.min(...words.map((w) => w.y0)) + Math.max(...words.map((w) => w.y1))) / 2 : 0;
  const cuts = tables.find((t) => middle >= t.box.y0 && middle <= t.box.y1)?.colRules ?? [];
  const gaps = words.slice(1).map((w, i) => w.x0 - words[i]!.x1);
  // the typical word space: the gap a quarter of the way up (columns' gaps are the few widest)
  const typicalGap = gaps.length >= 3 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 4)]! : 0;
  const wide = (gap: number) => gap > COLUMN_GAP * height && gap > GAP_OUTLIER * typicalGap;
  const segments: Segment[] = [];
  let run: OcrWord[] = [];
  const push = () => {
    // a speck read as a mark after a cell's or column's last word ("STT “", "TT =") is no text
    // a piece of marks alone ("-_ ><~", "ˆ") is specks of the scan — but a lone dash (a cell's "none")
    // and a form's dotted blank are printed
    const text = run.map((w) => w.text).join(' ');
    const specks = SPECKS.test(text) && !PRINTED_MARKS.test(text);
    while (run.length > 1 && SPECK_MARK.test(run[run.length - 1]!.text)) run.pop();
    if (!specks) segments.push(toSegment(run, line.baseline, line.rowHeight));
    run = [];
  };
  for (const word of words) {
    const last = run[run.length - 1];
    const column = (w: OcrWord) => columnOf(cuts, (w.x0 + w.x1) / 2);
    if (last && (wide(word.x0 - last.x1) || column(word) !== column(last))) push();
    run.push(word);
  }
  if (run.length) push();
  return segments;
}

/** Segments in rows: a segment whose middle lies within a row's height joins it; rows top to bottom, each left to right. */
export function rowsOf(segments: Segment[]): Segment[][] {
  const sorted = [...segments].sort((a, b) => a.baseline - b.baseline);
  const rows: Array<{ y0: number; y1: number; segments: Segment[] }> = [];
  for (const s of sorted) {
    const middle = (s.y0 + s.y1) / 2;
    const row = rows[rows.length - 1];
    if (row && middle >= row.y0 && middle <= row.y1) {
      row.segments.push(s);
      row.y0 = Math.min(row.y0, s.y0);
      row.y1 = Math.max(row.y1, s.y1);
    } else rows.push({ y0: s.y0, y1: s.y1, segments: [s] });
  }
  return rows.map((r) => r.segments.sort((a, b) => a.x0 - b.x0));
}

interface Band {
  left: Segment[];
  right: Segment[];
  /** The free strip between the columns: right of every left segment, left of every right one. */
  gapFrom: number;
  gapTo: number;
  bottom: number;
}

/**
 * True when the segment lies in the left (or right) column of a two-column run: its middle left
 * (right) of the text's middle by more than two line heights, clear of the other column. A title
 * centred on the page is in neither, and ends the run.
 */
function inColumn(band: Band, s: Segment, side: 'left' | 'right', centre: number): boolean {
  const middle = (s.x0 + s.x1) / 2;
  const clear = 2 * s.height;
  return side === 'left' ? middle < centre - clear && s.x1 < band.gapTo : middle > centre + clear && s.x0 > band.gapFrom;
}

/** Adds the row to the two-column run when it fits its columns; false when it ends the run. */
function extendBand(band: Band, row: Segment[], centre: number): boolean {
  const first = row[0]!;
  if (first.y0 - band.bottom > BAND_BREAK * first.height) return false;
  if (row.length === 2) {
    const [l, r] = row as [Segment, Segment];
    if (!inColumn(band, l, 'left', centre) || !inColumn(band, r, 'right', centre)) return false;
    band.left.push(l);
    band.right.push(r);
  } else if (row.length === 1) {
    if (inColumn(band, first, 'left', centre)) band.left.push(first);
    else if (inColumn(band, first, 'right', centre)) band.right.push(first);
    else return false;
  } else return false;
  for (const s of row) {
    if (band.left.includes(s)) band.gapFrom = Math.max(band.gapFrom, s.x1);
    else band.gapTo = Math.min(band.gapTo, s.x0);
  }
  band.bottom = Math.max(...row.map((s) => s.y1));
  return true;
}

/** The page's segments in reading order: rows top to bottom, two-column runs column by column. */
export function readingOrder(page: OcrResult): Segment[] {
  const segments = page.lines.flatMap((l) => splitLine(l, page.tables));
  const rows = rowsOf(segments);
  // the middle of the text column (margins differ left and right)
  const centre = segments.length ? (Math.min(...segments.map((s) => s.x0)) + Math.max(...segments.map((s) => s.x1))) / 2 : 0;
  const out: Segment[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i]!;
    const [l, r] = row;
    const band: Band | null = row.length === 2 ? { left: [l!], right: [r!], gapFrom: l!.x1, gapTo: r!.x0, bottom: Math.max(l!.y1, r!.y1) } : null;
    i++;
    if (!band || !inColumn(band, l!, 'left', centre) || !inColumn(band, r!, 'right', centre)) {
      out.push(...row);
      continue;
    }
    while (i < rows.length && extendBand(band, rows[i]!, centre)) i++;
    out.push(...band.left, ...band.right);
  }
  return out;
}

/** The page's text as PDF text items (one per segment, each ending its line), in reading order. */
export function ocrItems(page: OcrResult): PdfItem[] {
  const segments = readingOrder(page);
  const typical = median(segments.map((s) => s.y1 - s.y0));
  const footnoteTop = page.footnoteTop ?? Infinity;
  const typicalRow = median(segments.map((s) => s.rowHeight));
  const box = (s: Segment) => s.y1 - s.y0;
  const size = (s: Segment) => {
    if (s.y0 > footnoteTop) return SIZE_OF_BOX * FOOTNOTE_SIZE * typical;
    if (box(s) > OWN_SIZE * typical) return SIZE_OF_BOX * box(s);
    // small print: its row is far lower than the page's (a box's height varies with the accents in it)
    if (s.rowHeight < SMALL_PRINT * typicalRow) return SIZE_OF_BOX * typical * (s.rowHeight / typicalRow);
    return SIZE_OF_BOX * typical;
  };
  return segments.map((s) => ({ str: s.text, x: s.x0, y: s.baseline, width: s.x1 - s.x0, size: size(s), eol: true }));
}
