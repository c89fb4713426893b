import { describe, expect, it } from 'vitest';
import { createUnitRegistry, defaultUnitEntries, defaultUnitRegistry } from '../registry/units.js';
import { countUnitMentions, findUnitMentions, splitUnits, type UnitOptions } from './units.js';

const registry = defaultUnitRegistry;
const split = (text: string, date: string | null = '2023-06-01') => splitUnits(text, { registry, date });
const ids = (text: string, date?: string | null) => split(text, date).units.map((u) => u.id ?? u.name);

describe('splitUnits: names before separators', () => {
  it('keeps commas and hyphens inside names', () => {
    expect(ids('Ban Quản lý Thu - Sổ, Thẻ')).toEqual(['TST']);
    expect(ids('Vụ Tài chính - Kế toán')).toEqual(['TCKT']);
    expect(ids('Vụ Tài chính -\nKế toán')).toEqual(['TCKT']);
  });

  it('keeps "và" inside names', () => {
    expect(ids('Vụ Kế hoạch và Đầu tư')).toEqual(['KHĐT']);
    expect(ids('Vụ Kế\n  hoạch và Đầu tư')).toEqual(['KHĐT']);
    expect(ids('Trung tâm Giám định BHYT và Thanh toán đa tuyến')).toEqual(['GĐĐT']);
  });

  it('gives the registry name and keeps the printed text', () => {
    const { units, problems } = split('Ban\n  Quản lý Thu - Sổ, thẻ');
    expect(units).toEqual([{ id: 'TST', name: 'Ban Quản lý Thu - Sổ, Thẻ', text: 'Ban\n  Quản lý Thu - Sổ, thẻ' }]);
    expect(problems).toEqual([]);
  });
});

describe('splitUnits: separators', () => {
  it('splits codes on commas', () => {
    expect(ids('TST, CSXH, CSYT, TCKT, PC, CNTT, TTTT')).toEqual(['TST', 'CSXH', 'CSYT', 'TCKT', 'PC', 'CNTT', 'TTTT']);
  });

  it('splits on semicolons and "- " bullets', () => {
    const { units, problems } = split('- Các đơn vị liên quan; - BHXH các tỉnh, thành phố');
    expect(units.map((u) => u.name)).toEqual(['Các đơn vị liên quan', 'BHXH các tỉnh, thành phố']);
    expect(units.map((u) => u.id)).toEqual([null, null]);
    expect(problems).toEqual([]);
  });

  it('splits on "và" between units', () => {
    const { units } = split('Văn phòng và các đơn vị liên quan');
    expect(units).toEqual([
      { id: 'VP', name: 'Văn phòng', text: 'Văn phòng' },
      { id: null, name: 'Các đơn vị liên quan', text: 'các đơn vị liên quan' },
    ]);
  });

  it('splits on "và" before enterprises, associations and communities, kinds of body as any other', () => {
    // partner cells of two Prime Minister's decisions (corpus/tables 2edf…, 646f…)
    const texts = (text: string) => split(text).units.map((u) => u.text);
    expect(texts('Bộ Tài chính, các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam')).toEqual(['Bộ Tài chính', 'các Hiệp hội', 'Doanh nghiệp công nghệ số Việt Nam']);
    expect(texts('Bộ Công an, các bộ, ngành và cộng đồng người dân')).toEqual(['Bộ Công an', 'các bộ, ngành', 'cộng đồng người dân']);
    // a kind before a class phrase of its own is a unit of its own (a provincial plan, corpus/tables 1920…)
    expect(texts('Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan')).toEqual(['Viện, Trường', 'Doanh nghiệp', 'Sở, ban, ngành có liên quan']);
  });

  it('leaves out the scope a unit is given after "với", but not a unit named after it', () => {
    // a lead cell of a Prime Minister's decision (corpus/tables 2edf…, row 4)
    const cell = 'Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật nội ngành';
    expect(split(cell).units.map((u) => u.text)).toEqual(['Bộ Công an', 'Bộ Khoa học và Công nghệ', 'các bộ, ngành']);
    expect(split('Văn phòng phối hợp với Trung tâm CNTT').units.map((u) => u.text)).toContain('Trung tâm CNTT');
  });

  it('splits on line breaks', () => {
    expect(ids('Văn phòng\nTrung tâm CNTT\n- BHXH các tỉnh')).toEqual(['VP', 'CNTT', 'BHXH các tỉnh, thành phố']);
    expect(ids('Văn phòng\tTrung tâm CNTT')).toEqual(['VP', 'CNTT']);
  });

  it('reads a list of full names and a collective with a comma', () => {
    expect(ids('Ban Thực hiện\n  chính sách BHXH, Trung tâm CNTT, Văn phòng, BHXH tỉnh, thành phố')).toEqual([
      'CSXH',
      'CNTT',
      'VP',
      'BHXH các tỉnh, thành phố',
    ]);
    expect(ids('BHXH tỉnh, thành\n  phố; Các đơn vị liên quan')).toEqual(['BHXH các tỉnh, thành phố', 'Các đơn vị liên quan']);
    expect(ids('BHXH tỉnh, thành\n  phố, Các đơn vị liên quan')).toEqual(['BHXH các tỉnh, thành phố', 'Các đơn vị liên quan']);
  });

  it('drops a trailing separator', () => {
    expect(ids('Vụ\n  Pháp chế, Trung tâm CNTT, Vụ Tài chính - Kế toán,')).toEqual(['PC', 'CNTT', 'TCKT']);
    expect(ids('CNTT, VP.')).toEqual(['CNTT', 'VP']);
  });

  it('reads five units, two names with "Ban Thực hiện chính sách"', () => {
    const { units, problems } = split(
      'Ban\n  Quản lý Thu - Sổ thẻ, Vụ Tài chính - Kế toán, Ban Thực hiện chính sách BHXH,\n  Ban thực hiện chính sách BHYT và BHXH các tỉnh, thành phố',
      '2020-12-25',
    );
    expect(units.map((u) => u.id ?? u.name)).toEqual(['TST', 'TCKT', 'CSXH', 'CSYT', 'BHXH các tỉnh, thành phố']);
    expect(problems).toEqual([]);
  });

  it('splits where the separator is missing', () => {
    expect(ids('Các đơn vị liên quan BHXH các tỉnh, thành phố')).toEqual(['Các đơn vị liên quan', 'BHXH các tỉnh, thành phố']);
    expect(ids('Các đơn vị liên\n  quan BHXH tỉnh, thành phố')).toEqual(['Các đơn vị liên quan', 'BHXH các tỉnh, thành phố']);
    expect(ids('Trung tâm CSKH Các đơn vị liên quan')).toEqual(['CSKH', 'Các đơn vị liên quan']);
  });

  it('reads a code list after a semicolon and a collective', () => {
    expect(ids('CNTT, VP, PC; BHXH các tỉnh, thành phố')).toEqual(['CNTT', 'VP', 'PC', 'BHXH các tỉnh, thành phố']);
    expect(ids('TTTT, Tạp chí BHXH; BHXH các tỉnh, thành phố')).toEqual(['TTTT', 'TCBH', 'BHXH các tỉnh, thành phố']);
  });
});

describe('splitUnits: glosses and qualifiers', () => {
  it('skips parenthesised short forms', () => {
    const { units, problems } = split(
      'Các đơn vị trực thuộc BHXH Việt Nam (các đơn vị) và BHXH các tỉnh,\n  thành phố trực thuộc Trung ương (BHXH các tỉnh).',
    );
    expect(units.map((u) => u.name)).toEqual(['Các đơn vị trực thuộc BHXH Việt Nam', 'BHXH các tỉnh, thành phố']);
    expect(units[0]?.text).toBe('Các đơn vị trực thuộc BHXH Việt Nam');
    expect(units[1]?.text).toBe('BHXH các tỉnh,\n  thành phố trực thuộc Trung ương');
    expect(problems).toEqual([]);
  });

  it('keeps a lower-case qualifier after a gloss with its unit', () => {
    const { units, problems } = split('Các đơn vị trực thuộc BHXH Việt Nam (gọi tắt là các đơn vị) liên quan\n  và BHXH các tỉnh.');
    expect(units.map((u) => u.name)).toEqual(['Các đơn vị trực thuộc BHXH Việt Nam', 'BHXH các tỉnh, thành phố']);
    expect(problems).toEqual([]);
  });

  it('reads an owner suffix as part of the name', () => {
    expect(ids('Trung tâm CNTT, Văn phòng BHXH Việt Nam và BHXH các tỉnh.')).toEqual(['CNTT', 'VP', 'BHXH các tỉnh, thành phố']);
    expect(split('Trung tâm CNTT BHXH Việt Nam').units).toEqual([
      { id: 'CNTT', name: 'Trung tâm Công nghệ thông tin', text: 'Trung tâm CNTT BHXH Việt Nam' },
    ]);
  });
});

describe('splitUnits: unknown units', () => {
  it('keeps an unknown unit verbatim and reports it', () => {
    const { units, problems } = split(
      'Trường Đào tạo nghiệp vụ BHXH; Các đơn vị và BHXH các tỉnh; Các cơ sở\n  đào tạo, bồi dưỡng có thẩm quyền.',
    );
    expect(units.map((u) => u.id ?? u.name)).toEqual([
      'TĐT',
      'Các đơn vị trực thuộc BHXH Việt Nam',
      'BHXH các tỉnh, thành phố',
      'Các cơ sở đào tạo, bồi dưỡng có thẩm quyền',
    ]);
    expect(units[3]).toEqual({
      id: null,
      name: 'Các cơ sở đào tạo, bồi dưỡng có thẩm quyền',
      text: 'Các cơ sở\n  đào tạo, bồi dưỡng có thẩm quyền',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknown-unit', text: units[3]?.text });
    expect(problems[0]?.index).toBe(
      'Trường Đào tạo nghiệp vụ BHXH; Các đơn vị và BHXH các tỉnh; '.length,
    );
  });

  it('reports bodies outside the registry, without splitting them', () => {
    for (const text of ['Tổng cục Thống kê', 'Theo phân công Lãnh đạo Ngành khi phát sinh', 'Sở Du lịch', 'Cục Quản lý khám chữa bệnh']) {
      const { units, problems } = split(text);
      expect(units, text).toEqual([{ id: null, name: text, text }]);
      expect(problems.map((p) => p.code)).toEqual(['unknown-unit']);
      expect(problems[0]?.index).toBe(0);
    }
  });

  it('splits two unknown bodies joined by "và"', () => {
    expect(ids('Tổng cục Thống kê và Cục Quản lý khám chữa bệnh')).toEqual(['Tổng cục Thống kê', 'Cục Quản lý khám chữa bệnh']);
    expect(ids('Tổng cục Thống kê, Sở Du lịch')).toEqual(['Tổng cục Thống kê', 'Sở Du lịch']);
  });

  it('knows the state bodies beside BHXH: ministries by their names of the date, with their kind', () => {
    expect(split('Bộ Y tế')).toEqual({ units: [{ id: null, name: 'Bộ Y tế', text: 'Bộ Y tế', kind: 'ministry' }], problems: [] });
    // a name with a comma in it is one body; two names printed with no separator are two
    expect(split('Bộ Văn hóa, Thể thao và Du lịch, Bộ Công an').units.map((u) => u.name)).toEqual(['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Công an']);
    expect(split('Bộ Khoa học và Công nghệ Bộ Công an').units.map((u) => u.name)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Công an']);
    expect(split('Sở Tài chính Sở Nội vụ').units.map((u) => u.kind)).toEqual(['provincial-department', 'provincial-department']);
    // renamed in the 2025 reorganisation: read by the document's date
    expect(split('Sở Lao động - Thương binh và Xã hội', '2023-05-01').problems).toEqual([]);
    expect(split('Sở Lao động - Thương binh và Xã hội', '2025-06-01').problems.map((p) => p.code)).toEqual(['unit-out-of-period']);
  });

  it('keeps a class of bodies whole: lower-case kinds after a comma, bare kinds listed', () => {
    expect(ids('Sở, ban, ngành có liên quan')).toEqual(['Sở, ban, ngành có liên quan']);
    expect(ids('Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ')).toEqual(['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']);
    expect(ids('Bộ Công an, Bộ Khoa học và Công nghệ, các bộ, ngành')).toEqual(['Bộ Công an', 'Bộ Khoa học và Công nghệ', 'các bộ, ngành']);
    expect(ids('Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan')).toEqual(['Viện, Trường', 'Doanh nghiệp', 'Sở, ban, ngành có liên quan']);
  });

  it('keeps a bracket that names a body inside the unit, drops a role, a scope or a short form', () => {
    expect(split('Bộ Công an (Trung tâm Dữ liệu quốc gia)').units.map((u) => u.text)).toEqual(['Bộ Công an (Trung tâm Dữ liệu quốc gia)']);
    expect(split('Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ)').units.map((u) => u.text)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(split('Các đơn vị trực thuộc BHXH Việt Nam (gọi tắt là các đơn vị) liên quan').units.map((u) => u.text)).toEqual([
      'Các đơn vị trực thuộc BHXH Việt Nam liên quan',
    ]);
  });

  it('does not read a registry name that only begins another body’s name', () => {
    expect(split('Văn phòng Chính phủ').units).toEqual([{ id: null, name: 'Văn phòng Chính phủ', text: 'Văn phòng Chính phủ', kind: 'ministry-level' }]);
    expect(ids('BHXH tỉnh Hà Nam')).toEqual(['BHXH tỉnh Hà Nam']);
    expect(ids('Tổ công tác Đề án 06 của BHXH Việt Nam và BHXH các tỉnh')).toEqual([
      'Tổ công tác Đề án 06 của BHXH Việt Nam',
      'BHXH các tỉnh, thành phố',
    ]);
  });

  it('knows a unit without a code, with no problem', () => {
    const { units, problems } = split('Vụ Kiểm toán nội bộ', '2023-01-18');
    expect(units).toEqual([{ id: null, name: 'Vụ Kiểm toán nội bộ', text: 'Vụ Kiểm toán nội bộ' }]);
    expect(problems).toEqual([]);
  });

  it('folds the white space of an unknown name and drops trailing punctuation', () => {
    const { units } = split('  Sở   Du\n lịch .');
    expect(units).toEqual([{ id: null, name: 'Sở Du lịch', text: 'Sở   Du\n lịch' }]);
  });
});

describe('splitUnits: misspellings', () => {
  it('corrects an obvious misspelling and says so', () => {
    const r = split('Tạp chí BHHH');
    expect(r.units).toEqual([{ id: 'TCBH', name: 'Tạp chí Bảo hiểm xã hội', text: 'Tạp chí BHHH' }]);
    expect(r.problems.map((p) => p.code)).toEqual(['corrected-unit']);
    const p = split('BHHH tỉnh');
    expect(p.units).toEqual([{ id: null, name: 'BHXH các tỉnh, thành phố', text: 'BHHH tỉnh' }]);
    expect(p.problems[0]?.code).toBe('corrected-unit');
    expect(ids('Trung tâm truyền thông; Tạp chí BHHH')).toEqual(['TTTT', 'TCBH']);
  });

  it('corrects inside a list and reports each piece at its offset', () => {
    const text = 'Tạp chí BHHH, VP, BHHH tỉnh, Các đơn vị cung cấp DVC được BHHH ủy quyền.';
    const { units, problems } = split(text);
    expect(units.map((u) => u.id ?? u.name)).toEqual([
      'TCBH',
      'VP',
      'BHXH các tỉnh, thành phố',
      'Các đơn vị cung cấp DVC được BHHH ủy quyền',
    ]);
    expect(problems.map((p) => [p.code, p.index])).toEqual([
      ['corrected-unit', 0],
      ['corrected-unit', text.indexOf('BHHH tỉnh')],
      ['unknown-unit', text.indexOf('Các đơn vị cung')],
    ]);
  });

  it('does not correct short or distant names', () => {
    expect(split('Sở Du lịch').problems.map((p) => p.code)).toEqual(['unknown-unit']);
    expect(split('TCKH').problems.map((p) => p.code)).toEqual(['unknown-unit']);
    expect(split('Cục Thống kê').problems.map((p) => p.code)).toEqual(['unknown-unit']);
  });

  it('reads names typed without diacritics, with a correction', () => {
    const { units, problems } = split('Van phong, KHDT');
    expect(units.map((u) => u.id)).toEqual(['VP', 'KHĐT']);
    expect(problems.map((p) => p.code)).toEqual(['corrected-unit', 'corrected-unit']);
  });
});

describe('splitUnits: dates', () => {
  it('reads a code by the document date', () => {
    expect(split('TST', '2024-05-01')).toEqual({ units: [{ id: 'TST', name: 'Ban Quản lý Thu - Sổ, Thẻ', text: 'TST' }], problems: [] });
    expect(split('Ban Quản lý Thu và Phát triển người tham gia', '2025-06-01')).toEqual({
      units: [{ id: 'QLT', name: 'Ban Quản lý Thu và Phát triển người tham gia', text: 'Ban Quản lý Thu và Phát triển người tham gia' }],
      problems: [],
    });
    expect(split('Trung tâm CNTT', '2025-06-01').units[0]?.name).toBe('Trung tâm Công nghệ thông tin và Chuyển đổi số');
  });

  it('resolves an old code used after its period, with a problem', () => {
    const { units, problems } = split('TST, CSXH', '2025-06-01');
    expect(units.map((u) => u.id)).toEqual(['TST', 'CSXH']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unit-out-of-period', text: 'TST', index: 0 });
    expect(problems[0]?.message).toContain('2025-02-28');
    expect(split('Vụ Thi đua - Khen thưởng', '2025-06-01').problems.map((p) => p.code)).toEqual(['unit-out-of-period']);
  });

  it('accepts any period without a date', () => {
    expect(split('TST; Ban Quản lý Thu và Phát triển người tham gia', null)).toMatchObject({
      units: [{ id: 'TST' }, { id: 'QLT' }],
      problems: [],
    });
    expect(splitUnits('QLT', { registry }).problems).toEqual([]);
  });
});

describe('splitUnits: robustness', () => {
  it('returns nothing for empty or blank input', () => {
    expect(split('')).toEqual({ units: [], problems: [] });
    expect(split('  \n\t ')).toEqual({ units: [], problems: [] });
    expect(split('-')).toEqual({ units: [], problems: [] });
    expect(split(' ; , . ')).toEqual({ units: [], problems: [] });
  });

  it('reads NFD input, giving offsets into it and NFC names', () => {
    const text = 'Vụ Pháp chế, Sở Du lịch'.normalize('NFD');
    const { units, problems } = split(text);
    expect(units.map((u) => u.id)).toEqual(['PC', null]);
    expect(units[1]?.name).toBe('Sở Du lịch');
    expect(units[1]?.text).toBe('Sở Du lịch'.normalize('NFD'));
    expect(problems[0]?.index).toBe(text.indexOf('S'));
  });

  it('ignores stray spaces and a trailing full stop', () => {
    expect(ids('  TST ,CSXH ;  Văn   phòng  .')).toEqual(['TST', 'CSXH', 'VP']);
    expect(ids('Ban Quản lý Thu  -  Sổ ,  Thẻ.')).toEqual(['TST']);
  });

  it('never throws', () => {
    const samples = ['(((', ')))', 'Văn phòng (chủ trì', '—', '….', '\u200b', 'a'.repeat(20_000), '- ; - ; -', '0', 'và', 'và và và'];
    let seed = 7;
    const pieces = ['Văn phòng', 'TST', ',', ';', ' và ', '(', ')', '-', '\n', 'BHXH', 'tỉnh', 'Sở', ' ', 'các', 'x'];
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += pieces[seed % pieces.length];
      }
      samples.push(s);
    }
    for (const s of samples) {
      const r = split(s);
      expect(Array.isArray(r.units)).toBe(true);
      for (const u of r.units) expect(s.includes(u.text)).toBe(true);
      for (const p of r.problems) expect(s.slice(p.index).startsWith(p.text)).toBe(true);
    }
    expect(splitUnits(undefined as unknown as string, { registry })).toEqual({ units: [], problems: [] });
  });

  it('works with a user registry', () => {
    const mine = createUnitRegistry([
      ...defaultUnitEntries,
      { id: 'BHXH-HN', name: 'Bảo hiểm xã hội thành phố Hà Nội', aliases: ['BHXH thành phố Hà Nội'] },
    ]);
    expect(splitUnits('BHXH thành phố Hà Nội và Văn phòng', { registry: mine }).units.map((u) => u.id)).toEqual(['BHXH-HN', 'VP']);
  });
});

describe('findUnitMentions', () => {
  const prose =
    'Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam, Giám đốc Bảo hiểm xã hội các tỉnh,\n' +
    'thành phố trực thuộc Trung ương chịu trách nhiệm thi hành. Văn phòng BHXH Việt Nam chủ trì, phối hợp với ' +
    'Vụ Kế hoạch và Đầu tư theo dõi; báo cáo gửi Văn phòng Chính phủ và văn phòng làm việc. Lưu: VT, CNTT, KHĐT.';

  it('finds full names and multi-word aliases with offsets', () => {
    const found = findUnitMentions(prose, { registry, date: '2020-12-25' });
    expect(found.map((m) => m.unit.id ?? m.unit.name)).toEqual([
      'Các đơn vị trực thuộc BHXH Việt Nam',
      'BHXH các tỉnh, thành phố',
      'VP',
      'KHĐT',
    ]);
    for (const m of found) expect(prose.slice(m.start, m.end)).toBe(m.unit.text);
    expect(found[2]?.unit.text).toBe('Văn phòng BHXH Việt Nam');
    expect(found[1]?.collective).toBe(true);
  });

  it('skips short codes, another body’s unit, lower-case words and plurals', () => {
    expect(findUnitMentions('Lưu: VT, TST, CNTT. Số 990/BHXH-CNTT', { registry })).toEqual([]);
    expect(findUnitMentions('Văn phòng Chính phủ; Vụ Pháp chế Bộ Tư pháp', { registry })).toEqual([]);
    expect(findUnitMentions('trụ sở văn phòng làm việc', { registry })).toEqual([]);
    expect(findUnitMentions('- Các Văn phòng: ĐUCQ, HĐQL', { registry })).toEqual([]);
    expect(findUnitMentions('Chánh Văn phòng\nUBND tỉnh; Chủ nhiệm Văn phòng\nChính phủ; - Vụ Pháp chế - Bộ NN&MT;', { registry })).toEqual([]);
    expect(findUnitMentions('Vụ Kế hoạch và Đầu tư\nTải Văn bản', { registry }).map((m) => m.unit.id)).toEqual(['KHĐT']);
    expect(findUnitMentions('Trung tâm CNTT - đơn vị thường trực', { registry }).map((m) => m.unit.id)).toEqual(['CNTT']);
    expect(findUnitMentions('giao cho các đơn vị chủ động', { registry })).toEqual([]);
  });

  it('reads a flattened list and skips a provincial office’s unit', () => {
    expect(findUnitMentions('Trung tâm CSKH Các đơn vị liên quan', { registry }).map((m) => m.unit.id ?? m.unit.name)).toEqual([
      'CSKH',
      'Các đơn vị liên quan',
    ]);
    expect(findUnitMentions('Văn phòng BHXH tỉnh', { registry }).map((m) => m.unit.id ?? m.unit.name)).toEqual([
      'BHXH các tỉnh, thành phố',
    ]);
  });

  it('does not count a parenthesised short form twice', () => {
    const text = 'BHXH các tỉnh, thành phố trực thuộc Trung ương (BHXH các tỉnh) thực hiện';
    expect(findUnitMentions(text, { registry })).toHaveLength(1);
  });

  it('flags a name used outside its period', () => {
    const [m] = findUnitMentions('giao Vụ Thi đua - Khen thưởng tổng hợp', { registry, date: '2025-06-01' });
    expect(m?.unit.id).toBe('TĐKT');
    expect(m?.outOfPeriod).toBe(true);
  });

  it('counts mentions by unit', () => {
    const text = 'Trung tâm CNTT chủ trì; Trung tâm Công nghệ thông tin báo cáo; Văn phòng theo dõi.';
    const counts = countUnitMentions(findUnitMentions(text, { registry, date: '2023-01-01' }));
    expect(counts).toEqual([
      { id: 'CNTT', name: 'Trung tâm Công nghệ thông tin', text: 'Trung tâm CNTT', count: 2 },
      { id: 'VP', name: 'Văn phòng', text: 'Văn phòng', count: 1 },
    ]);
  });

  it('returns nothing for empty input and never throws', () => {
    expect(findUnitMentions('', { registry })).toEqual([]);
    expect(findUnitMentions('((( Văn phòng', { registry })).toHaveLength(1);
    expect(findUnitMentions(null as unknown as string, { registry })).toEqual([]);
  });
});

describe('findUnitMentions when reading fails', () => {
  it('reports the failure instead of swallowing it, and returns no mentions', () => {
    const broken = new Proxy({} as UnitOptions['registry'], {
      get() {
        throw new Error('registry unreadable');
      },
    });
    const reported: string[] = [];
    expect(findUnitMentions('Ban Thực hiện chính sách bảo hiểm xã hội chủ trì', { registry: broken, date: null }, (m) => reported.push(m))).toEqual([]);
    expect(reported).toEqual(['the units named in the text could not be read: registry unreadable']);
  });
});
