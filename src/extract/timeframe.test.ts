import { describe, expect, it } from 'vitest';
import { Timeframe } from '../schema/decision.js';
import type { Timeframe as TimeframeType } from '../schema/decision.js';
import { parseTimeframe } from './timeframe.js';

/** Parse and check the result against the contract's schema. */
function read(text: string, year: number | null = null) {
  const result = parseTimeframe(text, { year });
  if (result) expect(Timeframe.safeParse(result).success).toBe(true);
  return result;
}

/** The parts of a "multiple" timeframe; undefined for one of another kind. */
const partsOf = (t: TimeframeType | null) => (t?.kind === 'multiple' ? t.parts : undefined);

function span(text: string, year: number | null = null) {
  const r = read(text, year);
  return r && { kind: r.kind, start: r.start, end: r.end };
}

describe('parseTimeframe: years', () => {
  it.each(['Năm 2023', 'Năm 2023.', 'năm 2023', 'NĂM 2023', '2023'])('%s is the year 2023', (text) => {
    expect(span(text)).toEqual({ kind: 'year', start: '2023-01-01', end: '2023-12-31' });
  });
  it('keeps the text with white space folded', () => {
    expect(read('  Năm\n 2023 ')?.text).toBe('Năm 2023');
  });
  it('reads NFD-decomposed input', () => {
    const r = read('Năm 2023'.normalize('NFD'));
    expect(r).toMatchObject({ kind: 'year', start: '2023-01-01', end: '2023-12-31' });
    expect(r?.text).toBe('Năm 2023');
  });
  it('reads several years as multiple', () => {
    const r = read('Năm 2024, 2025');
    expect(r).toMatchObject({ kind: 'multiple', start: '2024-01-01', end: '2025-12-31' });
    expect(partsOf(r)?.map((p) => p.kind)).toEqual(['year', 'year']);
  });
});

describe('parseTimeframe: quarters', () => {
  it.each([
    ['Quý I/2024', '2024-01-01', '2024-03-31'],
    ['Quý IV/2023', '2023-10-01', '2023-12-31'],
    ['Quý 2/2024', '2024-04-01', '2024-06-30'],
    ['Quý II năm 2024', '2024-04-01', '2024-06-30'],
    ['Quý  I / 2024', '2024-01-01', '2024-03-31'],
    ['QUÝ III/2024', '2024-07-01', '2024-09-30'],
    ['Quí I/2024', '2024-01-01', '2024-03-31'],
  ])('%s', (text, start, end) => {
    expect(span(text)).toEqual({ kind: 'quarter', start, end });
  });
  it('reads a list of quarters as multiple', () => {
    const r = read('Quý II, III/2024');
    expect(r).toMatchObject({ kind: 'multiple', start: '2024-04-01', end: '2024-09-30' });
    expect(partsOf(r)?.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['quarter', '2024-04-01', '2024-06-30'],
      ['quarter', '2024-07-01', '2024-09-30'],
    ]);
  });
  it('reads "Quý I - II/2024" and "Quý I - Quý II/2024" as one range', () => {
    expect(span('Quý I-II/2024')).toEqual({ kind: 'range', start: '2024-01-01', end: '2024-06-30' });
    expect(span('Quý I - Quý II/2024')).toEqual({ kind: 'range', start: '2024-01-01', end: '2024-06-30' });
  });
  it('reads the quarter despite a note after it', () => {
    expect(span('Quý I/2024 (sau khi được phê duyệt)')).toEqual({
      kind: 'quarter',
      start: '2024-01-01',
      end: '2024-03-31',
    });
  });
  it('takes the document year when the cell has none', () => {
    expect(span('Quý I', 2024)).toEqual({ kind: 'quarter', start: '2024-01-01', end: '2024-03-31' });
    expect(read('Quý I')).toBeNull();
  });
});

describe('parseTimeframe: months', () => {
  it.each([
    ['Tháng 7/2024', '2024-07-01', '2024-07-31'],
    ['Tháng 12/2023', '2023-12-01', '2023-12-31'],
    ['tháng 02/2024', '2024-02-01', '2024-02-29'],
    ['tháng 02/2023', '2023-02-01', '2023-02-28'],
    ['tháng 7 năm 2024', '2024-07-01', '2024-07-31'],
  ])('%s', (text, start, end) => {
    expect(span(text)).toEqual({ kind: 'month', start, end });
  });
  it('reads "Tháng 6 và tháng 12/2024" as two months', () => {
    const r = read('Tháng 6 và tháng 12/2024');
    expect(r?.kind).toBe('multiple');
    expect(partsOf(r)?.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['month', '2024-06-01', '2024-06-30'],
      ['month', '2024-12-01', '2024-12-31'],
    ]);
  });
  it('starts a backwards month range in the year before', () => {
    expect(span('Tháng 11 - tháng 2/2025')).toEqual({ kind: 'range', start: '2024-11-01', end: '2025-02-28' });
  });
});

describe('parseTimeframe: ongoing', () => {
  it.each(['Thường xuyên', 'Hằng năm', 'Hàng năm', 'Định kỳ', 'Liên tục', 'THƯỜNG XUYÊN.'])('%s', (text) => {
    expect(read(text, 2024)).toEqual({ kind: 'ongoing', start: null, end: null, text });
  });
  it('keeps a yearly cell with a year-less day ongoing', () => {
    expect(span('Hằng năm, trước ngày 15/12', 2024)).toEqual({ kind: 'ongoing', start: null, end: null });
  });
});

describe('parseTimeframe: open-ended', () => {
  it.each([
    ['Năm 2023 và các năm tiếp theo', '2023-01-01'],
    ['Năm 2023 và các năm tiếp theo.', '2023-01-01'],
    ['Từ năm 2024', '2024-01-01'],
    ['Năm 2024 và những năm tiếp theo', '2024-01-01'],
    ['Từ năm 2024 trở đi', '2024-01-01'],
    ['Từ ngày 01/7/2024', '2024-07-01'],
    ['Sau quý I/2024', '2024-04-01'],
  ])('%s', (text, start) => {
    expect(span(text)).toEqual({ kind: 'open-ended', start, end: null });
  });
});

describe('parseTimeframe: ranges', () => {
  it.each([
    ['Giai đoạn 2024 - 2025', '2024-01-01', '2025-12-31'],
    ['Giai đoạn 2024 – 2025', '2024-01-01', '2025-12-31'],
    ['2021-2025', '2021-01-01', '2025-12-31'],
    ['Năm 2024 - 2025', '2024-01-01', '2025-12-31'],
    ['Từ năm 2024 đến năm 2025', '2024-01-01', '2025-12-31'],
    ['Từ tháng 3/2024 đến tháng 6/2024', '2024-03-01', '2024-06-30'],
    ['Từ tháng 3 đến tháng 6/2024', '2024-03-01', '2024-06-30'],
    ['Từ ngày 01/3/2024 đến ngày 30/6/2024', '2024-03-01', '2024-06-30'],
    ['6 tháng đầu năm 2024', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm 2024', '2024-07-01', '2024-12-31'],
    ['9 tháng đầu năm 2024', '2024-01-01', '2024-09-30'],
  ])('%s', (text, start, end) => {
    expect(span(text)).toEqual({ kind: 'range', start, end });
  });
});

describe('parseTimeframe: deadlines and dates', () => {
  it.each([
    ['trước ngày 19/12/2024', '2024-12-19'],
    ['Trước 30/6/2024', '2024-06-30'],
    ['chậm nhất ngày 15/3/2024', '2024-03-15'],
    ['Chậm nhất là ngày 15/3/2024', '2024-03-15'],
    ['Đến hết năm 2024', '2024-12-31'],
    ['Hoàn thành trước ngày 15 tháng 3 năm 2024', '2024-03-15'],
    ['Trước quý III/2024', '2024-06-30'],
    ['Chậm nhất quý II/2024', '2024-06-30'],
    ['Trong vòng 30 ngày kể từ ngày 01/7/2024', '2024-07-31'],
  ])('%s', (text, end) => {
    expect(span(text)).toEqual({ kind: 'deadline', start: null, end });
  });
  it('reads a lone date', () => {
    expect(span('ngày 15/3/2024')).toEqual({ kind: 'date', start: '2024-03-15', end: '2024-03-15' });
  });
  it('reads a date without a year with the document year', () => {
    expect(span('ngày 19/12', 2024)).toEqual({ kind: 'date', start: '2024-12-19', end: '2024-12-19' });
  });
});

describe('parseTimeframe: quarterly and yearly report deadlines', () => {
  const expected = ['2024-03-19', '2024-06-19', '2024-09-19', '2024-12-19'];
  it.each([
    'Báo cáo quý: trước ngày 19 của tháng cuối quý I, II, III; - Báo cáo năm: trước ngày 19/12/2024.',
    '- Báo cáo quý: trước ngày 19 của tháng cuối quý I, II, III; - Báo cáo năm: trước ngày 19/12/2024.',
    '- Báo cáo quý: trước ngày 19 của tháng cuối quý I, II, III;\n- Báo cáo năm: trước ngày 19/12/2024.',
  ])('%s', (text) => {
    const r = read(text);
    expect(r?.kind).toBe('multiple');
    expect(r?.start).toBeNull();
    expect(r?.end).toBe('2024-12-19');
    expect(partsOf(r)?.map((p) => p.kind)).toEqual(['deadline', 'deadline', 'deadline', 'deadline']);
    expect(partsOf(r)?.map((p) => p.end)).toEqual(expected);
  });
  it('takes the quarterly year from the options when the text has none', () => {
    const r = read('Báo cáo quý: trước ngày 19 của tháng cuối quý I, II, III', 2025);
    expect(partsOf(r)?.map((p) => [p.kind, p.end])).toEqual([
      ['deadline', '2025-03-19'],
      ['deadline', '2025-06-19'],
      ['deadline', '2025-09-19'],
    ]);
  });
});

describe('parseTimeframe: conditions', () => {
  it.each([
    'Khi phương án đơn giản hóa TTHC được phê duyệt',
    'Sau khi Quyết định công bố TTHC được ký, ban hành',
    'Theo yêu cầu',
    'Khi có yêu cầu',
    'Khi phát sinh',
    'Trong 30 ngày kể từ ngày Quyết định có hiệu lực',
    // a procedure's time limit, as provincial decisions print it (corpus/input 919fbc8391baa810.md, 856f6487c18d75d0.md)
    'Trong thời hạn không quá 20 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ.',
    'Mười (10) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ',
  ])('%s', (text) => {
    expect(read(text, 2024)).toEqual({ kind: 'conditional', start: null, end: null, text });
  });
  it('reads a condition that mentions a date as a condition', () => {
    expect(span('Khi Nghị định có hiệu lực ngày 01/7/2024')).toEqual({ kind: 'conditional', start: null, end: null });
  });
});

describe('parseTimeframe: mixed cells', () => {
  it('splits at ";"', () => {
    const r = read('Thường xuyên; Sau khi Quyết định công bố TTHC được ký, ban hành');
    expect(r).toMatchObject({ kind: 'multiple', start: null, end: null });
    expect(partsOf(r)).toEqual([
      { kind: 'ongoing', start: null, end: null, text: 'Thường xuyên' },
      { kind: 'conditional', start: null, end: null, text: 'Sau khi Quyết định công bố TTHC được ký, ban hành' },
    ]);
  });
  it('splits at line breaks', () => {
    const r = read('Quý I/2024\nThường xuyên');
    expect(partsOf(r)?.map((p) => p.kind)).toEqual(['quarter', 'ongoing']);
    expect(r).toMatchObject({ kind: 'multiple', start: '2024-01-01', end: '2024-03-31' });
  });
});

describe('parseTimeframe: unreadable input', () => {
  it.each(['', '   ', 'Theo kế hoạch của Bộ', 'Năm 20234', 'Quý I/20234', 'Năm 1800', 'tháng 13/2024'])(
    '%j gives null',
    (text) => {
      expect(read(text, 2024)).toBeNull();
    },
  );
  it('does not read a document number as a time', () => {
    expect(read('Theo Nghị định số 12/2020/NĐ-CP')).toBeNull();
  });
  it('does not hang on long input', () => {
    const long = `Quý ${'I, '.repeat(5000)}${' '.repeat(5000)}/2024 ${'ngày 1 '.repeat(5000)}`;
    const started = Date.now();
    parseTimeframe(long);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('the Timeframe schema', () => {
  const part = { kind: 'quarter', start: '2024-04-01', end: '2024-06-30', text: 'Quý II/2024' } as const;
  it('has parts exactly when the kind is multiple', () => {
    expect(Timeframe.safeParse(part).success).toBe(true);
    expect(Timeframe.safeParse({ ...part, parts: [part, part] }).success).toBe(false);
    expect(Timeframe.safeParse({ kind: 'multiple', start: null, end: null, text: 'Quý II, III/2024' }).success).toBe(false);
    expect(Timeframe.safeParse({ kind: 'multiple', start: '2024-04-01', end: '2024-09-30', text: 'Quý II, III/2024', parts: [part, { ...part, start: '2024-07-01', end: '2024-09-30' }] }).success).toBe(true);
    // a part is one period: never itself "multiple"
    expect(Timeframe.safeParse({ kind: 'multiple', start: null, end: null, text: 'x', parts: [{ ...part, kind: 'multiple' }, part] }).success).toBe(false);
  });
});
