import { describe, expect, it } from 'vitest';
import { runningTextName } from './body-name-case.js';

describe('runningTextName', () => {
  it.each([
    // the issuers of corpus/input's saved pages, as their headers print them
    ['ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Ủy ban nhân dân tỉnh Thanh Hóa'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', 'Ủy ban nhân dân thành phố Cần Thơ'],
    ['ỦY BAN NHÂN DÂN TỈNH GIA LAI', 'Ủy ban nhân dân tỉnh Gia Lai'],
    ['CỤC HẢI QUAN', 'Cục Hải quan'],
    ['SỞ Y TẾ', 'Sở Y tế'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['CỤC THUẾ TỈNH LÀO CAI', 'Cục Thuế tỉnh Lào Cai'],
    ['BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN', 'Bảo hiểm xã hội tỉnh Nghệ An'],
    ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Bảo hiểm xã hội Việt Nam'],
    ['HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Hội đồng nhân dân thành phố Hồ Chí Minh'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'],
    ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương'],
    ['UBND TỈNH NGHỆ AN', 'UBND tỉnh Nghệ An'],
    // BHXH's regional offices since 2025, numbered in Roman numerals
    ['BẢO HIỂM XÃ HỘI KHU VỰC XII', 'Bảo hiểm xã hội khu vực XII'],
    ['VĂN PHÒNG UBND TỈNH ĐIỆN BIÊN', 'Văn phòng UBND tỉnh Điện Biên'],
  ])('%s → %s', (printed, written) => {
    expect(runningTextName(printed)).toBe(written);
  });

  it('keeps an abbreviation in a name, and leaves names of other kinds and running text alone', () => {
    expect(runningTextName('PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN KBANG')).toBe('Phòng Tài chính - Kế hoạch huyện Kbang');
    expect(runningTextName('BỆNH VIỆN NHI TRUNG ƯƠNG')).toBeNull();
    expect(runningTextName('TRƯỜNG ĐẠI HỌC Y HÀ NỘI')).toBeNull();
    expect(runningTextName('Sở Y tế')).toBeNull();
  });
});
