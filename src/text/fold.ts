import { memoOfString } from './memo.js';

/** White space that folding changes: a character other than a plain space, or two spaces in a row. */
const UNFOLDED_SPACE = /[^\S ]| {2}/;

/** Runs of white space as one space; most lines have none to fold, and are returned without a copy. */
export function singleSpaced(text: string): string {
  return UNFOLDED_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Collapse runs of white space to one space and trim. */
export const foldSpaces: (text: string) => string = memoOfString((text) => singleSpaced(text).trim());

// Old and new tone placement differ where oa, oe, uy end a syllable: "hoà" / "hòa", "uỷ" / "ủy".
const OLD_TONE_PLACEMENT: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const OLD_TONE = /(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu;
/** The same pattern, to test a text for it: few texts have an old placement, and a test is cheaper than a replace. */
const HAS_OLD_TONE = new RegExp(OLD_TONE.source, 'u');

/** New-style tone placement ("hoà" → "hòa", "Uỷ ban" → "Ủy ban"), the form the registries use. */
export function newTonePlacement(text: string): string {
  return HAS_OLD_TONE.test(text) ? text.replace(OLD_TONE, (pair) => OLD_TONE_PLACEMENT[pair] ?? pair) : text;
}

/**
 * A key for comparing names: NFC, lower case, new tone placement, white space folded. (Vietnamese
 * has no special casing rules, so the locale-free lower case is the Vietnamese one, and faster.)
 */
export const foldKey: (text: string) => string = memoOfString((text) =>
  singleSpaced(newTonePlacement(text.normalize('NFC').toLowerCase())).trim(),
);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /[\u0300-\u036f]/g;

/** Remove the five tone marks, keeping the letters' own marks (â ă ê ô ơ ư). */
export function stripTones(text: string): string {
  return text.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** Remove every diacritic and map đ to d: "Bảo hiểm" → "Bao hiem". */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** True when the text has letters and none of them is lower case. */
export function isUpperCaseText(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The text without the given characters (and white space) at its end, in linear time: "Văn phòng;." → "Văn phòng". */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}
