// Fixtures in fixtures/flat/: the seeds as a legal-document site's crawler flattens them (the one real
// sample of that form is ../shared/corpus/flat/cv-627-byt-bh-2021.txt). Made by
//   node dist/cli.js normalize fixtures/X.txt --out J && node scripts/flatten-crawler.mjs A|B J/X.json --out DIR
// from the `text` vanban reads out of fixtures/cv-09-bhxh-tdkt-2023.txt and fixtures/qd-40-qd-bhxh-2023.txt:
// a title sentence first, the issuer and the motto each on one line with its rule ("BẢO HIỂM XÃ HỘI VIỆT NAM
// -------"), "Số:" with "V/v", "Kính gửi:" after the date, a label alone joined to its paragraph, and
//   A (as in the sample): the signature block on one line, the role printed under the name included
//     ("TỔNG GIÁM ĐỐC Nguyễn Thế Mạnh Chủ tịch Hội đồng …"): cv-09-bhxh-tdkt-2023.txt;
//   B (a variant): the date line taking the next line (a decision's heading and subject), and the
//     signer's title on one line, the name and the role under it on the next: cv-09-…-b.txt, qd-40-…-b.txt.
//   C (a variant): a decision's heading, subject and authority on one line, "QUYẾT ĐỊNH:" with "Điều 1.",
//     an appendix's label with its title ("Phụ lục I NHIỆM VỤ …"), the title sentence again before each
//     later article: qd-2422-qd-bhxh-2020-c.txt, phu-luc-kiem-soat-tthc-2024-c.txt (from fixtures/ too).
// qd-48-2025-qd-ubnd-c.txt: Quyết định 48/2025/QĐ-UBND of UBND tỉnh Gia Lai (25/11/2025), flattened (C) from
// the `text` vanban reads out of ../shared/corpus/input/51e961df2382e070.md: Điều 3 follows a table.
// cv-5608-ct-cs-2025.txt: Công văn 5608/CT-CS of Cục Thuế (28/11/2025), flattened (A) the same way from the
// `text` vanban reads out of the saved page ../shared/corpus/input/77de8d61b741c666.md.
// The facts asserted are those of the original documents (the PDFs in fixtures/pdf/, the saved page).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { FIXTURES } from './fixtures.js';

const flat = (name: string) => parse(readFileSync(new URL(`flat/${name}`, FIXTURES)), { name });
const ROLE = 'Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam';

describe('cv-09 flattened: an official letter whose signer has a second role printed under the name', () => {
  for (const name of ['cv-09-bhxh-tdkt-2023.txt', 'cv-09-bhxh-tdkt-2023-b.txt']) {
    const d = flat(name).document;
    it(`${name}: reads the header parts merged onto shared lines`, () => {
      expect([d.kind, d.number, d.issuer, d.place, d.date]).toEqual(['official-letter', '09/BHXH-TĐKT', 'Bảo hiểm xã hội Việt Nam', 'Hà Nội', '2023-01-04']);
      expect(d.subject).toBe('phát động PTTĐ yêu nước ngành Bảo hiểm xã hội Việt Nam năm 2023');
      expect(d.addressees).toEqual(['Các đơn vị trực thuộc BHXH Việt Nam', 'BHXH các tỉnh, thành phố trực thuộc Trung ương']);
    });
    it(`${name}: cuts the name from the role run on after it`, () => {
      expect(d.signature).toEqual({ authority: null, onBehalfOf: null, title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: [ROLE] });
      expect(d.recipients).toHaveLength(8);
      expect(d.archive).toEqual(['VT', 'TĐKT']);
    });
  }
});

describe('qd-40 flattened (B): the date line holding the heading and the subject', () => {
  const doc = flat('qd-40-qd-bhxh-2023-b.txt');
  const d = doc.document;
  it('reads the header and the closing', () => {
    expect([d.kind, d.number, d.place, d.date, d.authority]).toEqual(['decision', '40/QĐ-BHXH', 'Hà Nội', '2023-01-18', 'TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM']);
    expect(d.subject?.toLowerCase()).toBe('ban hành chương trình hành động của bảo hiểm xã hội việt nam thực hiện nghị quyết số 01/nq-cp ngày 06/01/2023 của chính phủ');
    expect(d.legalBases.map((b) => b.citationIds)).toEqual([['89/2020/NĐ-CP'], ['01/NQ-CP']]);
    expect(d.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(d.signature).toEqual({ authority: null, onBehalfOf: null, title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: [] });
    expect(d.archive).toEqual(['VT', 'KHĐT']);
  });
  it('keeps the appendix table, one cell a line', () => {
    expect(doc.appendices[0]?.rows).toHaveLength(42);
  });
});

describe('cv-5608 flattened: a letter of a department under a ministry, signed TL./KT. on one line', () => {
  const d = flat('cv-5608-ct-cs-2025.txt').document;
  it('reads the parent and the issuing body from one line', () => {
    expect([d.parentIssuer, d.issuer, d.number, d.date, d.place]).toEqual(['Bộ Tài chính', 'Cục Thuế', '5608/CT-CS', '2025-11-28', 'Hà Nội']);
    expect(d.subject).toBe('đơn giá thuê đất');
  });
  it('keeps the address note with its addressee, the next addressee after it', () => {
    expect(d.addressees).toEqual(['Công ty cổ phần siêu thị Sài Gòn (Địa chỉ: Trung tâm Thương mại Hà Tiên, phường Vĩnh Phúc, tỉnh Phú Thọ)', 'Thuế tỉnh Phú Thọ']);
  });
  it('reads the signature levels, title and name from one line', () => {
    expect(d.signature).toEqual({ authority: 'TL.', onBehalfOf: 'CỤC TRƯỞNG', title: 'PHÓ TRƯỞNG BAN', name: 'Phạm Thị Minh Hiền', otherRoles: ['KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ'] });
    expect(d.recipients).toEqual(['Như trên', 'PCTr Đặng Ngọc Minh (để b/c)', 'Ban Pháp chế', 'Website Cục Thuế']);
    expect(d.archive).toEqual(['VT', 'CS']);
  });
});

describe('qd-2422 flattened (C): the enacting word with the first article, the appendix label with its title', () => {
  const doc = flat('qd-2422-qd-bhxh-2020-c.txt');
  const d = doc.document;
  it('reads the header, the preamble and both articles', () => {
    expect([d.kind, d.number, d.place, d.date]).toEqual(['decision', '2422/QĐ-BHXH', 'Hà Nội', '2020-12-25']);
    expect(d.legalBases).toHaveLength(3);
    expect(d.proposedBy).toBe('Vụ trưởng Vụ Kế hoạch và Đầu tư');
    expect(d.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(d.articles[0]!.text).toMatch(/^Ban hành kèm theo Quyết định này Chương trình hành động/u);
    expect(d.recipients).toHaveLength(6);
    expect([d.signature.title, d.signature.name]).toEqual(['TỔNG GIÁM ĐỐC', 'Nguyễn Thế Mạnh']);
  });
  it('finds the appendix and its table', () => {
    expect(doc.appendices).toHaveLength(1);
    expect(doc.appendices[0]!.columns).toEqual(['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp']);
    expect(doc.appendices[0]!.rows).toHaveLength(10);
  });
});

describe('phu-luc flattened (C): "Phụ lục I" and its title on one line', () => {
  const doc = flat('phu-luc-kiem-soat-tthc-2024-c.txt');
  it('reads the label, the title and the task table', () => {
    expect(doc.document.kind).toBe('appendix');
    expect([doc.appendices[0]?.label, doc.appendices[0]?.title]).toEqual(['Phụ lục I', 'NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NGÀNH BẢO HIỂM XÃ HỘI VIỆT NAM NĂM 2024']);
    expect(doc.appendices[0]!.rows).toHaveLength(32);
  });
});

describe('qd-48 flattened (C): the title sentence repeated before an article that follows a table', () => {
  const doc = flat('qd-48-2025-qd-ubnd-c.txt');
  const d = doc.document;
  it('reads the three articles, the third after the table of Điều 2', () => {
    expect([d.number, d.date, d.place]).toEqual(['48/2025/QĐ-UBND', '2025-11-25', 'Gia Lai']);
    expect(d.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(d.articles[2]!.text).toMatch(/^1\. Quyết định này có hiệu lực thi hành từ ngày 06 tháng 12 năm 2025\./u);
    expect(doc.text).not.toMatch(/ban hành\. Điều 3\./u);
  });
  it('reads the TM./KT. signature from one line', () => {
    expect(d.signature).toEqual({ authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: 'Lâm Hải Giang', otherRoles: ['KT. CHỦ TỊCH'] });
    expect(d.archive).toEqual(['VT', 'V2']);
  });
});
