import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { documentToMarkdown } from '../src/export/markdown.js';

// Pages of the national legal-document database, saved whole (styles, scripts, navigation around the
// document). They live beside the repository (../shared/corpus/html), as in CI. The facts below were
// read by hand from each page: the "Số:" cell, the type heading, the date line, the signer under the
// signature, and the page's article elements (class "prov-article").
const HTML = new URL('../../shared/corpus/html/', import.meta.url);
const PAGES = [
  { file: 'vbpl-doc-000010.html', number: '11/2026/TT-BCT', typeName: 'Thông tư', kind: 'circular', date: '2026-02-27', signer: 'Trương Thanh Hoài', articles: 22, signature: { authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG' } },
  { file: 'vbpl-doc-000150.html', number: '40/2025/QĐ-TTg', typeName: 'Quyết định', kind: 'decision', date: '2025-10-31', signer: 'Phạm Thị Thanh Trà', articles: 9, signature: { authority: 'KT.', onBehalfOf: 'THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG' } },
  { file: 'vbpl-doc-000300.html', number: '301/2025/NĐ-CP', typeName: 'Nghị định', kind: 'decree', date: '2025-11-17', signer: 'Trần Hồng Hà', articles: 30, signature: { authority: 'TM.', onBehalfOf: 'CHÍNH PHỦ', title: 'PHÓ THỦ TƯỚNG' } },
];

describe.runIf(existsSync(HTML))('pages of the national legal-document database', () => {
  it.each(PAGES)('$file', (page) => {
    const doc = parse(readFileSync(new URL(page.file, HTML)), { name: page.file });
    expect(doc.source.format).toBe('html');
    const d = doc.document;
    expect([d.number, d.typeName, d.kind, d.date]).toEqual([page.number, page.typeName, page.kind, page.date]);
    expect(d.signature).toMatchObject({ name: page.signer, ...page.signature });
    expect(d.articles.map((a) => a.number)).toEqual(Array.from({ length: page.articles }, (_, i) => i + 1));
    expect(doc.text).not.toMatch(/function\s*\(|\{\s*[a-z-]+\s*:/u);
  });
});

// Read by hand from each page's body: its header, "Căn cứ" lines, enacting formula, chapters, "Nơi nhận"
// list and appendices.
describe.runIf(existsSync(HTML))('the parts of the national database\'s pages, field by field', () => {
  const read = (file: string) => parse(readFileSync(new URL(file, HTML)), { name: file });

  it('Thông tư 11/2026/TT-BCT: its chapters, enacting authority, amending law and forms', () => {
    const doc = read('vbpl-doc-000010.html');
    const d = doc.document;
    expect([d.issuer, d.place, d.subject]).toEqual(['Bộ Công Thương', 'Hà Nội', 'Quy định về truy xuất nguồn gốc thực phẩm thuộc phạm vi quản lý của Bộ Công Thương']);
    expect(d.authority).toBe('Bộ trưởng Bộ Công Thương');
    expect(d.legalBases).toHaveLength(9);
    expect(d.proposedBy).toBe('Cục trưởng Cục Công nghiệp');
    expect(d.intro).toBe('Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về truy xuất nguồn gốc thực phẩm thuộc phạm vi quản lý của Bộ Công Thương.');
    expect(d.chapters.map((c) => [c.label, c.title, c.articles])).toEqual([
      ['I', 'QUY ĐỊNH CHUNG', [1, 2, 3, 4]],
      ['II', 'HOẠT ĐỘNG TRUY XUẤT NGUỒN GỐC THỰC PHẨM', [5, 6, 7, 8, 9]],
      ['III', 'HỆ THỐNG TRUY XUẤT NGUỒN GỐC THỰC PHẨM', [10, 11, 12, 13, 14, 15, 16, 17]],
      ['IV', 'TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC, CÁ NHÂN', [18, 19, 20]],
      ['V', 'TỔ CHỨC THỰC HIỆN', [21, 22]],
    ]);
    // a chapter's heading is no part of the article before it
    expect(d.articles.find((a) => a.number === 4)!.text.endsWith('được áp dụng theo lộ trình quy định tại Điều 15 Thông tư này.')).toBe(true);
    expect(d.articles.some((a) => a.text.includes('Chương'))).toBe(false);
    expect(d.recipients).toHaveLength(15);
    expect(d.recipients).toContain('Văn phòng Chính phủ (Phòng Công báo; Cổng thông tin điện tử Chính phủ, Vụ CN, KGVX)');
    expect(d.archive).toEqual(['VT', 'CN']);
    const cited = new Map(doc.citations.map((c) => [c.id, c]));
    expect(cited.get('28/2018/QH14')?.title).toBe('Luật sửa đổi, bổ sung một số điều của 11 Luật có liên quan đến quy hoạch');
    // "(sau đây gọi tắt là cơ sở)" names the producers and traders of Điều 2, not the decree cited in Điều 1
    expect(cited.get('46/2026/NĐ-CP')?.mentions.map((m) => m.text)).toEqual(Array(4).fill('Nghị định số 46/2026/NĐ-CP'));
    // "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị": TW is signed by several Party bodies
    expect([cited.get('57-NQ/TW')?.date, cited.get('57-NQ/TW')?.issuer]).toEqual(['2024-12-22', 'Bộ Chính trị']);
    expect([cited.get('68-NQ/TW')?.date, cited.get('68-NQ/TW')?.issuer]).toEqual(['2025-05-04', 'Bộ Chính trị']);
    // the two appendices are report forms: their text is theirs, not text left unplaced
    expect(doc.appendices.map((a) => [a.label, a.rows.length])).toEqual([['PHỤ LỤC 1', 0], ['PHỤ LỤC 2', 0]]);
    expect(doc.appendices[0]!.issuedWith).toBe('(Kèm theo Thông tư số 11/2026/TT-BCT ngày 27 tháng 02 năm 2026 của Bộ trưởng Bộ Công Thương)');
    expect(doc.appendices[0]!.text).toContain('Chúng tôi cam kết và chịu trách nhiệm trước pháp luật về nội dung báo cáo nêu trên./.');
    expect(doc.appendices[1]!.text!.split('\n')).toContain('7. Đề xuất, kiến nghị:');
    // nothing but the page around the document, said once and quoted: the site's breadcrumb, its footer, its table of contents
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['outside-document', 'info']]);
    const left = doc.diagnostics[0]!.message;
    for (const chrome of ['Trang chủ / > / Văn bản quy phạm pháp luật Trung ương', 'CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT', 'Ngày có hiệu lực:16/04/2026', 'Mục lục / Chương I QUY ĐỊNH CHUNG']) expect(left).toContain(chrome);
    // and no line of the document itself
    expect(left).not.toContain('Căn cứ');
    const md = documentToMarkdown(doc);
    expect(md).toContain('## Chương II. HOẠT ĐỘNG TRUY XUẤT NGUỒN GỐC THỰC PHẨM');
    expect(md.indexOf('## Chương II.')).toBeLessThan(md.indexOf('**Điều 5. Thông tin truy xuất'));
    expect(md.indexOf('## Chương II.')).toBeGreaterThan(md.indexOf('**Điều 4. Nguyên tắc áp dụng'));
  });

  it('Quyết định 40/2025/QĐ-TTg: the Prime Minister enacts it, with no chapters', () => {
    const doc = read('vbpl-doc-000150.html');
    const d = doc.document;
    expect([d.issuer, d.place, d.authority, d.proposedBy]).toEqual(['Thủ tướng Chính phủ', 'Hà Nội', 'Thủ tướng Chính phủ', 'Bộ trưởng Bộ Nội vụ']);
    expect(d.subject).toBe('Về tiêu chí, trình tự, thủ tục công nhận xã đảo và xã An toàn khu trong thời kỳ kháng chiến chống Pháp và chống Mỹ');
    expect(d.legalBases).toHaveLength(5);
    // the law of the second basis, cited again by name with its date in Điều 2
    const law = doc.citations.find((c) => c.id === '72/2025/QH15')!;
    expect([law.title, law.date, law.mentions.length]).toEqual(['Luật Tổ chức chính quyền địa phương', '2025-06-16', 3]);
    expect(d.chapters).toEqual([]);
    expect(d.articles.map((a) => a.title)[6]).toBe('Điều khoản chuyển tiếp');
    expect(d.recipients).toHaveLength(16);
    expect([d.archive, d.copies]).toEqual([['VT', 'QHĐP'], 2]);
  });

  it('Nghị định 301/2025/NĐ-CP: the Government enacts it; "(sau đây gọi chung là cấp tỉnh)" names no law', () => {
    const doc = read('vbpl-doc-000300.html');
    const d = doc.document;
    expect([d.issuer, d.authority, d.proposedBy]).toEqual(['Chính phủ', 'Chính phủ', 'Bộ trưởng Bộ Nông nghiệp và Môi trường']);
    expect(d.legalBases).toHaveLength(3);
    expect(d.signature.otherRoles).toEqual(['KT. THỦ TƯỚNG']);
    // an article that is its bold heading alone ("Điều 12. Bãi bỏ điểm b khoản 1 Điều 39.") is titled by it
    expect(d.articles.filter((a) => a.text === '').map((a) => [a.number, a.title])).toEqual([
      [12, 'Bãi bỏ điểm b khoản 1 Điều 39'],
      [16, 'Bãi bỏ khoản 4 Điều 42'],
      [25, 'Bãi bỏ Điều 52'],
    ]);
    expect(d.articles[19]!.title).toBe('Sửa đổi, bổ sung Điều 47 như sau');
    expect(d.recipients).toHaveLength(15);
    expect([d.archive, d.copies]).toEqual([['VT', 'NN'], 2]);
    const law = doc.citations.find((c) => c.number === '15/2012/QH13')!;
    expect(law.title).toBe('Luật Xử lý vi phạm hành chính');
    expect(law.mentions.every((m) => m.text.startsWith('Luật Xử lý vi phạm hành chính'))).toBe(true);
  });
});
