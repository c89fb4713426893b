import { foldSpaces, isUpperCaseText } from '../text/fold.js';
import { type BlockNode, blockLines, isLine, type LineNode } from '../tree.js';
import { type RawGroup, type RawRow, type RawTable, type TableProblem, sttLevel, tidyCell } from './tables/raw-row.js';
import { isTotalsText } from './tables/columns.js';
import { isTaskTable, readTaskTables } from './tables/task-table.js';
import { type CellClassifier, findWebHeader, readWebTable } from './tables/web-layout.js';
import { isAppendixLabel } from './segment.js';
import { foldedPrefix, isMottoLine, vocabulary } from './vocabulary.js';
import { NUMBERED_ITEM } from '../text/markers.js';

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
  /** An appendix with no task table (a form, a list): its lines after the title block. */
  text: string | null;
  problems: TableProblem[];
  unplaced: LineNode[];
}

/** The most lines a title's subject in running case takes before its "(Ban hành kèm theo …)" line. */
const MAX_SUBJECT_LINES = 3;

/** True when one of the few lines from `at` is the "(Ban hành kèm theo …)" line. */
function issuedWithFollows(lines: LineNode[], at: number, to: number): boolean {
  for (let k = at; k < to && k < at + MAX_SUBJECT_LINES + 1; k++) {
    if (foldedPrefix(foldSpaces(lines[k]!.value), vocabulary.issuedWithStarts)) return true;
  }
  return false;
}

/**
 * The label, title and "(Ban hành kèm theo …)" lines that open an appendix or an attachment. The
 * title is its capitals lines, and the subject printed under them in running case when the
 * "(Ban hành kèm theo …)" line follows it ("QUY CHẾ" / "Làm việc của Bảo hiểm xã hội Việt Nam" / "(Ban hành …)").
 */
export function readTitleBlock(lines: LineNode[], from: number, to: number): { title: string | null; issuedWith: string | null; end: number } {
  const title: string[] = [];
  let issuedWith: string | null = null;
  let i = from;
  let subject = false;
  for (; i < to; i++) {
    const v = foldSpaces(lines[i]!.value);
    if (foldedPrefix(v, vocabulary.issuedWithStarts)) {
      const parts = [v];
      while (!parts.join(' ').includes(')') && i + 1 < to && parts.length < 5) parts.push(foldSpaces(lines[++i]!.value));
      issuedWith = parts.join(' ');
      i++;
      break;
    }
    // a form's own motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is no part of the appendix's title
    if (isMottoLine(v)) break;
    if (!isUpperCaseText(v)) {
      subject ||= title.length > 0 && issuedWithFollows(lines, i, to);
      if (!subject) break;
    }
    title.push(v);
  }
  return { title: title.length ? title.join(' ') : null, issuedWith, end: i };
}

/** The level of a heading with no number inside a lettered part: below the letter, above a Roman numeral. */
const UNNUMBERED_IN_PART = 0.5;

/** Group headings around each row, its path of numbers, and its footnotes. */
function outline(table: RawTable): { rows: OutlinedRow[]; groups: OutlinedGroup[] } {
  const stack: RawGroup[] = [];
  const rows: OutlinedRow[] = [];
  const groups: OutlinedGroup[] = [];
  const notesOf = (marks: string[]) => marks.flatMap((m) => (table.footnotes.has(m) ? [table.footnotes.get(m)!] : []));
  for (const item of table.items) {
    if ('group' in item) {
      // a heading with no number under a lettered part ("B. DANH MỤC … CẤP XÃ" / "LĨNH VỰC PHÍ, LỆ PHÍ") is
      // the part's, as a Roman numeral is, not a part of its own beside it
      const underPart = item.group.stt === '' && item.group.level === 0 && stack.some((g) => g.level === 0 && g.stt !== '');
      const group = underPart ? { ...item.group, level: UNNUMBERED_IN_PART } : item.group;
      while (stack.length && stack[stack.length - 1]!.level >= group.level) stack.pop();
      stack.push(group);
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
 * Only the document's last table can be: a document is cut at its end, and a table followed by
 * another ended where it was printed to (its last row's last cells may be empty).
 */
export function cutOffProblem(table: RawTable): TableProblem | null {
  const rows = table.items.flatMap((i) => ('row' in i ? [i.row] : []));
  const last = table.items[table.items.length - 1];
  if (!last || rows.length === 0) return null;
  const beforeLast = table.items[table.items.length - 2];
  // headings one after another to the end are entries of a list with no rows under them, not a cut
  // a totals row that sums the table up ("Tổng thời gian giải quyết TTHC") is no heading without rows
  if ('group' in last && rows.length > 0 && !(beforeLast && 'group' in beforeLast) && !isTotalsText(last.group.title)) {
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

/** The most rows of a layout table (a form's heading: issuer | motto; its signature: recipients | signer). */
const LAYOUT_TABLE_ROWS = 2;

/** A part or section heading printed above a table's header: "A. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "I. LĨNH VỰC …". */
const PART_HEADING = /^([A-Z]|[IVXL]{1,6})\.\s{1,3}(\S.*)$/u;

/** A line above a table as its words read: Markdown's emphasis marks left out, white space folded. */
const plainText = (line: LineNode): string => foldSpaces(line.value.replace(/\*/g, ''));

/**
 * The headings printed between an appendix's title and its table's header open the table's rows as
 * its groups, as the next part's heading ("B. …") does inside the table; the other lines stay text.
 * A heading in capitals with no number, right above the header ("THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), is
 * the table's part too, unnumbered (the title block ends at its "(Kèm theo …)" line).
 */
function partHeadings(lines: LineNode[]): { headings: RawGroup[]; others: LineNode[] } {
  const headings: RawGroup[] = [];
  const others: LineNode[] = [];
  lines.forEach((line, k) => {
    const text = plainText(line);
    const m = PART_HEADING.exec(text);
    if (m) headings.push({ stt: m[1]!, title: m[2]!.trim(), noteMarks: [], level: sttLevel(m[1]!), line });
    else if (k === lines.length - 1 && headings.length === 0 && others.length === 0 && isUpperCaseText(text)) headings.push({ stt: '', title: text, noteMarks: [], level: 0, line });
    else others.push(line);
  });
  return { headings, others };
}

/**
 * The part's headings over its tables: the headings above the first table (`first`: "A. …", "I. …")
 * head it and every table after it until one of their level or above is printed again in a table's
 * title ("II. LĨNH VỰC PHÍ, LỆ PHÍ" over the next procedures), so each table's rows carry the
 * headings they are printed under. The title lines keep them too (a table's title may be its heading).
 */
function headTables(tables: RawTable[], first: RawGroup[]): void {
  let context = first;
  tables.forEach((table, k) => {
    if (k > 0) {
      const { headings } = partHeadings(table.titleLines ?? []);
      for (const h of headings.filter((g) => g.stt !== '')) context = [...context.filter((g) => g.level < h.level), h];
    }
    table.items.unshift(...context.map((group) => ({ group })));
  });
}

/**
 * The caption printed directly above a part's first table: after its last part heading (or its title
 * block), with no table between, the line numbered as an item ("1. Đề nghị miễn, giảm học phí …") and
 * the lines after it down to the header. A table after the first takes the lines printed before it as
 * its title ("2. Đề nghị …"); this is the same caption over the first one. Lines before the numbered
 * one ("Dữ liệu tính đến ngày …") are no caption, and stay reported.
 */
function tableCaption(before: BlockNode[]): LineNode[] {
  let from = before.length;
  while (from > 0 && isLine(before[from - 1]!)) from--;
  const tail = before.slice(from) as LineNode[];
  const lines = tail.slice(tail.findLastIndex((line) => PART_HEADING.test(plainText(line))) + 1);
  const numbered = lines.findIndex((line) => NUMBERED_ITEM.test(plainText(line)));
  return numbered < 0 ? [] : lines.slice(numbered);
}

/** The lines before a part's first table. */
function leadingLines(blocks: BlockNode[]): LineNode[] {
  const end = blocks.findIndex((b) => !isLine(b));
  return (end < 0 ? blocks : blocks.slice(0, end)) as LineNode[];
}

/** The facts of one table read; `endsDocument`: nothing of the document comes after it. */
function tableFacts(base: Omit<AppendixFacts, 'columns' | 'groups' | 'rows' | 'text' | 'problems'>, table: RawTable, endsDocument: boolean): AppendixFacts {
  const outlined = outline(table);
  const cut = endsDocument ? cutOffProblem(table) : null;
  return {
    ...base,
    columns: table.columns,
    rows: outlined.rows,
    groups: outlined.groups,
    text: null,
    problems: cut ? [...table.problems, cut] : table.problems,
    unplaced: [...base.unplaced, ...table.unplaced],
  };
}

/** True when the blocks hold a task table: a table node with a task header, or lines laid out as one. */
export function hasTable(blocks: BlockNode[]): boolean {
  // (a table node is one when it has a task header: its rows need not be read to know)
  return blocks.some((b) => b.type === 'table' && isTaskTable(b)) || findWebHeader(blocks.filter(isLine)) !== null;
}

/** Most words of a label that is not "PHỤ LỤC …": "DANH MỤC", printed alone above the title's subject. */
const LABEL_WORDS_MAX = 3;
const LABEL_THEN_TITLE = /^((?:PHỤ LỤC|Phụ lục)(?:\s(?:SỐ\s|số\s)?[IVXL\d]{1,6})?)\s?[.:–-]?\s(\S.*)$/u;

/**
 * The line an appendix part opens with is its label: "PHỤ LỤC", "Phụ lục II", or a short line such as
 * "DANH MỤC" above the rest of the title. A longer line is the title itself, as an attachment issued
 * with a decision opens with its caption ("QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT …"):
 * such a part has no label.
 */
function openingLabel(text: string): { label: string; title: string | null } {
  if (text === '' || isAppendixLabel(text) || text.split(' ').length <= LABEL_WORDS_MAX) return { label: text, title: null };
  // "PHỤ LỤC I: DANH MỤC …" on one line: the label, then the title
  const m = LABEL_THEN_TITLE.exec(text);
  return m ? { label: m[1]!, title: m[2]! } : { label: '', title: text };
}

/**
 * Reads an appendix part: label, title, issued-with line and its task tables — the `table` nodes
 * with a task header (one facts object per table, a table after the first titled by the lines
 * printed before it), else a table laid out one cell per line with no grid (web-layout inference).
 * `endsDocument`: the part is the document's last, where its last table may have been cut off.
 */
export function readAppendix(blocks: BlockNode[], classifier: CellClassifier, endsDocument = true): AppendixFacts[] {
  const first = blocks[0];
  const opening = first && isLine(first) ? plainText(first).replace(/[.:]$/u, '') : '';
  const lead = leadingLines(blocks);
  const opened = openingLabel(opening);
  const label = opened.label;
  // the title block: after the label line, or from the opening line when that is the title
  const head = readTitleBlock(lead, label === '' && opened.title !== null ? 0 : 1, lead.length);
  const title = label !== '' && opened.title !== null ? [opened.title, head.title].filter(Boolean).join(' ') : head.title;
  const rest = blocks.slice(head.end);
  const base = { label, title, issuedWith: head.issuedWith, unplaced: [] as LineNode[] };
  const read = readTaskTables(rest);
  if (read.tables.length > 0) {
    const caption = new Set(tableCaption(read.before));
    const { headings, others } = partHeadings(read.before.flatMap(blockLines).filter((line) => !caption.has(line)));
    headTables(read.tables, headings);
    // the first table's caption follows the part's own title (which the tables after it do not repeat)
    const firstTitle = caption.size ? [base.title, tidyCell([...caption].map((line) => line.value).join(' '))].filter(Boolean).join(' ') : base.title;
    return read.tables.map((table, k) =>
      tableFacts({ ...base, title: k > 0 && table.title ? table.title : k === 0 ? firstTitle : base.title, unplaced: k === 0 ? others : [] }, table, endsDocument && k === read.tables.length - 1),
    );
  }
  const lines = rest.flatMap(blockLines);
  const web = findWebHeader(lines);
  if (!web) {
    // no task table: a form, a list or prose, whose text is the appendix's own (Phụ lục "Mẫu báo cáo …"
    // of a circular); a table of data in it is no text to run on, and stays reported as not placed
    const own = rest.flatMap((b) => (isLine(b) || b.children.length <= LAYOUT_TABLE_ROWS ? blockLines(b) : []));
    const data = rest.flatMap((b) => (isLine(b) || b.children.length <= LAYOUT_TABLE_ROWS ? [] : blockLines(b)));
    const text = own.map((l) => foldSpaces(l.value)).filter(Boolean).join('\n');
    return [{ ...base, columns: [], groups: [], rows: [], text: text || null, problems: [], unplaced: data }];
  }
  const table = readWebTable(lines, web, classifier);
  return [tableFacts({ ...base, unplaced: lines.slice(0, web.at) }, table, endsDocument)];
}
