import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureNames, parsed } from '../../test/fixtures.js';
import { TASK_COLUMN_LABELS, TASK_COLUMNS, taskRecords } from './task-rows.js';
import { sheetName, tasksToXlsx } from './xlsx.js';

const docs = fixtureNames.map(parsed);

async function readBack(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(TASK_COLUMNS.map((_, i) => String(row.getCell(i + 1).value ?? ''))));
    return { name: sheet.name, rows };
  });
}

describe('tasks as XLSX', () => {
  it('writes a sheet per document that exceljs reads back with the same cells as the records', async () => {
    const sheets = await readBack(await tasksToXlsx(docs));
    expect(sheets.map((s) => s.name)).toEqual(docs.map((d) => (d.document.number ?? d.source.name!).replaceAll('/', '-').slice(0, 31)));
    sheets.forEach((sheet, i) => {
      expect(sheet.rows[0]).toEqual(TASK_COLUMNS.map((c) => TASK_COLUMN_LABELS[c]));
      expect(sheet.rows.slice(1)).toEqual(taskRecords(docs[i]!).map((r) => TASK_COLUMNS.map((c) => r[c])));
    });
    const qd40 = sheets.find((s) => s.name === '40-QĐ-BHXH')!;
    expect(qd40.rows).toHaveLength(1 + 42);
  });

  it('puts the whole batch on one sheet with --merge', async () => {
    const [sheet, ...more] = await readBack(await tasksToXlsx(docs, { merge: true }));
    expect(more).toEqual([]);
    const all = docs.flatMap(taskRecords);
    expect(sheet!.rows.slice(1)).toEqual(all.map((r) => TASK_COLUMNS.map((c) => r[c])));
    expect(new Set(sheet!.rows.slice(1).map((r) => r[1]))).toEqual(new Set(['40/QĐ-BHXH', '1177/QĐ-BHXH', '2422/QĐ-BHXH', '']));
  });

  it('makes sheet names Excel accepts and keeps them unique', () => {
    const taken = new Set<string>();
    expect(sheetName('40/QĐ-BHXH', taken)).toBe('40-QĐ-BHXH');
    expect(sheetName('40/QĐ-BHXH', taken)).toBe('40-QĐ-BHXH~2');
    expect(sheetName('a'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('[x]:*?', taken)).toBe('-x----');
  });
});
