import { describe, expect, it } from 'vitest';
import { linesOf } from '../normalize/test-lines.js';
import { readArticles } from './body.js';

describe('readArticles', () => {
  it('reads articles numbered in order', () => {
    const { articles } = readArticles(linesOf('Điều 1. Ban hành kèm theo Quyết định này Quy chế', 'Điều 2. Quyết định có hiệu lực', 'Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành'));
    expect(articles.map((a) => a.number)).toEqual([1, 2, 3]);
  });
  it('keeps a wrapped sentence that begins with a reference in the text (cv-627/BYT-BH: "… khoản 6" / "Điều 22 Luật BHYT:")', () => {
    const { articles, rest } = readArticles(linesOf('3. Mức hưởng … theo quy định tại điểm c khoản 3, khoản 4 và khoản 6', 'Điều 22 Luật BHYT:', 'a) Đối với Người tham gia BHYT'));
    expect(articles).toEqual([]);
    expect(rest.map((l) => l.value)).toContain('Điều 22 Luật BHYT:');
  });
  it('keeps a reference to a far article inside the current one', () => {
    const { articles } = readArticles(linesOf('Điều 1. Sửa đổi, bổ sung một số điều như sau', 'Điều 27 Nghị định số 146/2018/NĐ-CP được sửa đổi', 'Điều 2. Hiệu lực thi hành'));
    expect(articles.map((a) => a.number)).toEqual([1, 2]);
    expect(articles[0]!.text).toContain('Điều 27 Nghị định số 146/2018/NĐ-CP');
  });
  it('reads a first article that is printed as a heading with another number', () => {
    expect(readArticles(linesOf('Điều 5. Trách nhiệm thi hành', 'Điều 6. Hiệu lực')).articles.map((a) => a.number)).toEqual([5, 6]);
  });
});
