import { foldKey } from '../../text/fold.js';
import { LONE_STT } from '../../text/markers.js';
import type { LineNode } from '../../tree.js';
import { type ColumnRole, columnRole, readHeaderRow } from './columns.js';
import { type RawRow, type RawTable, sttLevel, takeNoteMarks, tidyCell } from './raw-row.js';
import { continuesNumbering } from './stt-sequence.js';

/** What the reader needs to know about a cell's text to place it in a column. */
export interface CellClassifier {
  /** 0..1: how much of the text reads as a list of units. */
  unitLikeness(text: string): number;
  /** True when the text reads as a time or period. */
  isTimeframe(text: string): boolean;
}

const MAX_HEADER_CELLS = 12;
/** "A. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH": a part of a table, with a header of its own. */
const TABLE_PART = /^([A-HK-UW-Z])\.\s(.+)$/u;
const MAX_PIECES = 80;

/** Where a scraped table's header starts ("TT" / "STT" on its own line) and its cells, or null. */
export function findWebHeader(lines: LineNode[], from = 0): { at: number; cells: string[]; end: number } | null {
  for (let i = from; i < lines.length; i++) {
    if (columnRole(lines[i]!.value) !== 'stt' || lines[i]!.value.length > 12) continue;
    const cells = [tidyCell(lines[i]!.value)];
    let j = i + 1;
    while (j < lines.length && cells.length < MAX_HEADER_CELLS && !LONE_STT.test(lines[j]!.value) && lines[j]!.value.length <= 60) {
      cells.push(tidyCell(lines[j]!.value));
      j++;
    }
    if (readHeaderRow(cells)) return { at: i, cells, end: j };
  }
  return null;
}

// ── placing the pieces of one row into its columns ────────────────────────────────────────────

const JOINS_FREELY = /^[,.;:)\]”…\-+]|^\p{Ll}/u;
const INVITES_NEXT = /(?:[-,(“/]|\bsố|\bvà)$/u;

function joinCost(prev: string, next: string): number {
  if (JOINS_FREELY.test(next) || INVITES_NEXT.test(prev)) return 0;
  return /[.;:]$/u.test(prev) ? -0.6 : -0.3;
}

/** Longest text read as a unit list or a period; a longer cell is neither (the classifier would say so). */
const UNIT_TEXT_MAX = 300;
const TIME_TEXT_MAX = 200;
/** Most lines a unit list or a period spans once wrapped lines are joined; longer cells are neither. */
const CLASSIFIED_PIECES_MAX = 4;

/** The score of a cell from its length, and its text when short enough to be classified. */
function cellScore(role: ColumnRole | null, length: number, pieces: number, text: () => string, c: CellClassifier): number {
  if (length === 0) return role === 'task' ? -4 : role === 'lead' ? -2 : -0.6;
  const short = pieces <= CLASSIFIED_PIECES_MAX;
  const units = () => (short && length <= UNIT_TEXT_MAX ? c.unitLikeness(text()) : 0);
  const time = () => short && length <= TIME_TEXT_MAX && c.isTimeframe(text());
  switch (role) {
    // a lone period or unit list misplaced in the task or product cell costs; longer cells are text
    case 'task':
      return (length > 40 ? 1 : 0.3) - (pieces === 1 && time() ? 2 : 0) - (pieces === 1 && length < 60 ? 2 * units() : 0);
    case 'lead':
    case 'partners':
      return time() ? -3 : 3 * units() - 1.5;
    case 'timeframe':
      return time() ? 2 : -1.5;
    case 'product':
      return 0.2 - (pieces === 1 && time() ? 1 : 0) - (pieces === 1 && units() > 0.8 ? 1 : 0);
    default:
      return 0;
  }
}

/**
 * Splits a row's pieces (lines) into one cell per column, in order, maximising how well each cell
 * fits its column and how naturally the pieces of a cell join. Cells may be empty. Linear in the
 * text for each candidate split point: lengths and join costs come from prefix sums, and only cells
 * short enough to be a unit list or a period are read as text.
 */
export function placePieces(pieces: string[], roles: Array<ColumnRole | null>, c: CellClassifier): { cells: string[]; score: number } {
  const m = pieces.length;
  const k = roles.length;
  // lengthTo[i]: characters of pieces[0..i) joined by spaces; joinTo[i]: join costs inside pieces[0..i)
  const lengthTo = [0];
  const joinTo = [0];
  for (let i = 0; i < m; i++) {
    lengthTo.push(lengthTo[i]! + pieces[i]!.length + (i > 0 ? 1 : 0));
    joinTo.push(joinTo[i]! + (i > 0 ? joinCost(pieces[i - 1]!, pieces[i]!) : 0));
  }
  // a span's text is built once, however many columns score it
  const texts = new Map<number, string>();
  const joined = (a: number, b: number) => {
    const key = a * (m + 1) + b;
    let text = texts.get(key);
    if (text === undefined) {
      text = tidyCell(pieces.slice(a, b).join(' '));
      texts.set(key, text);
    }
    return text;
  };
  const score = (role: ColumnRole | null, a: number, b: number): number => {
    const length = a === b ? 0 : lengthTo[b]! - lengthTo[a]! - (a > 0 ? 1 : 0);
    const inner = b - a > 1 ? joinTo[b]! - joinTo[a + 1]! : 0;
    return cellScore(role, length, b - a, () => joined(a, b), c) + inner;
  };
  // best[j][i]: first i pieces in the first j columns
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = 0; i <= m; i++) {
      for (let p = 0; p <= i; p++) {
        const prev = best[j - 1]![p]!;
        if (prev === -Infinity) continue;
        const s = prev + score(roles[j - 1]!, p, i);
        if (s > best[j]![i]!) {
          best[j]![i] = s;
          from[j]![i] = p;
        }
      }
    }
  }
  const cells = new Array<string>(k).fill('');
  let i = m;
  for (let j = k; j >= 1; j--) {
    const p = from[j]![i]!;
    cells[j - 1] = joined(p, i);
    i = p;
  }
  return { cells, score: best[k]![m]! };
}

/**
 * Reads a table scraped from a web page: one cell per line group (continuations already joined),
 * header cells on lines of their own, an STT line opening each row, group rows holding a heading.
 */
export function readWebTable(lines: LineNode[], header: { at: number; cells: string[]; end: number }, classifier: CellClassifier): RawTable {
  const roles = readHeaderRow(header.cells)!;
  const table: RawTable = { columns: header.cells, roles, items: [], footnotes: new Map(), problems: [], unplaced: [] };
  const sttCol = roles.indexOf('stt');
  const cellRoles = roles.filter((_, i) => i !== sttCol);
  const cellNames = header.cells.filter((_, i) => i !== sttCol);

  const rows: Array<{ stt: string; line: LineNode; pieces: string[] }> = [];
  const headerKeys = header.cells.map(foldKey);
  const repeatsHeader = (at: number) => headerKeys.every((k, j) => lines[at + j] !== undefined && foldKey(lines[at + j]!.value) === k);
  let lastNumber: string | null = null;
  const isRowStart = (stt: string): boolean => {
    if (!/^\d/u.test(stt)) return true;
    if (!continuesNumbering(lastNumber, stt)) return false;
    lastNumber = stt;
    return true;
  };
  for (let i = header.end; i < lines.length; i++) {
    const line = lines[i]!;
    const part = TABLE_PART.exec(line.value);
    if (repeatsHeader(i)) i += headerKeys.length - 1;
    else if (part && !rows.some((r) => r.stt === part[1])) rows.push({ stt: part[1]!, line, pieces: [part[2]!] });
    else if (LONE_STT.test(line.value) && isRowStart(line.value.replace(/[.)]$/u, ''))) rows.push({ stt: line.value.replace(/[.)]$/u, ''), line, pieces: [] });
    else if (rows.length) rows[rows.length - 1]!.pieces.push(line.value);
    else table.unplaced.push(line);
  }

  for (const r of rows) {
    const marks: string[] = [];
    const pieces = r.pieces.map((p) => takeNoteMarks(p, marks)).filter(Boolean);
    if (pieces.length > MAX_PIECES) {
      table.problems.push({ code: 'row-too-long', message: `row ${r.stt} has ${pieces.length} lines; the lines past ${MAX_PIECES} were joined to its last cell`, line: r.line });
      pieces.splice(MAX_PIECES - 1, pieces.length, pieces.slice(MAX_PIECES - 1).join(' '));
    }
    // a list of one column: a numbered line is an entry, a Roman or lettered one a heading
    const listEntry = cellRoles.length === 1 && pieces.length >= 1 && /^\d/u.test(r.stt);
    const placed = pieces.length >= 2 || listEntry ? placePieces(pieces, cellRoles, classifier) : null;
    const cellOf = (role: ColumnRole) => (placed ? (placed.cells[cellRoles.indexOf(role)] ?? '') : '');
    // a task row names its lead unit or its period; in a table with neither column, any row with cells
    const testable = cellRoles.includes('lead') || cellRoles.includes('timeframe');
    const isTask =
      placed !== null &&
      (!testable ||
        (cellRoles.includes('lead') && cellOf('lead') !== '' && classifier.unitLikeness(cellOf('lead')) >= 0.5) ||
        (cellRoles.includes('timeframe') && classifier.isTimeframe(cellOf('timeframe'))));
    if (!isTask) {
      table.items.push({ group: { stt: r.stt, title: tidyCell(pieces.join(' ')), noteMarks: marks, level: sttLevel(r.stt), line: r.line } });
      continue;
    }
    const row: RawRow = { stt: r.stt, label: null, cells: {}, extra: {}, noteMarks: marks, line: r.line };
    placed.cells.forEach((text, c) => {
      const role = cellRoles[c];
      if (role) row.cells[role] = text;
      else if (text) row.extra[cellNames[c]!] = text;
    });
    table.items.push({ row });
  }
  return table;
}
