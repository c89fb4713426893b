import { foldKey } from '../text/fold.js';
import type { LineNode } from '../tree.js';

/** The mark that ends a document's last sentence: "… biết, thực hiện./.", "… Công điện này…/.". */
const DOCUMENT_END = /\/\.$/u;
/** How far into its closing paragraph the issuing body is named ("Cục trưởng Cục Hải quan thông báo để …"). */
const SUBJECT_REACH = 60;
/** What a line that ends a sentence (or a heading, or an item) ends with. */
const ENDS_SENTENCE_OR_HEADING = /[.;:!?…)”"]$|\p{Lu}$/u;
/** The most lines a closing paragraph is wrapped over. */
const MAX_LINES = 12;

/**
 * Where the closing paragraph of a letter or notice begins among its body's lines, or -1: the last
 * paragraph, ending the document ("./."), whose subject is the issuing body itself ("Văn phòng Chính
 * phủ thông báo để các bộ, cơ quan và địa phương biết, thực hiện./.", "Cục trưởng Cục Hải quan thông
 * báo để Công ty … biết, thực hiện./.", "Tổng Giám đốc BHXH Việt Nam yêu cầu …"), by any of its names
 * (`issuerNames`: the running-text one, the forms printed for it). It says what the document is for, and belongs to no item of
 * its outline. A paragraph opens on a line beginning with a capital after a line that ended a sentence.
 */
export function closingParagraphStart(lines: readonly LineNode[], issuerNames: readonly string[]): number {
  const last = lines[lines.length - 1];
  if (issuerNames.length === 0 || !last || !DOCUMENT_END.test(last.value.trim())) return -1;
  // back to the line that opens the paragraph: a capital after a line that ended a sentence
  const opens = (k: number) => /^\p{Lu}/u.test(lines[k]!.value.trim()) && (k === 0 || ENDS_SENTENCE_OR_HEADING.test(lines[k - 1]!.value.trim()));
  let start = lines.length - 1;
  while (start > 0 && lines.length - start < MAX_LINES && !opens(start)) start--;
  if (!opens(start)) return -1;
  const head = foldKey(lines.slice(start).map((l) => l.value).join(' ').slice(0, 2 * SUBJECT_REACH));
  return issuerNames.some((name) => {
    const at = head.indexOf(foldKey(name));
    return at >= 0 && at <= SUBJECT_REACH;
  })
    ? start
    : -1;
}
