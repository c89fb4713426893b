import casing from '../registry/body-name-case.json';
import { TERRITORY_LEVELS } from '../registry/territory-levels.js';
import { isVietnameseSyllable } from '../normalize/syllable.js';
import { foldKey, isUpperCaseText } from '../text/fold.js';

const words = (text: string) => text.split(' ').filter(Boolean);
/** The kinds of body, longest first, as their words fold. */
const TYPES = casing.types.map((t) => ({ key: words(foldKey(t)), written: t })).sort((a, b) => b.key.length - a.key.length);
const PROPER = casing.properNames.map((p) => ({ key: words(foldKey(p)), written: words(p) }));
const JOINERS = new Set(casing.joiners);
/** The levels of a territory, as words, longest first: a place's name follows them. */
const LEVELS = TERRITORY_LEVELS.map(words);

const ROMAN = /^[IVXLC]{1,7}$/u;
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
/** An abbreviation or code kept as printed ("UBND", "TNHH", "KCB"): letters that make no Vietnamese syllable. */
const isAbbreviation = (word: string) => /^\p{L}+$/u.test(word) && !isVietnameseSyllable(word);

/** The length of the words at `at` that `phrase` (folded words) matches, or 0. */
function matchAt(folded: string[], at: number, phrase: string[]): number {
  return phrase.every((w, k) => folded[at + k] === w) ? phrase.length : 0;
}

/**
 * An issuing body's name printed in capitals, as running text writes it: `ỦY BAN NHÂN DÂN TỈNH THANH
 * HÓA` → `Ủy ban nhân dân tỉnh Thanh Hóa`, `SỞ GIÁO DỤC VÀ ĐÀO TẠO` → `Sở Giáo dục và Đào tạo`, `CỤC
 * THUẾ TỈNH LÀO CAI` → `Cục Thuế tỉnh Lào Cai` (body-name-case.json). Null when the name is not in
 * capitals, or not of a kind whose words the rules tell (a school's or a company's name is kept as printed).
 */
export function runningTextName(printed: string): string | null {
  const name = printed.replace(/\s+/gu, ' ').trim();
  if (!isUpperCaseText(name)) return null;
  // marks between fields stand as words of their own ("LAO ĐỘNG - THƯƠNG BINH", "VĂN HÓA, THỂ THAO")
  const printedWords = words(name).flatMap((w) => (w.length > 1 && w.endsWith(',') ? [w.slice(0, -1), ','] : [w]));
  const folded = printedWords.map((w) => foldKey(w));
  const type = TYPES.find((t) => matchAt(folded, 0, t.key) > 0);
  if (!type) return null;
  const out: string[] = [type.written];
  let i = type.key.length;
  let fieldWords = 0;
  let fieldStarts = true;
  let inPlace = false;
  let afterJoiner = false;
  while (i < printedWords.length) {
    const word = printedWords[i]!;
    // a territory's level closes the fields, not a field after "và" ("THƯƠNG BINH VÀ XÃ HỘI")
    const level = inPlace || afterJoiner ? undefined : LEVELS.find((l) => matchAt(folded, i, l) > 0);
    if (level) {
      out.push(...printedWords.slice(i, i + level.length).map((w) => w.toLowerCase()));
      i += level.length;
      inPlace = true;
      continue;
    }
    const proper = PROPER.find((p) => matchAt(folded, i, p.key) > 0);
    if (proper) {
      out.push(...proper.written);
      i += proper.key.length;
      fieldStarts = false;
      afterJoiner = false;
      continue;
    }
    afterJoiner = JOINERS.has(folded[i]!);
    if (afterJoiner) {
      out.push(folded[i]!);
      fieldStarts = true;
      i++;
      continue;
    }
    // a place's every syllable is capitalised ("Kbang", "Hồ Chí Minh"); a field's abbreviation is kept
    // a number or a Roman numeral is kept anywhere ("khu vực XII")
    if (/\d/u.test(word) || ROMAN.test(word) || (!inPlace && isAbbreviation(word))) out.push(word);
    else if (inPlace || fieldStarts) out.push(capitalised(word));
    else out.push(word.toLowerCase());
    if (!inPlace && ++fieldWords > casing.maxFieldWords) return null;
    fieldStarts = false;
    i++;
  }
  return out.join(' ').replace(/ ,/gu, ',');
}
