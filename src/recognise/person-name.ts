import surnames from '../registry/surnames.json';
import { isVietnameseSyllable } from '../normalize/syllable.js';
import { newTonePlacement } from '../text/fold.js';

const SURNAMES = new Set(surnames.surnames.map((s) => newTonePlacement(s)));
const CAPITALISED = /^\p{Lu}\p{Ll}{0,7}$/u;

/** "Nguyễn Văn An", "Lê Thị Hoa": two to five capitalised syllables, led by a family name or three long. */
export function isPersonName(text: string): boolean {
  const words = text.replace(/[*_]/g, '').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => CAPITALISED.test(w) && isVietnameseSyllable(w))) return false;
  return SURNAMES.has(newTonePlacement(words[0]!)) || words.length >= 3;
}

/**
 * "Nguyễn Thế Mạnh Chủ tịch Hội đồng Thi đua - Khen thưởng …": a signer's name with the role printed
 * under it, run onto one line by a crawler. The name is capitalised syllables; the role is a phrase in
 * sentence case, so its first word is the last capitalised one before a word in lower case. The offset
 * where the role begins, or -1 (a name alone, or no name first).
 */
export function roleAfterName(text: string): number {
  const words = [...text.matchAll(/\S+/gu)];
  let run = 0;
  while (run < words.length && CAPITALISED.test(words[run]![0]) && isVietnameseSyllable(words[run]![0])) run++;
  // the role's first word closes the run, a word in lower case follows it
  if (run < 3 || run >= words.length || !/^\p{Ll}/u.test(words[run]![0])) return -1;
  const name = words.slice(0, run - 1).map((w) => w[0]).join(' ');
  return isPersonName(name) ? words[run - 1]!.index : -1;
}
