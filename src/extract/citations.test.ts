import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../schema/decision.js';
import { CITATION_PATTERNS, extractCitations } from './citations.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

// as the gold checker compares: white space removed, upper case
const normId = (s: string | null): string | null => (s === null ? null : s.normalize('NFC').replace(/\s+/gu, '').toUpperCase());
const fold = (s: string | null): string | null =>
  s === null ? null : s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
function find(citations: Citation[], id: string): Citation | undefined {
  const key = normId(id);
  return citations.find((c) => normId(c.id) === key || normId(c.number) === key);
}
const ids = (text: string, options = {}) => extractCitations(text, options).citations.map((c) => c.id);
const only = (text: string, options = {}) => {
  const { citations } = extractCitations(text, options);
  expect(citations).toHaveLength(1);
  return citations[0] as Citation;
};

type Fact = [target: string, op: 'date' | 'type' | 'mentionsAtLeast', want: string | number];

/** Every citation fact of gold/seeds.json, plus the type of 990/BHXH-CNTT. */
const FACTS: Record<string, Fact[]> = {
  'qd-40-qd-bhxh-2023.txt': [
    ['89/2020/NĐ-CP', 'date', '2020-08-04'],
    ['89/2020/NĐ-CP', 'type', 'Nghị định'],
    ['01/NQ-CP', 'date', '2023-01-06'],
    ['749/QĐ-TTg', 'date', '2020-06-03'],
    ['125/NQ-CP', 'date', '2018-10-08'],
    ['20-NQ/TW', 'date', '2017-10-25'],
    ['546/QĐ-TTg', 'date', '2022-04-29'],
    ['69/NQ-CP', 'date', '2022-05-19'],
    ['68/2022/QH15', 'type', 'Nghị quyết'],
    ['861/QĐ-TTg', 'type', 'Quyết định'],
    ['3618/QĐ-BHXH', 'date', '2022-12-12'],
    ['130/QĐ-BYT', 'date', '2023-01-18'],
    ['107/2021/NĐ-CP', 'type', 'Nghị định'],
    ['856/QĐ-TTg', 'date', '2019-07-10'],
    ['123/QĐ-BHXH', 'date', '2022-01-28'],
    ['28-NQ/TW', 'type', 'Nghị quyết'],
  ],
  'cv-09-bhxh-tdkt-2023.txt': [
    ['19/CT-TTg', 'date', '2021-07-16'],
    ['1320/QĐ-BHXH', 'date', '2020-10-23'],
    ['06/2022/QH15', 'date', '2022-06-15'],
    ['06/2022/QH15', 'type', 'Luật'],
    ['28-NQ/TW', 'date', '2018-05-23'],
    ['125/NQ-CP', 'date', '2018-10-08'],
    ['20-NQ/TW', 'date', '2017-10-25'],
  ],
  'phu-luc-kiem-soat-tthc-2024.txt': [
    ['1333/QĐ-BHXH', 'date', '2023-09-25'],
    ['01/2023/TT-VPCP', 'type', 'Thông tư'],
    ['42/2022/NĐ-CP', 'type', 'Nghị định'],
    ['766/QĐ-TTg', 'date', '2022-06-23'],
    ['206/QĐ-TTg', 'date', '2024-02-28'],
    ['104/QĐ-TTg', 'date', '2024-01-25'],
  ],
  'qd-1177-qd-bhxh-2023.txt': [
    ['362-NQ/BCSĐ', 'date', '2023-05-12'],
    ['362-NQ/BCSĐ', 'mentionsAtLeast', 8],
    ['45/2020/NĐ-CP', 'date', '2020-04-08'],
    ['107/2021/NĐ-CP', 'date', '2021-12-06'],
    ['990/BHXH-CNTT', 'date', '2023-04-10'],
    ['990/BHXH-CNTT', 'type', 'Công văn'],
  ],
  'qd-2422-qd-bhxh-2020.txt': [
    ['89/2020/NĐ-CP', 'date', '2020-08-04'],
    ['70-KL/TW', 'date', '2020-03-09'],
    ['70-KL/TW', 'type', 'Kết luận'],
    ['134/NQ-CP', 'date', '2020-09-25'],
    ['250/QĐ-TTg', 'date', '2013-01-29'],
  ],
};

/** The gold's `citations titles` checks: a citation's title or a mention's text, folded. */
const TITLES: Record<string, string[]> = {
  'qd-40-qd-bhxh-2023.txt': ['Luật BHXH', 'Luật BHYT', 'Luật Việc làm', 'Luật An toàn, vệ sinh lao động', 'Luật Dược', 'Luật Đầu tư công', 'Luật Khám bệnh, chữa bệnh'],
  'qd-1177-qd-bhxh-2023.txt': ['Luật Cư trú'],
};

const SELF: Record<string, string | null> = {
  'qd-40-qd-bhxh-2023.txt': '40/QĐ-BHXH',
  'cv-09-bhxh-tdkt-2023.txt': '09/BHXH-TĐKT',
  'phu-luc-kiem-soat-tthc-2024.txt': null,
  'qd-1177-qd-bhxh-2023.txt': '1177/QĐ-BHXH',
  'qd-2422-qd-bhxh-2020.txt': '2422/QĐ-BHXH',
};

describe('extractCitations on the seed documents', () => {
  it('has the fixtures', () => {
    expect(fixtureNames.sort()).toEqual(Object.keys(FACTS).sort());
  });

  for (const [file, facts] of Object.entries(FACTS)) {
    describe(file, () => {
      // the self number as the pipeline passes it, and left to be read from the header
      for (const self of [SELF[file], undefined]) {
        const { citations } = extractCitations(fixture(file), { self });
        for (const [id, op, want] of facts) {
          it(`${id} ${op} ${want} (self ${self === undefined ? 'read from the header' : String(self)})`, () => {
            const c = find(citations, id);
            expect(c, `no citation ${id}`).toBeDefined();
            if (op === 'date') expect(c?.date).toBe(want);
            else if (op === 'type') expect(fold(c?.type ?? null)).toBe(fold(String(want)));
            else expect(c?.mentions.length).toBeGreaterThanOrEqual(Number(want));
          });
        }
      }

      it('has the laws cited by name', () => {
        const { citations } = extractCitations(fixture(file));
        const have = new Set(citations.flatMap((c) => [c.title, ...c.mentions.map((m) => m.text)]).map(fold));
        for (const title of TITLES[file] ?? []) expect(have.has(fold(title)), title).toBe(true);
      });

      it('does not cite the document itself', () => {
        const self = SELF[file];
        for (const options of [{ self }, {}]) {
          const { citations } = extractCitations(fixture(file), options);
          if (self) expect(find(citations, self)).toBeUndefined();
        }
      });

      it('reports no problem', () => {
        expect(extractCitations(fixture(file), { self: SELF[file] }).problems).toEqual([]);
      });
    });
  }

  it('gives every mention the exact text between its offsets', () => {
    let count = 0;
    for (const file of fixtureNames) {
      const text = fixture(file);
      for (const c of extractCitations(text).citations) {
        expect(c.mentions.length).toBeGreaterThan(0);
        for (const m of c.mentions) {
          expect(m.start).toBeLessThan(m.end);
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.text).toBe(m.text.trim());
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('gives mentions of one document one citation, in order', () => {
    for (const file of fixtureNames) {
      const { citations } = extractCitations(fixture(file));
      const seen = new Set<string>();
      for (const c of citations) {
        expect(seen.has(c.id)).toBe(false);
        seen.add(c.id);
        const starts = c.mentions.map((m) => m.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });

  it('merges the mentions of Luật BHXH, Luật BHYT with the canonical names', () => {
    const { citations } = extractCitations(fixture('qd-40-qd-bhxh-2023.txt'));
    const bhyt = find(citations, 'Luật Bảo hiểm y tế');
    expect(bhyt?.type).toBe('Luật');
    expect(bhyt?.mentions.map((m) => fold(m.text))).toContain('luật bhyt');
    expect(bhyt?.mentions.map((m) => fold(m.text))).toContain('luật bảo hiểm y tế');
    const kbcb = find(citations, 'Luật Khám bệnh, chữa bệnh');
    expect(kbcb?.mentions[0]?.text).toBe('Luật Khám bệnh,\n  chữa bệnh');
  });

  it('reads the pinpoints of the appendix', () => {
    const { citations } = extractCitations(fixture('phu-luc-kiem-soat-tthc-2024.txt'));
    expect(find(citations, '1333/QĐ-BHXH')?.mentions[0]?.pinpoint).toBe('điểm b khoản 2 Điều 14');
    expect(find(citations, '104/QĐ-TTg')?.mentions[0]?.pinpoint).toBe('điểm a khoản 2 mục III');
  });

  it('reads the repaired Party number and the spaced one', () => {
    const qd40 = extractCitations(fixture('qd-40-qd-bhxh-2023.txt')).citations;
    expect(find(qd40, '28-NQ/TW')?.mentions.some((m) => m.text.endsWith('28-NQ-TW'))).toBe(true);
    expect(qd40.some((c) => c.id === '28-NQ-TW')).toBe(false);
    const qd1177 = extractCitations(fixture('qd-1177-qd-bhxh-2023.txt')).citations;
    expect(find(qd1177, '362-NQ/BCSĐ')?.mentions.some((m) => m.text.endsWith('362- NQ/BCSĐ'))).toBe(true);
  });

  it('reads the law cited by name and number as one citation', () => {
    const c = find(extractCitations(fixture('cv-09-bhxh-tdkt-2023.txt')).citations, '06/2022/QH15');
    expect(c).toMatchObject({ type: 'Luật', title: 'Luật Thi đua, khen thưởng', issuerCode: 'QH15', issuer: 'Quốc hội khóa XV' });
    expect(c?.mentions[0]?.text).toBe('Luật\nThi đua, khen thưởng số 06/2022/QH15');
  });

  it('does not read "pháp luật BHXH" as the Luật BHXH', () => {
    const { citations } = extractCitations(fixture('cv-09-bhxh-tdkt-2023.txt'));
    expect(citations.some((c) => c.mentions.some((m) => m.text === 'luật BHXH'))).toBe(false);
  });
});

describe('extractCitations: forms of numbered documents', () => {
  it('reads a decree with its number, date, type and issuer', () => {
    const c = only('Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/08/2020 của Chính phủ quy định');
    expect(c).toEqual({
      id: '89/2020/NĐ-CP',
      type: 'Nghị định',
      number: '89/2020/NĐ-CP',
      issuerCode: 'CP',
      issuer: 'Chính phủ',
      date: '2020-08-04',
      title: null,
      mentions: [{ text: 'Nghị định số 89/2020/NĐ-CP', start: 7, end: 33, pinpoint: null }],
    });
  });

  it('reads Party numbers', () => {
    expect(only('Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương')).toMatchObject({
      id: '28-NQ/TW', type: 'Nghị quyết', issuerCode: 'TW', issuer: 'Ban Chấp hành Trung ương', date: '2018-05-23',
    });
    expect(only('Kết luận số 70-KL/TW ngày 9\ntháng 03 năm 2020 của Bộ Chính trị')).toMatchObject({ id: '70-KL/TW', type: 'Kết luận', date: '2020-03-09' });
  });

  it('reads decisions, circulars, directives and official letters', () => {
    expect(only('Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020')).toMatchObject({ type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2020-06-03' });
    expect(only('Thông tư số 01/2023/TT-VPCP')).toMatchObject({ type: 'Thông tư', issuerCode: 'VPCP', issuer: 'Văn phòng Chính phủ' });
    expect(only('Chỉ thị số 19/CT-TTg ngày 16/7/2021')).toMatchObject({ type: 'Chỉ thị', date: '2021-07-16' });
    expect(only('Công văn số 990/BHXH-CNTT ngày 10/4/2023')).toMatchObject({ type: 'Công văn', issuerCode: 'BHXH', date: '2023-04-10' });
    expect(only('Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06/5/2005')).toMatchObject({
      type: 'Thông tư liên tịch', issuerCode: 'BNV-VPCP', issuer: 'Bộ Nội vụ, Văn phòng Chính phủ',
    });
    expect(only('văn bản hợp nhất số 2525/VBHN-BHXH')).toMatchObject({ type: 'Văn bản hợp nhất', id: '2525/VBHN-BHXH' });
  });

  it('reads the National Assembly\'s numbers', () => {
    expect(only('Nghị quyết số 68/2022/QH15 của Quốc hội')).toMatchObject({ type: 'Nghị quyết', issuerCode: 'QH15', issuer: 'Quốc hội khóa XV', date: null });
  });

  it('reads a number without "số"', () => {
    expect(only('giá trị Nghị quyết 134/NQ-CP của Chính phủ')).toMatchObject({ id: '134/NQ-CP', type: 'Nghị quyết' });
  });

  it('reads a number with a stray space or a typo\'d separator', () => {
    expect(only('Nghị quyết số 362- NQ/BCSĐ là nhiệm vụ')).toMatchObject({ id: '362-NQ/BCSĐ', mentions: [{ text: 'Nghị quyết số 362- NQ/BCSĐ' }] });
    expect(only('Nghị quyết số 28-NQ-TW, ')).toMatchObject({ id: '28-NQ/TW', number: '28-NQ/TW' });
  });

  it('reads a number on its own line and a date split over lines', () => {
    const text = 'Căn cứ vào Nghị quyết số\n01/NQ-CP\nngày 06/01/2023 của Chính phủ';
    expect(only(text)).toMatchObject({ id: '01/NQ-CP', date: '2023-01-06', mentions: [{ text: 'Nghị quyết số\n01/NQ-CP' }] });
    expect(only('Quyết định số\n546/QĐ-TTg\nngày\n29/4/2022 của Thủ tướng')).toMatchObject({ date: '2022-04-29' });
    expect(only('Quyết định số 1333/QĐ-BHXH, ngày 25/9/2023')).toMatchObject({ date: '2023-09-25' });
  });

  it('reads raw text with tabs and tags around a citation', () => {
    const text = '\t(<i>điểm b khoản 2 Điều 14 Quyết định số 1333/QĐ-BHXH ngày 25/9/2023</i>).\t';
    expect(only(text)).toMatchObject({ id: '1333/QĐ-BHXH', date: '2023-09-25', mentions: [{ pinpoint: 'điểm b khoản 2 Điều 14' }] });
  });

  it('takes the type of a bare number from the sign', () => {
    expect(only('khi sửa đổi theo 146/NĐ-CP để tăng')).toMatchObject({ type: 'Nghị định', mentions: [{ text: '146/NĐ-CP' }] });
    const { citations } = extractCitations('các Nghị quyết số 28-NQ/TW, 20-NQ/TW và 123/BHXH-CSXH');
    expect(citations.map((c) => [c.id, c.type])).toEqual([
      ['28-NQ/TW', 'Nghị quyết'],
      ['20-NQ/TW', 'Nghị quyết'],
      ['123/BHXH-CSXH', 'Công văn'],
    ]);
  });

  it('reads an old single-code number only after a type word', () => {
    expect(only('Nghị định số 12/CP ngày 26/01/1995 của Chính phủ')).toMatchObject({ id: '12/CP', type: 'Nghị định', issuer: 'Chính phủ', date: '1995-01-26' });
    expect(ids('chia 5/CP và 3/BHXH')).toEqual([]);
  });

  it('prefers the sign\'s code when the words disagree, and reports it', () => {
    const { citations, problems } = extractCitations('theo Quyết định số 12/NQ-CP ngày 01/02/2021');
    expect(citations[0]?.type).toBe('Nghị quyết');
    expect(problems.map((p) => p.code)).toEqual(['citation-type-mismatch']);
    expect(only('Thông báo kết luận số 35-TB/TW')).toMatchObject({ type: 'Thông báo', mentions: [{ text: 'Thông báo kết luận số 35-TB/TW' }] });
  });

  it('reads a law by number: type Luật, title its name', () => {
    expect(only('Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/06/2022')).toMatchObject({
      id: '06/2022/QH15', type: 'Luật', title: 'Luật Thi đua, khen thưởng', date: '2022-06-15',
    });
    // not in the registry: the title as written
    expect(only('Luật Tổ chức Tòa án nhân dân số 62/2014/QH13')).toMatchObject({ type: 'Luật', title: 'Luật Tổ chức Tòa án nhân dân' });
    // known number, no name
    expect(only('Luật số 58/2014/QH13')).toMatchObject({ type: 'Luật', title: 'Luật Bảo hiểm xã hội' });
    expect(only('theo 45/2019/QH14')).toMatchObject({ type: 'Bộ luật', title: 'Bộ luật Lao động' });
  });

  it('makes a law cited by name and by number one citation', () => {
    const c = only('Luật BHXH số 58/2014/QH13 ngày 20/11/2014. Các quy định của Luật BHXH và Luật Bảo hiểm xã hội.');
    expect(c).toMatchObject({ id: '58/2014/QH13', title: 'Luật Bảo hiểm xã hội', date: '2014-11-20' });
    expect(c.mentions.map((m) => m.text)).toEqual(['Luật BHXH số 58/2014/QH13', 'Luật BHXH', 'Luật Bảo hiểm xã hội']);
  });
});

describe('extractCitations: laws cited by name', () => {
  it('reads names with commas whole, and names split over lines', () => {
    const text = 'thực hiện Luật BHXH, Luật\nBHYT, Luật Việc làm, Luật An toàn, vệ sinh lao động; Luật Dược và Luật Khám bệnh,\n  chữa bệnh sửa đổi, Luật Đầu tư công.';
    const { citations } = extractCitations(text);
    expect(citations.map((c) => c.id)).toEqual([
      'Luật Bảo hiểm xã hội',
      'Luật Bảo hiểm y tế',
      'Luật Việc làm',
      'Luật An toàn, vệ sinh lao động',
      'Luật Dược',
      'Luật Khám bệnh, chữa bệnh',
      'Luật Đầu tư công',
    ]);
    expect(citations.flatMap((c) => c.mentions.map((m) => m.text))).toEqual([
      'Luật BHXH',
      'Luật\nBHYT',
      'Luật Việc làm',
      'Luật An toàn, vệ sinh lao động',
      'Luật Dược',
      'Luật Khám bệnh,\n  chữa bệnh',
      'Luật Đầu tư công',
    ]);
    expect(citations[0]).toMatchObject({ type: 'Luật', title: 'Luật Bảo hiểm xã hội', number: null, date: null });
  });

  it('reads a name written without its comma as the registry name', () => {
    expect(only('Luật An toàn vệ sinh lao động')).toMatchObject({ id: 'Luật An toàn, vệ sinh lao động', mentions: [{ text: 'Luật An toàn vệ sinh lao động' }] });
  });

  it('needs the capital of a name: "pháp luật BHXH" is legislation in general', () => {
    expect(ids('chính sách, pháp luật BHXH, BHTN')).toEqual([]);
  });

  it('reads a pinpoint before a law', () => {
    expect(only('theo điểm a khoản 1 Điều 2 Luật BHXH')).toMatchObject({ mentions: [{ text: 'Luật BHXH', pinpoint: 'điểm a khoản 1 Điều 2' }] });
  });

  it('reads a law the registry does not know up to the end of its name, number null', () => {
    // preambles and tasks of 2025–2026 Government documents (corpus/tables)
    const text = 'Căn cứ Luật An ninh dữ liệu ngày 17/6/2025; Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp và các luật có liên quan; Luật Năng lượng sạch, trình Chính phủ; Luật Phòng, chống thiên tai số 33/2013/QH13 và Luật Thủ đô.';
    const { citations } = extractCitations(text);
    expect(citations.map((c) => [c.id, c.type, c.number])).toEqual([
      ['Luật An ninh dữ liệu', 'Luật', null],
      ['Luật Quản lý và đầu tư vốn nhà nước', 'Luật', null],
      ['Luật Năng lượng sạch', 'Luật', null],
      ['33/2013/QH13', 'Luật', '33/2013/QH13'],
      ['Luật Thủ đô', 'Luật', null],
    ]);
    expect(citations[0]!.date).toBe('2025-06-17');
  });

  it('reads the registry name whole, across a line break and up to its parenthesis', () => {
    expect(ids('Luật Trí tuệ nhân tạo và các luật; (Luật Đầu tư công; Luật Quản lý, sử dụng\ntài sản công).')).toEqual([
      'Luật Trí tuệ nhân tạo',
      'Luật Đầu tư công',
      'Luật Quản lý, sử dụng tài sản công',
    ]);
    expect(ids('Luật Đầu tư cùng các văn bản')).toEqual(['Luật Đầu tư']);
    // qd-40/QĐ-BHXH prints the word twice
    expect(ids('xây dựng Dự án Luật Luật Bảo hiểm y tế sửa đổi')).toEqual(['Luật Bảo hiểm y tế']);
    expect(ids('LUẬT VỀ KIỂM SOÁT')).toEqual([]);
  });

  it('ends a name at a number, a date, "năm", "của", "quy định" or the next law', () => {
    expect(ids('theo quy định của Luật Đất đai và Luật Nhà ở')).toEqual(['Luật Đất đai', 'Luật Nhà ở']);
    expect(ids('Bộ luật Hàng hải của Việt Nam quy định')).toEqual(['Bộ luật Hàng hải']);
    expect(ids('Luật Thi hành tạm giữ quy định')).toEqual(['Luật Thi hành tạm giữ']);
    expect(ids('Luật này có hiệu lực; luật Đất đai; ngành Luật')).toEqual([]);
  });

  it('gives a law cited by name and year its number and date from the registry', () => {
    expect(only('Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;')).toMatchObject({ id: '58/2014/QH13', number: '58/2014/QH13', date: '2014-11-20', title: 'Luật Bảo hiểm xã hội' });
    expect(only('theo Luật Đất đai năm 2024')).toMatchObject({ id: '31/2024/QH15', date: '2024-01-18' });
    expect(only('Căn cứ Luật Hải quan ngày 23/6/2014;')).toMatchObject({ id: '54/2014/QH13', date: '2014-06-23' });
    expect(only('Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;')).toMatchObject({ id: '63/2025/QH15', date: '2025-02-18' });
    // two laws of the name passed in one year (65/2025/QH15 in February, 72/2025/QH15 in June): the one of the printed date
    expect(only('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;')).toMatchObject({ id: '72/2025/QH15', date: '2025-06-16' });
    expect(only('Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;')).toMatchObject({ id: 'Luật Tổ chức chính quyền địa phương', number: null });
    // a year the registry has no law of: by name, the printed date kept
    expect(only('Căn cứ Luật Hải quan ngày 14 tháng 6 năm 2005;')).toMatchObject({ id: 'Luật Hải quan', number: null, date: '2005-06-14' });
  });

  it('dates a law cited by number from the registry when the text does not', () => {
    expect(only('Bộ luật Dân sự số 91/2015/QH13')).toMatchObject({ type: 'Bộ luật', date: '2015-11-24', title: 'Bộ luật Dân sự' });
  });
});

describe('extractCitations: amending laws', () => {
  it('titles an amending law from its opener, past the laws it names (Thông tư 11/2026/TT-BCT, vbpl)', () => {
    const text =
      'Căn cứ Luật An toàn thực phẩm số 55/2010/QH12 được sửa đổi, bổ sung một số điều bởi Luật sửa đổi, bổ sung một số điều của 11 Luật có liên quan đến quy hoạch số 28/2018/QH14;';
    const { citations } = extractCitations(text);
    expect(citations.map((c) => [c.number, c.title])).toEqual([
      ['55/2010/QH12', 'Luật An toàn thực phẩm'],
      ['28/2018/QH14', 'Luật sửa đổi, bổ sung một số điều của 11 Luật có liên quan đến quy hoạch'],
    ]);
    expect(citations[1]!.mentions[0]!.text).toBe('Luật sửa đổi, bổ sung một số điều của 11 Luật có liên quan đến quy hoạch số 28/2018/QH14');
  });

  it('does not take the amended law for the amending one', () => {
    const c = only('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13;');
    expect(c).toMatchObject({ number: '46/2014/QH13', type: 'Luật', title: 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế' });
  });

  it('cites an amending law printed with no number by its whole title, not the laws it names (919fbc83, Cần Thơ)', () => {
    const text = '(1) Luật Đê điều ngày\n29/11/2006;\n(2) Luật sửa đổi, bổ sung một\nsố điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020.';
    const { citations } = extractCitations(text);
    expect(citations.map((c) => [c.id, c.number, c.type, c.date, c.mentions.length])).toEqual([
      ['79/2006/QH11', '79/2006/QH11', 'Luật', '2006-11-29', 1],
      ['Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều', null, 'Luật', '2020-06-17', 1],
    ]);
  });

  it('reads a law cited after a clause that ended as its own', () => {
    const { citations } = extractCitations('được sửa đổi theo Luật sửa đổi, bổ sung; Luật Thủy sản số 18/2017/QH14');
    expect(citations.find((c) => c.number === '18/2017/QH14')?.title).toBe('Luật Thủy sản');
  });
});

describe('extractCitations: the issuer and date printed with a citation', () => {
  it('reads the body printed after a Party sign that several bodies sign with (Thông tư 11/2026/TT-BCT, Điều 17)', () => {
    const text =
      'b) Các nguồn lực xã hội hoá theo Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ; Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; Kết luận số 70-KL/TW ngày 31/01/2020';
    const { citations } = extractCitations(text);
    expect(citations.map((c) => [c.id, c.issuer, c.date])).toEqual([
      ['57-NQ/TW', 'Bộ Chính trị', '2024-12-22'],
      ['18-NQ/TW', 'Ban Chấp hành Trung ương', '2017-10-25'],
      ['70-KL/TW', 'Ban Chấp hành Trung ương', '2020-01-31'],
    ]);
  });
  it('reads the body a set of documents is "of" before "trong đó có" the one cited (a Cục Thuế letter, corpus/input 77de8d61b741c666.md)', () => {
    const text = 'Giá đất được xác định trên cơ sở các Quyết định của Ủy ban\nnhân dân tỉnh Vĩnh Phúc, trong đó có Quyết định số 05/2025/QĐ-UBND ngày 17/01/2025';
    expect(only(text)).toMatchObject({ id: '05/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Vĩnh Phúc', date: '2025-01-17' });
    // a line that opens a sentence of its own is no wrap of the name
    expect(only('theo hướng dẫn của Bộ Y tế\nỦy ban nhân dân tỉnh tại Quyết định số 1/QĐ-UBND').issuer).toBe('Ủy ban nhân dân');
  });
  it('reads the body printed after a code every body of a kind signs with, when it is of that kind (44bc41ec, e8652ce5)', () => {
    expect(only('Quyết định số 27/2024/QĐ-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân thành phố Cần Thơ quy định danh mục tài sản').issuer).toBe(
      'Ủy ban nhân dân thành phố Cần Thơ',
    );
    expect(only('Quyết định số 3068/QĐ-UBND ngày 29/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh Nghệ An về việc công bố').issuer).toBe('Chủ tịch Ủy ban nhân dân tỉnh Nghệ An');
    expect(only('Quyết định số 1320/QĐ-BHXH ngày 23/10/2020 của Tổng Giám đốc Bảo hiểm xã hội (BHXH) Việt Nam ban hành Chương trình').issuer).toBe(
      'Tổng Giám đốc Bảo hiểm xã hội Việt Nam',
    );
    expect(only('Kế hoạch số 130/KH-BCĐTKNQ18 ngày 21 tháng 9 năm 2025 của Ban Chỉ đạo của Chính phủ về tổng kết').issuer).toBe('Ban Chỉ đạo của Chính phủ');
    // the text's end ends the name; a body of another kind is the subject, not the issuer
    expect(only('Quyết định số 12/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh Cao Bằng').issuer).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
    expect(only('Quyết định số 12/QĐ-UBND ngày 02/01/2025 của Sở Y tế về việc').issuer).toBe('Ủy ban nhân dân');
  });
  it('reads the body printed after a code the registry does not know (a0079a10: "Tờ trình số … của Sở …")', () => {
    expect(only('Công văn số 2294/CTVPH-HKDCN của Cục Thuế tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) trả lời').issuer).toBe('Cục Thuế tỉnh Vĩnh Phúc');
    expect(only('Tờ trình số 5170/TTr-SNNMT ngày 22 tháng 10 năm 2025 của Sở Nông nghiệp và Môi trường tỉnh Cao Bằng.').issuer).toBe(
      'Sở Nông nghiệp và Môi trường tỉnh Cao Bằng',
    );
    expect(only('Tờ trình số 5170/TTr-SNNMT ngày 22 tháng 10 năm 2025.').issuer).toBeNull();
  });
  it('reads the body printed before the citation: "của <body> tại Tờ trình số …", the subject of a dated clause', () => {
    // the preamble's proposal (a0079a10, dc1e1584) and a letter's account of what was issued (77de8d61, 344b9eec)
    expect(only('Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tỉnh Cao Bằng tại Tờ trình số 5170/TTr-SNNMT ngày 22 tháng 10 năm 2025.').issuer).toBe(
      'Giám đốc Sở Nông nghiệp và Môi trường tỉnh Cao Bằng',
    );
    expect(only('Ngày 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) có Thông báo số 565/TB-CTVPH về việc')).toMatchObject({
      issuer: 'Cục Thuế tỉnh Vĩnh Phúc',
      date: '2025-02-26',
    });
    expect(only('theo thẩm quyền (Ngày 23/10/2025, Ngân hàng Nhà nước Việt Nam tiếp tục ban hành Quyết định số 3539/QĐ-NHNN bổ sung').date).toBe('2025-10-23');
    // "của" that does not end at "tại" right before the mention names no issuer of it
    expect(only('theo đề nghị của Sở Y tế về việc thực hiện Tờ trình số 12/TTr-SYT').issuer).toBeNull();
  });
  it('dates a citation by the date its sentence opens with when the clause says it was issued then (77de8d61)', () => {
    expect(only('Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của Cục Thuế tỉnh Vĩnh Phúc').date).toBe('2024-10-10');
    expect(only('Ngày 05/11/2025, VPCP có Văn bản số 10781/VPCP-CN gửi các Bộ').date).toBe('2025-11-05');
    expect(only('Báo cáo.\nNgày 19/11/2025, Thủ tướng Chính phủ ban hành Quyết định 2530/QĐ-TTg phê duyệt').date).toBe('2025-11-19');
    // the day something happened, a date inside a sentence, a citation's own date printed after it
    expect(only('Ngày 23/9/2025, Thứ trưởng chủ trì họp theo Kế hoạch số 12/KH-BYT').date).toBeNull();
    expect(only('Theo đó ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN').date).toBeNull();
    expect(only('Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN ngày 08/10/2024').date).toBe('2024-10-08');
  });
  it('keeps the code\'s body when the code is one body\'s', () => {
    expect(only('Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Bộ Nội vụ').issuer).toBe('Chính phủ');
  });
  it('dates a law by the date printed with its name when its number\'s year agrees (Quyết định 40/2025/QĐ-TTg)', () => {
    const text = 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; theo quy định tại Điều 19 Luật Biển Việt Nam năm 2012 (sửa đổi, bổ sung tại Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025)';
    const law = extractCitations(text).citations.find((c) => c.id === '72/2025/QH15')!;
    expect([law.date, law.mentions.length]).toEqual(['2025-06-16', 2]);
    const other = extractCitations('Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015').citations;
    expect(other.find((c) => c.id === '72/2025/QH15')?.date ?? null).not.toBe('2015-06-19');
  });
});

describe('extractCitations: numbers broken by the page', () => {
  it('reads a sign with a space after a hyphen as one number (corpus: "38/2015/TT- BTC")', () => {
    expect(only('theo Thông tư số 38/2015/TT- BTC ngày 25/3/2015 của Bộ Tài chính')).toMatchObject({
      id: '38/2015/TT-BTC',
      type: 'Thông tư',
      issuerCode: 'BTC',
      date: '2015-03-25',
      mentions: [{ text: 'Thông tư số 38/2015/TT- BTC' }],
    });
    expect(only('Quyết định số 270/QĐ- TTg ngày 02/4/2024')).toMatchObject({ id: '270/QĐ-TTg', date: '2024-04-02' });
  });
  it('reads a sign that pdf-to-text wrapped at its hyphen as one number (pdftotext -layout of a re-typeset 2530/QĐ-TTg: "08/2022/NĐ-" / "CP")', () => {
    expect(only('của Nghị định số 08/2022/NĐ-\nCP ngày 10 tháng 01 năm 2022 của Chính phủ')).toMatchObject({ id: '08/2022/NĐ-CP', date: '2022-01-10' });
    expect(ids('Công văn số 10704/VPCP-\nKSTT ngày 15/11/2025')).toEqual(['10704/VPCP-KSTT']);
    // a number at a line's end is no sign going on after a break without a hyphen
    expect(ids('Công văn số 123/BHXH\nCSYT ngày 01/02/2025')).toEqual(['123/BHXH']);
  });
  it('does not join a number with the words after a spaced dash', () => {
    expect(ids('Công văn số 123/BHXH-CSYT - Về việc thanh toán')).toEqual(['123/BHXH-CSYT']);
  });
});

describe('extractCitations: pinpoints', () => {
  it('reads the pinpoint before a citation', () => {
    expect(only('điểm b khoản 2 Điều 14 Quyết định số 1333/QĐ-BHXH').mentions[0]?.pinpoint).toBe('điểm b khoản 2 Điều 14');
    expect(only('khoản 1, khoản 2 Điều 5 của Nghị định số 89/2020/NĐ-CP').mentions[0]?.pinpoint).toBe('khoản 1, khoản 2 Điều 5');
    expect(only('điểm a, b khoản 3 Điều 7 Quyết định số 1333/QĐ-BHXH').mentions[0]?.pinpoint).toBe('điểm a, b khoản 3 Điều 7');
    // alternatives are listed as members are: "hoặc" as "và"
    expect(only('theo khoản 3 hoặc khoản 6 Điều 22 Luật BHYT').mentions[0]?.pinpoint).toBe('khoản 3 hoặc khoản 6 Điều 22');
    expect(only('điểm a hoặc b khoản 2 Điều 5 Nghị định số 146/2018/NĐ-CP').mentions[0]?.pinpoint).toBe('điểm a hoặc b khoản 2 Điều 5');
    expect(only('điểm c khoản 3 mục II Phần I Phụ lục I Nghị định số 30/2020/NĐ-CP').mentions[0]?.pinpoint).toBe(
      'điểm c khoản 3 mục II Phần I Phụ lục I',
    );
  });

  it('reads the pinpoint in parentheses after a citation', () => {
    const c = only('kèm theo Quyết định số 104/QĐ-TTg ngày 25/01/2024 của TTCP (điểm a khoản 2 mục III).');
    expect(c.mentions[0]?.pinpoint).toBe('điểm a khoản 2 mục III');
    expect(only('Quyết định số 104/QĐ-TTg (Điều 3)').mentions[0]?.pinpoint).toBe('Điều 3');
  });

  it('reads no pinpoint where there is none', () => {
    expect(only('kèm theo Quyết định số 104/QĐ-TTg (số 22 DM kèm QĐ)').mentions[0]?.pinpoint).toBeNull();
    expect(only('Chương trình hành động thực hiện Quyết định số 104/QĐ-TTg').mentions[0]?.pinpoint).toBeNull();
    expect(only('tại Phụ lục kèm theo Quyết định số 104/QĐ-TTg').mentions[0]?.pinpoint).toBeNull();
    expect(only('các nhiệm vụ kèm theo Quyết định số 104/QĐ-TTg').mentions[0]?.pinpoint).toBeNull();
  });

  it('reads the numbered part issued with the document as its pinpoint (Thông tư 11/2026/TT-BCT, vbpl)', () => {
    const text = 'theo quy định tại Phụ lục IV ban hành kèm theo Nghị định số 46/2026/NĐ-CP.';
    expect(only(text).mentions[0]?.pinpoint).toBe('Phụ lục IV');
    expect(only('mục II Phụ lục I kèm theo Thông tư số 01/2025/TT-BYT').mentions[0]?.pinpoint).toBe('mục II Phụ lục I');
  });
});

describe('extractCitations: defined short names', () => {
  it('makes later uses of a defined short name mentions of the citation', () => {
    const text = 'Căn cứ Nghị quyết số 28-NQ/TW ngày 23/5/2018 (sau đây gọi tắt là Nghị quyết 28); thực hiện Nghị quyết 28 và Nghị quyết 285.';
    const c = only(text);
    expect(c.id).toBe('28-NQ/TW');
    expect(c.mentions.map((m) => [m.text, text.slice(m.start, m.end)])).toEqual([
      ['Nghị quyết số 28-NQ/TW', 'Nghị quyết số 28-NQ/TW'],
      ['Nghị quyết 28', 'Nghị quyết 28'],
      ['Nghị quyết 28', 'Nghị quyết 28'],
    ]);
  });

  it('reads a short name that repeats the number', () => {
    const text = 'Căn cứ Nghị quyết số\n01/NQ-CP\nngày 06/01/2023 của Chính phủ (sau đây gọi\nchung là Nghị quyết số\n01/NQ-CP\n); thực hiện Nghị quyết số 01/NQ-CP';
    expect(only(text).mentions).toHaveLength(3);
  });

  it('gives a short name to the document cited in its own sentence only (Thông tư 11/2026/TT-BCT, vbpl)', () => {
    const text = [
      'Điều 1. Phạm vi điều chỉnh',
      'Thông tư này quy định về hoạt động truy xuất nguồn gốc thực phẩm theo quy định tại Phụ lục IV ban hành kèm theo Nghị định số 46/2026/NĐ-CP.',
      'Điều 2. Đối tượng áp dụng',
      '1. Thông tư này áp dụng đối với các tổ chức, cá nhân có hoạt động sản xuất, kinh doanh thực phẩm (sau đây gọi tắt là cơ sở) thuộc phạm vi quản lý của Bộ Công Thương.',
      '2. Cơ sở sản xuất thực phẩm phải thiết lập, lưu trữ đầy đủ các thông tin liên quan.',
    ].join('\n');
    expect(only(text).mentions.map((m) => m.text)).toEqual(['Nghị định số 46/2026/NĐ-CP']);
  });

  it('ignores a short name that is only a type name', () => {
    const text = 'Căn cứ Nghị quyết số 28-NQ/TW (sau đây gọi tắt là Nghị quyết); Nghị quyết Đại hội XIII';
    expect(only(text).mentions).toHaveLength(1);
  });
});

describe('extractCitations: the document itself and drafts', () => {
  it('does not cite the document itself', () => {
    expect(ids('(Kèm theo Quyết định số 40/QĐ-BHXH ngày 18/01/2023 của Tổng Giám đốc)', { self: '40/QĐ-BHXH' })).toEqual([]);
    expect(ids('(Ban hành kèm theo Quyết định số: 40/QĐ-BHXH ngày 18 tháng 01 năm 2023)', { self: '40/QĐ-BHXH' })).toEqual([]);
  });

  it('reads the document\'s own number from the header line', () => {
    const text = 'BẢO HIỂM XÃ HỘI\nSố:\n  2422/QĐ-BHXH\nHà Nội\n(Kèm theo Quyết định số 2422/QĐ-BHXH)\nQuyết định số 250/QĐ-TTg';
    expect(ids(text)).toEqual(['250/QĐ-TTg']);
    // with no self, the header is still not a citation
    expect(ids(text, { self: null })).toEqual(['2422/QĐ-BHXH', '250/QĐ-TTg']);
    expect(ids('Số: 09/BHXH-TĐKT\nV/v phát động')).toEqual([]);
  });

  it('does not cite a blank draft number', () => {
    expect(ids('(Ban hành kèm theo Quyết định số /QĐ-BHXH ngày tháng năm 2024 của Tổng Giám đốc)')).toEqual([]);
    expect(ids('Quyết định số      /2024/QĐ-BHXH')).toEqual([]);
  });
});

describe('extractCitations: dates', () => {
  it('takes only a date that follows the number directly', () => {
    expect(only('Nghị quyết số 68/2022/QH15 của Quốc hội ngày 10/11/2022').date).toBeNull();
    expect(only('Quyết định số 123/QĐ-BHXH ngày 28/01/2022 ban hành').date).toBe('2022-01-28');
  });

  it('keeps the first date and reports a conflict', () => {
    const { citations, problems } = extractCitations('Nghị quyết số 28-NQ/TW ngày 25/3/2018. Nghị quyết số 28-NQ/TW ngày 23/5/2018.');
    expect(citations).toHaveLength(1);
    expect(citations[0]?.date).toBe('2018-03-25');
    expect(problems).toEqual([expect.objectContaining({ code: 'citation-date-conflict', start: 39 })]);
  });

  it('takes the date from a later mention when the first has none', () => {
    expect(only('Nghị quyết số 01/NQ-CP; Nghị quyết số 01/NQ-CP ngày 06/01/2023').date).toBe('2023-01-06');
  });

  it('reports a citation dated after the document', () => {
    const { problems } = extractCitations('Quyết định số 123/QĐ-BHXH ngày 28/01/2025', { year: 2023 });
    expect(problems.map((p) => p.code)).toEqual(['citation-date-after-document']);
  });
});

describe('extractCitations: numbers that are not citations', () => {
  const cases: Record<string, string> = {
    percentages: 'đạt tỷ lệ 40,2% so với (Nghị quyết là 39%-40%); 31,5% - 32%; 93,2%',
    dates: 'chậm nhất ngày 28/02/2023; ngày 10 tháng 11 năm 2023; 01-10-1997; 12.5.2023',
    'a frequency': 'tối thiểu 01 lần/tháng để kịp thời',
    'a level': 'dịch vụ công trực tuyến mức độ 4 của Ngành',
    'a period': 'Kế hoạch 05 năm (2021-2025); giai đoạn 2022 - 2025; Quý I/2024; Quý II, III/2024; Tháng 7/2024',
    phones: 'Điện thoại: 024.3936.3456; 0243 936 3456; (+84) 24 39 36 34 56; 0912345678',
    'an e-mail': 'gửi về Vụ Kế hoạch và Đầu tư (khth.khdt@vss.gov.vn) để tổng hợp',
    'a date range': 'thi đua Ái quốc (11/6/1948-11/6/2023).',
    'counts and codes': 'COVID-19, F0/F1, 100%/năm, số 22 DM kèm QĐ, 2/3 số thành viên, Điều 5.2, 1.1, 2.3.4',
    'short names': 'Đề án 06; Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII; BHXH-CNTT; V/v; b/c',
  };
  for (const [what, text] of Object.entries(cases)) {
    it(`finds none in ${what}`, () => {
      expect(extractCitations(text)).toEqual({ citations: [], problems: [] });
    });
  }
});

describe('extractCitations: signs as typists print them', () => {
  it('cites a sign with an & code whole, with its date (a provincial decision)', () => {
    const c = only('*Theo đề nghị của Giám đốc Sở\nGiáo dục và Đào tạo tại Tờ trình số 3461/TTr-SGD&ĐT ngày 14/11/2025.*');
    expect(c).toMatchObject({ id: '3461/TTr-SGD&ĐT', type: 'Tờ trình', issuerCode: 'SGD&ĐT', date: '2025-11-14' });
    expect(c.mentions[0]!.text).toBe('Tờ trình số 3461/TTr-SGD&ĐT');
    expect(ids('dẫn kỹ thuật thực hiện Kế hoạch số 515/KH-BCA-BNN&MT về triển khai thực')).toEqual(['515/KH-BCA-BNN&MT']);
  });

  it('reads the document\'s own & number in the header as itself, not a citation', () => {
    expect(ids('Số: 1234/QĐ-SGD&ĐT\nCăn cứ Tờ trình số 3461/TTr-SGD&ĐT ngày 14/11/2025; thay thế Quyết định số 1234/QĐ-SGD&ĐT')).toEqual(['3461/TTr-SGD&ĐT']);
  });

  it('cites a Government resolution with a dotted number, with its date', () => {
    const text = 'Căn cứ Nghị quyết số 66.13/2026/NQ-CP của Chính phủ quy định về công bố, đăng ký sản phẩm thực phẩm;\n' +
      'Căn cứ Nghị quyết số 09/2026/NQ-CP … Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính phủ';
    const c = find(extractCitations(text).citations, '66.13/2026/NQ-CP');
    expect(c).toMatchObject({ type: 'Nghị quyết', issuerCode: 'CP', date: '2026-01-27' });
    expect(c!.mentions).toHaveLength(2);
    // a dotted label or a decimal is not a number: "mục 1.2", "tăng 2.5/3"
    expect(ids('tại mục 1.2 và tỷ lệ 2.5/3 năm')).toEqual([]);
  });

  it('makes a sign printed without its marks one citation with the sign printed with them', () => {
    // a Prime Minister's decision prints "270/QĐ-TTg" and, once in a table, "270/QD- TTg"
    const text = 'thay thế Quyết định số 270/QĐ-TTg ngày 02/4/2024 …\nDA đã có trong QĐ số 270/QD- TTg ngày 02/4/2024';
    const { citations, problems } = extractCitations(text);
    expect(citations.map((c) => c.id)).toEqual(['270/QĐ-TTg']);
    expect(citations[0]!.mentions.map((m) => m.text)).toEqual(['Quyết định số 270/QĐ-TTg', '270/QD- TTg']);
    expect(problems).toEqual([]);
    // the fuller printing wins whichever comes first; different numbers stay apart
    expect(ids('Nghị định số 89/2020/ND-CP và Nghị định số 89/2020/NĐ-CP, Nghị định số 98/2020/NĐ-CP')).toEqual(['89/2020/NĐ-CP', '98/2020/NĐ-CP']);
  });
});

describe('extractCitations: robustness', () => {
  it('handles empty text and text with no citation', () => {
    expect(extractCitations('')).toEqual({ citations: [], problems: [] });
    expect(extractCitations('Quyết định này có hiệu lực kể từ ngày ký./.')).toEqual({ citations: [], problems: [] });
  });

  it('copes with long adversarial input', () => {
    const pieces = [
      ' '.repeat(50_000),
      '1/'.repeat(20_000),
      '1-A'.repeat(20_000),
      `Nghị quyết số ${'số '.repeat(10_000)}`,
      `(sau đây gọi tắt là ${'a'.repeat(50_000)}`,
      `Luật ${'Bảo hiểm '.repeat(10_000)}`,
      `điểm a ${'khoản 1 '.repeat(10_000)}Quyết định số 1/QĐ-BHXH`,
      `${'1/QĐ-BHXH '.repeat(5_000)}`,
      `${'\t,\t'.repeat(20_000)}`,
    ];
    for (const text of pieces) {
      const { citations } = extractCitations(text);
      for (const c of citations) for (const m of c.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
    }
  });

  it('exports its whole-text patterns for the ReDoS check', () => {
    for (const re of Object.values(CITATION_PATTERNS)) expect(re).toBeInstanceOf(RegExp);
  });
});
