import { describe, expect, it } from 'vitest';
import { linesOf } from '../normalize/test-lines.js';
import { proposerOf, readPreamble } from './preamble.js';

describe('proposerOf', () => {
  it('cuts the submission off the proposer', () => {
    expect(proposerOf('Bộ trưởng Bộ Tài chính tại Tờ trình số 123/TTr-BTC ngày 05 tháng 3 năm 2024')).toBe('Bộ trưởng Bộ Tài chính');
    expect(proposerOf('Giám đốc Sở Y tế tại văn bản số 456/SYT-KHTC ngày 12/5/2025')).toBe('Giám đốc Sở Y tế');
    expect(proposerOf('Chủ tịch Ủy ban nhân dân tỉnh theo Công văn số 78/UBND-KT')).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
  });
  it('cuts the enacting clause of a decree or a circular', () => {
    expect(proposerOf('Bộ trưởng Bộ Y tế; Chính phủ ban hành Nghị định quy định chi tiết')).toBe('Bộ trưởng Bộ Y tế');
    expect(proposerOf('Vụ trưởng Vụ Bảo hiểm xã hội, Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư')).toBe('Vụ trưởng Vụ Bảo hiểm xã hội');
  });
  it('keeps several proposers and a place in a name', () => {
    expect(proposerOf('Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Tài chính.')).toBe('Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Tài chính');
    expect(proposerOf('Giám đốc Bảo hiểm xã hội khu vực tại Hà Nội')).toBe('Giám đốc Bảo hiểm xã hội khu vực tại Hà Nội');
  });
});

describe('readPreamble', () => {
  it('reads the proposer over wrapped lines, and leaves the submission in the text', () => {
    const facts = readPreamble(linesOf('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Theo đề nghị của Bộ trưởng Bộ Tài chính tại Tờ trình', 'số 123/TTr-BTC ngày 05 tháng 3 năm 2024,', 'QUYẾT ĐỊNH:'));
    expect(facts.proposedBy).toBe('Bộ trưởng Bộ Tài chính');
    expect(facts.legalBases).toHaveLength(1);
  });
});
