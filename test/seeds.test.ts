import { describe, expect, it } from 'vitest';
import { Decision } from '../src/index.js';
import { fixtureNames, ids, parsed, rowsWith } from './fixtures.js';

describe('every fixture', () => {
  it.each(fixtureNames)('%s gives JSON valid for the schema', (name) => {
    const doc = parsed(name);
    expect(() => Decision.parse(JSON.parse(JSON.stringify(doc)))).not.toThrow();
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('qd-40: a decision with an attached programme and a scraped appendix table', () => {
  const doc = parsed('qd-40-qd-bhxh-2023.txt');
  const d = doc.document;
  it('reads the header', () => {
    expect([d.kind, d.typeName, d.typeCode, d.number]).toEqual(['decision', 'Quyết định', 'QĐ', '40/QĐ-BHXH']);
    expect(d.numberParts).toMatchObject({ seq: 40, typeCode: 'QĐ', issuerCode: 'BHXH' });
    expect([d.issuer, d.place, d.date]).toEqual(['Bảo hiểm xã hội Việt Nam', 'Hà Nội', '2023-01-18']);
    expect(d.subject?.toLowerCase()).toBe(
      'ban hành chương trình hành động của bảo hiểm xã hội việt nam thực hiện nghị quyết số 01/nq-cp ngày 06/01/2023 của chính phủ',
    );
    expect(d.authority).toBe('TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM');
  });
  it('reads the preamble, articles and closing', () => {
    expect(d.legalBases.map((b) => b.citationIds)).toEqual([['89/2020/NĐ-CP'], ['01/NQ-CP']]);
    expect(d.proposedBy).toBe('Vụ trưởng Vụ Kế hoạch và Đầu tư');
    expect(d.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(d.recipients).toHaveLength(6);
    expect(d.recipients).toContain('Văn phòng Chính phủ');
    expect(d.archive).toEqual(['VT', 'KHĐT']);
    expect(d.signature).toEqual({ authority: null, onBehalfOf: null, title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: [] });
  });
  it('reads the programme into sections', () => {
    expect(doc.sections.map((s) => [s.label, s.title])).toEqual([
      ['I', 'Mục tiêu, chỉ tiêu chủ yếu'],
      ['II', 'Nhiệm vụ và giải pháp'],
      ['III', 'Tổ chức thực hiện'],
    ]);
  });
  it('reads the appendix table row by row', () => {
    const a = doc.appendices[0]!;
    expect(doc.appendices).toHaveLength(1);
    expect(a.columns).toEqual(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    expect(a.rows).toHaveLength(42);
    const first = rowsWith(doc, '1')[0]!;
    expect(ids(first.lead)).toEqual(['TST']);
    expect(first.partners).toHaveLength(2);
    expect(first.timeframe).toMatchObject({ kind: 'year', start: '2023-01-01', end: '2023-12-31' });
    expect(first.task).toContain('Luật BHXH, Luật BHYT, Luật Việc làm và các văn bản hướng dẫn');
    expect(first.groups.map((g) => g.stt)).toEqual(['I']);
    expect(rowsWith(doc, '3')[0]!.timeframe?.kind).toBe('ongoing');
    expect(rowsWith(doc, '4')[1]!.lead[0]).toMatchObject({ id: null, name: 'Vụ Kiểm toán nội bộ' });
    expect(rowsWith(doc, '10')[0]!.partners).toHaveLength(2);
    const r8 = rowsWith(doc, '8')[1]!;
    expect(ids(r8.lead)).toEqual(['TCKT']);
    expect(ids(r8.partners)).toEqual(expect.arrayContaining(['CSXH', 'CNTT', 'VP']));
    expect(r8.partners).toHaveLength(4);
  });
  it('finds the citations with their dates and types', () => {
    const c = (id: string) => doc.citations.find((x) => x.id === id);
    expect(c('89/2020/NĐ-CP')).toMatchObject({ date: '2020-08-04', type: 'Nghị định' });
    expect(c('01/NQ-CP')?.date).toBe('2023-01-06');
    expect(c('749/QĐ-TTg')?.date).toBe('2020-06-03');
    expect(c('20-NQ/TW')?.date).toBe('2017-10-25');
    expect(c('68/2022/QH15')?.type).toBe('Nghị quyết');
    expect(c('28-NQ/TW')?.type).toBe('Nghị quyết');
    const titles = new Set(doc.citations.flatMap((x) => [x.title, ...x.mentions.map((m) => m.text)]).map((t) => t?.replace(/\s+/g, ' ')));
    for (const law of ['Luật BHXH', 'Luật BHYT', 'Luật Việc làm', 'Luật An toàn, vệ sinh lao động', 'Luật Dược', 'Luật Đầu tư công', 'Luật Khám bệnh, chữa bệnh']) {
      expect(titles.has(law), law).toBe(true);
    }
  });
  it('lists every unit named, with counts', () => {
    expect(doc.units.find((u) => u.id === 'TST')?.count).toBe(7);
  });
});

describe('cv-09: an official letter', () => {
  const doc = parsed('cv-09-bhxh-tdkt-2023.txt');
  const d = doc.document;
  it('reads the letter header', () => {
    expect([d.kind, d.typeName, d.typeCode, d.number]).toEqual(['official-letter', 'Công văn', null, '09/BHXH-TĐKT']);
    expect(d.numberParts).toMatchObject({ seq: 9, issuerCode: 'BHXH', unitCode: 'TĐKT', typeCode: null });
    expect(d.subject).toBe('phát động PTTĐ yêu nước ngành Bảo hiểm xã hội Việt Nam năm 2023');
    expect(d.addressees).toEqual(['Các đơn vị trực thuộc BHXH Việt Nam', 'BHXH các tỉnh, thành phố trực thuộc Trung ương']);
    expect(d.date).toBe('2023-01-04');
  });
  it('reads the closing with the role printed under the name', () => {
    expect(d.recipients).toHaveLength(8);
    expect(d.recipients).toContain('Các Văn phòng: ĐUCQ, HĐQL, BCSĐ');
    expect(d.archive).toEqual(['VT', 'TĐKT']);
    expect(d.signature.name).toBe('Nguyễn Thế Mạnh');
    expect(d.signature.otherRoles).toEqual(['Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam']);
  });
  it('joins split letters back into the clean text and reads three sections', () => {
    expect(doc.text).toContain('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII');
    expect(doc.text).toContain('châu Âu có thể ảnh hưởng');
    expect(doc.text).toContain('những điều đó sẽ tác động');
    expect(doc.text).not.toContain('Tải Văn bản gốc');
    expect(doc.sections.map((s) => s.label)).toEqual(['I', 'II', 'III']);
    expect(doc.sections[1]!.title).toBe('NỘI DUNG CHỦ YẾU PHONG TRÀO THI ĐUA NĂM 2023');
    expect(doc.appendices).toEqual([]);
  });
});

describe('phu-luc: a bare appendix from pdf-to-text with tab-separated cells', () => {
  const doc = parsed('phu-luc-kiem-soat-tthc-2024.txt');
  const a = doc.appendices[0]!;
  it('is an appendix whose blank draft number and date are null', () => {
    expect(doc.document.kind).toBe('appendix');
    expect([doc.document.number, doc.document.date]).toEqual([null, null]);
    expect([a.label, a.title]).toEqual(['Phụ lục I', 'NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NGÀNH BẢO HIỂM XÃ HỘI VIỆT NAM NĂM 2024']);
    expect(a.columns).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
  });
  it('reads sub-assignments under one STT and rows continued across pages', () => {
    expect(a.rows).toHaveLength(32);
    const [r11a, r11b] = rowsWith(doc, '1.1');
    expect(ids(r11a!.lead)).toEqual(['VP']);
    expect(ids(r11a!.partners)).toEqual(['TST', 'CSXH', 'CSYT', 'TCKT', 'PC', 'CNTT', 'TTTT']);
    expect(r11a!.timeframe).toMatchObject({ kind: 'quarter', start: '2024-01-01', end: '2024-03-31' });
    expect(r11b!.partners).toEqual([]);
    expect(r11b!.product).toContain('Kế hoạch kiểm soát TTHC của BHXH tỉnh, tp năm 2024');
    const r12 = rowsWith(doc, '1.2')[1]!;
    expect(r12.task).toContain('Danh mục mã kết quả giải quyết TTHC; Danh mục mã loại giấy tờ');
    expect(r12.task).toContain('điểm b khoản 2 Điều 14 Quyết định số 1333/QĐ-BHXH ngày 25/9/2023');
    expect(r12.product).toContain('Danh mục mã kết quả giải quyết TTHC; Danh mục mã loại giấy tờ');
  });
  it('reads lettered sub-items, conditions and report deadlines', () => {
    const r22 = rowsWith(doc, '2.2');
    expect(r22.map((r) => r.label)).toEqual(['a)', 'b)', 'c)']);
    expect(r22[0]!.path).toEqual(['2', '2.2']);
    expect(rowsWith(doc, '2.5')[0]!.timeframe?.kind).toBe('conditional');
    expect(rowsWith(doc, '6.3')[0]!.timeframe).toMatchObject({ start: '2024-04-01', end: '2024-09-30' });
    const r9 = rowsWith(doc, '9')[0]!;
    expect(ids(r9.lead)).toEqual(['TST', 'CSXH', 'CSYT', 'TCKT', 'CNTT', 'TTTT', 'CSKH']);
    expect(r9.timeframe?.kind === 'multiple' ? r9.timeframe.parts.map((p) => p.end) : null).toEqual(['2024-03-19', '2024-06-19', '2024-09-19', '2024-12-19']);
  });
  it('moves footnotes out of the cells onto their rows', () => {
    const note = 'Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg ngày 28/02/2024';
    expect(a.groups.find((g) => g.stt === '2.2')!.notes[0]).toContain(note);
    expect(rowsWith(doc, '2.2')[0]!.notes[0]).toContain(note);
    expect(rowsWith(doc, '6.2')[0]!.notes[0]).toContain('Quyết định số 104/QĐ-TTg');
    const rowText = JSON.stringify(a.rows.map(({ notes, ...r }) => r));
    expect(rowText).not.toContain(note);
    expect(rowText).not.toContain('<i>');
    expect(rowText).not.toContain('Nội dung công việc\\tĐơn vị chủ trì');
  });
});

describe('qd-1177: a decision signed KT. with a six-column appendix', () => {
  const doc = parsed('qd-1177-qd-bhxh-2023.txt');
  const d = doc.document;
  it('reads the header, preamble and closing', () => {
    expect([d.number, d.date, d.place]).toEqual(['1177/QĐ-BHXH', '2023-08-11', 'Hà Nội']);
    expect(d.proposedBy).toBe('Giám đốc Trung tâm Công nghệ thông tin');
    expect(d.legalBases).toHaveLength(2);
    expect(d.recipients).toHaveLength(10);
    expect(d.recipients).toContain('Các Bộ: BCA, BTTTT, BTC, BLĐTBXH, BYT, BNV');
    expect(d.archive).toEqual(['VT', 'CNTT']);
    expect(d.signature).toEqual({ authority: 'KT.', onBehalfOf: 'TỔNG GIÁM ĐỐC', title: 'PHÓ TỔNG GIÁM ĐỐC', name: 'Chu Mạnh Sinh', otherRoles: [] });
  });
  it('reads the table', () => {
    const a = doc.appendices[0]!;
    expect(a.columns).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
    expect(a.rows).toHaveLength(20);
    const r61 = rowsWith(doc, '6.1')[0]!;
    expect(ids(r61.lead)).toEqual(['TST']);
    expect(ids(r61.partners)).toEqual(expect.arrayContaining(['CNTT', 'VP']));
    expect(r61.timeframe).toMatchObject({ kind: 'month', start: '2023-12-01', end: '2023-12-31' });
    const r53 = rowsWith(doc, '5.3')[0]!;
    expect(ids(r53.lead)).toEqual(['TCKT']);
    expect(r53.timeframe).toMatchObject({ kind: 'open-ended', start: '2023-01-01', end: null });
    expect(rowsWith(doc, '4.2')[0]!.product).toContain('Các năm tiếp theo: Tiếp tục tổ chức triển khai');
    expect(ids(rowsWith(doc, '7.3')[0]!.lead)).toEqual(['CNTT']);
  });
  it('finds a Party resolution and all its mentions', () => {
    const c = doc.citations.find((x) => x.id === '362-NQ/BCSĐ')!;
    expect(c.date).toBe('2023-05-12');
    expect(c.mentions.length).toBeGreaterThanOrEqual(8);
  });
});

describe('qd-2422: a four-column appendix without a time column', () => {
  const doc = parsed('qd-2422-qd-bhxh-2020.txt');
  it('reads the document', () => {
    expect([doc.document.number, doc.document.date]).toEqual(['2422/QĐ-BHXH', '2020-12-25']);
    expect(doc.document.legalBases).toHaveLength(3);
    expect(doc.document.proposedBy).toBe('Vụ trưởng Vụ Kế hoạch và Đầu tư');
    expect(doc.text).toContain('khth.khdt@vss.gov.vn');
    expect(doc.text).toContain('người lao động làm việc trong Hợp tác xã');
  });
  it('reads unit lists with names that hold commas, hyphens and "và"', () => {
    const a = doc.appendices[0]!;
    expect(a.columns).toEqual(['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp']);
    expect(a.rows).toHaveLength(10);
    expect(ids(rowsWith(doc, '4')[0]!.lead)).toEqual(['PC', 'CNTT', 'TCKT']);
    const r7 = rowsWith(doc, '7')[0]!;
    expect(r7.lead[0]).toMatchObject({ id: 'TTKT', name: 'Vụ Thanh tra - Kiểm tra' });
    expect(ids(r7.partners)).toEqual(expect.arrayContaining(['TST', 'TCKT', 'CSXH', 'CSYT']));
    expect(r7.partners).toHaveLength(5);
    const r10 = rowsWith(doc, '10')[0]!;
    expect([ids(r10.lead), ids(r10.partners), r10.timeframe]).toEqual([['VP'], ['KHĐT'], null]);
  });
});
