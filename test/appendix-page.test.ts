import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// A page of a decision's appendix printed on its own, as ../shared/corpus/scans/qd-3467-qd-byt-2024-page-3.png
// reads (Quyết định 3467/QĐ-BYT, Phụ lục I): the ministry's name beside the label, the title, the
// issued-with line, a price table; its text transcribed here, cells apart by tabs.
const PAGE = [
  'BỘ Y TẾ',
  'Phụ lục I',
  'GIÁ DỊCH VỤ KHÁM BỆNH, HỘI CHẨN',
  '(Ban hành kèm theo Quyết định số 3467/QĐ-BYT ngày 15/11/2024 của Bộ Y tế)',
  'Đơn vị: đồng',
  'STT\tDanh mục dịch vụ\tMức giá',
  'I\tDanh mục dịch vụ khám bệnh, chữa bệnh do Quỹ BHYT thanh toán\t',
  '1\tGiá Khám bệnh\t52.600',
  '2\tHội chẩn để xác định ca bệnh khó (chuyên gia/ca; Chỉ áp dụng đối với trường hợp mời chuyên gia đơn vị khác đến hội chẩn tại cơ sở khám, chữa bệnh).\t200.000',
].join('\n');

describe('an appendix page printed on its own', () => {
  const doc = parse(PAGE, { name: 'qd-3467-phu-luc-i.txt' });

  it('takes the body named above its label as the issuer', () => {
    expect(doc.document).toMatchObject({ kind: 'appendix', issuer: 'Bộ Y tế', intro: 'BỘ Y TẾ' });
  });
  it('reads its table', () => {
    expect(doc.appendices[0]!.title).toBe('GIÁ DỊCH VỤ KHÁM BỆNH, HỘI CHẨN');
    expect(doc.appendices[0]!.rows.map((r) => [r.stt, r.cells['Mức giá']])).toEqual([
      ['1', '52.600'],
      ['2', '200.000'],
    ]);
  });
});
