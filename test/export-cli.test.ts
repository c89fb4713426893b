import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureNames, parsed } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const temp = tempDirs('vanban-export-');
const txt = fixtureNames.map((f) => join(FIXTURES.pathname, f));
const rowCount = fixtureNames.map(parsed).reduce((n, d) => n + d.appendices.reduce((m, a) => m + a.rows.length, 0), 0);

describe('vanban normalize --format csv|xlsx|md', () => {
  it('csv without --out: the BOM, a header and one record per task row of every fixture on stdout', () => {
    const res = run('normalize', ...txt, '--format', 'csv');
    expect(res.status).toBe(0);
    expect(res.stdout.startsWith('\uFEFFsource,number,date,appendix,stt,path,group,task,lead,leadIds,partners,partnerIds,periodStart,periodEnd,timeText,product\r\n')).toBe(true);
    const records = parseCsv(res.stdout.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(rowCount);
    expect(records.filter((r) => r.number === '40/QĐ-BHXH')).toHaveLength(42);
    expect(res.stderr).toContain('5 written, 0 failed');
  });

  it('csv with --out: one tasks.csv for the batch; xlsx: one tasks.xlsx, one sheet with --merge', async () => {
    const out = temp();
    expect(run('normalize', ...txt, '--format', 'csv', '--out', out).status).toBe(0);
    expect(readdirSync(out)).toEqual(['tasks.csv']);
    expect(readFileSync(join(out, 'tasks.csv'), 'utf8')).toBe(run('normalize', ...txt, '--format', 'csv').stdout);
    const res = run('normalize', ...txt, '--format', 'xlsx', '--merge', '--out', out);
    expect(res.status).toBe(0);
    expect(res.stderr).toContain(`→ ${join(out, 'tasks.xlsx')}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'tasks.xlsx'));
    expect(book.worksheets).toHaveLength(1);
    expect(book.worksheets[0]!.rowCount).toBe(1 + rowCount);
  });

  it('md: a Markdown file per input; xlsx and md without --out are refused', () => {
    const out = temp();
    expect(run('normalize', ...txt, '--format', 'md', '--out', out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(fixtureNames.map((f) => f.replace(/\.txt$/, '.md')));
    expect(readFileSync(join(out, 'qd-40-qd-bhxh-2023.md'), 'utf8')).toContain('# Quyết định: BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG');
    for (const format of ['xlsx', 'md']) {
      const res = run('normalize', txt[0]!, '--format', format);
      expect(res.status).toBe(2);
      expect(res.stderr).toContain(`--out <dir> is needed with --format ${format}`);
    }
  });
});
