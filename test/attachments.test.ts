import { describe, expect, it } from 'vitest';
import { documentToMarkdown } from '../src/export/markdown.js';
import { parse } from '../src/index.js';

// A decision that issues a regulation with it, laid out as Decree 30/2020/NĐ-CP prints one (Appendix
// I, form 1.4): the regulation's title in capitals, its subject in running case, the "(Ban hành kèm
// theo …)" line, then its own chapters and articles numbered from 1 again.
const DECISION = [
  'BẢO HIỂM XÃ HỘI VIỆT NAM',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/QĐ-BHXH',
  'Hà Nội, ngày 05 tháng 3 năm 2024',
  'QUYẾT ĐỊNH',
  'Ban hành Quy chế làm việc của Bảo hiểm xã hội Việt Nam',
  'TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM',
  'Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04 tháng 8 năm 2020 của Chính phủ;',
  'Theo đề nghị của Chánh Văn phòng,',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bảo hiểm xã hội Việt Nam.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Nơi nhận:',
  '- Như Điều 2;',
  '- Lưu: VT, VP.',
  'TỔNG GIÁM ĐỐC',
  'Nguyễn Thế Mạnh',
  'QUY CHẾ',
  'Làm việc của Bảo hiểm xã hội Việt Nam',
  '(Ban hành kèm theo Quyết định số 12/QĐ-BHXH ngày 05 tháng 3 năm 2024 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam)',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, lề lối làm việc.',
  'Điều 2. Đối tượng áp dụng',
  'Quy chế này áp dụng đối với các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam.',
  'Chương II',
  'TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC',
  'Điều 3. Trách nhiệm của Tổng Giám đốc',
  'Tổng Giám đốc chịu trách nhiệm trước Bộ trưởng Bộ Tài chính về toàn bộ hoạt động.',
].join('\n');

describe('a regulation issued with a decision', () => {
  const doc = parse(DECISION, { name: 'qd-quy-che.txt' });
  it('keeps its articles and chapters apart from the decision\'s', () => {
    expect(doc.document.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(doc.attachments).toHaveLength(1);
    const [regulation] = doc.attachments;
    expect(regulation!.articles.map((a) => [a.number, a.title])).toEqual([
      [1, 'Phạm vi điều chỉnh'],
      [2, 'Đối tượng áp dụng'],
      [3, 'Trách nhiệm của Tổng Giám đốc'],
    ]);
    expect(regulation!.chapters.map((c) => [c.label, c.title, c.articles])).toEqual([
      ['I', 'QUY ĐỊNH CHUNG', [1, 2]],
      ['II', 'TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC', [3]],
    ]);
  });
  it('titles it with its subject printed in running case, before the "(Ban hành kèm theo …)" line', () => {
    expect(doc.attachments[0]).toMatchObject({
      title: 'QUY CHẾ Làm việc của Bảo hiểm xã hội Việt Nam',
      issuedWith: '(Ban hành kèm theo Quyết định số 12/QĐ-BHXH ngày 05 tháng 3 năm 2024 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam)',
      intro: null,
    });
  });
  it('writes its chapters and articles in the Markdown after its title', () => {
    const md = documentToMarkdown(doc);
    expect(md.indexOf('## Chương II. TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC')).toBeGreaterThan(md.indexOf('# QUY CHẾ'));
    expect(md).toContain('**Điều 3. Trách nhiệm của Tổng Giám đốc** Tổng Giám đốc chịu trách nhiệm');
  });
});
