/**
 * The task tables as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break), UTF-8 with a byte-order mark so that Excel shows Vietnamese.
 */
import { stringify } from 'csv-stringify/sync';
import type { Decision } from '../schema/decision.js';
import { TASK_COLUMNS, type TaskRecord, taskRecords } from './task-rows.js';

export const CSV_BOM = '\uFEFF';

const lines = (records: TaskRecord[], header: boolean) =>
  stringify(records, { header, columns: [...TASK_COLUMNS], record_delimiter: 'windows' });

/** The BOM and the header line, written once at the head of a CSV file or stream. */
export function csvHead(): string {
  return CSV_BOM + lines([], true);
}

/** The lines of one document's task rows, without the header. */
export function csvRows(doc: Decision): string {
  return lines(taskRecords(doc), false);
}

/** A whole CSV file: BOM, header and the rows of every document in order. */
export function tasksToCsv(docs: Decision[]): string {
  return csvHead() + docs.map(csvRows).join('');
}
