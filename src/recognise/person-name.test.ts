import { describe, expect, it } from 'vitest';
import { isPersonName, roleAfterName } from './person-name.js';

describe('isPersonName', () => {
  it('accepts signers of real documents', () => {
    for (const n of ['Nguyễn Thế Mạnh', 'Chu Mạnh Sinh', 'Phạm Thị Minh Hiền', 'Nguyễn Hoài Anh', 'Đỗ Ngọc Huỳnh', '**Vương Quốc Nam**']) {
      expect(isPersonName(n), n).toBe(true);
    }
  });
  it('rejects titles, units and sentences', () => {
    for (const n of ['TỔNG GIÁM ĐỐC', 'Tổng Giám đốc', 'Nơi nhận:', 'Trung tâm CNTT', 'Văn phòng', 'Năm 2023', 'Luật Việc làm']) {
      expect(isPersonName(n), n).toBe(false);
    }
  });
});

describe('roleAfterName', () => {
  it('finds the role a crawler ran on after the name (cv-09: the signer chairs the emulation council)', () => {
    const v = 'Nguyễn Thế Mạnh Chủ tịch Hội đồng Thi đua - Khen thưởng ngành Bảo hiểm xã hội Việt Nam';
    expect(v.slice(0, roleAfterName(v)).trim()).toBe('Nguyễn Thế Mạnh');
  });
  it('finds none in a name alone or a line that is no name', () => {
    for (const v of ['Nguyễn Thế Mạnh', 'Chu Mạnh Sinh', 'Tổng Giám đốc Bảo hiểm xã hội', 'Văn phòng Chính phủ trân trọng thông báo']) {
      expect(roleAfterName(v), v).toBe(-1);
    }
  });
});
