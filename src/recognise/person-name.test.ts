import { describe, expect, it } from 'vitest';
import { isPersonName } from './person-name.js';

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
