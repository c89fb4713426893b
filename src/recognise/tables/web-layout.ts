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
/** Longest text of a header cell: a longer line (or block) is a row's. */
const HEADER_TEXT_MAX = 60;
/** "A. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH": a part of a table, with a header of its own. */
const TABLE_PART = /^([A-HK-UW-Z])\.\s(.+)$/u;
const MAX_PIECES = 80;

/** Where a scraped table's header starts ("TT" / "STT" on its own line) and its cells, or null. */
export function findWebHeader(lines: LineNode[], from = 0): { at: number; cells: string[]; end: number } | null {
  // plain pdf-to-text prints a header's cells as blocks: a cell is a whole block, its wrapped lines with it
  const byBlocks = lines.some((l) => l.data?.blockStart === true);
  for (let i = from; i < lines.length; i++) {
    if (columnRole(lines[i]!.value) !== 'stt' || lines[i]!.value.length > 12) continue;
    const cells = [tidyCell(lines[i]!.value)];
    let j = i + 1;
    while (j < lines.length && cells.length < MAX_HEADER_CELLS && !LONE_STT.test(lines[j]!.value)) {
      let end = j + 1;
      let length = lines[j]!.value.length;
      // (read no further than a header cell's length: a long block is a row's)
      while (byBlocks && length <= HEADER_TEXT_MAX && end < lines.length && !lines[end]!.data?.blockStart && !LONE_STT.test(lines[end]!.value)) length += 1 + lines[end++]!.value.length;
      if (length > HEADER_TEXT_MAX) break;
      const text = lines.slice(j, end).map((l) => l.value).join(' ');
      cells.push(tidyCell(text));
      j = end;
    }
    if (readHeaderRow(cells)) return { at: i, cells, end: j };
  }
  return null;
}

// ── placing the pieces of one row into its columns ────────────────────────────────────────────

const JOINS_FREELY = /^[,.;:)\]”…\-+]|^\p{Ll}/u;
const INVITES_NEXT = /(?:[-,(“/]|\bsố|\bvà)$/u;

/** What joining `next` to `prev` in one cell costs (0 when the text invites it). Exported for the tests. */
export function joinCost(prev: string, next: string): number {
  if (JOINS_FREELY.test(next) || INVITES_NEXT.test(prev)) return 0;
  return /[.;:]$/u.test(prev) ? -0.6 : -0.3;
}

/** Longest text read as a unit list or a period; a longer cell is neither (the classifier would say so). */
const UNIT_TEXT_MAX = 300;
const TIME_TEXT_MAX = 200;
/** Most lines a unit list or a period spans once wrapped lines are joined; longer cells are neither. */
const CLASSIFIED_PIECES_MAX = 4;

/** The score of an empty cell: a row without its task or its lead costs most. */
const emptyCellScore = (role: ColumnRole | null): number => (role === 'task' ? -4 : role === 'lead' ? -2 : -0.6);

/** The score of a cell from its length, and its text when short enough to be classified. Exported for the tests. */
export function cellScore(role: ColumnRole | null, length: number, pieces: number, text: () => string, c: CellClassifier): number {
  if (length === 0) return emptyCellScore(role);
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

/** The most `cellScore` can give a cell of this role, length and number of pieces, whatever its text. */
function cellScoreBound(role: ColumnRole | null, length: number, pieces: number): number {
  if (length === 0) return emptyCellScore(role);
  const short = pieces <= CLASSIFIED_PIECES_MAX;
  switch (role) {
    case 'task':
      return length > 40 ? 1 : 0.3;
    case 'lead':
    case 'partners':
      return short && length <= UNIT_TEXT_MAX ? 1.5 : -1.5;
    case 'timeframe':
      return short && length <= TIME_TEXT_MAX ? 2 : -1.5;
    case 'product':
      return 0.2;
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
export function placePieces(pieces: string[], roles: Array<ColumnRole | null>, c: CellClassifier, atomic = false): { cells: string[]; score: number } {
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
  const lengthOf = (a: number, b: number) => (a === b ? 0 : lengthTo[b]! - lengthTo[a]! - (a > 0 ? 1 : 0));
  const innerOf = (a: number, b: number) => (b - a > 1 ? joinTo[b]! - joinTo[a + 1]! : 0);
  const score = (role: ColumnRole | null, a: number, b: number): number => {
    // pieces that are whole cells (a block of plain pdf-to-text each) are never joined
    if (atomic && b - a > 1) return -Infinity;
    return cellScore(role, lengthOf(a, b), b - a, () => joined(a, b), c) + innerOf(a, b);
  };
  // the most a span can score: a span whose bound cannot beat the best found is never read as text
  const bound = (role: ColumnRole | null, a: number, b: number): number => {
    if (atomic && b - a > 1) return -Infinity;
    return cellScoreBound(role, lengthOf(a, b), b - a) + innerOf(a, b);
  };
  // best[j][i]: first i pieces in the first j columns; of equal scores the split with the shortest
  // earlier columns (the smallest p) is kept
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0]![0] = 0;
  const candidates: Array<{ p: number; most: number }> = [];
  for (let j = 1; j <= k; j++) {
    const role = roles[j - 1]!;
    for (let i = 0; i <= m; i++) {
      // the split points in order of the most they can give, read until none can beat the best
      candidates.length = 0;
      for (let p = 0; p <= i; p++) {
        const prev = best[j - 1]![p]!;
        if (prev !== -Infinity) candidates.push({ p, most: prev + bound(role, p, i) });
      }
      candidates.sort((x, y) => y.most - x.most || x.p - y.p);
      let top = -Infinity;
      let at = 0;
      for (const { p, most } of candidates) {
        if (most < top || most === -Infinity) break;
        if (most === top && p > at) continue;
        const s = best[j - 1]![p]! + score(role, p, i);
        if (s > top || (s === top && p < at)) [top, at] = [s, p];
      }
      best[j]![i] = top;
      from[j]![i] = at;
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

/** How many lines after a header printed as blocks its other cells are looked for. */
const LATER_HEADER_LINES = 40;
/** Longest header cell looked for among the cells. */
const HEADER_CELL_MAX = 40;

/**
 * The header cells plain pdf-to-text printed after the first cells of the table (it reads a page's
 * blocks in an order of its own: "STT" / "Nội dung công việc" / the first row's STT and task / "Đơn
 * vị chủ trì" / …): whole blocks, short, that name a role the header has not named yet, in the order
 * printed, up to the header printed again (the next page).
 */
function laterHeaderCells(lines: LineNode[], header: { cells: string[]; end: number }): string[] {
  const named = new Set(header.cells.map(columnRole).filter((r) => r !== null));
  const first = foldKey(header.cells[0]!);
  const out: string[] = [];
  for (let i = header.end; i < Math.min(lines.length, header.end + LATER_HEADER_LINES); i++) {
    const line = lines[i]!;
    if (!line.data?.blockStart) continue;
    if (foldKey(line.value) === first) break;
    const whole = i + 1 >= lines.length || lines[i + 1]!.data?.blockStart === true;
    const role = whole && line.value.length <= HEADER_CELL_MAX ? columnRole(line.value) : null;
    if (role === null || role === 'stt' || role === 'task' || named.has(role)) continue;
    named.add(role);
    out.push(tidyCell(line.value));
  }
  return out;
}

/** The text after a header cell's name that a line opens with, when it goes on in lower case (a cell's rest), or null. */
function restAfterHeaderCell(text: string, cells: string[]): string | null {
  for (const cell of cells) {
    if (cell.length === 0 || !text.startsWith(`${cell} `)) continue;
    const rest = text.slice(cell.length + 1);
    if (/^\p{Ll}/u.test(rest)) return rest;
  }
  return null;
}

/** The block of the most source lines (its index), or -1 when two or more are as tall. */
function tallestBlock(starts: number[], ends: number[]): number {
  let best = -1;
  let height = 0;
  let tie = false;
  starts.forEach((start, k) => {
    const h = ends[k]! - start + 1;
    if (h > height) [best, height, tie] = [k, h, false];
    else if (h === height) tie = true;
  });
  return tie ? -1 : best;
}

/** Longest text read as a period in a row of blocks: a longer block that names a period is a product's or a task's. */
const BLOCK_TIME_MAX = 100;

/** A row of blocks that could not be placed: reported (warning) with the opening of its text. */
function unplacedRow(table: RawTable, r: { stt: string; line: LineNode; pieces: string[] }, message: string): void {
  table.problems.push({ code: 'row-unplaced', message: `${message}: "${r.pieces.join(' | ').slice(0, 100)}"`, line: r.line });
}

/**
 * True when every cell placed in a column with a role is such a column's: a lead or partner cell
 * reads as units, a time cell as a period, and the task is there. Blocks of plain pdf-to-text are
 * whole cells, so a block that fits no column is a cell of another row printed among this row's.
 */
function fitsColumns(cells: string[], roles: Array<ColumnRole | null>, c: CellClassifier): boolean {
  return cells.every((text, k) => {
    const role = roles[k];
    if (role === 'task') return text !== '';
    if (text === '') return true;
    if (role === 'lead' || role === 'partners') return c.unitLikeness(text) >= 0.5;
    if (role === 'timeframe') return text.length <= BLOCK_TIME_MAX && c.isTimeframe(text);
    return true;
  });
}

/**
 * Reads a table scraped from a web page: one cell per line group (continuations already joined),
 * header cells on lines of their own, an STT line opening each row, group rows holding a heading.
 */
export function readWebTable(lines: LineNode[], printedHeader: { at: number; cells: string[]; end: number }, classifier: CellClassifier): RawTable {
  // plain pdf-to-text prints each cell as a block of its own: a row's pieces are its blocks
  const byBlocks = lines.slice(printedHeader.end).some((l) => l.data?.blockStart === true);
  const header = byBlocks ? { ...printedHeader, cells: [...printedHeader.cells, ...laterHeaderCells(lines, printedHeader)] } : printedHeader;
  const roles = readHeaderRow(header.cells)!;
  const table: RawTable = { columns: header.cells, roles, items: [], footnotes: new Map(), problems: [], unplaced: [] };
  const sttCol = roles.indexOf('stt');
  const cellRoles = roles.filter((_, i) => i !== sttCol);
  const cellNames = header.cells.filter((_, i) => i !== sttCol);

  // `starts`/`ends`: the source lines each block of the row begins and ends on; `rests`: text going on
  // a cell a page break cut; `inRest`: the last line read went to a rest
  type BlockRow = { stt: string; line: LineNode; pieces: string[]; starts: number[]; ends: number[]; rests: string[]; inRest?: boolean };
  const rows: BlockRow[] = [];
  const newRow = (stt: string, line: LineNode, pieces: string[]): BlockRow => ({ stt, line, pieces, starts: pieces.map(() => line.position.start.line), ends: pieces.map(() => line.position.end.line), rests: [] });
  const addPiece = (row: BlockRow, line: LineNode) => {
    const opens = !byBlocks || line.data?.blockStart === true;
    if (byBlocks && opens && /^\p{Ll}/u.test(line.value)) {
      // a block that opens in lower case goes on a cell a page break cut
      row.rests.push(line.value);
      row.inRest = true;
    } else if (byBlocks && !opens && row.inRest) {
      row.rests[row.rests.length - 1] += ` ${line.value}`;
    } else if (opens || row.pieces.length === 0) {
      row.pieces.push(line.value);
      row.starts.push(line.position.start.line);
      row.ends.push(line.position.end.line);
      row.inRest = false;
    } else {
      row.pieces[row.pieces.length - 1] += ` ${line.value}`;
      row.ends[row.ends.length - 1] = line.position.end.line;
    }
  };
  const headerKeys = header.cells.map(foldKey);
  // a header cell printed again alone (a page's header, which plain pdf-to-text may print among the cells)
  const headerCells = new Set(headerKeys);
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
    const block = byBlocks && line.data?.blockStart === true;
    // the page's header printed again, its last cell in one block with the rest of the cell the
    // page break cut ("Sản phẩm" / "hồ sơ, trả kết quả …")
    const rest = block && rows.length ? restAfterHeaderCell(line.value, header.cells) : null;
    if (repeatsHeader(i)) i += headerKeys.length - 1;
    else if (block && headerCells.has(foldKey(line.value))) continue;
    else if (rest !== null) {
      const row = rows[rows.length - 1]!;
      row.rests.push(rest);
      row.inRest = true;
    }
    else if (part && !rows.some((r) => r.stt === part[1])) rows.push(newRow(part[1]!, line, [part[2]!]));
    else if (LONE_STT.test(line.value) && isRowStart(line.value.replace(/[.)]$/u, ''))) rows.push(newRow(line.value.replace(/[.)]$/u, ''), line, []));
    else if (rows.length) addPiece(rows[rows.length - 1]!, line);
    else table.unplaced.push(line);
  }

  for (const r of rows) {
    if (byBlocks && r.rests.length > 0) {
      // a cell a page break cut goes on at the top of the next page; the cells of a row begin on
      // its top line, so the cut one is the tallest: the row's block of the most lines, when one
      // block is, the row complete without the rest, and the rest one block
      const tallest = r.rests.length === 1 && r.pieces.length === cellRoles.length ? tallestBlock(r.starts, r.ends) : -1;
      if (tallest < 0) {
        unplacedRow(table, r, `row ${r.stt} goes on after a page break in a cell the text does not name, and the row was not read`);
        continue;
      }
      r.pieces[tallest] += ` ${r.rests[0]}`;
    }
    const marks: string[] = [];
    const pieces = r.pieces.map((p) => takeNoteMarks(p, marks)).filter(Boolean);
    if (pieces.length > MAX_PIECES) {
      table.problems.push({ code: 'row-too-long', message: `row ${r.stt} has ${pieces.length} lines; the lines past ${MAX_PIECES} were joined to its last cell`, line: r.line });
      pieces.splice(MAX_PIECES - 1, pieces.length, pieces.slice(MAX_PIECES - 1).join(' '));
    }
    // a list of one column: a numbered line is an entry, a Roman or lettered one a heading
    const listEntry = cellRoles.length === 1 && pieces.length >= 1 && /^\d/u.test(r.stt);
    if (byBlocks && pieces.length > 1 && pieces.length !== cellRoles.length) {
      // blocks are whole cells, but an empty cell prints none and a cell spanning rows prints once,
      // where the page put it (after the rows it spans, a column at a time, after the page's header):
      // a row of more or fewer blocks than columns cannot be placed, and no row is made of it
      unplacedRow(table, r, `row ${r.stt} holds ${pieces.length} blocks of text for ${cellRoles.length} columns: its cells cannot be told apart from other rows' printed among them, and the row was not read`);
      continue;
    }
    const placed = pieces.length >= 2 || listEntry ? placePieces(pieces, cellRoles, classifier, byBlocks) : null;
    if (byBlocks && placed && !fitsColumns(placed.cells, cellRoles, classifier)) {
      unplacedRow(table, r, `row ${r.stt}: its blocks of text do not fit the columns (a unit list, a period where each belongs), and the row was not read`);
      continue;
    }
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
