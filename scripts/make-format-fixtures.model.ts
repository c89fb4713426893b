/**
 * The layout model of a seed, as such a document is typeset for publication: the header block as a
 * borderless two-column table (issuer | motto; number | place and date), paragraphs, the closing as
 * a borderless table (recipients | signature), attachments, and each appendix with its task table
 * as a real table (group headings spanning the columns, an item's several assignments under one
 * STT/task cell spanning their rows, a unit or period cell spanning the rows that repeat it) and
 * footnotes. Every text comes from the seed: the seed is re-typeset, nothing is written anew.
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { parseTimeframe } from '../src/extract/timeframe.js';
import { splitUnits } from '../src/extract/units.js';
import { normalizeBlocks } from '../src/normalize/index.js';
import { type OutlinedRow, readAppendix, readTitleBlock } from '../src/recognise/appendix.js';
import { unwrapLayoutTables } from '../src/recognise/layout-tables.js';
import { documentBounds, segmentDocument } from '../src/recognise/segment.js';
import { type ColumnRole, readHeaderRow } from '../src/recognise/tables/columns.js';
import type { CellClassifier } from '../src/recognise/tables/web-layout.js';
import { isMottoLine } from '../src/recognise/vocabulary.js';
import { defaultUnitRegistry } from '../src/registry/units.js';
import { parse } from '../src/parse.js';
import { decodeText } from '../src/sources/decode.js';
import { textToTree } from '../src/sources/text.js';
import { lineView } from '../src/compile.js';
import { type BlockNode, cellText, isLine, type LineNode, type TableRowNode } from '../src/tree.js';

export type ParaStyle = 'body' | 'center' | 'title' | 'italic-center' | 'bold';

export interface Para {
  kind: 'p';
  text: string;
  style: ParaStyle;
}

/** A borderless table that lays out a block; each cell holds its lines. */
export interface Layout {
  kind: 'layout';
  rows: string[][][];
}

export interface Note {
  /** The footnote's number as printed ("1"). */
  mark: string;
  text: string;
}

export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  notes: Note[];
}

export interface TaskTable {
  kind: 'table';
  columns: string[];
  /** null where a cell spanning from above or from the left covers the slot. */
  rows: Array<Array<TableCell | null>>;
  notes: Note[];
}

export interface Break {
  kind: 'break';
  /** The pages after the break are landscape (the appendix tables). */
  landscape: boolean;
}

export type Block = Para | Layout | TaskTable | Break;

export interface Model {
  name: string;
  title: string;
  blocks: Block[];
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toDigits = (mark: string) => [...mark].map((ch) => String(SUPERSCRIPTS.indexOf(ch))).join('');
const NUMBER_LINE = /^Số\s{0,3}[:.]/u;
const PLACE_DATE = /,\s{0,3}ngày\b/u;
const SUBJECT_LINE = /^(?:V\/v|Về việc)\b/u;
const SPANNING_ROLES: ColumnRole[] = ['lead', 'partners', 'timeframe', 'product'];

function classifier(date: string | null, year: number | null): CellClassifier {
  return {
    unitLikeness(text) {
      if (text.length > 300) return 0;
      const { units, problems } = splitUnits(text, { registry: defaultUnitRegistry, date });
      const unknown = problems.filter((p) => p.code === 'unknown-unit').length;
      return units.length ? (units.length - unknown) / units.length : 0;
    },
    isTimeframe(text) {
      const tf = text.length > 200 ? null : parseTimeframe(text, { year });
      return tf !== null && tf.kind !== 'conditional';
    },
  };
}

const para = (text: string, style: ParaStyle = 'body'): Para => ({ kind: 'p', text, style });

/** The header block: issuer | motto in the first row, number (and a letter's V/v) | place and date in the second. */
function headerBlocks(lines: string[]): Block[] {
  const motto = lines.findIndex(isMottoLine);
  const number = lines.findIndex((l) => NUMBER_LINE.test(l));
  const date = lines.findIndex((l) => PLACE_DATE.test(l));
  if (motto < 0 || number < motto || date < number) return lines.map((l) => para(l, 'center'));
  const issuer = lines.slice(0, motto);
  const mottoCell = lines.slice(motto, number);
  const numberCell = lines.slice(number, date);
  const rows = [
    [issuer, mottoCell],
    [numberCell, [lines[date]!]],
  ];
  const rest = lines.slice(date + 1).map((l, i) => para(l, i === 0 || !SUBJECT_LINE.test(l) ? 'title' : 'center'));
  return [{ kind: 'layout', rows }, ...rest];
}

/** The closing: the recipients list and the signature side by side, in the order the seed prints them. */
function closingBlocks(lines: string[]): Block[] {
  if (lines.length === 0) return [];
  const recipients = lines.findIndex((l) => /^Nơi nhận/u.test(l));
  let split: number;
  if (recipients === 0) {
    split = 1;
    while (split < lines.length && /^[-+]/u.test(lines[split]!)) split++;
  } else {
    split = recipients;
  }
  if (split <= 0 || split >= lines.length) return lines.map((l) => para(l));
  return [{ kind: 'layout', rows: [[lines.slice(0, split), lines.slice(split)]] }];
}

/** Consecutive rows that print the same unit or period in a column share one cell spanning them. */
function mergeRepeats(rows: Array<Array<TableCell | null>>, roles: Array<ColumnRole | null>, groupRows: Set<number>): void {
  roles.forEach((role, c) => {
    if (!role || !SPANNING_ROLES.includes(role)) return;
    let origin = -1;
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]![c];
      const first = origin >= 0 ? rows[origin]![c] : null;
      if (groupRows.has(r) || !cell) {
        origin = -1;
        continue;
      }
      if (first && cell.text !== '' && cell.text === first.text && cell.notes.length === 0 && first.rowSpan === r - origin) {
        first.rowSpan++;
        rows[r]![c] = null;
      } else {
        origin = r;
      }
    }
  });
}

/**
 * The cells a table row printed, by the lines in them: how the seed printed the row a task-table row
 * was read from (its STT and task cells empty for a further assignment of the item above).
 */
function printedCells(blocks: BlockNode[]): Map<LineNode, string[]> {
  const rows = new Map<LineNode, string[]>();
  const add = (row: TableRowNode) => {
    const cells = row.children.map(cellText);
    for (const cell of row.children) for (const line of cell.children) rows.set(line, cells);
  };
  for (const block of blocks) if (!isLine(block)) block.children.forEach(add);
  return rows;
}

function taskTable(columns: string[], outlined: OutlinedRow[], groups: Array<{ stt: string; title: string; notes: string[] }>, printed: Map<LineNode, string[]>): TaskTable {
  const roles = readHeaderRow(columns) ?? columns.map(() => null);
  const col = (role: ColumnRole) => roles.indexOf(role);
  const sttCol = col('stt');
  const taskCol = col('task');
  const width = columns.length;
  const rows: Array<Array<TableCell | null>> = [];
  const groupRows = new Set<number>();
  const notes: Note[] = [];
  const emitted = new Set<string>();
  const noteFor = (mark: string, text: string): Note => {
    const note = { mark: toDigits(mark), text };
    if (!notes.some((n) => n.mark === note.mark)) notes.push(note);
    return note;
  };
  const cell = (text: string, colSpan = 1): TableCell => ({ text, rowSpan: 1, colSpan, notes: [] });
  let previous: { row: OutlinedRow; index: number } | null = null;

  for (const row of outlined) {
    for (const g of row.groups) {
      const key = `${g.stt}\u0000${g.title}`;
      if (emitted.has(key)) continue;
      emitted.add(key);
      const group = groups.find((x) => x.stt === g.stt && x.title === g.title);
      const cells: Array<TableCell | null> = columns.map(() => null);
      const title = cell(g.title, width - (sttCol >= 0 ? 1 : 0));
      if (sttCol >= 0) cells[sttCol] = cell(g.stt);
      cells[sttCol === 0 ? 1 : 0] = title;
      // a heading's footnotes are numbered after those printed so far
      title.notes = (group?.notes ?? []).map((text) => noteFor(SUPERSCRIPTS[notes.length + 1] ?? '', text));
      groupRows.add(rows.length);
      rows.push(cells);
      previous = null;
    }
    const source = printed.get(row.line);
    const sttPrinted = source ? (source[sttCol] ?? '') !== '' : true;
    const taskPrinted = source ? (source[taskCol] ?? '') !== '' : true;
    const cells: Array<TableCell | null> = roles.map((role, c) => {
      const text = role === 'stt' ? (sttPrinted && row.stt ? row.stt : '') : role ? (row.cells[role] ?? '') : (row.extra[columns[c]!] ?? '');
      // the task as printed: with its point label (`a)`), which the reader may keep in the task or give apart
      return cell(role === 'task' && row.label && !text.startsWith(row.label) ? `${row.label} ${text}` : text);
    });
    const own = row.noteMarks.map((m, i) => noteFor(m, row.notes[i] ?? ''));
    if (taskCol >= 0) cells[taskCol]!.notes = own;
    // an assignment printed with neither STT nor task belongs to the item above: their cells span both rows
    if (!sttPrinted && !taskPrinted && previous && previous.row.stt === row.stt) {
      for (const c of [sttCol, taskCol]) {
        let r = rows.length - 1;
        while (r >= 0 && rows[r]![c] === null) r--;
        if (r >= 0 && c >= 0) {
          rows[r]![c]!.rowSpan++;
          cells[c] = null;
        }
      }
    }
    rows.push(cells);
    previous = { row, index: rows.length - 1 };
  }
  mergeRepeats(rows, roles, groupRows);
  return { kind: 'table', columns, rows, notes };
}


function appendixBlocks(part: BlockNode[], date: string | null, year: number | null): Block[] {
  const lines = lineView(part);
  const facts = readAppendix(part, classifier(date, year));
  const head = readTitleBlock(lines, 1, lines.length);
  const issuedWith = facts[0]?.issuedWith ?? '';
  const blocks: Block[] = [{ kind: 'break', landscape: true }, para(lines[0]!.value, 'title')];
  for (let i = 1; i < head.end; i++) {
    const v = lines[i]!.value;
    blocks.push(para(v, v.startsWith('(') || issuedWith.includes(v) ? 'italic-center' : 'title'));
  }
  const printed = printedCells(part);
  const firstTable = part.findIndex((b) => !isLine(b));
  for (const table of facts) {
    // the lines a table did not take: those printed before the appendix's first table, then the others after its table
    const before = table.unplaced.filter((l) => {
      const at = part.indexOf(l);
      return at >= 0 && (firstTable < 0 || at < firstTable);
    });
    for (const l of before) blocks.push(para(l.value));
    blocks.push(taskTable(table.columns, table.rows, table.groups, printed));
    for (const l of table.unplaced) if (!before.includes(l)) blocks.push(para(l.value));
  }
  return blocks;
}

/**
 * Builds the layout model of one seed file, or of a saved page of a legal website (read as text, as
 * vanban reads it: its cells between lone `|` lines, the site's chrome outside the document's bounds).
 */
export function buildModel(path: string, name: string): Model {
  const bytes = readFileSync(path);
  const doc = parse(bytes, { name });
  // the document's blocks, as the compiler reads them: cleaned, layout tables unwrapped, inside the
  // document's bounds (a table counted as one line of its text), then split into parts
  const allBlocks = unwrapLayoutTables(normalizeBlocks(textToTree(decodeText(bytes)).children, new VFile()));
  const [start, end] = documentBounds(lineView(allBlocks));
  const docBlocks = allBlocks.slice(start, end);
  const lines = lineView(docBlocks);
  const seg = segmentDocument(lines);
  const values = (range: readonly [number, number]) => lines.slice(range[0], range[1]).map((l) => l.value);
  const year = doc.document.date ? Number(doc.document.date.slice(0, 4)) : null;
  const blocks: Block[] = [];
  blocks.push(...headerBlocks(values(seg.header)));
  blocks.push(...values(seg.preamble).map((l) => para(l)));
  blocks.push(...values(seg.body).map((l) => para(l, /^Điều\s\d/u.test(l) ? 'bold' : 'body')));
  blocks.push(...closingBlocks(values(seg.closing)));
  for (const range of seg.attachments) {
    const part = lines.slice(range[0], range[1]);
    const head = readTitleBlock(part, 0, part.length);
    blocks.push({ kind: 'break', landscape: false });
    part.forEach((l, i) => blocks.push(para(l.value, i < head.end ? (l.value.startsWith('(') ? 'italic-center' : 'title') : 'body')));
  }
  for (const range of seg.appendices) blocks.push(...appendixBlocks(docBlocks.slice(range[0], range[1]), doc.document.date, year));
  const covered = [seg.header, seg.preamble, seg.body, seg.closing, ...seg.attachments, ...seg.appendices].reduce((n, [a, b]) => n + (b - a), 0);
  if (covered !== lines.length) throw new Error(`${name}: the parts cover ${covered} of ${lines.length} lines`);
  const title = doc.document.number ? `${doc.document.typeName ?? 'Văn bản'} số ${doc.document.number}` : (doc.appendices[0]?.title ?? name);
  return { name, title, blocks };
}
