/**
 * The ruled tables of a page image, from the black-and-white image the OCR engine read (deskewed):
 * long runs of black pixels along a pixel row are horizontal rules, along a pixel column vertical
 * ones; rules a pixel or two apart (a thick line) are one; a rule that crosses fewer than two rules
 * of the other direction (an underline, the dashes under a header) is no table's; each group of
 * crossing rules is a table, whose rows and columns start at its rules. The geometry is the one the
 * PDF reader gets from drawn lines (pdf-tables.ts), so a scanned table's cells are filled the same way.
 */
import type { PdfRule, PdfTableGeometry } from './pdf-tables.js';

/** A page image as one byte per pixel: true where it is black (ink). */
export interface InkImage {
  width: number;
  height: number;
  ink: Uint8Array;
}

export interface RuleOptions {
  /** A run of ink this long (pixels) along a row is a horizontal rule. */
  minHorizontal: number;
  /** A run of ink this long (pixels) along a column is a vertical rule. */
  minVertical: number;
  /**
   * A shorter run, down to this long, is a rule too when each of its ends meets a rule of the other
   * direction: the side of one low cell (a header row between two rules, its columns merged below).
   */
  minCellSide?: number;
}

/** White pixels this many in a row still leave a rule unbroken (noise, a faint stretch). */
const GAP = 2;
/** Rule rows this many pixels apart are one thick rule; crossings are found within this distance. */
const NEAR = 3;
/** A line of ink thicker than this (pixels) is no rule. */
const THICK = 8;

/** Runs of ink along one line of pixels: `at(i)` says whether pixel i is ink. */
function runs(length: number, at: (i: number) => boolean, min: number, line: number, out: PdfRule[]): void {
  let start = -1;
  let last = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && at(i);
    if (ink) {
      if (start < 0) start = i;
      last = i;
    } else if (start >= 0 && i - last > GAP) {
      if (last - start + 1 >= min) out.push({ at: line, from: start, to: last });
      start = -1;
    }
  }
}

/** Parallel runs on neighbouring lines that overlap are one rule at their middle line. */
function mergeRuns(found: PdfRule[]): PdfRule[] {
  const rules: Array<PdfRule & { first: number; last: number }> = [];
  const open: typeof rules = [];
  for (const r of found.sort((a, b) => a.at - b.at || a.from - b.from)) {
    const near = open.find((o) => r.at - o.last <= NEAR && r.from <= o.to && r.to >= o.from);
    if (near) {
      near.last = r.at;
      near.from = Math.min(near.from, r.from);
      near.to = Math.max(near.to, r.to);
    } else {
      const rule = { ...r, first: r.at, last: r.at };
      rules.push(rule);
      open.push(rule);
    }
    // rules left behind can take no more runs
    for (let i = open.length - 1; i >= 0; i--) if (r.at - open[i]!.last > NEAR) open.splice(i, 1);
  }
  // a rule is a thin line: a band of ink thicker than this is a picture, a seal or a logo
  return rules.filter((r) => r.last - r.first <= THICK).map((r) => ({ at: (r.first + r.last) / 2, from: r.from, to: r.to }));
}

const crosses = (h: PdfRule, v: PdfRule) => v.at >= h.from - NEAR && v.at <= h.to + NEAR && h.at >= v.from - NEAR && h.at <= v.to + NEAR;

/** Positions closer than NEAR as one (their mean), sorted. */
function pivots(values: number[]): number[] {
  const out: number[][] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const group = out[out.length - 1];
    if (group && v - group[group.length - 1]! <= NEAR) group.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** The horizontal and vertical rules of an ink image. */
export function findRules(image: InkImage, options: RuleOptions): { h: PdfRule[]; v: PdfRule[] } {
  const { width, height, ink } = image;
  const h: PdfRule[] = [];
  const v: PdfRule[] = [];
  // a pixel counts for a rule when it or a neighbour across the rule is ink: a thin rule left a
  // little off level, or grey in places, still runs on
  const at = (x: number, y: number) => ink[y * width + x] === 1;
  for (let y = 0; y < height; y++) runs(width, (x) => at(x, y) || (y > 0 && at(x, y - 1)) || (y + 1 < height && at(x, y + 1)), options.minHorizontal, y, h);
  for (let x = 0; x < width; x++) runs(height, (y) => at(x, y) || (x > 0 && at(x - 1, y)) || (x + 1 < width && at(x + 1, y)), options.minVertical, x, v);
  return { h: mergeRuns(h), v: mergeRuns(v) };
}

/** An end of a run this near (pixels) a rule of the other direction meets it. */
const MEETS = 2 * NEAR + 2;

/** True when both ends of the rule meet rules of the other direction (`across`). */
function boundedAtBothEnds(rule: PdfRule, across: PdfRule[]): boolean {
  const meets = (end: number) => across.some((o) => Math.abs(o.at - end) <= MEETS && rule.at >= o.from - NEAR && rule.at <= o.to + NEAR);
  return meets(rule.from) && meets(rule.to);
}

/** The long rules, and the short ones that close a cell (both ends on long rules of the other direction). */
function rulesWithCellSides(image: InkImage, options: RuleOptions): { h: PdfRule[]; v: PdfRule[] } {
  const short = options.minCellSide;
  if (short === undefined || (short >= options.minHorizontal && short >= options.minVertical)) return findRules(image, options);
  const all = findRules(image, { minHorizontal: Math.min(short, options.minHorizontal), minVertical: Math.min(short, options.minVertical) });
  const length = (r: PdfRule) => r.to - r.from + 1;
  const longH = all.h.filter((r) => length(r) >= options.minHorizontal);
  const longV = all.v.filter((r) => length(r) >= options.minVertical);
  return {
    h: all.h.filter((r) => length(r) >= options.minHorizontal || boundedAtBothEnds(r, longV)),
    v: all.v.filter((r) => length(r) >= options.minVertical || boundedAtBothEnds(r, longH)),
  };
}

/** The tables the rules of a page draw: groups of rules crossing each other, two rows and two columns or more. */
export function findTables(image: InkImage, options: RuleOptions): PdfTableGeometry[] {
  let { h, v } = rulesWithCellSides(image, options);
  // rules of a table cross two rules of the other direction at least (its edges)
  for (let round = 0; round < 3; round++) {
    const hKeep = h.filter((r) => v.filter((s) => crosses(r, s)).length >= 2);
    const vKeep = v.filter((s) => hKeep.filter((r) => crosses(r, s)).length >= 2);
    if (hKeep.length === h.length && vKeep.length === v.length) break;
    [h, v] = [hKeep, vKeep];
  }
  // groups of crossing rules
  const group = new Map<PdfRule, number>();
  let groups = 0;
  for (const start of h) {
    if (group.has(start)) continue;
    const id = groups++;
    const stack: Array<{ rule: PdfRule; horizontal: boolean }> = [{ rule: start, horizontal: true }];
    group.set(start, id);
    while (stack.length) {
      const { rule, horizontal } = stack.pop()!;
      for (const other of horizontal ? v : h) {
        if (group.has(other) || !(horizontal ? crosses(rule, other) : crosses(other, rule))) continue;
        group.set(other, id);
        stack.push({ rule: other, horizontal: !horizontal });
      }
    }
  }
  const tables: PdfTableGeometry[] = [];
  for (let id = 0; id < groups; id++) {
    const hRules = h.filter((r) => group.get(r) === id);
    const vRules = v.filter((r) => group.get(r) === id);
    const rowRules = pivots(hRules.map((r) => r.at));
    const colRules = pivots(vRules.map((r) => r.at));
    if (rowRules.length < 2 || colRules.length < 2) continue;
    tables.push({ box: { x0: colRules[0]!, y0: rowRules[0]!, x1: colRules[colRules.length - 1]!, y1: rowRules[rowRules.length - 1]! }, rowRules, colRules, hRules, vRules });
  }
  return tables.sort((a, b) => a.box.y0 - b.box.y0);
}

/** A table's geometry in other units (pixels to PDF points: divide by the render scale). */
export function scaleTable(t: PdfTableGeometry, scale: number): PdfTableGeometry {
  const rule = (r: PdfRule) => ({ at: r.at / scale, from: r.from / scale, to: r.to / scale });
  return {
    box: { x0: t.box.x0 / scale, y0: t.box.y0 / scale, x1: t.box.x1 / scale, y1: t.box.y1 / scale },
    rowRules: t.rowRules.map((v) => v / scale),
    colRules: t.colRules.map((v) => v / scale),
    hRules: t.hRules.map(rule),
    vRules: t.vRules.map(rule),
  };
}

/** A footnote separator is at most this share of the text's width (Word draws it about a third wide)… */
const SEPARATOR_MAX_WIDTH = 0.5;
/** …starts within this many line heights of the text's left edge, in the page's lower part… */
const SEPARATOR_LEFT = 2;
const SEPARATOR_LOWER = 0.4;
/** …and no text touches it from above (an underline is under its word, this close in line heights). */
const UNDERLINE_GAP = 0.5;

/**
 * The y of a page's footnote separator, or null: the short rule a word processor draws at the text's
 * left edge above a page's footnotes — a horizontal rule of no table, in the page's lower part, with
 * text under it and no word just above it (which would make it an underline).
 */
export function footnoteSeparator(
  rules: PdfRule[],
  words: Array<{ x0: number; x1: number; y0: number; y1: number }>,
  page: { height: number; lineHeight: number },
): number | null {
  if (words.length === 0) return null;
  const left = Math.min(...words.map((w) => w.x0));
  const right = Math.max(...words.map((w) => w.x1));
  const found = rules.filter(
    (r) =>
      r.at > (1 - SEPARATOR_LOWER) * page.height &&
      Math.abs(r.from - left) <= SEPARATOR_LEFT * page.lineHeight &&
      r.to - r.from <= SEPARATOR_MAX_WIDTH * (right - left) &&
      words.some((w) => w.y0 > r.at) &&
      !words.some((w) => w.y1 <= r.at + NEAR && r.at - w.y1 < UNDERLINE_GAP * page.lineHeight && w.x1 > r.from && w.x0 < r.to),
  );
  return found.length ? Math.min(...found.map((r) => r.at)) : null;
}

