/**
 * Finding where values were read in a document's clean `text`, for the view's links. The contract
 * keeps offsets for citation mentions and source lines for rows and diagnostics; the header's values
 * (number, issuer, date …) are found again in the text, case and line breaks aside.
 */
import type { Row } from '../schema/decision.js';

export interface Span {
  start: number;
  end: number;
}

/** The text lowercased with runs of whitespace as one space, and where each character came from. */
export interface FoldedText {
  folded: string;
  from: number[];
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

export function fold(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isSpace(c)) {
      space = true;
      continue;
    }
    if (space && folded.length) {
      folded += ' ';
      from.push(i - 1);
    }
    space = false;
    const lower = c.toLowerCase();
    folded += lower;
    for (let k = 0; k < lower.length; k++) from.push(i);
  }
  return { folded, from };
}

/**
 * The first place at or after `after` (an offset in the text) where `value` is printed, case and
 * spacing aside; with `before`, only a place that ends by then (and only that stretch is searched).
 */
export function locate(text: FoldedText, value: string | null | undefined, after = 0, before?: number): Span | null {
  if (!value) return null;
  const needle = fold(value).folded;
  if (!needle) return null;
  const startK = lowerBound(text.from, after);
  let k: number;
  if (before === undefined) k = text.folded.indexOf(needle, startK);
  else {
    const found = text.folded.slice(startK, lowerBound(text.from, before)).indexOf(needle);
    k = found < 0 ? -1 : startK + found;
  }
  if (k < 0) return null;
  return { start: text.from[k]!, end: text.from[k + needle.length - 1]! + 1 };
}

/** The first index whose value is not below `v` in an ascending list (binary search). */
export function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The ways an ISO date is printed in a document: "ngày 18 tháng 01 năm 2023", "18/01/2023" (with or without leading zeros). */
export function printedDates(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return [];
  const days = [...new Set([d, String(Number(d))])];
  const months = [...new Set([m, String(Number(m))])];
  const out: string[] = [];
  for (const dd of days) for (const mm of months) out.push(`ngày ${dd} tháng ${mm} năm ${y}`, `${dd}/${mm}/${y}`);
  return out;
}

/** The last place where `value` is printed (a signer's name is at the end). */
export function locateLast(text: FoldedText, value: string | null | undefined): Span | null {
  if (!value) return null;
  const needle = fold(value).folded;
  const k = needle ? text.folded.lastIndexOf(needle) : -1;
  return k < 0 ? null : { start: text.from[k]!, end: text.from[k + needle.length - 1]! + 1 };
}

/** The first of several printed forms found in the text. */
export function locateAny(text: FoldedText, values: string[], after = 0): Span | null {
  let best: Span | null = null;
  for (const v of values) {
    const at = locate(text, v, after);
    if (at && (!best || at.start < best.start)) best = at;
  }
  return best;
}

/** Offsets where each line of the text starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Finds the text line read from a source line: the first text line that starts there, else the
 * last one that starts before it (the line was merged into one that began earlier). Null without the
 * map from text lines to source lines (`sourceLines`).
 */
export function sourceLineIndex(sourceLines: readonly number[] | undefined): (line: number | null) => number | null {
  const exact = new Map<number, number>();
  sourceLines?.forEach((l, i) => {
    if (!exact.has(l)) exact.set(l, i);
  });
  const sorted = [...exact.entries()].sort((a, b) => a[0] - b[0]);
  return (line) => {
    if (line === null || sorted.length === 0) return null;
    const hit = exact.get(line);
    if (hit !== undefined) return hit;
    let lo = 0;
    let hi = sorted.length - 1;
    if (sorted[0]![0] > line) return sorted[0]![1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid]![0] <= line) lo = mid;
      else hi = mid - 1;
    }
    return sorted[lo]![1];
  };
}

/** The source line of a task row, through which the view finds it in the text (until rows carry their own offsets). */
export const rowSourceLine = (row: Row): number | null => row.line;
