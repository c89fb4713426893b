/**
 * The marks a page prints around a document's text: what an OCR tool or pdf-to-text prints between
 * pages, the official gazette's running header, a running footer that numbers the page, a page
 * number. Shared by the line pass that removes them (normalize/page-furniture.ts) and by the
 * laid-out table reader, which keeps a footer printed on a table's last line out of its cells.
 */

/** `--- PAGE BREAK ---`, `-----Page 2-----`: the marker an OCR tool prints between pages. */
export const PAGE_BREAK = /^[-=_*\s]{0,12}(?:PAGE\s{0,3}BREAK|Page\s{1,3}\d{1,4}|Trang\s{1,3}\d{1,4})[-=_*\s]{0,12}$/iu;
/** `CÔNG BÁO/Số 345 + 346/Ngày 20-4-2026`, with the page number before or after: the gazette's running header. */
export const GAZETTE_HEADER =
  /^(?:\d{1,4}\s{1,8})?CÔNG\s{0,2}BÁO\s{0,3}\/\s{0,3}Số\s{0,3}\d{1,5}(?:\s{0,3}\+\s{0,3}\d{1,5}){0,3}\s{0,3}\/\s{0,3}Ngày\s{0,3}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{4}(?:\s{1,8}\d{1,4})?$/u;
/** A page's number on a line of its own: `12`, `- 12 -`. */
export const PAGE_NUMBER = /^(?:-\s{0,2})?\d{1,4}(?:\s{0,2}-)?$/u;
/** `Quyết định số 40/QĐ-BHXH – Trang 5/12`: a running footer ending in the page's number of the pages' count. */
const PAGE_FOOTER = /(?:^|\s)Trang\s{0,2}\d{1,4}\s{0,2}\/\s{0,2}\d{1,4}$/u;
/** A running footer is a short line. */
const FOOTER_CHARS = 120;

/** True when the (trimmed) text is a running footer that numbers its page: `… – Trang 5/12`. */
export function isRunningFooter(text: string): boolean {
  return text.length <= FOOTER_CHARS && PAGE_FOOTER.test(text);
}
