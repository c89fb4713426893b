/**
 * The task-table reader: `table` nodes to rows of assignments. It finds a table's header (one level,
 * or two: a cell spanning sub-columns over their names), maps columns to roles by the data in
 * `registry/table-columns.json`, and reads the body row by row:
 * - a cell spanning rows lends its text to each row it covers (an item's STT, task, lead, partners);
 * - a header printed again (a page break, a table in parts) and a row of column numbers are skipped;
 * - a heading (I, II, A, 5.1 with a title and nothing else; a cell across the width) is a group;
 * - a row with an empty STT, or a bullet in its place, is a further assignment of the item above and takes its STT (and its
 *   task, when its task cell is empty too); `a)` opening a task is the row's label;
 * - after a page break, a row with no STT and no lead over a task that goes on is the row the break
 *   split, joined to it.
 * Tables that follow with the same header, or with none, go on the same table; a new header begins
 * a new one. Footnote lines (`¹ …`) after a table are its notes.
 */
import { isBulletMark, isStt } from './stt.js';
import { foldKey, stripDiacritics } from '../../text/fold.js';
import { type BlockNode, cellText, type LineNode, type TableNode } from '../../tree.js';
import { type ColumnRole, columnRole, isTotalsText, readHeaderRow } from './columns.js';
import { expandedRows, type GridRow, printedRows, texts } from './grid-rows.js';
import { fitPipeRows } from './pipe-rows.js';
import { FOOTNOTE_LINE, type RawRow, type RawTable, sttLevel, takeNoteMarks, tidyCell } from './raw-row.js';
import { superscriptDigits } from '../../text/superscript.js';
import { continuesNumbering, parentStt } from './stt-sequence.js';

const HEADER_ROWS = 3;
const LETTERED = /^([a-zđ])\)\s*/u;
/** The number of a part of a table: a capital letter or a Roman numeral (`A`, `B`, `II`). */
const PART_MARK = /^(?:[A-ZĐ]|[IVXLC]{1,6})$/u;
/** A label of a sum or of a part of it: a bullet opens it or a colon ends it ("+ Trong đó:", "Cấp xã:"). */
const SUM_LABEL = /^[-+•–]\s|:$/u;
const COLUMN_NUMBER = /^\(?(\d{1,2})\)?$/u;

export interface TableHeader {
  /** Index of the header's first row, and of the first row after it. */
  at: number;
  end: number;
  names: string[];
  roles: Array<ColumnRole | null>;
}

/** A header name: the printed text, white space folded, footnote markers kept as printed. */
const headerName = (text: string) => tidyCell(text);

/**
 * The header of a table: the first of its first rows whose cells name the task columns; with the row
 * below when that one names sub-columns of a cell spanning them ("Đơn vị thực hiện" over "Chủ trì" |
 * "Phối hợp").
 */
export function findHeader(rows: GridRow[]): TableHeader | null {
  const header = findHeaderRows(rows);
  return header ? withNumberedFirstColumn(header, rows) : null;
}

/** Rows under a header looked at to tell whether its first column numbers them. */
const NUMBERING_ROWS = 20;

/**
 * A first column with no role whose cells are STTs ("1", "2", "II", …, under "Lĩnh vực", "Nhóm" or
 * no name at all) numbers the rows: it is the STT column, whatever its name.
 */
function withNumberedFirstColumn(header: TableHeader, rows: GridRow[]): TableHeader {
  if (header.roles.includes('stt') || header.roles[0] !== null) return header;
  // the rows printed with all their cells (a sub-row under an item may begin with its task)
  const full = rows.slice(header.end, header.end + NUMBERING_ROWS).filter((row) => row.slots.length >= header.names.length);
  const firsts = full.map((row) => row.slots[0]?.text.trim() ?? '').filter((t) => t !== '');
  if (firsts.length < 2 || firsts.filter(isStt).length < 0.8 * firsts.length) return header;
  return { ...header, roles: ['stt', ...header.roles.slice(1)] };
}

function findHeaderRows(rows: GridRow[]): TableHeader | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    const names = texts(rows[r]!).map(headerName);
    if (!readHeaderRow(names)) continue;
    const below = rows[r + 1];
    const spansColumns = rows[r]!.slots.some((s) => s.spannedFromLeft);
    if (below && spansColumns) {
      const merged = rows[r]!.slots.map((slot, c) => {
        const sub = below.slots[c]!;
        const owner = slot.spannedFromLeft || (slot.cell !== null && slot.cell.colSpan > 1);
        return owner && sub.text ? headerName(sub.text) : names[c] || headerName(rows[r]!.slots[c - 1]?.text ?? '');
      });
      const parentOf = (c: number) => {
        let k = c;
        while (k > 0 && rows[r]!.slots[k]!.spannedFromLeft) k--;
        return names[k] ?? '';
      };
      const roles = readHeaderRow(merged.map((m, c) => (columnRole(m) ? m : `${parentOf(c)} ${m}`)));
      if (roles && below.slots.every((s) => !isStt(s.text))) return { at: r, end: r + 2, names: merged, roles };
    }
    return { at: r, end: r + 1, names, roles: readHeaderRow(names)! };
  }
  return null;
}

/** The rows of a table node, as printed (pipe grids) or expanded (grids with spans). */
export function gridRowsOf(table: TableNode): GridRow[] {
  return table.data?.grid === 'pipes' ? printedRows(table) : expandedRows(table);
}

/** A line standing for a row, for diagnostics and the row's place. */
function rowLine(row: GridRow): LineNode {
  const first = row.slots.find((s) => s.cell && s.cell.children.length)?.cell?.children[0];
  return first ?? { type: 'line', value: texts(row).join('\t'), indent: 0, position: row.position, data: row.node.data };
}

interface ReaderState {
  table: RawTable;
  header: TableHeader;
  headerKey: string;
  currentStt: string | null;
  lastRow: RawRow | null;
  /** The texts each column of the last row read holds, for the cells spanning from above. */
  above: string[];
  /** The last row read, for the cells that reach a page break. */
  aboveRow: GridRow | null;
  /**
   * For each column, the rows read since its cell was last printed: they share that cell's text (a
   * cell spanning them), so the rest of it after a page break goes to each.
   */
  sharing: RawRow[][];
  lastNote: string | null;
  /** A header printed again was just passed: the next row follows a page break. */
  afterHeaderAgain: boolean;
  /** The last row read was a totals row or its breakdown. */
  afterTotals: boolean;
}

const roleIndex = (roles: Array<ColumnRole | null>, role: ColumnRole) => roles.indexOf(role);

function isColumnNumbers(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.every((c, i) => COLUMN_NUMBER.exec(c.trim())?.[1] === String(i + 1));
}

/**
 * Which empty cells of the first row after a page break go on from the cell above: a cell spanning
 * rows down to the break is printed again, empty, on the next page. It goes on when it spanned rows
 * (or spans rows again), when it is the lead unit of a row that is not the break's split half (a task
 * always has a lead), or when it is the STT or task over a unit of its own (another assignment of
 * the item above); once the lead goes on, so do the other cells that reached the break.
 */
function carriedOverBreak(row: GridRow, above: GridRow | null, aboveTexts: string[], roles: Array<ColumnRole | null>): boolean[] {
  const carried = row.slots.map(() => false);
  if (!above) return carried;
  const sttCol = roleIndex(roles, 'stt');
  const taskCol = roleIndex(roles, 'task');
  const leadCol = roleIndex(roles, 'lead');
  const split = splitByBreak(row, roles);
  const empty = (c: number) => c < 0 || row.slots[c]!.text === '';
  const sameItem = sttCol >= 0 && empty(sttCol) && empty(taskCol) && !empty(leadCol);
  const reachesBreak = (c: number) => {
    const slot = above.slots[c];
    return slot?.cell != null && slot.rowOffset + 1 === slot.cell.rowSpan;
  };
  const open = (c: number) => row.slots[c]!.cell !== null && !row.slots[c]!.spannedFromLeft && row.slots[c]!.text === '' && (aboveTexts[c] ?? '') !== '';
  row.slots.forEach((slot, c) => {
    if (!open(c) || !reachesBreak(c)) return;
    const spansOn = (sameItem && (c === sttCol || c === taskCol)) || (c === leadCol && !split);
    if (spansOn || above.slots[c]!.cell!.rowSpan > 1 || slot.cell!.rowSpan > 1) carried[c] = true;
  });
  if (leadCol >= 0 && carried[leadCol]) row.slots.forEach((_, c) => {
    if (c !== sttCol && c !== taskCol && open(c) && reachesBreak(c)) carried[c] = true;
  });
  return carried;
}

/**
 * The first row after a page break is the split half of the row above when it has no STT, no lead
 * unit of its own (a task always has one; a unit's name opens with a capital, so a lead cell that
 * opens in lower case goes on from the page before: `Vụ Thi đua - Khen` / `thưởng`), and its task
 * cell, if any, goes on rather than opening a point `a)`; or when it has neither STT nor task and
 * a cell of it goes on mid-sentence; or when it has no STT and a prose cell of it goes on mid-sentence.
 * A lone letter in the STT cell of a row without a task counts as no STT (a speck read as a letter).
 */
function splitByBreak(row: GridRow, roles: Array<ColumnRole | null>): boolean {
  const sttCol = roleIndex(roles, 'stt');
  const taskCol = roleIndex(roles, 'task');
  // a lone letter in the STT cell of a row with no task numbers no item: a speck a scan's reading took for one
  const textOf = (c: number) => row.slots[c]?.text ?? '';
  const speck = (c: number) => c === sttCol && taskCol >= 0 && textOf(taskCol) === '' && /^\p{L}$/u.test(textOf(c).trim());
  const empty = (c: number) => c < 0 || textOf(c) === '' || speck(c);
  const leadCol = roleIndex(roles, 'lead');
  const leadGoesOn = leadCol >= 0 && (empty(leadCol) || /^\p{Ll}/u.test(row.slots[leadCol]!.text));
  if (sttCol >= 0 && empty(sttCol) && leadGoesOn && (taskCol < 0 || !LETTERED.test(row.slots[taskCol]!.text))) return true;
  // no STT and no task, and a cell going on mid-sentence (it opens in lower case): the row goes on,
  // though a unit of its own is printed in its lead cell (a second lead for the same task)
  const opensLower = row.slots.some((slot, c) => c !== leadCol && c !== sttCol && /^\p{Ll}/u.test(slot.text));
  if (sttCol >= 0 && empty(sttCol) && taskCol >= 0 && empty(taskCol) && opensLower) return true;
  // a prose cell (the task, the product, a column kept by name) going on mid-sentence: the row goes
  // on, its lead cell too, though it opens with a capital (a name the break cut: "Bộ Nông nghiệp và" /
  // "Môi trường"); a unit list or a time may open in lower case ("các sở, ngành", "hằng năm")
  const prose = (c: number) => roles[c] === 'task' || roles[c] === 'product' || roles[c] === null;
  const proseGoesOn = row.slots.some((slot, c) => prose(c) && /^\p{Ll}/u.test(slot.text));
  return sttCol >= 0 && empty(sttCol) && proseGoesOn && (taskCol < 0 || !LETTERED.test(row.slots[taskCol]!.text));
}

const lettersOf = (text: string) => stripDiacritics(text).toLowerCase().replace(/[^a-z0-9]/gu, '');

/**
 * True when a row prints the header's names again, as a scan's OCR reads them: each cell it prints
 * is its column's name but for marks and specks ("TT =", "STT “", a lost accent), a cell lost in
 * reading left empty (on either page), and half the names or more printed.
 */
function printsHeaderAgain(printed: string[], names: string[]): boolean {
  let same = 0;
  for (const [i, text] of printed.entries()) {
    const letters = lettersOf(text);
    const name = lettersOf(names[i] ?? '');
    // a cell lost in reading the first header ("TT" unread on a scan's first page) says nothing
    if (letters === '' || name === '') continue;
    if (letters !== name) return false;
    same++;
  }
  return same >= Math.max(2, Math.ceil(names.length / 2));
}

/** Junk a reading leaves around a cell's number: "- 61 [". */
const AROUND_NUMBER = /^[^\p{L}\p{N}]{1,4}|[^\p{L}\p{N}]{1,4}$/gu;

/**
 * The STT a number of two or three digits stands for when its dot was lost (OCR misses the small
 * glyph: "51" for "5.1"): the one way of dotting it that goes on from the table's last STT, when
 * the number as printed does not; else null. Under a heading whose own number was lost too
 * (`underUnnumbered`), the first child of the item after the last one goes on as well ("71" after
 * "6.3": "7.1").
 */
export function dottedStt(printed: string, previous: string | null, underUnnumbered = false): string | null {
  if (previous === null) return null;
  const digits = printed.replace(AROUND_NUMBER, '');
  if (!/^\d{2,3}$/u.test(digits) || continuesNumbering(previous, digits)) return null;
  const goesOn = (candidate: string) =>
    continuesNumbering(previous, candidate) || (underUnnumbered && candidate.endsWith('.1') && previous.includes('.') && continuesNumbering(parentStt(previous), parentStt(candidate)));
  for (let i = 1; i < digits.length; i++) {
    const candidate = `${digits.slice(0, i)}.${digits.slice(i)}`;
    if (goesOn(candidate)) return candidate;
  }
  return null;
}

/** Reads one body row into the table. */
function readRow(state: ReaderState, row: GridRow, heading: boolean, node?: TableNode): void {
  const { table, header } = state;
  const roles = header.roles;
  const sttCol = roleIndex(roles, 'stt');
  const taskCol = roleIndex(roles, 'task');
  const leadCol = roleIndex(roles, 'lead');
  const printed = texts(row);
  if (foldKey(printed.join('\t')) === state.headerKey || printsHeaderAgain(printed, header.names)) {
    state.afterHeaderAgain = true;
    return;
  }
  if (isColumnNumbers(printed)) return;
  const afterPageBreak = row.afterPageBreak || state.afterHeaderAgain;
  state.afterHeaderAgain = false;
  const line = rowLine(row);
  const marks: string[] = [];
  // a cell spanning from above prints in the rows it covers; after a page break, so may an empty cell printed again
  const carried = afterPageBreak ? carriedOverBreak(row, state.aboveRow, state.above, roles) : row.slots.map(() => false);
  const inherited = row.slots.map((slot, c) => slot.spannedFromAbove || carried[c]! || blankUnderSpan(state, node, row, c));
  const cells = row.slots.map((slot, c) => takeNoteMarks(inherited[c] ? (state.above[c] ?? '') : slot.text, marks));
  // a bullet in the STT's place marks a sub-item of the numbered item above: the row numbers nothing of its own
  if (sttCol >= 0 && isBulletMark(cells[sttCol] ?? '')) cells[sttCol] = '';
  // a number whose dot was lost in reading ("51" under "5", "- 61 [") is the one the numbering goes on with
  // the item read before this row (a heading it may go on, or stand under)
  const lastItem = table.items[table.items.length - 1];
  const underUnnumbered = lastItem !== undefined && 'group' in lastItem && lastItem.group.stt === '';
  const dotted = sttCol >= 0 && !inherited[sttCol] ? dottedStt(cells[sttCol] ?? '', state.currentStt, underUnnumbered) : null;
  if (dotted) {
    table.problems.push({ code: 'stt-repaired', severity: 'info', message: `STT "${cells[sttCol]}" read as "${dotted}": the numbering goes on from "${state.currentStt}" (a dot lost in reading)`, line });
    cells[sttCol] = dotted;
  }
  const printedStt = sttCol >= 0 && !inherited[sttCol] ? (cells[sttCol] ?? '') : '';
  const stt = sttCol >= 0 ? (cells[sttCol] ?? '').replace(/[.)]$/u, '') : '';

  // after a page break: the row the break split goes on; its printed cells join the row above
  const last = state.lastRow;
  if (afterPageBreak && last && splitByBreak(row, roles)) {
    row.slots.forEach((slot, c) => {
      if (!slot.text || inherited[c]) return;
      const role = roles[c];
      if (role === 'stt') return;
      const text = takeNoteMarks(slot.text, last.noteMarks);
      const name = header.names[c]!;
      const cellsOf = (r: RawRow) => (role ? (r.cells as Record<string, string>) : r.extra);
      const key = role ?? name;
      const before = cellsOf(last)[key] ?? '';
      const joined = joinText(before, text);
      // a cell spanning rows above the break goes on in each of them (the last row read among them)
      for (const r of state.sharing[c] ?? [last]) if ((cellsOf(r)[key] ?? '') === before) cellsOf(r)[key] = joined;
      state.above[c] = joined;
    });
    return;
  }

  // a heading: an STT alone or with its title (in the task cell, or a cell spanning columns), or one cell across the width
  const filled = row.slots.flatMap((s, c) => (s.text && !inherited[c] ? [c] : []));
  // after a page break: a heading the break cut goes on in one cell, mid-sentence, with no STT
  const goesOn = (text: string) => /^\p{Ll}/u.test(text) && !LETTERED.test(text);
  if (afterPageBreak && !last && lastItem && 'group' in lastItem && printedStt === '' && filled.length === 1 && goesOn(cells[filled[0]!]!)) {
    lastItem.group.title = tidyCell(joinText(lastItem.group.title, cells[filled[0]!]!));
    lastItem.group.noteMarks.push(...marks);
    state.above = cells;
    return;
  }
  // a totals row ("Tổng thời gian giải quyết TTHC | 12 ngày") sums the table up: no task, no heading;
  // its text is kept as text the table did not place
  // (its label may fill the STT cell, spanning the columns before its sum); the rows after it that
  // number nothing and open with a sum's label break the sum down ("+ Trong đó:" | "Cấp tỉnh:" | "07"),
  // text the table did not place too
  const unnumbered = printedStt === '' || (filled[0] === sttCol && !isStt(printedStt));
  const first = filled.length > 0 ? cells[filled[0]!]! : '';
  if (unnumbered && first && (isTotalsText(first) || (state.afterTotals && SUM_LABEL.test(first.trim())))) {
    state.afterTotals = true;
    for (const c of filled) table.unplaced.push(...(row.slots[c]!.cell?.children ?? []));
    state.aboveRow = row;
    state.lastRow = null;
    state.sharing = [];
    state.above = cells;
    return;
  }
  const others = filled.filter((c) => c !== sttCol);
  const spanOf = (c: number) => row.slots.filter((s) => s.cell !== null && s.cell === row.slots[c]!.cell).length;
  const noneInherited = inherited.every((i) => !i);
  // a grid with no spans (a GFM table) prints a cell across the width in its first column, the rest empty
  const firstBody = sttCol === 0 ? 1 : 0;
  const titleOnly =
    filled.length > 0 &&
    (heading ||
      (noneInherited && printedStt !== '' && (others.length === 0 || (others.length === 1 && (others[0] === taskCol || others[0] === firstBody || spanOf(others[0]!) > 1)))) ||
      (printedStt === '' && filled.length === 1 && spanOf(filled[0]!) >= Math.ceil(row.slots.length / 2)) ||
      // a title in the task cell, every other cell printed empty (a bold row of a saved page)
      (noneInherited && printedStt === '' && filled.length === 1 && filled[0] === taskCol) ||
      // a part's letter or Roman numeral and its title, with a note but no unit, period or product ("A | Chuỗi dự án
      // khí - điện Lô B | | | Đã có trong QĐ số 270/QĐ-TTg", the note merged down over the part's items)
      (noneInherited && PART_MARK.test(stt) && others.includes(taskCol) && others.every((c) => c === taskCol || roles[c] === null)));
  state.aboveRow = row;
  state.afterTotals = false;
  if (titleOnly) {
    // a heading printed in one cell that is no STT ("Giai đoạn 2025-2027") is all title
    const numbered = printedStt !== '' && isStt(printedStt);
    const title = others.includes(taskCol) ? cells[taskCol]! : others.length ? cells[others[0]!]! : numbered ? '' : printedStt;
    // a heading's label in the STT cell that is no STT ("Loại 1", "Nhóm A") is kept as printed, at the top level
    const labelled = !numbered && printedStt !== '' && others.length > 0;
    const groupStt = numbered ? stt : labelled ? tidyCell(printedStt) : '';
    table.items.push({ group: { stt: groupStt, title: tidyCell(title), noteMarks: marks, level: numbered ? sttLevel(groupStt) : 0, line } });
    if (numbered) state.currentStt = groupStt;
    state.lastRow = null;
    state.sharing = [];
    state.above = cells;
    return;
  }

  if (stt && !isStt(cells[sttCol] ?? '')) {
    table.problems.push({ code: 'odd-stt', message: `STT cell "${stt.slice(0, 40)}" is not a number or letter`, line });
  }
  const raw: RawRow = { stt: stt || state.currentStt, label: null, cells: {}, extra: {}, noteMarks: marks, line, cellPositions: {} };
  row.slots.forEach((slot, c) => {
    const cell = inherited[c] ? (state.aboveRow?.slots[c]?.cell ?? slot.cell) : slot.cell;
    const name = header.names[c];
    if (cell && name && cellText(cell) !== '') raw.cellPositions![name] = cell.children[0]?.position ?? cell.position;
  });
  cells.forEach((text, c) => {
    const role = roles[c];
    if (role === 'stt') return;
    if (role) raw.cells[role] = text;
    else if (text && header.names[c]) raw.extra[header.names[c]!] = text;
  });
  // a point `a)` opening the task is the row's label; the task keeps it as printed
  const lettered = LETTERED.exec(raw.cells.task ?? '');
  if (lettered) raw.label = `${lettered[1]})`;
  if (!stt && !raw.cells.task && last && last.stt === raw.stt) {
    // an empty task cell under the same item: the task cell spans both rows
    raw.cells.task = last.cells.task ?? '';
  }
  if (stt) state.currentStt = stt;
  table.items.push({ row: raw });
  // the cells this row shares with the rows above: a cell spanning them (not a laid-out text's blank, a guess)
  const sharesTask = taskCol >= 0 && printed[taskCol] === '' && raw.cells.task !== '';
  row.slots.forEach((slot, c) => {
    const sharing = state.sharing[c];
    if ((slot.spannedFromAbove || carried[c] || (c === taskCol && sharesTask)) && sharing !== undefined) sharing.push(raw);
    else state.sharing[c] = [raw];
  });
  state.lastRow = raw;
  state.above = cells;
}

/** The roles whose cell a laid-out table's merged cell leaves blank in the rows it spans. */
const SPANNED_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'partners', 'timeframe']);

/**
 * In text laid out as on the page, a cell merged over several rows prints its text in the first
 * and leaves the rows below it blank: a numbered row (a number, not a heading's letter or Roman
 * numeral) under another row, with its lead cell blank, takes the unit and time cells it leaves
 * blank from the row above. (Every task has its lead; a blank lead is a merged one.) A row that
 * prints only its STT and task, numbered at a higher level than the row above, is a group's heading.
 * A row that prints its lead, numbered as the row above's next sibling ("4" after "3"), takes the
 * partners and time it leaves blank from above: the tasks of a group share their partners and
 * deadline in one merged cell (qd-40's "Các đơn vị liên quan" over six tasks). A blank product is
 * taken from above only where the row takes its partners or its period from above too (a result
 * merged over the rows of one group: "Hoàn thành, khai thác sử dụng"); elsewhere it is as often the
 * row's own empty cell. A row with no number of its own that prints another lead or product of the
 * item above shares its period. Under a row of another level ("9" after "8.3"), and in such a
 * sub-row's other cells, a blank cell is empty.
 */
function blankUnderSpan(state: ReaderState, table: TableNode | undefined, row: GridRow, c: number): boolean {
  if (table?.data?.grid !== 'layout' || !state.lastRow) return false;
  const roles = state.header.roles;
  const role = roles[c];
  const sttCol = roleIndex(roles, 'stt');
  const leadCol = roleIndex(roles, 'lead');
  if (!role || sttCol < 0 || leadCol < 0) return false;
  if (role === 'product') {
    // a product merged over rows prints once too, but a blank product is as often the row's own empty
    // cell: it is taken from above only in a row that takes its partners or its period from above
    if ((row.slots[c]?.text ?? '') !== '' || (state.above[c] ?? '') === '') return false;
    return roles.some((r, k) => (r === 'partners' || r === 'timeframe') && blankUnderSpan(state, table, row, k));
  }
  if (!SPANNED_ROLES.has(role)) return false;
  const stt = row.slots[sttCol]?.text.trim() ?? '';
  const taskCol = roleIndex(roles, 'task');
  // a heading printed across the columns (its cell spans the task's and the next) takes nothing from above
  const taskCell = taskCol >= 0 ? row.slots[taskCol]?.cell : null;
  if (taskCell && row.slots.filter((slot) => slot.cell === taskCell).length > 1) return false;
  // a row with no STT that prints a unit or a product of its own goes on the item above (another lead,
  // another product): it shares the item's period, which a merged cell prints once, at the top
  if (stt === '' && role === 'timeframe') {
    const printsOwn = row.slots.some((slot, k) => (roles[k] === 'lead' || roles[k] === 'product') && slot.text !== '');
    return printsOwn && (row.slots[c]?.text ?? '') === '' && (state.above[c] ?? '') !== '';
  }
  if (!/^\d/u.test(stt)) return false;
  if ((row.slots[leadCol]?.text ?? '') !== '') {
    const sibling = role !== 'lead' && state.lastRow.stt !== null && /^\d/u.test(state.lastRow.stt) && sttLevel(stt) === sttLevel(state.lastRow.stt);
    return sibling && (row.slots[c]?.text ?? '') === '' && (state.above[c] ?? '') !== '';
  }
  // a row printing its STT and task alone, numbered above the row before ("2" after "1.2"), heads a group
  const printsMore = row.slots.some((slot, k) => k !== sttCol && k !== taskCol && slot.text !== '');
  if (!printsMore && state.lastRow.stt !== null && sttLevel(stt) < sttLevel(state.lastRow.stt)) return false;
  return (row.slots[c]?.text ?? '') === '' && (state.above[c] ?? '') !== '';
}

/** Two pieces of a cell a page break cut: a word broken after its hyphen or slash goes on without a space. */
function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return tidyCell(/\S[-/]$/u.test(a) ? `${a}${b}` : `${a} ${b}`);
}

function startTable(header: TableHeader): ReaderState {
  const table: RawTable = { columns: header.names, roles: header.roles, items: [], footnotes: new Map(), problems: [], unplaced: [] };
  return { table, header, headerKey: foldKey(header.names.join('\t')), currentStt: null, lastRow: null, above: [], aboveRow: null, sharing: [], lastNote: null, afterHeaderAgain: false, afterTotals: false };
}

/** Reads the rows of one table node into the reader's state, from row `from`. */
function readBody(state: ReaderState, table: TableNode, rows: GridRow[], from: number): void {
  const width = state.header.names.length;
  let body = rows.slice(from);
  let headings = new Set<GridRow>();
  if (table.data?.grid === 'pipes') {
    const fitted = fitPipeRows(body, width, roleIndex(state.header.roles, 'stt'), roleIndex(state.header.roles, 'task'));
    body = fitted.rows;
    headings = fitted.headings;
    for (const { row, slots } of fitted.overflow) {
      state.table.problems.push({ code: 'extra-cells', message: `a row has ${row.slots.length + slots.length} cells, the header ${width}: the cells past the header's width were left out of the row`, line: rowLine(row) });
      for (const s of slots) state.table.unplaced.push(...(s.cell?.children ?? []));
    }
  } else {
    body = body.map((row) => (row.slots.length > width ? { ...row, slots: row.slots.slice(0, width) } : row));
  }
  for (const row of body) readRow(state, row, headings.has(row), table);
}

const QUANTITY = /^\d{1,3}(?:[.,]\d{1,3})?$/u;

/**
 * A column named for time whose cells are bare small numbers ("Thời gian tính hao mòn (năm)": 50, 05)
 * holds a quantity, not a period: its cells are kept under the column's name, with no time role —
 * in a catalogue. Where a unit is made responsible for each row (a lead column), the numbers are how
 * long each task or step takes ("Thời gian (ngày làm việc)": 0,5), the row's time.
 */
/**
 * A heading whose number was lost in reading (OCR missed a lone "7" in its STT cell): a heading with
 * no STT whose rows are all numbered under one number ("7.1", "7.2") that no heading of the table
 * bears and that goes on from the numbered heading before it ("6") is that number's heading; said
 * as `stt-repaired` (info).
 */
function numberLostHeadings(table: RawTable): void {
  const named = new Set(table.items.flatMap((i) => ('group' in i && i.group.stt ? [i.group.stt] : [])));
  let before: string | null = null;
  table.items.forEach((item, at) => {
    if (!('group' in item)) return;
    const group = item.group;
    if (group.stt !== '') {
      if (/^\d/u.test(group.stt)) before = group.stt;
      return;
    }
    const under: string[] = [];
    for (let k = at + 1; k < table.items.length; k++) {
      const next = table.items[k]!;
      if ('group' in next) break;
      if (next.row.stt) under.push(next.row.stt);
    }
    const parent = under.length ? parentStt(under[0]!) : '';
    if (before === null || parent === under[0] || named.has(parent) || !under.every((s) => s.startsWith(`${parent}.`))) return;
    if (!continuesNumbering(before, parent)) return;
    table.problems.push({ code: 'stt-repaired', severity: 'info', message: `heading "${group.title.slice(0, 60)}" read as item ${parent}: its rows are numbered ${under[0]}… (its number lost in reading)`, line: group.line });
    group.stt = parent;
    group.level = sttLevel(parent);
    named.add(parent);
    before = parent;
  });
}

/** A mark in plain digits at a text's end, after its closing punctuation: "… mức độ Toàn trình.: 1". */
const PLAIN_NOTE_MARK = /([.:;,”)])\s(\d{1,2})$/u;

/**
 * Footnote marks that pdf-to-text printed in plain digits, a space after the text they mark (the
 * raise lost): a heading's or a cell's text ending in punctuation and a number that one of the
 * table's footnotes bears is marked by it, as a raised mark would.
 */
function plainNoteMarks(table: RawTable): void {
  if (table.footnotes.size === 0) return;
  const unmark = (text: string, marks: string[]): string => {
    const m = PLAIN_NOTE_MARK.exec(text);
    const mark = m ? superscriptDigits(m[2]!) : '';
    if (!m || !table.footnotes.has(mark)) return text;
    marks.push(mark);
    return text.slice(0, m.index + 1);
  };
  for (const item of table.items) {
    if ('group' in item) item.group.title = unmark(item.group.title, item.group.noteMarks);
    else for (const role of ['task', 'product'] as const) if (item.row.cells[role]) item.row.cells[role] = unmark(item.row.cells[role]!, item.row.noteMarks);
  }
}

function quantityNotTime(table: RawTable): void {
  const col = table.roles.indexOf('timeframe');
  if (col < 0 || table.roles.includes('lead')) return;
  const rows = table.items.flatMap((i) => ('row' in i ? [i.row] : []));
  const filled = rows.filter((r) => r.cells.timeframe);
  if (filled.length < 3 || filled.filter((r) => QUANTITY.test(r.cells.timeframe!)).length < 0.8 * filled.length) return;
  const name = table.columns[col]!;
  table.roles = table.roles.map((r) => (r === 'timeframe' ? null : r));
  for (const r of rows) {
    if (r.cells.timeframe) r.extra[name] = r.cells.timeframe;
    delete r.cells.timeframe;
  }
}

export interface TaskTables {
  tables: RawTable[];
  /** Blocks before the first task table (an appendix's title lines, a table that is not a task table). */
  before: BlockNode[];
}

/** True when a table node has a task-table header in its first rows. */
export function isTaskTable(table: TableNode): boolean {
  return findHeader(gridRowsOf(table)) !== null;
}

/**
 * Reads the task tables among blocks (an appendix's, an attachment's, a plan's): each table with a
 * header of its own, the tables after it that repeat that header or have none, and the footnote
 * lines after them. A header printed again right where a table goes on (a page break) continues it;
 * after lines of its own (a title), it begins a new table with that title. Other lines after a
 * table are its unplaced lines.
 */
/** A footnote's mark alone on a line, in plain digits, right under a table. */
const LONE_NOTE_MARK = /^\d{1,2}$/u;
/** The text of a footnote: a sentence, not a number or a word. */
const NOTE_TEXT = /^\p{Lu}\S*(?:\s+\S+){3}/u;

export function readTaskTables(blocks: BlockNode[]): TaskTables {
  const tables: RawTable[] = [];
  const before: BlockNode[] = [];
  let state: ReaderState | null = null;
  // lines since the last table part that are no footnote: a title, if a header follows
  let between: LineNode[] = [];
  const readPart = (block: TableNode, rows: GridRow[], header: TableHeader | null) => {
    if (header && (!state || foldKey(header.names.join('\t')) !== state.headerKey || between.length > 0)) {
      state = startTable(header);
      state.table.title = between.length ? tidyCell(between.map((l) => l.value).join(' ')) : null;
      state.table.titleLines = between;
      tables.push(state.table);
      for (const r of rows.slice(0, header.at)) for (const slot of r.slots) state.table.unplaced.push(...(slot.cell?.children ?? []));
      // the name over sub-columns the header names instead ("Quy mô" over "Chiều dài (km)" | "Công suất (MVA)")
      for (const r of rows.slice(header.at, header.end)) state.table.unplaced.push(...(r.node.data?.overSubColumns ?? []));
      readBody(state, block, rows, header.end);
    } else if (state) {
      state.table.unplaced.push(...between);
      // the header printed again where the table goes on: a page break
      if (header) state.afterHeaderAgain = true;
      readBody(state, block, rows, header ? header.end : 0);
    }
    between = [];
  };
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'line') {
      const current = state as ReaderState | null;
      if (!current) {
        before.push(block);
        continue;
      }
      const note = FOOTNOTE_LINE.exec(block.value);
      const next = blocks[at + 1];
      const loneMark = between.length === 0 && LONE_NOTE_MARK.test(block.value) && next?.type === 'line' && NOTE_TEXT.test(next.value) ? superscriptDigits(block.value) : null;
      if (note) {
        current.lastNote = note[1]!;
        current.table.footnotes.set(current.lastNote, tidyCell(note[2]!.trim()));
      } else if (loneMark) {
        // pdf-to-text prints a raised mark on a line of its own, above its footnote's text
        current.lastNote = loneMark;
        current.table.footnotes.set(loneMark, '');
      } else if (current.lastNote !== null && between.length === 0) {
        const before = current.table.footnotes.get(current.lastNote);
        current.table.footnotes.set(current.lastNote, before ? `${before} ${tidyCell(block.value)}` : tidyCell(block.value));
      } else {
        between.push(block);
      }
      continue;
    }
    const rows = gridRowsOf(block);
    const first = findHeader(rows);
    if (!first && !state) {
      before.push(...between, block);
      between = [];
      continue;
    }
    if (state) (state as ReaderState).lastNote = null;
    readPart(block, rows, first);
  }
  const last = state as ReaderState | null;
  if (last) last.table.unplaced.push(...between);
  for (const table of tables) {
    quantityNotTime(table);
    plainNoteMarks(table);
    numberLostHeadings(table);
  }
  return { tables, before };
}
