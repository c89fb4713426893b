import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  boundedDistance,
  createUnitRegistry,
  datePeriod,
  defaultUnitEntries,
  defaultUnitRegistry,
  isUnitValidOn,
  resolveUnitEntries,
  tokenizeUnitText,
  wordKey,
  type UnitEntry,
} from './units.js';

const reg = defaultUnitRegistry;

describe('units.json', () => {
  it('has the central units with their BHXH codes', () => {
    const ids = new Set(defaultUnitEntries.map((e) => e.id));
    for (const id of [
      'TST', 'CSXH', 'CSYT', 'TCKT', 'PC', 'CNTT', 'TTTT', 'VP', 'TTLT', 'CSKH', 'KHĐT', 'TĐKT', 'TCCB', 'TTKT',
      'ĐTQ', 'HTQT', 'GĐĐT', 'TCBH', 'TĐT', 'DAĐTXD', 'QLT',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('is well formed: ISO periods in order, names unique within a period, a note on every unconfirmed fact', () => {
    for (const e of defaultUnitEntries) {
      for (const d of [e.validFrom, e.validTo]) if (d != null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (e.validFrom && e.validTo) expect(e.validFrom <= e.validTo).toBe(true);
      if (/unconfirmed/u.test(e.note ?? '')) expect(e.note?.length).toBeGreaterThan(20);
    }
    // the same name twice only for different periods
    const byName = new Map<string, UnitEntry[]>();
    for (const e of defaultUnitEntries) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    for (const [, list] of byName) {
      for (const a of list) for (const b of list) {
        if (a === b) continue;
        const overlap = (a.validFrom ?? '0000') <= (b.validTo ?? '9999') && (b.validFrom ?? '0000') <= (a.validTo ?? '9999');
        if (overlap) expect(a.id === b.id || a.validTo !== null || b.validTo !== null, a.name).toBe(true);
      }
    }
  });

  it('reads every entry back from its own name, on a date of its period', () => {
    for (const e of defaultUnitEntries) {
      const date = e.validFrom ?? (e.validTo ? e.validTo : '2024-01-01');
      expect(reg.entriesByAlias(e.name), e.name).toContain(e);
      for (const a of [...(e.aliases ?? []), ...(e.listAliases ?? [])]) expect(reg.entriesByAlias(a), a).toContain(e);
      const r = reg.byAlias(e.name, date);
      expect(r?.outOfPeriod, e.name).toBe(false);
    }
  });

  it('keeps every unit name, code and alias out of the TypeScript code', () => {
    const strip = (src: string) => {
      let out = '';
      for (let at = 0; at < src.length; ) {
        const open = src.indexOf('/*', at);
        if (open < 0) {
          out += src.slice(at);
          break;
        }
        out += src.slice(at, open);
        const close = src.indexOf('*/', open + 2);
        at = close < 0 ? src.length : close + 2;
      }
      return out
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n');
    };
    const literals = (src: string) => [...strip(src).matchAll(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g)].map((m) => m[0].slice(1, -1));
    const forms = new Set<string>();
    for (const e of defaultUnitEntries) {
      forms.add(e.name);
      if (e.id) forms.add(e.id);
      for (const a of [...(e.aliases ?? []), ...(e.listAliases ?? [])]) forms.add(a);
    }
    const hits: string[] = [];
    for (const file of ['src/registry/units.ts', 'src/extract/units.ts']) {
      const lits = literals(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
      expect(lits.length).toBeGreaterThan(10);
      for (const lit of lits) {
        for (const f of forms) {
          if (f.length <= 4 ? lit === f : lit.toLowerCase().includes(f.toLowerCase())) hits.push(`${file}: "${lit}" names ${f}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('keys', () => {
  it('compares words by letters and tone wherever the tone mark is placed', () => {
    expect(wordKey('hoá')).toBe(wordKey('hóa'));
    expect(wordKey('Thuỷ')).toBe(wordKey('thủy'));
    expect(wordKey('thu')).not.toBe(wordKey('thư'));
    expect(wordKey('sổ')).not.toBe(wordKey('số'));
    expect(wordKey('Đ'.normalize('NFD'))).toBe(wordKey('đ'));
  });

  it('tokenises words and marks with offsets into the text as given, NFD included', () => {
    const text = ' Vụ  Tài chính -\nKế toán,'.normalize('NFD');
    const toks = tokenizeUnitText(text);
    expect(toks.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'punct', 'word', 'word', 'punct']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[4]?.newline).toBe(true);
    expect(toks[0]?.upper).toBe(true);
    expect(tokenizeUnitText('Thu – Sổ')[1]?.key).toBe('-');
  });

  it('bounds the edit distance', () => {
    expect(boundedDistance('tạp chí bhhh', 'tạp chí bhxh', 2)).toBe(1);
    expect(boundedDistance('ab', 'ba', 1)).toBe(1);
    expect(boundedDistance('bộ y tế', 'sở nội vụ', 2)).toBe(3);
  });
});

describe('lookups', () => {
  it('finds an alias whatever the case, spacing, dashes and optional punctuation', () => {
    for (const text of [
      'Ban Quản lý Thu - Sổ, Thẻ',
      'Ban Quản lý Thu - Sổ thẻ',
      'ban quản lý thu -sổ,thẻ',
      'Ban  Quản lý\nThu – Sổ, thẻ',
      'Ban Quản lý Thu - Sổ, Thẻ'.normalize('NFD'),
    ]) {
      expect(reg.byAlias(text, '2024-05-01')?.entry.id, text).toBe('TST');
    }
    expect(reg.byAlias('Vụ Thanh tra kiểm tra')?.entry.id).toBe('TTKT');
    expect(reg.byAlias('Vụ Thanh tra - Kiểm tra')?.entry.name).toBe('Vụ Thanh tra - Kiểm tra');
    expect(reg.byAlias('Văn phòng BHXH Việt Nam')?.entry.id).toBe('VP');
    expect(reg.byAlias('Trung tâm Giám định BHYT và Thanh toán đa tuyến')?.entry.id).toBe('GĐĐT');
    expect(reg.byAlias('Vụ Kế hoạch và Đầu tư')?.entry.id).toBe('KHĐT');
    expect(reg.byAlias('Sở Du lịch')).toBeNull();
    expect(reg.byAlias('Sở Y tế')?.entry.kind).toBe('provincial-department');
    expect(reg.byAlias('Văn phòng Chính phủ')?.entry.kind).toBe('ministry-level');
    expect(reg.byAlias('')).toBeNull();
  });

  it('expands the registered abbreviations both ways', () => {
    expect(reg.byAlias('Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương')?.entry.name).toBe('BHXH các tỉnh, thành phố');
    expect(reg.byAlias('BHXH các tỉnh, thành phố trực thuộc TW')?.entry.collective).toBe(true);
    expect(reg.byAlias('Trung tâm Công nghệ thông tin', '2023-01-01')?.entry.id).toBe('CNTT');
    expect(reg.byAlias('Tạp chí Bảo hiểm xã hội')?.entry.id).toBe('TCBH');
    expect(reg.byAlias('Trường Đào tạo nghiệp vụ Bảo hiểm xã hội')?.entry.id).toBe('TĐT');
  });

  it('has the collective names, without an id', () => {
    for (const [text, name] of [
      ['BHXH tỉnh, thành phố', 'BHXH các tỉnh, thành phố'],
      ['BHXH các tỉnh', 'BHXH các tỉnh, thành phố'],
      ['BHXH tỉnh', 'BHXH các tỉnh, thành phố'],
      ['BHXH cấp tỉnh', 'BHXH các tỉnh, thành phố'],
      ['BHXH các tỉnh, thành phố trực thuộc Trung ương', 'BHXH các tỉnh, thành phố'],
      ['Các đơn vị có liên quan', 'Các đơn vị liên quan'],
      ['các đơn vị liên quan', 'Các đơn vị liên quan'],
      ['Các đơn vị', 'Các đơn vị trực thuộc BHXH Việt Nam'],
      ['Các đơn vị nghiệp vụ của BHXH Việt Nam', 'Các đơn vị trực thuộc BHXH Việt Nam'],
    ]) {
      const r = reg.byAlias(text ?? '');
      expect(r?.entry.name, text).toBe(name);
      expect(r?.entry.id).toBeNull();
      expect(r?.entry.collective).toBe(true);
    }
  });

  it('knows units without a code', () => {
    const r = reg.byAlias('Vụ Kiểm toán nội bộ', '2023-01-18');
    expect(r?.entry.id).toBeNull();
    expect(r?.entry.name).toBe('Vụ Kiểm toán nội bộ');
    expect(r?.outOfPeriod).toBe(false);
  });
});

describe('periods', () => {
  it('reads partial dates as periods', () => {
    expect(datePeriod('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(datePeriod('2025-03')).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(datePeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(datePeriod('2024-13')).toBeNull();
    expect(datePeriod('2024-02-30')).toBeNull();
    expect(datePeriod('2025-03-01')).toEqual({ from: '2025-03-01', to: '2025-03-01' });
    expect(datePeriod('ngày 1')).toBeNull();
    expect(datePeriod(null)).toBeNull();
  });

  it('reads a code by the date: TST until the 2025 reorganisation, QLT from then', () => {
    expect(reg.byId('TST', '2024-05-01')).toMatchObject({ entry: { id: 'TST' }, outOfPeriod: false });
    expect(reg.byId('TST', '2025-02-28')?.outOfPeriod).toBe(false);
    expect(reg.byId('TST', '2025-03-01')?.outOfPeriod).toBe(true);
    expect(reg.byId('QLT', '2025-06-01')).toMatchObject({ entry: { id: 'QLT' }, outOfPeriod: false });
    expect(reg.byId('QLT', '2024-06-01')?.outOfPeriod).toBe(true);
    expect(reg.byAlias('Vụ Thi đua - Khen thưởng', '2025-06-01')?.outOfPeriod).toBe(true);
    expect(reg.byAlias('Vụ Thi đua - Khen thưởng', '2023-06-01')?.outOfPeriod).toBe(false);
  });

  it('picks the entry of the period when a code or name was reused', () => {
    expect(reg.byId('CNTT', '2024-01-01')?.entry.name).toBe('Trung tâm Công nghệ thông tin');
    expect(reg.byId('CNTT', '2025-06-01')?.entry.name).toBe('Trung tâm Công nghệ thông tin và Chuyển đổi số');
    expect(reg.byAlias('Trung tâm CNTT', '2025-06-01')?.entry.name).toBe('Trung tâm Công nghệ thông tin và Chuyển đổi số');
    expect(reg.byId('TTTT', '2024-01-01')?.entry.name).toBe('Trung tâm Truyền thông');
    expect(reg.byId('TTTT', '2012-04-13')?.entry.name).toBe('Trung tâm Thông tin');
    expect(reg.byAlias('Trung tâm Lưu trữ', '2024-01-01')?.entry.id).toBe('TTLT');
    expect(reg.byId('PC', '2025-06-01')?.entry.name).toBe('Ban Pháp chế');
    expect(reg.byId('vp')?.entry.id).toBe('VP');
  });

  it('accepts any period without a date, preferring the longest-standing entry', () => {
    expect(reg.byId('TST')?.outOfPeriod).toBe(false);
    expect(reg.byId('QLT', null)?.outOfPeriod).toBe(false);
    expect(reg.byId('CNTT', null)?.entry.name).toBe('Trung tâm Công nghệ thông tin');
    expect(reg.byId('TTTT', null)?.entry.name).toBe('Trung tâm Truyền thông');
    expect(reg.byAlias('Trung tâm Lưu trữ', null)?.entry.id).toBe('TTLT');
    expect(reg.byId('CNTT', 'not a date')?.outOfPeriod).toBe(false);
  });

  it('falls back to the nearest period, flagged', () => {
    const a: UnitEntry = { id: 'A', name: 'Ban A', validFrom: '2010-01-01', validTo: '2012-12-31' };
    const b: UnitEntry = { id: 'A', name: 'Ban A mới', validFrom: '2020-01-01', validTo: '2021-12-31' };
    expect(resolveUnitEntries([a, b], '2014-01-01')).toEqual({ entry: a, outOfPeriod: true });
    expect(resolveUnitEntries([a, b], '2019-01-01')).toEqual({ entry: b, outOfPeriod: true });
    expect(resolveUnitEntries([a, b], '2023-01-01')).toEqual({ entry: b, outOfPeriod: true });
    expect(resolveUnitEntries([a, b], '2011')).toEqual({ entry: a, outOfPeriod: false });
    expect(resolveUnitEntries([], '2011')).toBeNull();
    expect(isUnitValidOn(a, '2012-12-31')).toBe(true);
    expect(isUnitValidOn(a, '2013-01-01')).toBe(false);
    expect(isUnitValidOn(a, null)).toBe(true);
  });
});

describe('extending and replacing', () => {
  const mine: UnitEntry[] = [
    { id: 'BHXH-HN', name: 'Bảo hiểm xã hội thành phố Hà Nội', aliases: ['BHXH thành phố Hà Nội', 'BHXH TP Hà Nội'] },
  ];

  it('extends the default registry', () => {
    const a = createUnitRegistry([...defaultUnitEntries, ...mine]);
    const b = defaultUnitRegistry.extend(mine);
    for (const r of [a, b]) {
      expect(r.byAlias('BHXH thành phố Hà Nội')?.entry.id).toBe('BHXH-HN');
      expect(r.byAlias('Bảo hiểm xã hội TP. Hà Nội')).toBeNull();
      expect(r.byAlias('Bảo hiểm xã hội TP Hà Nội')?.entry.id).toBe('BHXH-HN');
      expect(r.byId('TST')?.entry.id).toBe('TST');
    }
    expect(defaultUnitRegistry.byAlias('BHXH thành phố Hà Nội')).toBeNull();
  });

  it('replaces it', () => {
    const r = createUnitRegistry(mine);
    expect(r.entries).toHaveLength(1);
    expect(r.byId('TST')).toBeNull();
    expect(r.byId('BHXH-HN')?.entry.name).toBe('Bảo hiểm xã hội thành phố Hà Nội');
  });

  it('rejects malformed entries with a TypeError', () => {
    expect(() => createUnitRegistry([{ id: 'X', name: '' }])).toThrow(TypeError);
    expect(() => createUnitRegistry([{ id: 'X', name: 'Ban X', validFrom: '01/03/2025' }])).toThrow(/ISO/);
    expect(() => createUnitRegistry([{ id: 'X', name: 'Ban X', validFrom: '2025-03-01', validTo: '2024-01-01' }])).toThrow(/after/);
    expect(() => createUnitRegistry([{ id: 'X', name: 'Ban X', aliases: 'Ban Y' as unknown as string[] }])).toThrow(TypeError);
  });
});
