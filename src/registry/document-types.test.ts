import { describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold.js';
import {
  documentTypeByCode,
  documentTypeByHeading,
  documentTypeByName,
  documentTypes,
  issuerByCode,
  issuers,
  lawByName,
  lawByNumber,
  lawNames,
  laws,
  officialLetterType,
} from './document-types.js';

describe('document types', () => {
  it('has every code of Decree 30/2020 Appendix III', () => {
    const decree30: Record<string, string> = {
      NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định', TC: 'Thông cáo',
      TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án', ĐA: 'Đề án',
      DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện',
      BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu',
      GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo', SY: 'Bản sao y',
      TrS: 'Bản trích sao', SL: 'Bản sao lục',
    };
    for (const [code, name] of Object.entries(decree30)) {
      const t = documentTypeByCode(code, '2024-01-01');
      expect(t?.name, code).toBe(name);
      expect(t?.state, code).toBe(true);
    }
  });

  it('has the normative and Party types', () => {
    expect(documentTypeByCode('NĐ')).toMatchObject({ name: 'Nghị định', kind: 'decree', normative: true });
    expect(documentTypeByCode('TT')).toMatchObject({ name: 'Thông tư', kind: 'circular', normative: true });
    expect(documentTypeByCode('TTLT')).toMatchObject({ name: 'Thông tư liên tịch', kind: 'joint-circular', joint: true });
    expect(documentTypeByCode('L')).toMatchObject({ name: 'Luật', kind: 'law' });
    expect(documentTypeByCode('PL')).toMatchObject({ name: 'Pháp lệnh', kind: 'ordinance' });
    expect(documentTypeByCode('VBHN')).toMatchObject({ name: 'Văn bản hợp nhất', kind: 'consolidated-text' });
    expect(documentTypeByCode('KL', null, { party: true })).toMatchObject({ name: 'Kết luận', kind: 'conclusion', party: true });
    expect(documentTypeByCode('NQ', null, { party: true })).toMatchObject({ name: 'Nghị quyết', party: true });
    expect(documentTypeByCode('QĐi', null, { party: true })).toMatchObject({ name: 'Quy định', party: true, state: false });
    expect(documentTypeByCode('NQ')?.normative).toBe(true);
    expect(documentTypeByCode('CĐ')?.normative).toBe(false);
  });

  it('reads TT as Thông tư in state numbers and Thông tri in Party numbers', () => {
    expect(documentTypeByCode('TT', null, { party: false })?.name).toBe('Thông tư');
    expect(documentTypeByCode('TT', null, { party: true })?.name).toBe('Thông tri');
  });

  it('reads a code by its period: Circular 01/2011 codes before 2020-03-05', () => {
    expect(documentTypeByCode('UQ', '2019-05-01')).toMatchObject({ name: 'Giấy ủy quyền', validTo: '2020-03-04' });
    expect(documentTypeByCode('GUQ', '2021-05-01')).toMatchObject({ name: 'Giấy ủy quyền', validFrom: '2020-03-05' });
    expect(documentTypeByCode('NP', '2018-01-01')?.name).toBe('Giấy nghỉ phép');
    // an old code cited later is still known
    expect(documentTypeByCode('UQ', '2024-01-01')?.name).toBe('Giấy ủy quyền');
  });

  it('reads a code typed without its diacritic', () => {
    expect(documentTypeByCode('ND')?.code).toBe('NĐ');
    expect(documentTypeByCode('QD')?.code).toBe('QĐ');
    expect(documentTypeByCode('BHXH')).toBeUndefined();
  });

  it('has Công văn with no code and no heading', () => {
    expect(officialLetterType()).toMatchObject({ name: 'Công văn', code: null, heading: null, kind: 'official-letter' });
    expect(documentTypeByName('Công văn')?.kind).toBe('official-letter');
  });

  it('looks types up by name and heading', () => {
    expect(documentTypeByName('thông tư  liên tịch')?.code).toBe('TTLT');
    expect(documentTypeByName('Kết luận')?.code).toBe('KL');
    expect(documentTypeByName('Thông báo kết luận')?.code).toBe('TB');
    expect(documentTypeByHeading('QUYẾT ĐỊNH')).toMatchObject({ name: 'Quyết định', code: 'QĐ', kind: 'decision' });
    expect(documentTypeByHeading('CÔNG ĐIỆN')).toMatchObject({ name: 'Công điện', kind: 'dispatch' });
    expect(documentTypeByHeading('KẾ HOẠCH')?.kind).toBe('plan');
    expect(documentTypeByHeading('QUYẾT ĐỊNH:')).toBeUndefined();
    expect(documentTypeByHeading('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeUndefined();
  });

  it('has no two entries with the same code, system and period', () => {
    const seen = new Set<string>();
    for (const t of documentTypes()) {
      if (!t.code) continue;
      for (const system of ['state', 'party'] as const) {
        if (!t[system]) continue;
        const key = `${t.code}|${system}|${t.validFrom}|${t.validTo}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });
});

describe('issuers', () => {
  it('reads the codes of DOMAIN.md', () => {
    const expected: Record<string, string> = {
      CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ', VPCP: 'Văn phòng Chính phủ', BTC: 'Bộ Tài chính', BYT: 'Bộ Y tế',
      BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội', BNV: 'Bộ Nội vụ', BCA: 'Bộ Công an',
      BTTTT: 'Bộ Thông tin và Truyền thông', TW: 'Ban Chấp hành Trung ương', BCSĐ: 'Ban cán sự đảng',
      BHXH: 'Bảo hiểm xã hội', UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân',
    };
    for (const [code, name] of Object.entries(expected)) expect(issuerByCode(code)?.name, code).toBe(name);
    expect(issuerByCode('VPTW')?.party).toBe(true);
    expect(issuerByCode('TW')?.party).toBe(true);
    expect(issuerByCode('CP')?.party).toBe(false);
  });

  it('reads numbered bodies with their term', () => {
    expect(issuerByCode('QH15')).toMatchObject({ code: 'QH15', name: 'Quốc hội khóa XV', term: 15 });
    expect(issuerByCode('QH13')?.name).toBe('Quốc hội khóa XIII');
    expect(issuerByCode('UBTVQH14')).toMatchObject({ name: 'Ủy ban Thường vụ Quốc hội khóa XIV', term: 14 });
    expect(issuerByCode('QH')).toBeUndefined();
    expect(issuerByCode('QHX')).toBeUndefined();
  });

  it('returns undefined for an unknown code', () => {
    expect(issuerByCode('XYZ')).toBeUndefined();
    expect(issuerByCode('')).toBeUndefined();
  });

  it('has unique codes', () => {
    const codes = issuers().map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('laws', () => {
  it('lists the laws cited by name, commas included', () => {
    const names = lawNames();
    for (const n of ['Luật Bảo hiểm xã hội', 'Luật BHXH', 'Luật Bảo hiểm y tế', 'Luật BHYT', 'Luật Việc làm',
      'Luật An toàn, vệ sinh lao động', 'Luật Dược', 'Luật Đầu tư công', 'Luật Khám bệnh, chữa bệnh', 'Luật Cư trú',
      'Luật Thi đua, khen thưởng', 'Luật Doanh nghiệp', 'Luật Quản lý thuế'])
      expect(names, n).toContain(n);
  });

  it('looks laws up by any of their names, white space and case aside', () => {
    expect(lawByName('Luật BHXH')?.name).toBe('Luật Bảo hiểm xã hội');
    expect(lawByName('luật  bhyt')?.name).toBe('Luật Bảo hiểm y tế');
    expect(lawByName('Luật Khám bệnh,\n  chữa bệnh')?.name).toBe('Luật Khám bệnh, chữa bệnh');
    expect(lawByName('Luật An toàn vệ sinh lao động')?.name).toBe('Luật An toàn, vệ sinh lao động');
    expect(lawByName('Luật Không Có')).toBeUndefined();
  });

  it('knows the numbers of some laws', () => {
    expect(lawByNumber('58/2014/QH13')?.name).toBe('Luật Bảo hiểm xã hội');
    expect(lawByNumber('06/2022/QH15')?.name).toBe('Luật Thi đua, khen thưởng');
    expect(lawByNumber('68/2022/QH15')).toBeUndefined();
  });

  it('has each name and number once', () => {
    const keys = laws().flatMap((l) => [l.name, ...l.aliases]).map(foldKey);
    expect(new Set(keys).size).toBe(keys.length);
    const numbers = laws().flatMap((l) => l.numbers);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('dates only its own numbers, each in the year its number says', () => {
    for (const l of laws()) {
      for (const [number, date] of Object.entries(l.dates ?? {})) {
        expect(l.numbers).toContain(number);
        expect(date.slice(0, 4)).toBe(number.split('/')[1]);
      }
    }
    expect(laws().length).toBeGreaterThan(150);
  });
});
