/**
 * An STT cell as task tables print it: a number with its sub-numbers ("1", "12", "1.2.3"), a
 * Roman numeral ("II", "XIV"), a capital or small letter ("A", "a", "đ"), a Roman numeral with
 * sub-numbers ("I.1"), or a process table's step ("Bước 2"); a `.` or `)` may follow. A number with
 * a decimal comma ("1,5"), a code with long parts ("1.000987"), a word is none.
 */
const STT = /^(?:\d{1,6}(?:\.\d{1,3}){0,4}|[IVXLCDM]{1,8}(?:\.\d{1,3}){0,3}|[A-Z]|[a-zđ]|Bước\s\d{1,3})[.)]?$/u;

/** True when the text (trimmed) is an STT. */
export function isStt(text: string): boolean {
  return STT.test(text.trim());
}

/** A bullet printed alone in the STT cell ("-", "+", "•"): a sub-item of the numbered item above it. */
const BULLET = /^[-+•–]$/u;

/** True when the text (trimmed) is a bullet alone, in place of an STT. */
export function isBulletMark(text: string): boolean {
  return BULLET.test(text.trim());
}
