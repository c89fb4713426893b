import { describe, expect, it } from 'vitest';
import { textToTree } from '../sources/text.js';
import { type BlockNode, cellText, type TableNode } from '../tree.js';
import { unwrapLayoutTables } from './layout-tables.js';
import { splitPipeGrid } from './pipe-grid-parts.js';

/**
 * A saved page that prints all of a decision as one pipe grid (../shared/corpus/tables/646f0a00d4174382.md):
 * the closing (recipients | signature), appendix I's title and its task table in one row of cells,
 * and at the table's end appendix II's title and the header of its table in the cells of its last
 * row. Lines 663–666, 681–749 (the recipients list shortened) and 1827–1895 (appendix I's last
 * heading and row, appendix II's opening).
 */
const PAGE = [
  "|",
  "*Nơi nhận:*",
  "- Ban Bí thư Trung ương Đảng;",
  "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
  "- Lưu: VT, NN (2).",
  "|",
  "**KT. THỦ TƯỚNG**",
  "**PHÓ THỦ TƯỚNG**",
  "**Trần Hồng Hà**",
  "|",
  "**PHỤ LỤC I**",
  "BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI KẾ",
  "HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG",
  "KHÔNG KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045",
  "*(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng",
  "Chính phủ)*",
  "|",
  "**STT**",
  "|",
  "**Cơ quan chủ trì**",
  "|",
  "**Cơ quan phối hợp**",
  "|",
  "**Thuộc nhóm nhiệm",
  "vụ, hành động[1]**",
  "|",
  "**Nội dung nhiệm",
  "vụ**",
  "|",
  "**Chỉ tiêu đạt được**",
  "|",
  "**Thời hạn hoàn thành**",
  "|",
  "|",
  "**A.**",
  "|",
  "**BỘ NÔNG NGHIỆP VÀ MÔI",
  "TRƯỜNG**",
  "|",
  "|",
  "1",
  "|",
  "Bộ Nông nghiệp và Môi trường",
  "|",
  "- Bộ Khoa học và Công nghệ;",
  "- Bộ Xây dựng;",
  "- Bộ Công Thương;",
  "- Các bộ, ngành liên quan và UBND các tỉnh/ thành",
  "phố.",
  "|",
  "Hoàn thiện hệ thống chính sách pháp luật về kiểm soát,",
  "quản lý chất lượng môi trường không khí",
  "|",
  "- Hoàn thiện Nghị định về xử lý vi phạm hành",
  "chính trong lĩnh vực bảo vệ môi trường.",
  "|",
  "- Nghị định được ban hành, chế tài đủ mạnh, khả",
  "thi (xác định rõ các đối tượng, hành vi vi phạm, mức xử phạt nghiêm khắc trong",
  "hoạt động đốt chất thải, phụ phẩm nông nghiệp, xả khí thải vượt quy chuẩn kỹ",
  "thuật quốc gia về môi trường, gây ô nhiễm môi trường không khí).",
  "|",
  "Ban hành trong quý I năm 2026. Thực hiện rà soát,",
  "điều chỉnh (nếu có)",
  "|",
  "|",
  "- Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ",
  "số phát thải và kiểm kê khí thải.",
  "|",
  "- Bộ công cụ kiểm kê khí thải được ban hành và",
  "triển khai các hoạt động tập huấn, phổ biến, tuyên truyền.",
  "|",
  "Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật",
  "các hướng dẫn kỹ thuật (nếu có)",
  "|",
  "|",
  "**P.**",
  "|",
  "**MẶT TRẬN TỔ QUỐC VIỆT",
  "NAM VÀ CÁC TỔ CHỨC THÀNH VIÊN**",
  "|",
  "|",
  "|",
  "Mặt trận Tổ quốc Việt Nam và các tổ chức thành",
  "viên",
  "|",
  "- Bộ Nông nghiệp và Môi trường và các bộ, ngành",
  "liên quan;",
  "- UBND thành phố Hà Nội, UBND Thành phố Hồ Chí",
  "Minh và các tỉnh/ thành phố khác.",
  "|",
  "Tăng cường hiệu quả hoạt động hợp tác quốc tế,",
  "thông tin và truyền thông",
  "|",
  "Tăng cường vai trò giám sát, vận động đoàn viên,",
  "hội viên và Nhân dân tích cực tham gia bảo vệ môi trường không khí; thay đổi",
  "hành vi (không đốt rác, phụ phẩm); vận động cán bộ, công chức gương mẫu sử dụng",
  "phương tiện công cộng, phương tiện thân thiện môi trường; phối hợp xây dựng",
  "và nhân rộng các mô hình, điển hình tiên tiến trong cộng đồng.",
  "|",
  "- Các chương trình, chiến dịch truyền thông, vận",
  "động cộng đồng về bảo vệ môi trường không khí được tổ chức thường xuyên, thu",
  "hút sự tham gia đông đảo của các tầng lớp nhân dân.",
  "- Lực lượng tình nguyện viên tham gia tích cực",
  "vào các hoạt động giám sát cộng đồng, trồng cây xanh, làm sạch môi trường.",
  "- Tỷ lệ cán bộ, công chức, viên chức gương mẫu sử",
  "dụng phương tiện giao thông công cộng hoặc phương tiện thân thiện môi trường",
  "tăng lên.",
  "|",
  "Giai đoạn 2026 - 2030",
  "|",
  "**PHỤ LỤC II**",
  "DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN KẾ HOẠCH",
  "HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG",
  "KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045",
  "*(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng",
  "Chính phủ)*",
  "|",
  "**STT**",
  "|",
  "**Tên dự án, nhiệm",
  "vụ**",
  "|",
  "**Nội dung chính**",
  "|",
  "**Cơ quan chủ trì[1]**",
  "|",
  "**Cơ quan phối hợp**",
  "|",
  "**Tình trạng**",
  "|",
  "**Thời gian thực",
  "hiện**",
  "|",
  "**Nguồn lực thực",
  "hiện[2]**",
  "|",
  "|",
  "**I**",
  "|",
  "**NHÓM QUAN TRẮC, QUẢN",
  "LÝ DỮ LIỆU, DỰ BÁO VÀ ỨNG PHÓ Ô NHIỄM KHÔNG KHÍ**",
  "|",
].join('\n');

const grid = () => {
  const [table] = textToTree(PAGE).children;
  expect(table).toMatchObject({ type: 'table', data: { grid: 'pipes' } });
  return table as TableNode;
};
const texts = (table: TableNode) => table.children.map((row) => row.children.map(cellText));
const valuesBetween = (blocks: BlockNode[], from: number, to: number) => blocks.slice(from, to).map((b) => (b.type === 'line' ? b.value : `[${b.type}]`));

describe('splitPipeGrid', () => {
  const parts = splitPipeGrid(grid());
  const tableAt = parts.flatMap((b, i) => (b.type === 'table' ? [i] : []));
  const [first, second] = tableAt.map((i) => parts[i] as TableNode);

  it('gives the grid back as its two task tables and the lines around them', () => {
    expect(tableAt).toHaveLength(2);
    expect(parts.every((b) => b.type === 'line' || b.data?.grid === 'pipes')).toBe(true);
  });
  it('starts a task table at its header’s STT cell: the closing and the appendix title before it are lines', () => {
    expect(valuesBetween(parts, 0, tableAt[0]!)).toEqual([
      '*Nơi nhận:*',
      '- Ban Bí thư Trung ương Đảng;',
      '- Thủ tướng, các Phó Thủ tướng Chính phủ;',
      '- Lưu: VT, NN (2).',
      '**KT. THỦ TƯỚNG**',
      '**PHÓ THỦ TƯỚNG**',
      '**Trần Hồng Hà**',
      '**PHỤ LỤC I**',
      'BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI KẾ',
      'HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG',
      'KHÔNG KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045',
      '*(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng',
      'Chính phủ)*',
    ]);
    expect(texts(first!)[0]).toEqual([
      '**STT**',
      '**Cơ quan chủ trì**',
      '**Cơ quan phối hợp**',
      '**Thuộc nhóm nhiệm vụ, hành động[1]**',
      '**Nội dung nhiệm vụ**',
      '**Chỉ tiêu đạt được**',
      '**Thời hạn hoàn thành**',
    ]);
    // the table and its header row start where the STT cell does
    expect(first!.position.start).toEqual(first!.children[0]!.children[0]!.position.start);
    expect(first!.children[0]!.position.start).toEqual(first!.children[0]!.children[0]!.position.start);
    expect(texts(first!)[1]).toEqual(['**A.**', '**BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**']);
  });
  it('ends a task table at the row that overflows its width: its first cells are the last row, the rest the text after the table', () => {
    const rows = texts(first!);
    const last = rows[rows.length - 1]!;
    // the heading row before it printed the empty cell that opens the last row at its break
    expect(rows[rows.length - 2]).toEqual(['**P.**', '**MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC THÀNH VIÊN**']);
    // the last assignment: no STT of its own; the lead, partners, group, task, target and deadline of appendix I's last item
    expect(last).toEqual([
      '',
      'Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên',
      '- Bộ Nông nghiệp và Môi trường và các bộ, ngành liên quan; - UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh và các tỉnh/ thành phố khác.',
      'Tăng cường hiệu quả hoạt động hợp tác quốc tế, thông tin và truyền thông',
      expect.stringMatching(/^Tăng cường vai trò giám sát/u),
      expect.stringMatching(/^- Các chương trình, chiến dịch truyền thông/u),
      'Giai đoạn 2026 - 2030',
    ]);
    expect(rows.every((row) => row.length <= 7)).toBe(true);
    // appendix II's title lies between the two tables
    expect(valuesBetween(parts, tableAt[0]! + 1, tableAt[1]!)).toEqual([
      '**PHỤ LỤC II**',
      'DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN KẾ HOẠCH',
      'HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG',
      'KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045',
      '*(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng',
      'Chính phủ)*',
    ]);
  });
  it('starts the next task table in the cells past the width, at its own STT cell', () => {
    expect(texts(second!)).toEqual([
      ['**STT**', '**Tên dự án, nhiệm vụ**', '**Nội dung chính**', '**Cơ quan chủ trì[1]**', '**Cơ quan phối hợp**', '**Tình trạng**', '**Thời gian thực hiện**', '**Nguồn lực thực hiện[2]**'],
      ['**I**', '**NHÓM QUAN TRẮC, QUẢN LÝ DỮ LIỆU, DỰ BÁO VÀ ỨNG PHÓ Ô NHIỄM KHÔNG KHÍ**'],
    ]);
    expect(parts.slice(tableAt[1]! + 1)).toEqual([]);
  });
  it('is how the page is read: layout unwrapping parts the grid the same way', () => {
    expect(unwrapLayoutTables([grid()])).toEqual(parts);
  });
});

describe('splitPipeGrid: a header printed on two rows', () => {
  // 51e961df2382e070.md (Quyết định 48/2025/QĐ-UBND, Gia Lai), Điều 2 khoản 2: "Số lượng" over the two
  // school levels, lines 186–229 (the rows shortened to three), then the article's text after the table
  const cells = (...texts: string[]) => texts.flatMap((t) => [t, '|']);
  const PAGE2 = [
    '|',
    '2. Danh mục, số lượng học phẩm và quần áo đồng phục được cấp mỗi năm học cho học sinh trường phổ thông dân tộc nội trú',
    '|',
    ...cells('**Số TT**', '**Tên học phẩm và quần áo đồng phục**', '**Đơn vị tính**', '**Số lượng**'),
    '|',
    ...cells('**Cấp trung học cơ sở**', '**Cấp trung học phổ thông**'),
    '|',
    ...cells('1', 'Vở viết', 'Quyển', '30', '40'),
    '|',
    ...cells('2', 'Cặp sách hoặc balo học sinh', 'Cái', '01', '01'),
    '|',
    ...cells('3', 'Bút bi', 'Cái', '20', '24'),
    'Căn cứ khoản 1 và khoản 2 Điều 2 của Quyết định này, Hiệu trưởng các trường chịu trách nhiệm mua và cung cấp học phẩm.',
  ].join('\n');

  it('reads the rows under it, as wide as the header with "Số lượng" split in two, as one table', () => {
    const [grid] = textToTree(PAGE2).children;
    const parts = splitPipeGrid(grid as TableNode);
    const tables = parts.filter((b): b is TableNode => b.type === 'table');
    expect(tables).toHaveLength(1);
    // (the bold marks are still there: the grid is parted before the line passes clean its cells)
    const rows = tables[0]!.children.map((row) => row.children.map((c) => cellText(c).replace(/\*\*/gu, '')));
    expect(rows[0]).toEqual(['Số TT', 'Tên học phẩm và quần áo đồng phục', 'Đơn vị tính', 'Cấp trung học cơ sở', 'Cấp trung học phổ thông']);
    expect(rows.slice(1)).toEqual([
      ['1', 'Vở viết', 'Quyển', '30', '40'],
      ['2', 'Cặp sách hoặc balo học sinh', 'Cái', '01', '01'],
      ['3', 'Bút bi', 'Cái', '20', '24'],
    ]);
    // nothing of the table is left as lines; the text before and after it is
    const lines = parts.filter((b) => b.type === 'line').map((b) => (b as { value: string }).value);
    expect(lines).toEqual([
      '2. Danh mục, số lượng học phẩm và quần áo đồng phục được cấp mỗi năm học cho học sinh trường phổ thông dân tộc nội trú',
      'Căn cứ khoản 1 và khoản 2 Điều 2 của Quyết định này, Hiệu trưởng các trường chịu trách nhiệm mua và cung cấp học phẩm.',
    ]);
  });
});

describe('splitPipeGrid: a table whose last row is short, then the next table\'s title and header', () => {
  // c93728206e91346c.md (Quyết định 2634/QĐ-TTg), lines 751–797: the end of Bảng III (its Ghi chú spans
  // chain C's rows, so they print four cells of five), Bảng IV's title and its header on two rows
  const PAGE3 = [
    '|',
    ...['**TT**', '**Dự án**', '**Công suất các NMĐ**', '**Địa điểm**', '**Ghi chú**'].flatMap((t) => [t, '|']),
    '|',
    '**C**', '|', '**Chuỗi dự án khí - điện LNG Sơn Mỹ**', '|', '|', '|', 'DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024', '|', '|',
    '1', '|', 'Dự án Kho LNG Sơn Mỹ', '|', '|', '|', '|',
    '2', '|', 'Dự án Trung tâm điện lực Sơn Mỹ (NMNĐ BOT Sơn Mỹ', 'I, BOT Sơn Mỹ II)', '|', 'Tổng công suất:', '4.500 MW', '|', 'Lâm Đồng', '|',
    '**Bảng IV. Các dự án đường', 'dây (ĐD) và trạm biến áp (TBA)**', '|',
    ...['**TT**', '**Dự án**', '**Quy mô**', '**Địa điểm**', '**Dự kiến thời', 'gian vận hành**'].flatMap((t, i) => (i === 4 ? [t] : [t, '|'])),
    '**Ghi chú**', '|', '|',
    '**Chiều dài (km)**', '|', '**Công suất (MVA)**', '|', '|',
    '**A**', '|', '**Các dự án đấu nối, giải tỏa công suất nguồn điện**', '|',
  ].join('\n');

  it('ends the table with its short last row: its last cell is no part of the next table\'s title', () => {
    const [grid] = textToTree(PAGE3).children;
    const parts = splitPipeGrid(grid as TableNode);
    const tableAt = parts.flatMap((b, i) => (b.type === 'table' ? [i] : []));
    expect(tableAt).toHaveLength(2);
    const rows = texts(parts[tableAt[0]!] as TableNode);
    expect(rows[rows.length - 1]).toEqual(['2', 'Dự án Trung tâm điện lực Sơn Mỹ (NMNĐ BOT Sơn Mỹ I, BOT Sơn Mỹ II)', 'Tổng công suất: 4.500 MW', 'Lâm Đồng']);
    expect(valuesBetween(parts, tableAt[0]! + 1, tableAt[1]!)).toEqual(['**Bảng IV. Các dự án đường', 'dây (ĐD) và trạm biến áp (TBA)**']);
  });
});

describe('splitPipeGrid: a table whose last row ends with an empty cell, then the next table\'s title', () => {
  // c93728206e91346c.md (Quyết định 2634/QĐ-TTg), lines 599–610 and 656–684: Bảng II's header, its last two
  // rows (the last with no Ghi chú), Bảng III's title and header. A row ends with `|` `|`; the table's last
  // row ends with one `|` before the text after it, so the two before the title are its empty cell and that `|`.
  const PAGE4 = [
    '**Bảng II. Các dự án kho LNG**',
    '|', '**TT**', '|', '**Dự án**', '|', '**Dự kiến thời', 'gian vận hành**', '|', '**Ghi chú**', '|', '|',
    '6', '|', 'Kho LNG NMĐ Bạc Liêu (giai đoạn 1)', '|', '2025-2030', '|', 'DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024', '|', '|',
    '7', '|', 'Kho LNG Bắc Trung Bộ (Kho LNG Vũng Áng) - Giai đoạn', '1', '|', '2029-2030', '|', '|',
    '**Bảng III. Các chuỗi dự án', 'khí - điện**', '|',
    '**TT**', '|', '**Dự án**', '|', '**Công suất các', 'NMĐ**', '|', '**Địa điểm**', '|', '**Ghi chú**', '|', '|',
    '**A**', '|', '**Chuỗi dự án khí - điện Lô B**', '|',
  ].join('\n');

  it('gives the last row its empty last cell: the row is whole, no cell of it spans from above', () => {
    const [, grid] = textToTree(PAGE4).children;
    const parts = splitPipeGrid(grid as TableNode);
    const tableAt = parts.flatMap((b, i) => (b.type === 'table' ? [i] : []));
    expect(tableAt).toHaveLength(2);
    const rows = texts(parts[tableAt[0]!] as TableNode);
    expect(rows.slice(1)).toEqual([
      ['6', 'Kho LNG NMĐ Bạc Liêu (giai đoạn 1)', '2025-2030', 'DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024'],
      ['7', 'Kho LNG Bắc Trung Bộ (Kho LNG Vũng Áng) - Giai đoạn 1', '2029-2030', ''],
    ]);
    expect(valuesBetween(parts, tableAt[0]! + 1, tableAt[1]!)).toEqual(['**Bảng III. Các chuỗi dự án', 'khí - điện**']);
  });
});
