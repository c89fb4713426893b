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
