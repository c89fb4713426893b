import { describe, expect, it } from 'vitest';
import { extractCitations } from './citations.js';
import { clauseCitationIds } from './clause-citations.js';

const citationIdsInClause = (clause: string, citations: Parameters<typeof clauseCitationIds>[0]) => clauseCitationIds(citations)(clause);

// two bases of Quyết định 35/2025/QĐ-UBND (UBND thành phố Cần Thơ, corpus/input 44bc41ecfb3f3b21.md), the first's list of amending laws cut short
const BASES = [
  'Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 64/2020/QH14;',
  'Căn cứ Nghị định số 186/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;',
];
const { citations } = extractCitations(BASES.join('\n'));

describe('citationIdsInClause', () => {
  it('gives a clause the numbers it prints and the laws it names by their name alone, in its order', () => {
    expect(citationIdsInClause(BASES[0]!, citations)).toEqual(['15/2017/QH14', '64/2020/QH14']);
    expect(citationIdsInClause(BASES[1]!, citations)).toEqual(['186/2025/NĐ-CP', '15/2017/QH14']);
  });

  it('reads a sign printed without its marks as the document citation', () => {
    expect(citationIdsInClause('Căn cứ Nghị định số 186/2025/ND-CP của Chính phủ;', citations)).toEqual(['186/2025/NĐ-CP']);
  });

  it('takes no mention inside a longer word or sign', () => {
    const own = extractCitations('Nghị quyết số 28-NQ/TW (sau đây gọi tắt là Nghị quyết 28); Nghị định số 08/2022/NĐ').citations;
    expect(citationIdsInClause('thực hiện Nghị quyết 285 và Nghị định số 08/2022/NĐ-CP', own)).toEqual([]);
  });
});
