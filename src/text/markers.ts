/**
 * (Each pattern captures the rest of the line untrimmed: callers trim it, which keeps the patterns linear.)
 *
 * The marks that open a block of an administrative document: section and item numbers, points,
 * bullets, articles. Shared by the line passes (which must not glue a block to the line before)
 * and by the recognisers.
 */

/*
 * The block markers match the marker only: the rest of the line is what follows the match (a `(.*)$`
 * group overflows the regular expression stack on a line of megabytes).
 */

/** A table's STT cell standing alone on a line: "I", "IV", "1", "1.2", "a", "đ" (optionally "1." or "a)"). */
export const LONE_STT = /^(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/u;
/** "I. MỤC TIÊU", "II." */
export const ROMAN_SECTION = /^([IVXL]{1,6})\./u;
/** "1. Mục đích", "1.", "2.3. …" */
export const NUMBERED_ITEM = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.(?:\s|$)/u;
/** "a) Siết chặt …", "đ)" */
export const LETTERED_POINT = /^([a-zđ])\)/u;
/** "- Rà soát …", "+ 100% …", "• …" */
export const BULLET = /^([-+•–])/u;
/** "Điều 1.", "Điều 2. Hiệu lực thi hành" */
export const ARTICLE = /^Điều\s{1,3}(\d{1,4})(?!\d)/u;

/**
 * "Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG", "Mục 1": the chapters of a normative document and the
 * sections of a chapter (Resolution 351/2017/UBTVQH14: Phần › Chương › Mục › Điều), Roman or Arabic.
 */
export const CHAPTER_HEADING = /^(Chương|CHƯƠNG|Mục|MỤC)\s{1,3}([IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])/u;

/**
 * A line wholly in parentheses under a list item or an addressee: its note, as a letter prints an
 * addressee's address under it ("(Địa chỉ: Trung tâm Thương mại Hà Tiên, …)", "(Đ/c: Tầng 2 …)").
 */
export const PARENTHESISED_NOTE = /^\([^()]{1,400}\)[.;,]?$/u;

/** True when a line opens a block, so that it must not be glued onto the line before it. */
export function opensBlock(text: string): boolean {
  return (
    LONE_STT.test(text) ||
    ROMAN_SECTION.test(text) ||
    NUMBERED_ITEM.test(text) ||
    LETTERED_POINT.test(text) ||
    BULLET.test(text) ||
    ARTICLE.test(text)
  );
}
