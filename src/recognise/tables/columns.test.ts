import { describe, expect, it } from 'vitest';
import { columnRole, readHeaderRow } from './columns.js';

describe('table header roles', () => {
  it('reads BHXH headers', () => {
    expect(readHeaderRow(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'])).toEqual(['stt', 'task', 'lead', 'partners', 'timeframe']);
    expect(readHeaderRow(['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp'])).toEqual(['stt', 'task', 'lead', 'partners']);
  });
  it('reads other issuers\' headers, in capitals, and keeps columns without a role by name', () => {
    expect(readHeaderRow(['STT', 'NHIỆM VỤ', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP', 'THỜI GIAN HOÀN THÀNH', 'KẾT QUẢ DỰ KIẾN', 'NGUỒN KINH PHÍ'])).toEqual([
      'stt', 'task', 'lead', 'partners', 'timeframe', 'product', null,
    ]);
    expect(columnRole('Đơn vị thực hiện')).toBe('lead');
    expect(columnRole('Sản phẩm dự kiến')).toBe('product');
  });
  it('reads lists of procedures and items', () => {
    expect(readHeaderRow(['TT', 'Mã TTHC', 'Tên TTHC', 'Ghi chú'])).toEqual(['stt', null, 'task', null]);
    expect(readHeaderRow(['STT', 'DANH MỤC'])).toEqual(['stt', 'task']);
  });
  it('reads a word a narrow column wrapped ("ST" / "T" in a PDF cell)', () => {
    expect(columnRole('ST T')).toBe('stt');
    expect(columnRole('T T')).toBe('stt');
    expect(columnRole('S T T')).toBe('stt');
    // only short cells: words with spaces between them stay words
    expect(columnRole('Thời gian')).toBe('timeframe');
    expect(columnRole('Ghi chú')).toBeNull();
  });
  it('is no header without a task column', () => {
    expect(readHeaderRow(['Nơi nhận:', 'TỔNG GIÁM ĐỐC'])).toBeNull();
    expect(readHeaderRow(['STT', 'Họ và tên'])).toBeNull();
  });
});
