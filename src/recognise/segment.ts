import { documentTypeByHeading } from '../registry/document-types.js';
import { foldKey, isUpperCaseText } from '../text/fold.js';
import { PARENTHESISED_NOTE } from '../text/markers.js';
import type { LineNode } from '../tree.js';
import { isPersonName } from './person-name.js';
import { isBareBasis } from './preamble.js';
import { dispatchAuthority, foldedPrefix, isMottoLine, signingPrefix, vocabulary } from './vocabulary.js';

/** Half-open range of line indices. */
export type Range = readonly [start: number, end: number];

/** Where each part of a document lies, in line indices over the normalised lines. */
export interface Segments {
  header: Range;
  preamble: Range;
  body: Range;
  closing: Range;
  attachments: Range[];
  appendices: Range[];
  /** Index of the type heading ("QUYẾT ĐỊNH"), or -1. */
  heading: number;
}

const APPENDIX_LABEL = /^(?:PHỤ LỤC|Phụ lục)(?:\s{1,3}(?:SỐ|số)?\s{0,3}[IVXL\d]{1,6})?\s?[.:]?$/u;
const HEADER_WINDOW = 40;

export function isAppendixLabel(text: string): boolean {
  return APPENDIX_LABEL.test(text.replace(/\*/g, '').trim());
}

/** "PHỤ LỤC I: DANH MỤC …", "PHỤ LỤC 02 – MẪU …": a numbered label, a mark after its number, its title on the same line. */
const LABEL_MARK_TITLE = /^((?:PHỤ LỤC|Phụ lục)\s(?:SỐ\s|số\s)?[IVXL\d]{1,6})\s?[.:–-]\s{1,3}(\S.*)$/u;

/**
 * An appendix's numbered label and its title on one line, or null. The label or the title is in
 * capitals, as an appendix's heading is printed, and the title opens with a capital or a digit and
 * does not end as an item of a list does: "Phụ lục I: Danh mục nhiệm vụ;" in a body that lists its
 * appendices is no appendix.
 */
export function appendixLabelAndTitle(text: string): { label: string; title: string } | null {
  const m = LABEL_MARK_TITLE.exec(text.replace(/\*/g, '').trim());
  if (!m) return null;
  const [, label, title] = m as unknown as [string, string, string];
  if (!(isUpperCaseText(label) || isUpperCaseText(title)) || !/^[\p{Lu}\d]/u.test(title)) return null;
  // a title in capitals may wrap after a comma ("MẪU PHIẾU CHUYỂN TUYẾN CƠ SỞ KHÁM BỆNH,")
  if (/;$/u.test(title) || (/,$/u.test(title) && !isUpperCaseText(title))) return null;
  return { label, title };
}

/** A line that opens an appendix: its label alone, or its numbered label and its title. */
export function opensAppendix(text: string): boolean {
  return isAppendixLabel(text) || appendixLabelAndTitle(text) !== null;
}

function isIssuedWith(text: string): boolean {
  return foldedPrefix(text, vocabulary.issuedWithStarts) !== null;
}

function findIndex(values: string[], from: number, to: number, test: (v: string, i: number) => boolean): number {
  for (let i = from; i < to; i++) if (test(values[i]!, i)) return i;
  return -1;
}

/** A line of a signature block: "KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", a name, "(Đã ký)". */
export function isSignatureLine(text: string): boolean {
  const t = text.replace(/\*/g, '').trim();
  if (signingPrefix(t)) return true;
  if (foldedPrefix(t, vocabulary.signedMarks)) return true;
  if (isUpperCaseText(t) && t.length <= 60 && !/\d/.test(t)) return true;
  return isPersonName(t);
}

/** "Kính gửi:", "Đồng kính gửi:", or a dispatch's call line ("THỦ TƯỚNG CHÍNH PHỦ điện:"): addressees follow. */
const opensAddressees = (v: string) => foldedPrefix(v, vocabulary.addresseeStarts) !== null || dispatchAuthority(v) !== null;
const ADDRESSEE_ITEM = /^[-+•–]\s/u;

/** An item of a list ends with ";" or "."; one that ends with "," goes on in the next lines (the page wrapped it). */
const MAX_ITEM_WRAPS = 3;
const goesOn = (v: string) => v.endsWith(',');

/** The end of the addressee item at `at` and the wrapped lines it goes on in. */
function itemEnd(values: string[], at: number, limit: number): number {
  let end = at + 1;
  while (end < limit && end - at <= MAX_ITEM_WRAPS && goesOn(values[end - 1]!) && !ADDRESSEE_ITEM.test(values[end]!) && !opensAddressees(values[end]!)) end++;
  return end;
}

/**
 * The end of the addressees from `at`: each start with its "- …" items (or the rest of its own
 * line, or, when it ends at its colon with no items, the one line after it: "Đồng kính gửi:" /
 * "Bí thư Tỉnh ủy, Thành ủy …"), start after start.
 */
function addresseesEnd(values: string[], at: number, limit: number): number {
  let end = at;
  // an addressee's note printed under it (its address) is the addressee's
  const withNote = (i: number) => (i < limit && PARENTHESISED_NOTE.test(values[i]!) ? i + 1 : i);
  while (end < limit && opensAddressees(values[end]!)) {
    const ownText = values[end]!.slice(values[end]!.indexOf(':') + 1).trim();
    const items = ++end;
    if (ownText !== '') end = withNote(end);
    while (end < limit && ADDRESSEE_ITEM.test(values[end]!)) end = withNote(itemEnd(values, end, limit));
    if (end === items && ownText === '' && values[end - 1]!.includes(':') && end < limit && !opensAddressees(values[end]!)) end = withNote(end + 1);
  }
  return end;
}

/** The header's end: after the type heading's subject and authority, or after a letter's addressees. */
function headerEnd(values: string[], heading: number, limit: number): number {
  const window = Math.min(limit, HEADER_WINDOW);
  const preamble = findIndex(values, Math.max(heading, 0), window, (v) => foldedPrefix(v, vocabulary.preambleStarts) !== null);
  const addressee = findIndex(values, 0, window, opensAddressees);
  if (addressee >= 0 && (preamble < 0 || addressee < preamble)) return addresseesEnd(values, addressee, limit);
  if (preamble >= 0) return preamble;
  if (heading >= 0) {
    // subject lines follow the heading (capitals, or "V/v …" / "Về việc …")
    let end = heading + 1;
    while (end < limit && (isUpperCaseText(values[end]!) || foldedPrefix(values[end]!, vocabulary.subjectPrefixes))) end++;
    return end;
  }
  const date = findIndex(values, 0, Math.min(limit, 15), (v) => /,\s{0,3}ngày\b/u.test(v));
  const subject = findIndex(values, 0, Math.min(limit, 15), (v) => foldedPrefix(v, vocabulary.subjectPrefixes) !== null);
  return Math.max(date, subject) + 1;
}

const MARKDOWN_HEADING = /^#{1,6}\s/u;
// the site's one-line summary of the page: "Quyết định 3617/QĐ-UBND năm 2025 ủy quyền …"
const SITE_SUMMARY = /^\p{Lu}\p{Ll}{0,10}(?: \p{Ll}{1,10}){0,3} \d{1,6}[/-][\p{L}\p{N}/-]{1,40} \p{L}/u;
const PAGE_WINDOW = 400;

const REAL_NUMBER = /^Số\s{0,3}[:.]?\s{0,3}\d{1,6}\s{0,2}[/-]/u;
const NUMBER_WINDOW = 8;

/** The first line of the motto ("CỘNG HÒA XÃ HỘI …"), not its second ("Độc lập - Tự do - Hạnh phúc"). */
function opensMotto(text: string): boolean {
  return foldKey(text).startsWith('cộng hòa');
}

/** A "Số: 12/QĐ-…" line with a real number within a few lines of `at`, before (down to `floor`) or after it. */
function hasNumberNear(values: string[], at: number, floor: number): boolean {
  for (let i = Math.max(floor, at - NUMBER_WINDOW); i < Math.min(values.length, at + NUMBER_WINDOW); i++) {
    if (REAL_NUMBER.test(values[i]!)) return true;
  }
  return false;
}

const FOLLOW_WINDOW = 12;

/** A new document's marks (the motto, a real number) within a few lines after `at`. */
function newDocumentFollows(values: string[], at: number): boolean {
  for (let i = at + 1; i < Math.min(values.length, at + FOLLOW_WINDOW); i++) {
    if ((isMottoLine(values[i]!) && opensMotto(values[i]!)) || REAL_NUMBER.test(values[i]!)) return true;
  }
  return false;
}

const PROSE_WORDS = 15;

/**
 * True when lines left outside the document are more than a page's chrome: another document (its
 * motto and number), or a heading followed by a paragraph of prose (an article about the document),
 * so that leaving them out is a warning, not a note.
 */
export function isMoreThanChrome(lines: LineNode[]): boolean {
  const values = lines.map((l) => l.value);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (isMottoLine(v) && opensMotto(v) && hasNumberNear(values, i, 0)) return true;
    if (!MARKDOWN_HEADING.test(v) || vocabulary.pageEndLines.has(foldKey(v.replace(MARKDOWN_HEADING, '')))) continue;
    const next = values[i + 1] ?? '';
    if (next.split(/\s+/u).length >= PROSE_WORDS && !SITE_SUMMARY.test(next)) return true;
  }
  return false;
}

/**
 * Where the document lies inside a saved web page or a file: from the issuing body's lines above the
 * motto to the site's summary and related-document lists after the signature, or to where another
 * document begins (files that hold several). A bare document is all of it.
 */
export function documentBounds(lines: LineNode[]): Range {
  const values = lines.map((l) => l.value);
  let motto = findIndex(values, 0, Math.min(values.length, PAGE_WINDOW), isMottoLine);
  // a paged source (a PDF, a scan) begins on its first page: a motto first printed on a later page
  // heads a form or an annex inside the document (a procedure's form appendix), not the document
  const pageOf = (i: number) => lines[i]?.data?.page;
  const firstPage = pageOf(0);
  if (motto > 0 && firstPage !== undefined && (pageOf(motto) ?? firstPage) > firstPage) motto = -1;
  // the header block's other cells may come before the motto: the issuing body, its separator, the number
  const headerCell = (v: string) => isUpperCaseText(v) || /^[-_=–—]{3,}$/u.test(v) || /^Số\s{0,3}[:.]/u.test(v);
  const headerStart = (at: number, floor: number) => {
    let i = at;
    while (i > floor && headerCell(values[i - 1]!) && !foldedPrefix(values[i - 1]!, vocabulary.preambleStarts)) i--;
    return i;
  };
  const start = motto > 0 ? headerStart(motto, 0) : 0;
  // a page's own lists begin at a page-end line; a heading ends the document only when it is one of
  // them or a new document's marks follow it (a heading inside a document is part of it)
  const pageEnd = (v: string, i: number) =>
    vocabulary.pageEndLines.has(foldKey(v.replace(MARKDOWN_HEADING, ''))) || (MARKDOWN_HEADING.test(v) && newDocumentFollows(values, i));
  let end = findIndex(values, start + 1, values.length, pageEnd);
  // another document begins: a motto with a real number beside it (a form's "Số: ……" is none)
  const floor = Math.max(motto, start) + 3;
  const next = findIndex(values, floor, end < 0 ? values.length : end, (v, i) => isMottoLine(v) && opensMotto(v) && hasNumberNear(values, i, floor));
  if (next >= 0) end = headerStart(next, floor);
  if (end < 0) return [start, values.length];
  while (end - 1 > start && SITE_SUMMARY.test(values[end - 1]!)) end--;
  return [start, end];
}

const SIGNATURE_WINDOW = 5;

/** A line that names a signer: "Phạm Thị Thanh Trà", or "(Đã ký)" where the name is not printed. */
const isSignerName = (v: string) => isPersonName(v.replace(/\*/g, '').trim());

/**
 * The signature block of a document printed without "Nơi nhận:": the first signing prefix
 * ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG") after the header that a signer's name follows within a few
 * lines of titles; [its first line, the line after the name], or null.
 */
function signatureBlock(values: string[], from: number, to: number): Range | null {
  for (let i = from; i < to; i++) {
    if (!signingPrefix(values[i]!.replace(/\*/g, '').trim())) continue;
    for (let k = i + 1; k < Math.min(to, i + SIGNATURE_WINDOW); k++) {
      const v = values[k]!;
      if (isSignerName(v)) return [i, k + 1];
      if (!isSignatureLine(v)) break;
    }
  }
  return null;
}

/** A line that opens a new part after a signature: a motto, a type heading, a form or appendix label, an issued-with line. */
function opensAttachment(v: string): boolean {
  const t = v.replace(/\*/g, '').trim();
  return isMottoLine(t) || documentTypeByHeading(t) !== undefined || isIssuedWith(t) || /^(?:Mẫu|MẪU)\s{1,3}(?:số|SỐ)?\s{0,3}[\p{N}\p{Lu}]/u.test(t);
}

/**
 * Where the closing that starts at "Nơi nhận:" ends: after the signer's name, when the next line opens
 * a new part (a form annex with its own motto and "Nơi nhận:"); else `end`.
 */
function closingEnd(values: string[], from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    if (!isSignerName(values[i]!)) continue;
    let next = i + 1;
    while (next < end && foldedPrefix(values[next]!, vocabulary.signedMarks)) next++;
    if (next < end && opensAttachment(values[next]!)) return next;
  }
  return end;
}

/** Splits the lines of one document (page chrome already cut off) into its parts. */
export function segmentDocument(lines: LineNode[]): Segments {
  const values = lines.map((l) => l.value);
  const n = values.length;
  const appendixStarts = values.flatMap((v, i) => (opensAppendix(v) ? [i] : []));
  const mainEnd = appendixStarts[0] ?? n;
  const appendices: Range[] = appendixStarts.map((start, k) => [start, appendixStarts[k + 1] ?? n] as const);

  const startsWithHeader = mainEnd > 0 && findIndex(values, 0, Math.min(mainEnd, 12), (v) => isMottoLine(v) || /^Số\s{0,3}[:.]/u.test(v)) >= 0;
  const heading = findIndex(values, 0, Math.min(mainEnd, HEADER_WINDOW), (v) => documentTypeByHeading(v) !== undefined);
  const hEnd = startsWithHeader || heading >= 0 ? headerEnd(values, heading, mainEnd) : 0;

  // closing: "Nơi nhận:" … signature; anything after it that is issued with the document is an attachment
  let recipients = findIndex(values, hEnd, mainEnd, (v) => foldedPrefix(v, vocabulary.recipientsStarts) !== null);
  const attachmentTitle = (issued: number): number => {
    let start = issued;
    while (start - 1 > recipients && isUpperCaseText(values[start - 1]!)) start--;
    return start;
  };
  const issuedAfterClosing = recipients >= 0 ? findIndex(values, recipients, mainEnd, isIssuedWith) : -1;
  const attachmentAfterClosing = issuedAfterClosing >= 0 ? attachmentTitle(issuedAfterClosing) : mainEnd;

  // no "Nơi nhận:": a signature block ("TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG" / … / a name) ends the body
  const signature = recipients < 0 ? signatureBlock(values, hEnd, mainEnd) : null;
  let attachmentStart = signature && signature[1] < mainEnd ? signature[1] : attachmentAfterClosing;

  // a signature printed before "Nơi nhận:" belongs to the closing too
  let bodyEnd = recipients >= 0 ? recipients : signature ? signature[0] : attachmentStart;
  while (bodyEnd - 1 > hEnd && isSignatureLine(values[bodyEnd - 1]!) && !/[.;:]$/u.test(values[bodyEnd - 1]!)) bodyEnd--;
  if (recipients < 0) recipients = bodyEnd;
  // after the signer's name, a new motto, type heading or form begins an attachment, not more closing
  if (recipients >= 0 && !signature) {
    const after = closingEnd(values, recipients, attachmentStart);
    if (after < attachmentStart) attachmentStart = after;
  }

  const lead = findIndex(values, hEnd, bodyEnd, (v) => vocabulary.decisionLead.includes(foldKey(v)));
  let preambleEnd = hEnd;
  if (lead >= 0) preambleEnd = lead + 1;
  else {
    // the bases and the proposer; a basis printed without its "Căn cứ" among them is one too
    const inPreamble = (i: number) => foldedPrefix(values[i]!, vocabulary.preambleStarts) !== null || (i > hEnd && isBareBasis(values[i - 1]!, values[i]!));
    while (preambleEnd < bodyEnd && inPreamble(preambleEnd)) preambleEnd++;
  }

  return {
    header: [0, hEnd],
    preamble: [hEnd, preambleEnd],
    body: [preambleEnd, bodyEnd],
    closing: [bodyEnd, attachmentStart],
    attachments: attachmentStart < mainEnd ? [[attachmentStart, mainEnd]] : [],
    appendices,
    heading,
  };
}
