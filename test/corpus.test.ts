import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { tempDirs } from './temp-dirs.js';

// The development corpus lives beside the repository (../shared), as it does in CI.
const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const hasCorpus = existsSync(join(CORPUS, 'silver.json'));

describe.runIf(hasCorpus)('documents of other issuers saved from a legal-document website', () => {
  const temp = tempDirs('vanban-corpus-');
  const input = join(CORPUS, 'input');
  const files = hasCorpus ? readdirSync(input).filter((f) => f.endsWith('.md')) : [];

  it('meets the site metadata facts (silver.json) for at least 95%', () => {
    const out = temp();
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    spawnSync(process.execPath, [cli, 'normalize', ...files.map((f) => join(input, f)), '--out', out], { encoding: 'utf8' });
    const check = spawnSync(process.execPath, [join(CORPUS, '..', 'gold', 'check.mjs'), join(CORPUS, 'silver.json'), out], { encoding: 'utf8' });
    const [, passed, failed] = /facts: (\d+) passed, (\d+) failed/.exec(check.stdout) ?? [];
    expect(Number(passed) / (Number(passed) + Number(failed))).toBeGreaterThanOrEqual(0.95);
  });

  it.each(files)('%s: nothing of the page outside the document leaks into the signature', (f) => {
    const doc = parse(readFileSync(join(input, f)), { name: f });
    for (const role of doc.document.signature.otherRoles) expect(role).not.toMatch(/\d+\/.*-|Văn bản|FILE/u);
    expect(doc.document.signature.name).not.toBeNull();
    expect(doc.diagnostics.some((d) => d.code === 'outside-document')).toBe(true);
  });
});

describe.runIf(hasCorpus)('process tables of administrative procedures (the steps of a procedure, one row each)', () => {
  const read = (f: string) => parse(readFileSync(join(CORPUS, 'input', f)), { name: f });
  const stepTables = (f: string) => read(f).appendices.filter((a) => a.rows[0]?.stt === 'Bước 1');

  it('reads a "Các bước" / "Thứ tự công việc" column as the STT of each step, every table on its own', () => {
    // a provincial decision approving the internal procedures: 7 procedures of the province, 2 of the communes
    const tables = stepTables('a0079a10826a1d45.md');
    expect(tables).toHaveLength(9);
    const first = tables[0]!;
    expect(first.columns).toEqual(['Các bước', 'Nội dung công việc', 'Trách nhiệm thực hiện', 'Thời gian thực hiện (ngày làm việc)']);
    expect(first.rows.map((r) => r.stt)).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4', 'Bước 5', 'Bước 6', 'Bước 7', 'Bước 8']);
    expect(first.rows[1]).toMatchObject({ task: 'Phân công thụ lý hồ sơ', timeText: '0,5 ngày' });
    expect(first.rows[1]!.lead.map((u) => u.text)).toEqual(['Lãnh đạo Phòng Quản lý môi trường']);
    // "Thứ tự công việc | … | Trách nhiệm xử lý công việc | Thời gian": the third procedure's header, the
    // responsible unit read as the lead and the days as the time of every step
    expect(tables[2]!.columns).toEqual(['Thứ tự công việc', 'Nội dung công việc', 'Trách nhiệm xử lý công việc', 'Thời gian (ngày làm việc)']);
    expect(tables[2]!.rows[1]!.lead.map((u) => u.text)).toEqual(['Lãnh đạo Phòng Quản lý môi trường']);
    for (const r of tables[2]!.rows.slice(0, -1)) expect(r.timeText, r.id).toMatch(/^\d+,\d+$/u);
    // a totals row ("Tổng thời gian giải quyết TTHC | 12 ngày") closes a procedure: no table is said to be cut off
    expect(read('a0079a10826a1d45.md').diagnostics.filter((d) => d.code === 'table-cut-off')).toEqual([]);
  });

  it('places a step whose last cell is spanned from above by its columns, its task never left empty', () => {
    // "Thứ tự công việc | Đơn vị/người thực hiện | Nội dung công việc | Thời gian … | Dịch vụ công trực tuyến mức độ"
    const tables = stepTables('e8652ce55bfaba04.md');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      expect(t.columns.slice(0, 3)).toEqual(['Thứ tự công việc', 'Đơn vị/người thực hiện', 'Nội dung công việc']);
      for (const r of t.rows) {
        expect(r.lead.length, `${r.id} lead`).toBeGreaterThan(0);
        expect(r.task, `${r.id} task`).not.toBe('');
        expect(r.timeText ?? '', `${r.id} time`).toMatch(/giờ|ngày|Giờ hành chính/u);
      }
    }
    // every table's rows carry the part's headings printed above it: A. (the province's) and its I. over
    // procedures 1 and 2, B. (the communes') and its I., printed above procedure 1 of theirs, over the three after
    const headings = read('e8652ce55bfaba04.md').appendices.map((a) => a.rows[0]!.groups.map((g) => g.stt).join('/'));
    expect(headings).toEqual(['A/I', 'A/I', 'B/I', 'B/I', 'B/I']);
    const commune = tables.find((t) => t.rows[1]?.task === 'Phân công công chức xử lý hồ sơ');
    expect(commune?.rows[1]?.lead.map((u) => u.text)).toEqual(['Lãnh đạo Phòng Văn hoá Xã hội']);
    expect(commune?.rows[1]?.timeText).toBe('04 giờ làm việc');
  });
});

describe.runIf(hasCorpus)('a task table whose first column has no role name (saved pages, one cell per line)', () => {
  // Real pages with their STT header cell renamed as other tables print it: "Lĩnh vực", "Nhóm", or no
  // name at all. The reader must find the same rows as under "STT": the rows are a cell wider than
  // the header it would find without that column, and the column numbers them.
  const page = (file: string, name: string) => readFileSync(join(CORPUS, 'tables', file), 'utf8').replace(/^\*\*S?TT\*\*$/mu, name);
  const gold = JSON.parse(readFileSync(join(CORPUS, 'tables.json'), 'utf8')).documents as Record<string, { tables: Array<{ rows: Array<{ stt: string; lead: string[] }> }> }>;

  it.each(['**Lĩnh vực**', '**Nhóm**', '** **'])('reads every row of a provincial plan under a first column named %s', (name) => {
    const doc = parse(page('192068354fd1ffe5.md', name), { name: '192068354fd1ffe5.md' });
    const want = gold['192068354fd1ffe5.md']!.tables[0]!.rows;
    const rows = doc.appendices[0]!.rows;
    expect(rows.map((r) => r.stt)).toEqual(want.map((r) => r.stt));
    expect(rows.map((r) => r.lead.map((u) => u.text))).toEqual(want.map((r) => r.lead));
  });

  it('widens the header over several unnamed columns before the task (a unit column first)', () => {
    // Phụ lục I: STT | Cơ quan chủ trì | Cơ quan phối hợp | Thuộc nhóm nhiệm vụ | Nội dung nhiệm vụ | …
    const doc = parse(page('646f0a00d4174382.md', '**Nhóm**'), { name: '646f0a00d4174382.md' });
    const want = gold['646f0a00d4174382.md']!.tables[0]!.rows;
    const table = doc.appendices[0]!;
    expect(table.columns[0]).toBe('Nhóm');
    expect(table.rows).toHaveLength(want.length);
    expect(table.rows.slice(0, 3).map((r) => [r.stt, r.lead.map((u) => u.text)])).toEqual(want.slice(0, 3).map((r) => [r.stt, r.lead]));
  });
});

describe.runIf(hasCorpus)('what lies between two tables of a saved page (one cell between the last row and the next header)', () => {
  const read = (f: string) => parse(readFileSync(join(CORPUS, 'input', f)), { name: f });

  it('keeps a totals row ("Tổng thời gian … | | 12 ngày") with its table, not in the next table\'s title', () => {
    // Phụ lục II of a provincial decision: nine procedures, each closing with its total time
    const doc = read('a0079a10826a1d45.md');
    const steps = doc.appendices.filter((a) => a.rows[0]?.stt === 'Bước 1');
    expect(steps[1]!.title).toBe('Quy trình số: 02 2. Phê duyệt kế hoạch tác động và thời tiết trong địa giới hành chính của tỉnh.');
    expect(steps[2]!.title).toBe('Quy trình số: 03 3. Quy trình giải quyết thủ tục hành chính: Cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn (1.000987)');
    for (const t of steps) {
      expect(t.title ?? '').not.toMatch(/Tổng thời gian|\d+ ngày/u);
      expect(t.groups.map((g) => g.title).join(' ')).not.toMatch(/Tổng thời gian|\d+ ngày/u);
      expect(t.rows.map((r) => r.stt)).toEqual(t.rows.map((_, i) => `Bước ${i + 1}`));
    }
    expect(steps.map((t) => t.rows.length)).toEqual([8, 8, 8, 8, 8, 7, 7, 7, 7]);
    // how long each step takes ("0,25 ngày") is kept as printed, no period, and said once a procedure
    const times = doc.diagnostics.filter((d) => d.code === 'unread-timeframe').map((d) => d.message);
    expect(times.filter((m) => /durations, how long a step takes/u.test(m))).toHaveLength(9);
    expect(times.filter((m) => /^time "\d/u.test(m))).toEqual([]);
    expect(steps[0]!.rows[0]!.timeText).toBe('0,25 ngày');
    // a name the registry does not know ("Lãnh đạo Phòng Quản lý môi trường", in most procedures) is said once
    const unknown = doc.diagnostics.filter((d) => d.code === 'unknown-unit').map((d) => d.message);
    expect(unknown).toContain('"Lãnh đạo Phòng Quản lý môi trường" is not in the unit registry');
    expect(new Set(unknown).size).toBe(unknown.length);
    // the part and section headings above the first procedure's header open its rows
    expect(steps[0]!.groups.map((g) => g.stt)).toEqual(['A', 'I']);
    expect(steps[0]!.rows[0]!.path).toEqual(['A', 'I', 'Bước 1']);
    // and go on over the procedures after it until a heading of their level is printed again: II. over
    // the fees' two procedures, B. (the communes') over the last two
    expect(steps.map((t) => t.groups.map((g) => g.stt).join('/'))).toEqual(['A/I', 'A/I', 'A/I', 'A/I', 'A/I', 'A/II', 'A/II', 'B', 'B']);
    expect(steps[5]!.rows[0]!.path).toEqual(['A', 'II', 'Bước 1']);
    // Phụ lục I's part B (the communes' procedures) prints its field as a heading with no number: the
    // field is B's, and the rows are under both
    const communes = doc.appendices.find((a) => a.groups[0]?.stt === 'B' && a.rows[0]?.stt === '1')!;
    expect(communes.rows.map((r) => [r.path, r.groups.map((g) => g.title)])).toEqual(
      ['1', '2'].map((stt) => [['B', '', stt], ['DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ (02 TTHC)', 'LĨNH VỰC PHÍ, LỆ PHÍ (02 TTHC)']]),
    );
    // the totals are text no field holds, reported where the page prints them
    const unplaced = doc.diagnostics.filter((d) => d.code === 'unplaced-text').map((d) => d.message);
    expect(unplaced.filter((m) => m.includes('"Tổng thời gian'))).toHaveLength(9);
    expect(unplaced.some((m) => m.includes('"12 ngày"'))).toBe(true);
  });

  it('titles a table issued with a decision by the caption it opens with, which is no label', () => {
    // "QUY TRÌNH NỘI BỘ, …" over three bold lines, then "(Ban hành kèm theo …)": no "PHỤ LỤC" line;
    // the first table's own caption ("1. Đề nghị …", under A. and I.) follows it
    const first = read('e8652ce55bfaba04.md').appendices[0]!;
    expect(first.label).toBe('');
    expect(first.title).toBe(
      'QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO THUỘC HỆ THỐNG GIÁO DỤC QUỐC DÂN THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ NHÀ NƯỚC CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO 1. Đề nghị miễn, giảm học phí trong cơ sở giáo dục nghề nghiệp và cơ sở giáo dục đại học công lập',
    );
    expect(first.issuedWith).toBe('(Ban hành kèm theo Quyết định số 3760/QĐ-UBND ngày 19/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh Nghệ An)');
    // a lone "DANH MỤC" above the subject stays the label
    const list = read('856f6487c18d75d0.md').appendices[0]!;
    expect(list.label).toBe('DANH MỤC');
    expect(list.title).toMatch(/^THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC/u);
  });

  it('keeps a two-cell totals row ending a 5-column procedure table out of the next title', () => {
    const doc = read('e8652ce55bfaba04.md');
    expect(doc.appendices[1]!.title).toBe(
      '2. Đề nghị hỗ trợ chi phí học tập trong trường trung học phổ thông tư thục, cơ sở giáo dục thường xuyên tư thục, trường trung học phổ thông trong các trường đại học, cao đẳng, viện nghiên cứu',
    );
    for (const a of doc.appendices) expect(a.title ?? '').not.toMatch(/Tổng thời gian/u);
  });

  it('reads a summary laid out under a list ("- Tổng số … | 09 | TTHC", "+ Trong đó: | Cấp tỉnh: | 07 | TTHC") as no rows', () => {
    // Phụ lục I, part B: two procedures of the communes, then the count of all procedures announced
    const doc = read('a0079a10826a1d45.md');
    const communes = doc.appendices[1]!;
    expect(communes.title).toBe('B. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ (02 TTHC)');
    expect(communes.rows.map((r) => [r.stt, r.cells['Mã TTHC']])).toEqual([
      ['1', '1.008603'],
      ['2', '1.013040'],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'odd-stt')).toEqual([]);
    const unplaced = doc.diagnostics.filter((d) => d.code === 'unplaced-text').map((d) => d.message);
    for (const t of ['- Tổng số danh mục TTHC công bố:', '09', '+ Trong đó:', 'Cấp tỉnh:', '07', 'Cấp xã:', '02']) expect(unplaced).toContain(`text not placed in any field: "${t}"`);
  });
});

describe.runIf(hasCorpus)('a list table\'s headings labelled in the STT column by a word and a number', () => {
  it('keeps "Loại 1" … "Loại 4" as the labels of the groups of intangible assets, each numbering its rows from 1', () => {
    // Phụ lục II of a city's decision on fixed assets: STT | DANH MỤC | Thời gian tính hao mòn (năm) | Tỷ lệ hao mòn (% năm)
    const doc = parse(readFileSync(join(CORPUS, 'input', '44bc41ecfb3f3b21.md')), { name: '44bc41ecfb3f3b21.md' });
    const assets = doc.appendices[1]!;
    expect(assets.groups.map((g) => [g.stt, g.title])).toEqual([
      ['Loại 1', 'Quyền tác giả và quyền liên quan đến quyền tác giả'],
      ['Loại 2', 'Quyền sở hữu công nghiệp'],
      ['Loại 3', 'Quyền đối với giống cây trồng'],
      ['Loại 4', 'Phần mềm ứng dụng'],
    ]);
    expect(assets.rows.map((r) => r.path.join('/'))).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `Loại 1/${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `Loại 2/${i + 1}`),
      'Loại 3/1',
      'Loại 3/2',
      ...Array.from({ length: 5 }, (_, i) => `Loại 4/${i + 1}`),
    ]);
    const design = assets.rows.find((r) => r.task === 'Bằng độc quyền kiểu dáng công nghiệp')!;
    expect(design.cells).toEqual({ 'Thời gian tính hao mòn (năm)': '05', 'Tỷ lệ hao mòn (% năm)': '20' });
  });
});

describe.runIf(hasCorpus)('an official letter\'s addressees with their address printed under them', () => {
  const read = (f: string) => parse(readFileSync(join(CORPUS, 'input', f)), { name: f });

  it('reads every "- " addressee after one whose address line follows it, the address kept with its addressee', () => {
    // Cục Thuế 5608/CT-CS: "Kính gửi:" / "- Công ty cổ phần siêu thị Sài Gòn;" / "(Địa chỉ: …)" / "- Thuế tỉnh Phú Thọ."
    const doc = read('77de8d61b741c666.md');
    expect(doc.document.addressees).toEqual(['Công ty cổ phần siêu thị Sài Gòn (Địa chỉ: Trung tâm Thương mại Hà Tiên, phường Vĩnh Phúc, tỉnh Phú Thọ)', 'Thuế tỉnh Phú Thọ']);
    // the letter opens after its addressees: no bullet of them is read as a section of its body
    expect(doc.document.intro?.startsWith('Cục Thuế nhận được công văn số 291/STSG-HC ngày 29/9/2025')).toBe(true);
    // the letter has no outline of its own: the clauses and points it quotes from Nghị định 103/2024/NĐ-CP are its text
    expect(doc.sections).toEqual([]);
    expect(doc.document.intro).toContain('“Điều 26. Đơn giá thuê đất\n1. Trường hợp thuê đất trả tiền thuê đất hằng năm không thông qua hình thức đấu giá:');
  });

  it('keeps the address under an addressee printed on the "Kính gửi:" line with it, out of the letter\'s text', () => {
    // Cục Hải quan 39992/CHQ-GSQL: "Kính gửi: Công ty TNHH Wilmar Marketing CLV." / "(Đ/c: Tầng 2 và tầng 10, …)"
    const doc = read('1894fbabcd1b75f6.md');
    expect(doc.document.addressees).toEqual(['Công ty TNHH Wilmar Marketing CLV (Đ/c: Tầng 2 và tầng 10, Tòa nhà Cornerstone, 16 Phan Chu Trinh, phường Cửa Nam, thành phố Hà Nội)']);
    expect(doc.document.intro?.startsWith('Trả lời công văn số 128.2025/OL.WMCLV')).toBe(true);
  });
});

describe.runIf(hasCorpus)('a list of projects issued with a decision (TT | Dự án | … | Dự kiến thời gian vận hành | Ghi chú)', () => {
  // Quyết định 2634/QĐ-TTg: the national energy projects, in tables one after another, each under its title
  const doc = hasCorpus ? parse(readFileSync(join(CORPUS, 'input', 'c93728206e91346c.md')), { name: 'c93728206e91346c.md' }) : null;

  it('reads each table as rows, not as lines of the body', () => {
    expect(doc!.sections).toEqual([]);
    const [thermal, hydro, wind, lng] = doc!.appendices;
    expect(thermal!.columns).toEqual(['TT', 'Dự án', 'Công suất (MW)', 'Địa điểm', 'Dự kiến thời gian vận hành', 'Ghi chú']);
    expect(thermal!.rows).toHaveLength(21);
    expect(thermal!.rows[0]).toMatchObject({ stt: '1', task: 'NMNĐ LNG Quảng Ninh', timeText: '2028-2029' });
    expect(thermal!.rows[0]!.cells).toEqual({ 'Công suất (MW)': '1500', 'Địa điểm': 'Quảng Ninh', 'Ghi chú': 'DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024' });
    expect(thermal!.rows[20]).toMatchObject({ stt: '21', task: 'NMĐ Hạt nhân Ninh Thuận 2', timeText: '2030-2035' });
    // the next table's title and header end the table before: each table is on its own
    expect(hydro!.title).toBe('2. Các dự án nhà máy thủy điện (NMTĐ)');
    expect(hydro!.rows.map((r) => r.stt)).toEqual(['1', '2', '3', '3', '4', '5', '6', '7', '8', '9']);
    expect(wind!.title).toBe('3. Các dự án điện gió ngoài khơi');
    expect(wind!.columns).toEqual(['TT', 'Dự án', 'Công suất (MW)', 'Dự kiến thời gian vận hành', 'Ghi chú']);
    expect(lng!.title).toBe('Bảng II. Các dự án kho LNG');
    expect(lng!.rows.map((r) => r.task)).toEqual([
      'Kho LNG NMĐ Quảng Ninh',
      'Kho LNG NMĐ Thái Bình',
      'Kho LNG NMĐ Nghi Sơn',
      'Kho LNG NMĐ Hải Lăng giai đoạn 1',
      'Kho LNG NMĐ Cà Ná',
      'Kho LNG NMĐ Bạc Liêu (giai đoạn 1)',
      'Kho LNG Bắc Trung Bộ (Kho LNG Vũng Áng) - Giai đoạn 1',
    ]);
    // its last row prints an empty Ghi chú ("2029-2030" | | "Bảng III. …"): no note is copied from the row above,
    // and a table that another follows is not said to be cut off
    expect(lng!.rows[5]!.cells['Ghi chú']).toBe('DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024');
    expect(lng!.rows[6]!.cells).toEqual({});
    expect(doc!.diagnostics.filter((d) => d.code === 'table-cut-off')).toEqual([]);
  });

  it('reads the sub-rows under an item whose STT spans them, each with its own empty last cell', () => {
    // "3. Các dự án điện gió ngoài khơi": item 1 over its four areas "- ĐGNK Nam Trung bộ 1.1" … "1.4", no Ghi chú
    const wind = doc!.appendices[2]!;
    expect(wind.rows.map((r) => [r.stt, r.task, r.cells['Công suất (MW)'], r.timeText])).toEqual([
      ['1', 'Khu vực phát triển điện gió ngoài khơi Nam Trung Bộ 1', '2.000', '2025-2035'],
      ['1', '- ĐGNK Nam Trung bộ 1.1', '500', '2025-2030'],
      ['1', '- ĐGNK Nam Trung bộ 1.2', '500', '2025-2030'],
      ['1', '- ĐGNK Nam Trung bộ 1.3', '500', '2025-2030'],
      ['1', '- ĐGNK Nam Trung bộ 1.4', '500', '2031-2035'],
      ['2', 'Dự án xuất khẩu điện gió ngoài khơi từ Việt Nam sang Singapore, Malaysia', '3.000', '2033'],
    ]);
    expect(wind.rows.every((r) => r.cells['Ghi chú'] === undefined)).toBe(true);
  });

  it('reads Bảng III to VI: rows with empty cells, a note spanning an item\'s rows, a header on two rows, bullets', () => {
    const [, , , , chains, grid, refinery, renewables] = doc!.appendices;
    // Bảng III: each chain (A, B, C) is a heading over its projects, as in Bảng IV; it prints its note once,
    // spanning the projects under it, and the note is theirs (a heading with a note carries no unit, period or product)
    expect(chains!.title).toBe('Bảng III. Các chuỗi dự án khí - điện');
    expect(chains!.columns).toEqual(['TT', 'Dự án', 'Công suất các NMĐ', 'Địa điểm', 'Ghi chú']);
    expect(chains!.groups.map((g) => [g.stt, g.title])).toEqual([['A', 'Chuỗi dự án khí - điện Lô B'], ['B', 'Chuỗi dự án khí - điện Cá Voi Xanh'], ['C', 'Chuỗi dự án khí - điện LNG Sơn Mỹ']]);
    expect(chains!.rows.map((r) => r.path)).toEqual([['A', '1'], ['A', '2'], ['A', '3'], ['B', '1'], ['B', '2'], ['C', '1'], ['C', '2']]);
    expect(chains!.rows[0]).toMatchObject({ task: 'Dự án Phát triển mỏ khí Lô B', cells: { 'Ghi chú': 'Đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024' } });
    expect(chains!.rows[2]!.cells).toEqual({ 'Công suất các NMĐ': 'Tổng công suất: 3.810 MW', 'Địa điểm': 'Cần Thơ', 'Ghi chú': 'Đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024' });
    // the table's last cell ("Lâm Đồng") is its last row's, not the next table's title
    expect(chains!.rows[6]).toMatchObject({ task: 'Dự án Trung tâm điện lực Sơn Mỹ (NMNĐ BOT Sơn Mỹ I, BOT Sơn Mỹ II)', cells: { 'Công suất các NMĐ': 'Tổng công suất: 4.500 MW', 'Địa điểm': 'Lâm Đồng' } });
    // Bảng IV: "Quy mô" over "Chiều dài (km)" | "Công suất (MVA)"; an empty cell of either reads like a row break
    expect(grid!.title).toBe('Bảng IV. Các dự án đường dây (ĐD) và trạm biến áp (TBA)');
    expect(grid!.columns).toEqual(['TT', 'Dự án', 'Chiều dài (km)', 'Công suất (MVA)', 'Địa điểm', 'Dự kiến thời gian vận hành', 'Ghi chú']);
    expect(grid!.rows).toHaveLength(45);
    expect(grid!.rows[0]).toMatchObject({ stt: '1.1', path: ['A', '1', '1.1'], task: 'ĐD 500 kV LNG Nghi Sơn - Hưng Yên 2', timeText: '2025-2030', cells: { 'Chiều dài (km)': '2x190', 'Địa điểm': 'Thanh Hóa, Hưng Yên' } });
    expect(grid!.rows[1]).toMatchObject({ stt: '1.2', task: 'TBA 500 kV Hưng Yên 2', timeText: '2025-2030', cells: { 'Công suất (MVA)': '900', 'Địa điểm': 'Hưng Yên' } });
    // the projects of axis 2.5, printed under "-" in the TT column, are 2.5's
    const axis = grid!.rows.filter((r) => r.stt === '2.5');
    expect(axis).toHaveLength(7);
    expect(axis[0]).toMatchObject({ path: ['A', '2', '2.5'], task: 'TBA 500kV Điện Biên', timeText: '2027-2028', cells: { 'Công suất (MVA)': '2700', 'Địa điểm': 'Điện Biên' } });
    expect(grid!.rows[44]).toMatchObject({ stt: '14', path: ['C', '14'], task: 'TBA 500kV Ninh Sơn và ĐD 500 kV Ninh Sơn - Chơn Thành', timeText: '2027', cells: { 'Chiều dài (km)': '2x275 + 4x18', 'Công suất (MVA)': '2.700', 'Địa điểm': 'Khánh Hòa, Đồng Nai' } });
    // Bảng V and VI: each under its own title, their headers no rows
    expect(refinery!.title).toBe('Bảng V. Các dự án lọc hóa dầu');
    expect(refinery!.columns).toEqual(['TT', 'Dự án', 'Ghi chú']);
    expect(refinery!.rows.map((r) => [r.stt, r.task, r.cells['Ghi chú']])).toEqual([['1', 'Dự án nâng cấp, mở rộng Nhà máy lọc dầu Dung Quất', 'DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024']]);
    expect(renewables!.title).toBe('Bảng VI. Trung tâm công nghiệp, dịch vụ năng lượng tái tạo liên vùng Nam Trung Bộ - Nam Bộ');
    expect(renewables!.rows.map((r) => [r.stt, r.cells['Địa điểm'], r.timeText])).toEqual([
      ['1', 'TP. Hồ Chí Minh', '2030'],
      ['2', 'TP. Hồ Chí Minh', '2030'],
      ['3', 'Khánh Hòa', '2030'],
    ]);
    expect(doc!.diagnostics.filter((d) => d.code === 'extra-cells' || d.code === 'odd-stt')).toEqual([]);
  });
});

describe.runIf(hasCorpus)('a part heading printed between an appendix\'s title and its table\'s header', () => {
  it('opens the rows as their group, as the next part\'s heading does inside the table (A. … cấp tỉnh / B. … cấp xã)', () => {
    // Quyết định 3771/QĐ-UBND (Nghệ An): 50 procedures of the province under "A." above the header, 33 of the communes under "B." in the table
    const doc = parse(readFileSync(join(CORPUS, 'input', 'dc1e1584661e6162.md')), { name: 'dc1e1584661e6162.md' });
    const list = doc.appendices[0]!;
    expect(list.groups[0]).toEqual({ stt: 'A', title: 'DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH', notes: [] });
    const parts = list.rows.map((r) => r.path[0]);
    expect(parts.filter((p) => p === 'A')).toHaveLength(50);
    expect(parts.filter((p) => p === 'B')).toHaveLength(33);
    expect(list.rows[0]!.path).toEqual(['A', 'I', '1']);
    expect(list.rows[0]!.cells['Mã hồ sơ TTHC']).toBe('2.000545');
    expect(doc.diagnostics.filter((d) => d.code === 'unplaced-text')).toEqual([]);
  });
});

describe.runIf(hasCorpus)('an appendix of several tables, each under a numbered caption ("1. Đề nghị …", "2. …")', () => {
  it('titles the first table by its caption too, after the part\'s own title, as the tables after it', () => {
    // Quyết định 3760/QĐ-UBND (Nghệ An): internal procedures, one table per procedure under A. / I.
    const doc = parse(readFileSync(join(CORPUS, 'input', 'e8652ce55bfaba04.md')), { name: 'e8652ce55bfaba04.md' });
    const [first, second] = doc.appendices;
    expect(first!.title).toMatch(/^QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ .* SỞ GIÁO DỤC VÀ ĐÀO TẠO 1\. Đề nghị miễn, giảm học phí trong cơ sở giáo dục nghề nghiệp và cơ sở giáo dục đại học công lập$/u);
    expect(first!.groups.map((g) => g.stt)).toEqual(['A', 'I']);
    expect(second!.title).toMatch(/^2\. Đề nghị hỗ trợ chi phí học tập/u);
    expect(doc.diagnostics.filter((d) => d.code === 'unplaced-text' && /Đề nghị/u.test(d.message))).toEqual([]);
  });
});

describe.runIf(hasCorpus)('a part heading in capitals with no number printed right above a table\'s header', () => {
  it('opens the rows as their unnumbered group, over the fields numbered I and II inside the table', () => {
    // Quyết định of Đắk Lắk (919fbc8391baa810): "**THỦ TỤC HÀNH CHÍNH CẤP TỈNH**" under the "(Kèm theo …)" line
    const doc = parse(readFileSync(join(CORPUS, 'input', '919fbc8391baa810.md')), { name: '919fbc8391baa810.md' });
    const list = doc.appendices[0]!;
    expect(list.groups.map((g) => [g.stt, g.title])).toEqual([
      ['', 'THỦ TỤC HÀNH CHÍNH CẤP TỈNH'],
      ['I', 'LĨNH VỰC ĐỊA CHẤT VÀ KHOÁNG SẢN'],
      ['II', 'LĨNH VỰC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI'],
    ]);
    expect(list.rows.map((r) => [r.path, r.cells['Mã số TTHC']])).toEqual([
      [['', 'I', '01'], '1.014466'],
      [['', 'II', '01'], '1.013644'],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'unplaced-text')).toEqual([]);
  });
});

describe.runIf(hasCorpus)('a table in an article whose header is printed on two rows', () => {
  it('keeps the whole table out of the article\'s text, as the table before it (text no field holds, reported once per table)', () => {
    // Quyết định 48/2025/QĐ-UBND (Gia Lai), Điều 2: two lists, the second under "Số lượng" split in "Cấp trung học cơ sở" | "Cấp trung học phổ thông"
    const doc = parse(readFileSync(join(CORPUS, 'input', '51e961df2382e070.md')), { name: '51e961df2382e070.md' });
    const article = doc.document.articles[1]!;
    expect(article.text.split('\n').slice(0, 3)).toEqual([
      '1. Danh mục, số lượng đồ dùng cá nhân được cấp 01 lần/01 cấp học (Trung học cơ sở và Trung học phổ thông) cho học sinh trường phổ thông dân tộc nội trú',
      '2. Danh mục, số lượng học phẩm và quần áo đồng phục được cấp mỗi năm học cho học sinh trường phổ thông dân tộc nội trú',
      'Căn cứ khoản 1 và khoản 2 Điều',
    ]);
    expect(article.text).not.toMatch(/Vở viết|Quyển|Áo khoác/u);
    // each table one diagnostic, at its first row, with its size, quoting it whole; no cell reported alone
    const tables = doc.diagnostics.filter((d) => d.code === 'unplaced-table');
    expect(tables.map((d) => [d.line, d.message.slice(0, d.message.indexOf(':'))])).toEqual([
      [78, 'table of 12 rows × 4 columns not read as a task table, in no field but the document\'s text'],
      [189, 'table of 14 rows × 5 columns not read as a task table, in no field but the document\'s text'],
    ]);
    expect(tables[0]!.message).toContain('"Số TT | Tên đồ dùng | Đơn vị tính | Số lượng / 1 | Chăn cá nhân | Cái | 01 / 2 | Đệm cá nhân');
    for (const cell of ['Vở viết | Quyển | 30 | 40', 'Áo khoác', 'Quần áo học sinh (Quần tây xanh, áo trắng; đồ học thể dục)']) expect(tables[1]!.message).toContain(cell);
    expect(doc.diagnostics.filter((d) => d.code === 'unplaced-text' && /Vở viết|Quyển|Áo khoác/u.test(d.message))).toEqual([]);
  });
});

describe.runIf(hasCorpus)("a notice's closing paragraph after its outline", () => {
  it('is the outro, not the last item\'s text (Thông báo of the Government Office, ad0066b8d39e5c85.md)', () => {
    const doc = parse(readFileSync(join(CORPUS, 'input', 'ad0066b8d39e5c85.md')), { name: 'ad0066b8d39e5c85.md' });
    expect(doc.document.outro).toBe('Văn phòng Chính phủ thông báo để các bộ, cơ quan và địa phương biết, thực hiện./.');
    const lastOf = (s: { text: string; children: unknown[] }[]): { text: string; children: unknown[] } => {
      const last = s[s.length - 1]!;
      return last.children.length ? lastOf(last.children as typeof s) : last;
    };
    expect(lastOf(doc.sections).text).not.toContain('thông báo để');
  });
});
