import { describe, expect, it } from 'vitest';
import { linesOf } from '../normalize/test-lines.js';
import { readArchive, readClosing, readCopies } from './closing.js';

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
    // the middle level ("KT." the head of the department, for the director) is kept as printed
    expect(c.signature).toEqual({
      authority: 'TL.', onBehalfOf: 'CỤC TRƯỞNG', title: 'PHÓ TRƯỞNG BAN', name: 'Phạm Thị Minh Hiền',
      otherRoles: ['KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ'],
    });
  });
  it('keeps the KT. level of a Government resolution signed by a Deputy Prime Minister (vbpl-doc-000300)', () => {
    const c = readClosing(linesOf('Nơi nhận:', '- Ban Bí thư Trung ương Đảng;', '- Lưu: VT, NN (2).', 'TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Trần Hồng Hà'));
    expect(c.signature).toEqual({ authority: 'TM.', onBehalfOf: 'CHÍNH PHỦ', title: 'PHÓ THỦ TƯỚNG', name: 'Trần Hồng Hà', otherRoles: ['KT. THỦ TƯỚNG'] });
  });
  it('joins a middle level wrapped over two lines, and the rest of a wrapped first level (6f4ccdb7, 296e373d)', () => {
    const customs = readClosing(linesOf('TL. CỤC TRƯỞNG', 'KT. TRƯỞNG BAN NGHIỆP VỤ', 'THUẾ HQ', 'PHÓ TRƯỞNG BAN', 'Đào Thu Hương'));
    expect(customs.signature).toEqual({
      authority: 'TL.', onBehalfOf: 'CỤC TRƯỞNG', title: 'PHÓ TRƯỞNG BAN', name: 'Đào Thu Hương', otherRoles: ['KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ'],
    });
    const office = readClosing(linesOf('KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Đỗ Ngọc Huỳnh'));
    expect(office.signature).toEqual({ authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', name: 'Đỗ Ngọc Huỳnh', otherRoles: [] });
    // a whole title under a level, without a prefix of its own, is no part of the level
    const office2 = readClosing(linesOf('TL. BỘ TRƯỞNG', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn An'));
    expect(office2.signature).toEqual({
      authority: 'TL.', onBehalfOf: 'BỘ TRƯỞNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn An', otherRoles: ['CHÁNH VĂN PHÒNG'],
    });
    const committee = readClosing(linesOf('TM. ỦY BAN NHÂN', 'DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Quân'));
    expect(committee.signature).toMatchObject({ authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', otherRoles: ['KT. CHỦ TỊCH'] });
    // a title wrapped after its first words stays one title
    const wrapped = readClosing(linesOf('KT. TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM', 'ĐỐC', 'Chu Mạnh Sinh'));
    expect(wrapped.signature).toMatchObject({ onBehalfOf: 'TỔNG GIÁM ĐỐC', title: 'PHÓ TỔNG GIÁM ĐỐC', otherRoles: [] });
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

describe('readClosing: a recipient wrapped over lines', () => {
  it('joins a line that goes on an item not yet ended by ";", even when it begins with a capital (c93728206e91346c)', () => {
    const c = readClosing(linesOf(
      'Nơi nhận:',
      '- Các Tập đoàn: EVN, PVN, TKV;',
      '- VPCP: BTCN, các PCN, Trợ lý, Thư ký Thủ tướng và các Phó Thủ tướng, các Vụ,',
      'Cục, đơn vị trực thuộc, TGĐ Cổng TTĐT, Công báo;',
      '- Lưu: VT, CN.',
      'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Bùi Thanh Sơn',
    ));
    expect(c.recipients).toEqual([
      'Các Tập đoàn: EVN, PVN, TKV',
      'VPCP: BTCN, các PCN, Trợ lý, Thư ký Thủ tướng và các Phó Thủ tướng, các Vụ, Cục, đơn vị trực thuộc, TGĐ Cổng TTĐT, Công báo',
    ]);
    expect(c.archive).toEqual(['VT', 'CN']);
    expect(c.signature).toMatchObject({ authority: 'KT.', title: 'PHÓ THỦ TƯỚNG', name: 'Bùi Thanh Sơn' });
  });
  it('ends an unended last item at the signature, not on it (606d5f20: "- VP: các PCVP và các CV,")', () => {
    const c = readClosing(linesOf('Nơi nhận:', '- VP: các PCVP và các CV,', '- Công báo thành phố;', '- Như trên', 'TỔNG GIÁM ĐỐC', 'Nguyễn Thế Mạnh'));
    expect(c.recipients).toEqual(['VP: các PCVP và các CV', 'Công báo thành phố', 'Như trên']);
    expect(c.signature).toMatchObject({ title: 'TỔNG GIÁM ĐỐC', name: 'Nguyễn Thế Mạnh' });
  });
  it('reads an item whose dash was lost, "Lưu:" wherever it is printed, and no "Lưu ý" or "Lưu trữ" as the archive', () => {
    const after = readClosing(linesOf('Nơi nhận:', '- Như trên;', 'Văn phòng Chính phủ;', 'THỦ TƯỚNG', 'Phạm Minh Chính', 'Lưu: VT, KSTT (2b).'));
    expect(after.recipients).toEqual(['Như trên', 'Văn phòng Chính phủ']);
    expect(after.archive).toEqual(['VT', 'KSTT']);
    expect(after.copies).toBe(2);
    const notArchive = readClosing(linesOf('Nơi nhận:', '- Lưu trữ lịch sử tỉnh;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Lưu ý các đơn vị', 'Nguyễn Văn An'));
    expect(notArchive.recipients).toEqual(['Lưu trữ lịch sử tỉnh']);
    expect(notArchive.archive).toEqual(['VT']);
  });
});

describe('readClosing: long and wrapped parts', () => {
  it('keeps every line of an item wrapped over many lines, in one recipient', () => {
    const wrapped = Array.from({ length: 5000 }, (_, i) => `Sở ${i + 1},`);
    const c = readClosing(linesOf('Nơi nhận:', '- Các Sở:', ...wrapped, 'Ban Dân tộc;', '- Lưu: VT, TH.'));
    expect(c.recipients).toHaveLength(1);
    expect(c.recipients[0]).toBe(`Các Sở: ${wrapped.join(' ')} Ban Dân tộc`);
    expect(c.archive).toEqual(['VT', 'TH']);
  });
  it('reads an archive line wrapped after a comma', () => {
    const c = readClosing(linesOf('Nơi nhận:', '- Như trên;', '- Lưu: VT, KTTH,', 'QHĐP (3b).', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Trần Hồng Hà'));
    expect(c.archive).toEqual(['VT', 'KTTH', 'QHĐP']);
    expect(c.copies).toBe(3);
    expect(c.signature).toMatchObject({ authority: 'KT.', title: 'PHÓ THỦ TƯỚNG', name: 'Trần Hồng Hà' });
  });
});

describe('readArchive', () => {
  it('drops the number of copies', () => {
    expect(readArchive('- Lưu: VT, TĐKT (2b).')).toEqual(['VT', 'TĐKT']);
    expect(readArchive('Lưu: VT,CN (2).')).toEqual(['VT', 'CN']);
  });
  it('drops the drafter\'s mark printed with or after the copies (Government and provincial pages)', () => {
    expect(readArchive('- Lưu: Văn thư, NN (2) Tuynh')).toEqual(['Văn thư', 'NN']); // b2fa0016
    expect(readArchive('- Lưu: VT, QHĐP (3b). Huyền')).toEqual(['VT', 'QHĐP']); // 296e373d
    expect(readArchive('- Lưu: VT, QHĐP (2b) S.Tùng')).toEqual(['VT', 'QHĐP']); // vbpl-doc-000150
    expect(readArchive('- Lưu: VT, NVTHQ (L.Anh - 3b).')).toEqual(['VT', 'NVTHQ']); // 6f4ccdb7
    expect(readArchive('- Lưu: VT, KSTT (N)')).toEqual(['VT', 'KSTT']); // dc1e1584
    expect(readArchive('- Lưu: VT, N.Đ.Minh.')).toEqual(['VT']); // cf3a66c2
    expect(readArchive('- Lưu: VT, KGVX. Thg.')).toEqual(['VT', 'KGVX']); // 19206835
  });
  it('keeps a unit\'s part printed in capitals, and reads "Lưu" without its colon', () => {
    expect(readArchive('- Lưu: VT, HCC(KSTT).')).toEqual(['VT', 'HCC(KSTT)']); // 856f6487
    expect(readArchive('- Lưu: VT, P. KHTC (2b).')).toEqual(['VT', 'P. KHTC']);
    expect(readArchive('- Lưu VT, PVHCC (P_02b)')).toEqual(['VT', 'PVHCC']); // 919fbc83
  });
});

describe('readCopies', () => {
  it('reads the count, alone or after the drafter\'s mark', () => {
    expect(readCopies('- Lưu: VT, TĐKT (2b).')).toBe(2);
    expect(readCopies('- Lưu: VT, NVTHQ (L.Anh - 3b).')).toBe(3);
    expect(readCopies('- Lưu VT, PVHCC (P_02b)')).toBe(2);
    expect(readCopies('- Lưu: VT, HCC(KSTT).')).toBeNull();
  });
});
