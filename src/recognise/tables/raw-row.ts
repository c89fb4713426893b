import type { Position } from 'unist';
import { singleSpaced } from '../../text/fold.js';
import type { LineNode } from '../../tree.js';
import type { ColumnRole } from './columns.js';

/** A table row as printed, before units and timeframes are read. */
export interface RawRow {
  stt: string | null;
  label: string | null;
  /** Cell text by role; cells without a role by their header. */
  cells: Partial<Record<ColumnRole, string>>;
  extra: Record<string, string>;
  /** Footnote markers found in the row's cells ("¹"). */
  noteMarks: string[];
  line: LineNode;
  /** Where each cell of the row was printed, by column header (a cell spanning from above: where it started). */
  cellPositions?: Record<string, Position>;
}

export interface RawGroup {
  stt: string;
  title: string;
  noteMarks: string[];
  level: number;
  line: LineNode;
}

export interface TableProblem {
  code: string;
  message: string;
  line: LineNode;
  /** A repair said for the record rather than a doubt: an info, not a warning. */
  severity?: 'info';
}

/** What a table layout reader returns. */
export interface RawTable {
  /** A title printed between this table and the one before it in the same part ("2. Các nhiệm vụ …"). */
  title?: string | null;
  /** The lines of that title, as printed. */
  titleLines?: LineNode[];
  columns: string[];
  roles: Array<ColumnRole | null>;
  /** Rows and group headings in reading order. */
  items: Array<{ row: RawRow } | { group: RawGroup }>;
  footnotes: Map<string, string>;
  problems: TableProblem[];
  /** Lines of the table part that no cell took. */
  unplaced: LineNode[];
}

const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const MARKS = /\s?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=\s|$|[.,;:)])/gu;
export const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(.+)$/u;

/** Footnote markers out of a cell: ("… bộ, cơ quan ² .", marks) → "… bộ, cơ quan." with "²" recorded. */
export function takeNoteMarks(text: string, marks: string[]): string {
  if (!SUPERSCRIPT_DIGIT.test(text)) return tidyCell(text);
  return tidyCell(
    text.replace(MARKS, (_, mark: string) => {
      marks.push(mark);
      return '';
    }),
  );
}

/** A space before closing punctuation or after an opening one, once white space is folded. */
const SPACE_INSIDE_PUNCTUATION = /\s[.,;:)\]”]|[(\[“]\s/u;

/**
 * White space folded, no space before closing punctuation or after an opening one. The table reader
 * tidies every candidate cell of a row: a text with nothing to tidy is tested, not copied.
 */
export function tidyCell(text: string): string {
  const folded = singleSpaced(text);
  if (!SPACE_INSIDE_PUNCTUATION.test(folded)) return folded.trim();
  return folded
    .replace(/\s([.,;:)\]”])/gu, '$1')
    .replace(/([(\[“])\s/gu, '$1')
    .trim();
}

/** Level of an STT in the outline: A (a part of the table) › I › a › 1 › 1.1 › 1.1.1. */
export function sttLevel(stt: string): number {
  if (/^[A-HK-UW-Z]$/u.test(stt)) return 0;
  if (/^[IVXL]+$/u.test(stt)) return 1;
  if (/^[a-zđ]$/u.test(stt)) return 2;
  return 3 + (stt.split('.').length - 1);
}
