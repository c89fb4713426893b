import { describe, expect, it } from 'vitest';
import { withOwnPlace } from './local-issuer.js';

describe('withOwnPlace', () => {
  it("gives a territory's body named without its place the citing document's own (Quyết định of UBND tỉnh Thanh Hóa, corpus/input 0a5a51958af8e293.md)", () => {
    expect(withOwnPlace('Ủy ban nhân dân tỉnh', ['Ủy ban nhân dân tỉnh Thanh Hóa', null])).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
    expect(withOwnPlace('Hội đồng nhân dân tỉnh', ['Sở Y tế', 'Ủy ban nhân dân tỉnh Đồng Tháp'])).toBe('Hội đồng nhân dân tỉnh Đồng Tháp');
    expect(withOwnPlace('Ủy ban nhân dân thành phố', ['Ủy ban nhân dân thành phố Cần Thơ'])).toBe('Ủy ban nhân dân thành phố Cần Thơ');
    // (Kế hoạch of UBND tỉnh Đồng Tháp, corpus/tables 192068354fd1ffe5.md: "… của Ủy ban nhân dân Tỉnh")
    expect(withOwnPlace('Ủy ban nhân dân Tỉnh', ['Ủy ban nhân dân tỉnh Đồng Tháp'])).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
  });

  it('leaves it as read when the citing body is of no such territory, or of another level', () => {
    // a letter of Cục Thuế citing a province's decision: which province, its text says, not its issuer
    expect(withOwnPlace('Ủy ban nhân dân tỉnh', ['Cục Thuế', 'Bộ Tài chính'])).toBe('Ủy ban nhân dân tỉnh');
    expect(withOwnPlace('Ủy ban nhân dân huyện', ['Ủy ban nhân dân tỉnh Thanh Hóa'])).toBe('Ủy ban nhân dân huyện');
    expect(withOwnPlace('Chính phủ', ['Ủy ban nhân dân tỉnh Thanh Hóa'])).toBe('Chính phủ');
    expect(withOwnPlace('Ủy ban nhân dân tỉnh Vĩnh Phúc', ['Ủy ban nhân dân tỉnh Thanh Hóa'])).toBe('Ủy ban nhân dân tỉnh Vĩnh Phúc');
  });
});
