import { describe, expect, it } from 'vitest';
import { charTable } from './char-table.js';

describe('charTable', () => {
  it('gives the class of BMP and other characters, classifying each BMP character once', () => {
    const seen: string[] = [];
    const kind = charTable((ch) => (seen.push(ch), /\p{L}/u.test(ch) ? 1 : 2));
    expect([...'Đà 9'].map((c) => kind(c.codePointAt(0)!))).toEqual([1, 1, 2, 2]);
    expect(kind('à'.codePointAt(0)!)).toBe(1);
    expect(seen).toEqual(['Đ', 'à', ' ', '9']);
    // a letter outside the BMP (MATHEMATICAL BOLD CAPITAL A) is classified whole, each time
    expect(kind(0x1d400)).toBe(1);
    expect(kind(0x1d400)).toBe(1);
    expect(seen.slice(4)).toEqual(['\u{1d400}', '\u{1d400}']);
  });
});
