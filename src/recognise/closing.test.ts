import { describe, expect, it } from 'vitest';
import { linesOf } from '../normalize/test-lines.js';
import { readArchive, readClosing } from './closing.js';

describe('readClosing', () => {
  it('reads recipients, archive and a KT. signature (qd-1177)', () => {
    const c = readClosing(linesOf('Nơi nhận:', '- Như Điều 2;', '- Văn phòng Chính phủ;', '- Lưu: VT, CNTT.', 'KT. TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC', 'Chu Mạnh Sinh'));
    expect(c.recipients).toEqual(['Như Điều 2', 'Văn phòng Chính phủ']);
    expect(c.archive).toEqual(['VT', 'CNTT']);
    expect(c.signature).toEqual({ authority: 'KT.', onBehalfOf: 'TỔNG GIÁM ĐỐC', title: 'PHÓ TỔNG GIÁM ĐỐC', name: 'Chu Mạnh Sinh', otherRoles: [] });
  });
  it('reads a stacked TM. / KT. authority of a People\'s Committee (corpus)', () => {
    const c = readClosing(linesOf('Nơi nhận:', '- Lưu: VT, PKT', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Vương Quốc Nam'));
    expect(c.signature).toMatchObject({ authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: 'Vương Quốc Nam' });
  });
  it('reads TL. over KT. of a department head (corpus)', () => {
    const c = readClosing(linesOf('Nơi nhận:', '- Như trên;', '- Lưu: VT, CS.', 'TL. CỤC TRƯỞNG', 'KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ', 'PHÓ TRƯỞNG BAN', 'Phạm Thị Minh Hiền'));
    expect(c.signature).toMatchObject({ authority: 'TL.', onBehalfOf: 'CỤC TRƯỞNG', title: 'PHÓ TRƯỞNG BAN', name: 'Phạm Thị Minh Hiền' });
  });
  it('skips a "(Đã ký)" mark and keeps roles printed under the name', () => {
    const c = readClosing(linesOf('TỔNG GIÁM ĐỐC', '(Đã ký)', 'Nguyễn Thế Mạnh', 'Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam'));
    expect(c.signature).toMatchObject({ title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh', otherRoles: ['Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam'] });
  });
  it('reads a signature printed before "Nơi nhận:"', () => {
    const c = readClosing(linesOf('THỦ TƯỚNG', 'Phạm Minh Chính', 'Nơi nhận:', '- Các Bộ, cơ quan ngang Bộ;', '- Lưu: VT, KSTT (2b).'));
    expect(c.signature).toMatchObject({ title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
    expect(c.archive).toEqual(['VT', 'KSTT']);
  });
});

describe('readArchive', () => {
  it('drops the number of copies', () => {
    expect(readArchive('- Lưu: VT, TĐKT (2b).')).toEqual(['VT', 'TĐKT']);
    expect(readArchive('Lưu: VT,CN (2).')).toEqual(['VT', 'CN']);
  });
});
