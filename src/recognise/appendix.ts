import { foldSpaces, isUpperCaseText } from '../text/fold.js';
import type { LineNode } from '../tree.js';
import { type RawGroup, type RawRow, type RawTable, type TableProblem, sttLevel } from './tables/raw-row.js';
import { findTabHeader, readTabTable } from './tables/tab-layout.js';
import { type CellClassifier, findWebHeader, readWebTable } from './tables/web-layout.js';
import { foldedPrefix, vocabulary } from './vocabulary.js';

export interface OutlinedRow extends RawRow {
  path: string[];
  groups: Array<{ stt: string; title: string }>;
  /** The row's footnotes, then those of the headings it stands under. */
  notes: string[];
}

export interface OutlinedGroup {
  stt: string;
  title: string;
  notes: string[];
}

export interface AppendixFacts {
  label: string;
  title: string | null;
  issuedWith: string | null;
  columns: string[];
  groups: OutlinedGroup[];
  rows: OutlinedRow[];
  problems: TableProblem[];
  unplaced: LineNode[];
}

/** The label, title and "(Ban hành kèm theo …)" lines that open an appendix or an attachment. */
export function readTitleBlock(lines: LineNode[], from: number, to: number): { title: string | null; issuedWith: string | null; end: number } {
  const title: string[] = [];
  let issuedWith: string | null = null;
  let i = from;
  for (; i < to; i++) {
    const v = foldSpaces(lines[i]!.value);
    if (foldedPrefix(v, vocabulary.issuedWithStarts)) {
      const parts = [v];
      while (!parts.join(' ').includes(')') && i + 1 < to && parts.length < 5) parts.push(foldSpaces(lines[++i]!.value));
      issuedWith = parts.join(' ');
      i++;
      break;
    }
    if (lines[i]!.cells || !isUpperCaseText(v)) break;
    title.push(v);
  }
  return { title: title.length ? title.join(' ') : null, issuedWith, end: i };
}

/** Group headings around each row, its path of numbers, and its footnotes. */
function outline(table: RawTable): { rows: OutlinedRow[]; groups: OutlinedGroup[] } {
  const stack: RawGroup[] = [];
  const rows: OutlinedRow[] = [];
  const groups: OutlinedGroup[] = [];
  const notesOf = (marks: string[]) => marks.flatMap((m) => (table.footnotes.has(m) ? [table.footnotes.get(m)!] : []));
  for (const item of table.items) {
    if ('group' in item) {
      while (stack.length && stack[stack.length - 1]!.level >= item.group.level) stack.pop();
      stack.push(item.group);
      groups.push({ stt: item.group.stt, title: item.group.title, notes: notesOf(item.group.noteMarks) });
      continue;
    }
    const row = item.row;
    const level = row.stt ? sttLevel(row.stt) : Infinity;
    const enclosing = stack.filter((g) => g.level < level || g.stt === row.stt);
    const path = enclosing.map((g) => g.stt);
    if (row.stt && path[path.length - 1] !== row.stt) path.push(row.stt);
    rows.push({
      ...row,
      path,
      groups: enclosing.map((g) => ({ stt: g.stt, title: g.title })),
      notes: [...new Set([...notesOf(row.noteMarks), ...enclosing.flatMap((g) => notesOf(g.noteMarks))])],
    });
  }
  return { rows, groups };
}

/** How many of a row's cells hold text. */
const filledCells = (row: RawRow) => Object.values(row.cells).filter((c) => c && c.trim()).length + Object.keys(row.extra).length;

/**
 * A table whose last item is a heading with no rows under it, or a row with fewer cells than any row
 * before it, was most likely cut off (a truncated file, a lost page): say so at that item's line.
 */
export function cutOffProblem(table: RawTable): TableProblem | null {
  const rows = table.items.flatMap((i) => ('row' in i ? [i.row] : []));
  const last = table.items[table.items.length - 1];
  if (!last || rows.length === 0) return null;
  if ('group' in last && rows.length > 0) {
    return { code: 'table-cut-off', message: `the table ends with the heading "${last.group.title.slice(0, 60)}" and no row under it: the document may be cut off`, line: last.group.line };
  }
  if ('row' in last && rows.length > 1) {
    const fewest = Math.min(...rows.slice(0, -1).map(filledCells));
    if (filledCells(last.row) < fewest) {
      return { code: 'table-cut-off', message: `the table's last row (STT ${last.row.stt ?? '—'}) has fewer cells than any other: the document may be cut off`, line: last.row.line };
    }
  }
  return null;
}

/** True when the lines hold a table header of either layout. */
export function hasTable(lines: LineNode[]): boolean {
  return findTabHeader(lines) >= 0 || findWebHeader(lines) !== null;
}

/** Reads an appendix part: label, title, issued-with line and its task table (either layout). */
export function readAppendix(lines: LineNode[], classifier: CellClassifier): AppendixFacts {
  const label = foldSpaces(lines[0]!.value.replace(/\*/g, '')).replace(/[.:]$/u, '');
  const head = readTitleBlock(lines, 1, lines.length);
  const facts: AppendixFacts = { label, title: head.title, issuedWith: head.issuedWith, columns: [], groups: [], rows: [], problems: [], unplaced: [] };
  const tabAt = findTabHeader(lines);
  const web = tabAt < 0 ? findWebHeader(lines, head.end) : null;
  const table = tabAt >= 0 ? readTabTable(lines, tabAt) : web ? readWebTable(lines, web, classifier) : null;
  const tableStart = tabAt >= 0 ? tabAt : (web?.at ?? lines.length);
  facts.unplaced.push(...lines.slice(head.end, tableStart));
  if (table) {
    facts.columns = table.columns;
    const outlined = outline(table);
    facts.rows = outlined.rows;
    facts.groups = outlined.groups;
    const cut = cutOffProblem(table);
    facts.problems = cut ? [...table.problems, cut] : table.problems;
    facts.unplaced.push(...table.unplaced);
  }
  return facts;
}
