/**
 * The task tables as an Excel workbook (exceljs): a sheet per document, or one sheet for the whole
 * batch (`merge`). Every sheet has the same columns as the CSV, headed in Vietnamese, with the
 * header row frozen and filterable.
 */
import type ExcelJS from 'exceljs';
import type { Decision } from '../schema/decision.js';
import { TASK_COLUMN_LABELS, TASK_COLUMNS, type TaskColumn, taskRecords } from './task-rows.js';

export interface XlsxOptions {
  /** One sheet for all documents instead of one per document. */
  merge?: boolean;
}

const WIDTHS: Partial<Record<TaskColumn, number>> = { task: 60, lead: 30, partners: 40, group: 40, product: 40, timeText: 20, source: 24 };
const FORBIDDEN = /[[\]:*?/\\]/gu;

/** A sheet name Excel accepts (no []:*?/\, at most 31 characters), unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  let clean = wanted.replace(FORBIDDEN, '-');
  while (clean.startsWith("'")) clean = clean.slice(1); // Excel refuses an apostrophe at either end
  while (clean.endsWith("'")) clean = clean.slice(0, -1);
  const base = clean.slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addSheet(book: ExcelJS.Workbook, name: string, docs: Decision[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TASK_COLUMNS.map((key) => ({ header: TASK_COLUMN_LABELS[key], key, width: WIDTHS[key] ?? 14 }));
  for (const doc of docs) for (const record of taskRecords(doc)) sheet.addRow(record);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TASK_COLUMNS.length } };
  for (const key of ['task', 'lead', 'partners', 'group', 'product'] as const) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
}

/** The workbook's bytes. */
export async function tasksToXlsx(docs: Decision[], options: XlsxOptions = {}): Promise<Buffer> {
  // loaded when a workbook is written, not with the library
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'vanban';
  const taken = new Set<string>();
  if (options.merge) addSheet(book, sheetName('Nhiệm vụ', taken), docs);
  else for (const doc of docs) addSheet(book, sheetName(doc.document.number ?? doc.source.name ?? 'Văn bản', taken), [doc]);
  if (docs.length === 0 && !options.merge) addSheet(book, sheetName('Nhiệm vụ', taken), []);
  return Buffer.from(await book.xlsx.writeBuffer());
}
