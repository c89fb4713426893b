import { describe, expect, it } from 'vitest';
import { localIssuers } from './local-issuer.js';

const localIssuer = (issuer: string, own: Array<string | null>) => localIssuers(own)(issuer);

describe('localIssuer', () => {
  it("gives a territory's body named without its place the citing document's own (Quyết định of UBND tỉnh Thanh Hóa, corpus/input 0a5a51958af8e293.md)", () => {
    expect(localIssuer('Ủy ban nhân dân tỉnh', ['Ủy ban nhân dân tỉnh Thanh Hóa', null])).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
    expect(localIssuer('Hội đồng nhân dân tỉnh', ['Sở Y tế', 'Ủy ban nhân dân tỉnh Đồng Tháp'])).toBe('Hội đồng nhân dân tỉnh Đồng Tháp');
    expect(localIssuer('Ủy ban nhân dân thành phố', ['Ủy ban nhân dân thành phố Cần Thơ'])).toBe('Ủy ban nhân dân thành phố Cần Thơ');
    // (Kế hoạch of UBND tỉnh Đồng Tháp, corpus/tables 192068354fd1ffe5.md: "… của Ủy ban nhân dân Tỉnh")
    expect(localIssuer('Ủy ban nhân dân Tỉnh', ['Ủy ban nhân dân tỉnh Đồng Tháp'])).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
  });

  it("gives a kind of body alone the citing national body of that kind (qd-40: Quyết định số 123/QĐ-BHXH in a programme of BHXH Việt Nam)", () => {
    expect(localIssuer('Bảo hiểm xã hội', ['Bảo hiểm xã hội Việt Nam', null])).toBe('Bảo hiểm xã hội Việt Nam');
    expect(localIssuer('Ủy ban nhân dân', ['Cục Thuế', 'Bộ Tài chính'])).toBe('Ủy ban nhân dân');
    // a province's body of the kind may cite the national one's decision: left as read
    expect(localIssuer('Bảo hiểm xã hội', ['Bảo hiểm xã hội tỉnh Nghệ An'])).toBe('Bảo hiểm xã hội');
    expect(localIssuer('Bảo hiểm xã hội', ['Bảo hiểm xã hội'])).toBe('Bảo hiểm xã hội');
  });

  it('leaves it as read when the citing body is of no such territory, or of another level', () => {
    // a letter of Cục Thuế citing a province's decision: which province, its text says, not its issuer
    expect(localIssuer('Ủy ban nhân dân tỉnh', ['Cục Thuế', 'Bộ Tài chính'])).toBe('Ủy ban nhân dân tỉnh');
    expect(localIssuer('Ủy ban nhân dân huyện', ['Ủy ban nhân dân tỉnh Thanh Hóa'])).toBe('Ủy ban nhân dân huyện');
    expect(localIssuer('Chính phủ', ['Ủy ban nhân dân tỉnh Thanh Hóa'])).toBe('Chính phủ');
    expect(localIssuer('Ủy ban nhân dân tỉnh Vĩnh Phúc', ['Ủy ban nhân dân tỉnh Thanh Hóa'])).toBe('Ủy ban nhân dân tỉnh Vĩnh Phúc');
  });
});
