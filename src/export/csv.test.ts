import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureNames, parsed } from '../../test/fixtures.js';
import { CSV_BOM, csvHead, csvRows, tasksToCsv } from './csv.js';
import { TASK_COLUMNS } from './task-rows.js';

const docs = fixtureNames.map(parsed);
const read = (csv: string) => parseCsv(csv.slice(CSV_BOM.length), { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;

describe('tasks as CSV', () => {
  it('starts with a BOM and the header, then one record per row of every appendix of every document', () => {
    const csv = tasksToCsv(docs);
    expect(csv.startsWith(`${CSV_BOM}${TASK_COLUMNS.join(',')}\r\n`)).toBe(true);
    const records = read(csv);
    const rows = docs.flatMap((d) => d.appendices.flatMap((a) => a.rows.map((r) => ({ d, a, r }))));
    expect(rows.length).toBeGreaterThan(50);
    expect(records).toHaveLength(rows.length);
    records.forEach((rec, i) => {
      const { d, a, r } = rows[i]!;
      expect(Object.keys(rec)).toEqual([...TASK_COLUMNS]);
      expect(rec.source).toBe(d.source.name);
      expect(rec.number).toBe(d.document.number ?? '');
      expect(rec.appendix).toBe(a.label);
      expect(rec.task).toBe(r.task);
      expect(rec.lead!.split('; ').filter(Boolean)).toEqual(r.lead.map((u) => u.name));
      expect(rec.partnerIds!.split('; ').length).toBe(Math.max(1, r.partners.length));
      expect(rec.periodStart).toBe(r.timeframe?.start ?? '');
      expect(rec.timeText).toBe(r.timeText ?? '');
    });
  });

  it('reads the first task of QĐ 40/QĐ-BHXH: its lead with its id, partners not in the registry, the year as a period', () => {
    const doc = parsed('qd-40-qd-bhxh-2023.txt');
    const csv = csvRows(doc);
    const [first] = read(csvHead() + csv);
    expect(first).toMatchObject({
      number: '40/QĐ-BHXH',
      date: '2023-01-18',
      stt: '1',
      path: 'I › 1',
      lead: 'Ban Quản lý Thu - Sổ, Thẻ',
      leadIds: 'TST',
      partners: 'BHXH các tỉnh, thành phố; Các đơn vị liên quan',
      partnerIds: '; ',
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      timeText: 'Năm 2023',
    });
    expect(first!.group).toMatch(/^I\. Tập trung tăng nhanh diện bao phủ/u);
    // the comma in the unit's name is quoted, not a column break
    expect(csv.split('\r\n')[0]).toContain('"Ban Quản lý Thu - Sổ, Thẻ"');
  });

  it('quotes quotes and line breaks inside a field (RFC 4180)', () => {
    const doc = structuredClone(parsed('qd-2422-qd-bhxh-2020.txt'));
    const row = doc.appendices[0]!.rows[0]!;
    row.task = 'Báo cáo "kết quả",\nlần 2';
    const [rec] = read(csvHead() + csvRows(doc));
    expect(rec!.task).toBe('Báo cáo "kết quả",\nlần 2');
    expect(csvRows(doc)).toContain('"Báo cáo ""kết quả"",\nlần 2"');
  });
});
