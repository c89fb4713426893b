const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Plain digits as superscript digits ("12" → "¹²"), the form a footnote's mark takes in a cell. */
export function superscriptDigits(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');
}
