import { diagnose } from '../diagnostics.js';
import type { VFile } from 'vfile';
import parts from '../registry/document-parts.json';
import { documentTypeByHeading } from '../registry/document-types.js';
import { isPersonName, roleAfterName } from '../recognise/person-name.js';
import { foldKey, isUpperCaseText, newTonePlacement, stripDiacritics } from '../text/fold.js';
import type { LineNode } from '../tree.js';

/**
 * Pass: the parts of a document that a crawler (or a flattened two-column layout) printed on one line
 * are cut apart at the marks that say what they are, so that the recognisers find each part on its
 * own line: `BỘ Y TẾ --------`, `CỘNG HÒA … VIỆT NAM Độc lập - Tự do - Hạnh phúc ----`,
 * `Số: 627/BYT-BH V/v …`, `Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:`,
 * `QUYẾT ĐỊNH VỀ VIỆC … TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM`, `KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn …`.
 * Each cut line is reported (info `shared-line`) with its pieces. Nothing is dropped.
 */

/** A registry phrase as a pattern at the start of a text: spaces flexible, hyphens with or without spaces. */
function phrasePattern(phrase: string, flags = 'u'): RegExp {
  const body = newTonePlacement(phrase.toLowerCase())
    .split('-')
    .map((piece) => piece.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('\\s{1,3}'))
    .join('\\s{0,3}[-–]\\s{0,3}');
  return new RegExp(`^(?:${body})(?!\\p{L})`, flags);
}

const MOTTO_FIRST = [...parts.motto.slice(0, 1), ...parts.partyMotto].map((m) => phrasePattern(m, 'iu'));
const MOTTO_REST = parts.motto.slice(1).map((m) => phrasePattern(m, 'iu'));
const SEPARATOR = /^[-_–—=]{3,}/u;
const SEPARATOR_INSIDE = /\s[-_–—=]{3,}/u;
const TRAILING_RULE = /\s[-_–—=]{3,}$/u;
const ISSUER_OPEN = /^\p{Lu}{2,}(?:\s|$)/u;
// how the motto's first line (or the Party's) begins: a cheap test before the whole phrase
const MOTTO_OPEN = /^(?:C[ỘO]NG|Đ[ẢA]NG)\s/iu;
// where the motto's first line or "Số:" may begin inside a line
const MOTTO_OR_NUMBER_INSIDE = /\s(?:C[ỘO]NG\s|Đ[ẢA]NG\s|Số\s{0,3}:)/u;
const NUMBER_OPEN = /^Số\s{0,3}[:.]?\s{0,3}/u;
// the day, month and year as printed: digits, blanks (… / ....), or what OCR made of them ("1Ø")
const PLACE_DATE = /^\p{Lu}[\p{L} .'-]{1,40},\s{0,3}ngày\s{0,3}[^\s,;]{1,6}\s{1,3}tháng\s{1,3}[^\s,;]{1,6}\s{1,3}năm\s{1,3}[^\s,;]{2,8}/u;
const SUBJECT_OPEN = /^(?:V\/[vV]|Về việc)(?!\p{L})/u;
const ADDRESSEE_OPEN = /^Kính gửi(?!\p{L})/u;
const SIGNING_OPEN = /^(?:KT|TM|TL|TUQ|Q)\.\s{0,2}\p{Lu}/u;
const SIGNING_INSIDE = /[\s.;,](?:KT|TM|TL|TUQ|Q)\.\s{0,2}\p{Lu}/u;
const PREAMBLE_OPEN = new RegExp(`^(?:${parts.preambleStarts.map((s) => s.replace(/\s+/gu, '\\s{1,3}')).join('|')})(?!\\p{L})`, 'u');
const HEADER_LINES = 16;

const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const foldedWords = (list: string[]) => list.map((t) => words(foldKey(t))).sort((a, b) => b.length - a.length);
const SIGNER_TITLES = foldedWords(parts.signerTitles);
const DEPUTY_STARTS = foldedWords(parts.deputyTitleStarts);
const AUTHORITY_TITLES = foldedWords(parts.personalAuthorityTitles);
const LEADING_TITLES = foldedWords([...parts.signerTitles, ...parts.authorityTitles]);
const TITLE_IN_SUBJECT = foldedWords(parts.titleInSubjectWords);

/** A word of a text with where it starts. */
interface Word {
  text: string;
  key: string;
  start: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) out.push({ text: m[0], key: foldKey(m[0]), start: m.index });
  return out;
}

/** Length in words of the longest phrase of `list` that begins at word `at`, or 0. */
function phraseAt(ws: Word[], at: number, list: string[][]): number {
  for (const phrase of list) {
    if (at + phrase.length > ws.length) continue;
    if (phrase.every((p, k) => ws[at + k]!.key === p)) return phrase.length;
  }
  return 0;
}

/** The type heading ("QUYẾT ĐỊNH") at the start of a capitals line, in words, or 0. */
function headingLength(ws: Word[]): number {
  for (let n = Math.min(4, ws.length); n >= 1; n--) {
    const printed = ws.slice(0, n).map((w) => w.text).join(' ');
    if (isUpperCaseText(printed) && documentTypeByHeading(printed)) return n;
  }
  return 0;
}

/** Where a decision's authority begins in the words after its heading: a personal title, not inside the subject. */
function authorityStart(ws: Word[], from: number): number {
  for (let k = from + 1; k < ws.length; k++) {
    if (!phraseAt(ws, k, AUTHORITY_TITLES)) continue;
    if (TITLE_IN_SUBJECT.some((p) => p.length <= k && p.every((w, j) => ws[k - p.length + j]!.key === w))) continue;
    const rest = ws.slice(k).map((w) => w.text).join(' ');
    if (isUpperCaseText(rest)) return k;
  }
  return -1;
}

/** Cuts (character offsets) of a signature block printed on one line: authority, title, name. */
function signatureCuts(text: string): number[] {
  const ws = wordsOf(text);
  const cuts: number[] = [];
  // the capitals run, then the name (or "(Đã ký)") after it
  let caps = 0;
  while (caps < ws.length && isUpperCaseText(ws[caps]!.text.replace(/[.,]/gu, '') || 'X')) caps++;
  if (caps < ws.length) {
    const rest = text.slice(ws[caps]!.start);
    const role = roleAfterName(rest);
    if (!isPersonName(rest) && role < 0 && !/^\(?(?:Đã|đã) ký/u.test(rest)) return [];
    cuts.push(ws[caps]!.start);
    // a role printed under the name, run on after it
    if (role > 0) cuts.push(ws[caps]!.start + role);
  }
  // a second prefix inside the run: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
  let segStart = 1;
  for (let k = 1; k < caps; k++) {
    if (SIGNING_OPEN.test(text.slice(ws[k]!.start))) {
      cuts.push(ws[k]!.start);
      segStart = k + 1;
    }
  }
  const deputy = /^KT\./u.test(text.slice(ws[segStart - 1]!.start));
  const lead = Math.max(1, phraseAt(ws, segStart, LEADING_TITLES));
  for (let k = segStart + lead; k < caps; k++) {
    const isTitle = deputy ? phraseAt(ws, k, DEPUTY_STARTS) > 0 : phraseAt(ws, k, SIGNER_TITLES) > 0;
    if (isTitle) {
      cuts.push(ws[k]!.start);
      break;
    }
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * "THỨ TRƯỞNG Nguyễn Trường Sơn": a signer's title and name on one line, maybe with a role printed
 * under the name run on after it ("TỔNG GIÁM ĐỐC Nguyễn Thế Mạnh Chủ tịch Hội đồng …"); the cuts
 * before the name (and the role), or none.
 */
function titleNameCuts(text: string): number[] {
  if (!ISSUER_OPEN.test(text)) return [];
  const ws = wordsOf(text);
  if (!phraseAt(ws, 0, SIGNER_TITLES)) return [];
  let caps = 0;
  while (caps < ws.length && isUpperCaseText(ws[caps]!.text)) caps++;
  if (caps === 0 || caps === ws.length) return [];
  const at = ws[caps]!.start;
  const rest = text.slice(at);
  if (isPersonName(rest)) return [at];
  const role = roleAfterName(rest);
  return role > 0 ? [at, at + role] : [];
}

/** Length of a number-and-sign at the start ("Số: 627/BYT-BH", "Số: 12 /QĐ-BHXH", "Số: …/2022/TT- BTC"). */
function numberLength(text: string): number {
  const open = NUMBER_OPEN.exec(text);
  if (!open) return 0;
  const ws = wordsOf(text.slice(open[0].length));
  if (!ws.length) return 0;
  let k = 0;
  while (k + 1 < ws.length && (/[/-]$/u.test(ws[k]!.text) || /^[/-]/u.test(ws[k + 1]!.text))) k++;
  return open[0].length + ws[k]!.start + ws[k]!.text.length;
}

// compared in lower case, where old tone placement ("HOÀ") is read as new ("hòa"); the lengths stay those of the text
const startsWith = (re: RegExp[], text: string) => {
  const key = newTonePlacement(text.slice(0, 80).toLowerCase());
  return re.map((r) => r.exec(key)?.[0].length ?? 0).find((n) => n > 0) ?? 0;
};

/** Length of the motto's first line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", in capitals) at the start, or 0. */
function mottoLength(text: string): number {
  if (!MOTTO_OPEN.test(text)) return 0;
  const n = startsWith(MOTTO_FIRST, text);
  return n && isUpperCaseText(text.slice(0, n)) ? n : 0;
}

/** Length of a header part that opens `text` and ends before the text does, or 0. */
function headerPartLength(text: string, inHeader: boolean): number {
  const motto = mottoLength(text);
  if (motto) return motto;
  const motto2 = /^Độc/iu.test(text) ? startsWith(MOTTO_REST, text) : 0;
  if (motto2) return motto2;
  const sep = SEPARATOR.exec(text);
  if (sep) return sep[0].length;
  if (!inHeader) return 0;
  const num = numberLength(text);
  if (num) return opensHeaderPart(text.slice(num).trimStart()) ? num : 0;
  const date = PLACE_DATE.exec(text);
  if (date) return date[0].length;
  return 0;
}

/** True when the text opens a part of the header: what may follow a number or a date on its line. */
function opensHeaderPart(text: string): boolean {
  if (!text) return false;
  return (
    SUBJECT_OPEN.test(text) || ADDRESSEE_OPEN.test(text) || PLACE_DATE.test(text) || SEPARATOR.test(text) ||
    mottoLength(text) > 0 || headingLength(wordsOf(text)) > 0
  );
}

/** An issuing body's capitals before a separator, the motto or "Số:" on the same line: the cut, or -1. */
function issuerCut(text: string): number {
  // an issuer is printed in capitals: a line that does not open with a capitals word has none
  if (!ISSUER_OPEN.test(text)) return -1;
  const candidates: number[] = [];
  const sep = SEPARATOR_INSIDE.exec(text);
  if (sep) candidates.push(sep.index + 1);
  const mark = MOTTO_OR_NUMBER_INSIDE.exec(text);
  if (mark && (mottoLength(text.slice(mark.index + 1)) || /^Số/u.test(text.slice(mark.index + 1)))) candidates.push(mark.index + 1);
  const cut = Math.min(...candidates);
  if (!Number.isFinite(cut) || !isUpperCaseText(text.slice(0, cut))) return -1;
  return cut;
}

/** Cuts in a heading line: "QUYẾT ĐỊNH | VỀ VIỆC … | TỔNG GIÁM ĐỐC … | Căn cứ …". */
function headingCuts(text: string): number[] {
  const ws = wordsOf(text);
  const n = headingLength(ws);
  if (!n || n === ws.length || /:$/u.test(ws[n - 1]!.text)) return [];
  const cuts = [ws[n]!.start];
  // a preamble that runs on after the authority
  let end = ws.length;
  for (let k = n; k < ws.length; k++) {
    if (PREAMBLE_OPEN.test(text.slice(ws[k]!.start))) {
      end = k;
      break;
    }
  }
  const head = ws.slice(0, end);
  const authority = authorityStart(head, n);
  if (authority > n) cuts.push(ws[authority]!.start);
  if (end < ws.length && end > n) cuts.push(ws[end]!.start);
  return cuts;
}

const DECISION_LEADS = parts.decisionLead.map((w) => phrasePattern(w.replace(/:$/u, ''), 'iu'));
// an appendix's label, maybe numbered, with no colon ("PHỤ LỤC I", "Phụ lục 02"), then the text after it
const APPENDIX_LABEL_OPEN = new RegExp(`^(?:${parts.appendixLabels.join('|')})(?:\\s{1,3}(?:SỐ|số)?\\s{0,3}[IVXL\\d]{1,6}\\b)?\\s{1,3}(?=\\S)`, 'u');

/**
 * "QUYẾT ĐỊNH: Điều 1. …": the enacting word (in capitals, with its colon) and the first article run
 * onto one line; the cut after the colon, or 0.
 */
function leadLength(text: string): number {
  if (!ISSUER_OPEN.test(text)) return 0;
  const n = startsWith(DECISION_LEADS, text);
  if (!n || !isUpperCaseText(text.slice(0, n))) return 0;
  const colon = /^\s{0,2}:\s{0,3}/u.exec(text.slice(n));
  return colon && n + colon[0].length < text.length ? n + colon[0].length : 0;
}

/** "PHỤ LỤC I DANH MỤC CÁC CHỈ TIÊU …": an appendix's label and its title in capitals on one line; the cut, or 0. */
function appendixLabelLength(text: string): number {
  const m = APPENDIX_LABEL_OPEN.exec(text);
  if (!m) return 0;
  const title = text.slice(m[0].length);
  // "PHỤ LỤC I: …", "PHỤ LỤC 02 – …" (a mark after the numeral) is a label line of its own kind, left
  // whole: the appendix reader takes the label and the title apart (segment.ts appendixLabelAndTitle)
  if (/^[IVXL\d]{1,6}\s{0,2}[.:]/u.test(title) || /^[–-]\s/u.test(title)) return 0;
  return isUpperCaseText(title) && /\s/u.test(title.trim()) ? m[0].length : 0;
}

const MAX_CAPITALS_WORDS = 40;

/**
 * "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM Căn cứ Nghị định số …": a line of capitals in the header (the
 * authority, the subject's end) with the first legal basis run on after it; where the basis begins, or -1.
 */
function preambleAfterCapitals(text: string): number {
  if (!/^[\p{Lu}\d]/u.test(text)) return -1;
  const ws = wordsOf(text);
  for (let k = 1; k < Math.min(ws.length, MAX_CAPITALS_WORDS); k++) {
    if (/\p{Ll}/u.test(ws[k - 1]!.text)) return -1; // a word of capitals, or digits ("SỐ 01/NQ-CP NGÀY 06/01/2023")
    if (PREAMBLE_OPEN.test(text.slice(ws[k]!.start, ws[k]!.start + 40))) return ws[k]!.start;
  }
  return -1;
}

/** The offsets at which a line is cut, in order. */
export function lineCuts(text: string, inHeader: boolean, headingSeen = false): number[] {
  const lead = leadLength(text) || appendixLabelLength(text);
  if (lead) return [lead];
  const basis = inHeader ? preambleAfterCapitals(text) : -1;
  if (basis > 0) return [...lineCuts(text.slice(0, basis).trimEnd(), inHeader, headingSeen), basis];
  if (SIGNING_OPEN.test(text)) return signatureCuts(text);
  const titleName = titleNameCuts(text);
  if (titleName.length) return titleName;
  // "- Lưu: VT, BH. KT. BỘ TRƯỞNG …": the signature beside the archive line
  if (/^[-+]?\s{0,2}Lưu\s{0,2}:/u.test(text)) {
    const sig = SIGNING_INSIDE.exec(text);
    if (sig) {
      const at = sig.index + 1;
      return [at, ...signatureCuts(text.slice(at)).map((c) => c + at)];
    }
  }
  // the rule printed under a subject, on its line: "… trong kỷ nguyên mới ––––––"
  const rule = inHeader ? TRAILING_RULE.exec(text) : null;
  if (rule && rule.index > 0) return [...lineCuts(text.slice(0, rule.index), inHeader, headingSeen), rule.index + 1];
  const cuts: number[] = [];
  let at = 0;
  for (let guard = 0; guard < 12 && at < text.length; guard++) {
    const rest = text.slice(at);
    let len = headerPartLength(rest, inHeader);
    if (!len && at === 0) len = issuerCut(rest);
    if (len <= 0) {
      if (inHeader && !headingSeen) cuts.push(...headingCuts(rest).map((c) => c + at));
      if (inHeader && SUBJECT_OPEN.test(rest)) {
        const addressee = /\sKính gửi(?!\p{L})/u.exec(rest);
        if (addressee) cuts.push(at + addressee.index + 1);
      }
      break;
    }
    let next = at + len;
    while (next < text.length && /\s/u.test(text[next]!)) next++;
    if (next >= text.length) break;
    cuts.push(next);
    at = next;
  }
  return cuts;
}

/** The line cut at the offsets, each piece with its own place when the line came from one source line. */
function cutLine(line: LineNode, cuts: number[]): LineNode[] {
  const bounds = [0, ...cuts, line.value.length];
  const oneLine = line.position.start.line === line.position.end.line;
  const pieces: LineNode[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const value = line.value.slice(bounds[k], bounds[k + 1]).trim();
    if (!value) continue;
    const start = oneLine ? { ...line.position.start, column: line.position.start.column + bounds[k]!, offset: (line.position.start.offset ?? 0) + bounds[k]! } : line.position.start;
    const end = oneLine ? { ...line.position.start, column: line.position.start.column + bounds[k + 1]!, offset: (line.position.start.offset ?? 0) + bounds[k + 1]! } : line.position.end;
    const piece: LineNode = { type: 'line', value, indent: k === 0 ? line.indent : 0, position: { start, end } };
    if (k === 0 && line.removed) piece.removed = line.removed;
    pieces.push(piece);
  }
  return pieces;
}

/** A line that opens the header block (the motto or a number line) or the body after it. */
const opensHeader = (text: string) => mottoLength(text) > 0 || issuerCut(text) > 0 || /^Số\s{0,3}[:.]/u.test(text);
const endsHeader = (text: string) => PREAMBLE_OPEN.test(text) || ADDRESSEE_OPEN.test(text) || /^Điều\s{1,3}\d/u.test(text);

const bare = (w: string) => stripDiacritics(w.normalize('NFC')).toLowerCase();
const BARE_TITLES = parts.signerTitles.map((t) => words(t).map(bare));
const RECIPIENTS_OPEN = /^(?:Nơi|Noi|Nơi)\s{1,3}\S{3,5}\s{0,2}:/u;
const ITEM_OPEN = /^[-+•–]\s/u;

/** A signer's title at word `at`, read without its marks (OCR may have damaged them): its length, or 0. */
function bareTitleAt(ws: Word[], at: number): number {
  for (const t of BARE_TITLES) {
    if (at + t.length <= ws.length && t.every((w, k) => bare(ws[at + k]!.text) === w)) return t.length;
  }
  return 0;
}

/** The right column's text on a line of the recipients column: a signing prefix, a title, a name, "(Đã ký)". */
function opensRightColumn(ws: Word[], at: number, text: string): boolean {
  const rest = text.slice(ws[at]!.start);
  if (SIGNING_OPEN.test(rest) || /^\(?(?:Đã|đã) ký/u.test(rest)) return true;
  if (bareTitleAt(ws, at) && isUpperCaseText(rest)) return true;
  // a name after an item's end, not after a comma of a list of places ("Hà Nam, Ninh Bình")
  return /[.;]$/u.test(ws[at - 1]!.text) && isPersonName(rest);
}

/**
 * Where the signature column begins on a line that the recipients column shares (OCR of a closing
 * printed in two columns): "Nơi nhận: KT. TỔNG GIÁM ĐỐC", "- Như trên; PHÓ TỔNG GIÁM ĐỐC",
 * "- Lưu: VT, CSYT. Nguyễn Đức Hòa". The cut, or -1.
 */
export function columnCut(text: string, inClosing: boolean): number {
  const opensRecipients = RECIPIENTS_OPEN.test(text) && bare(text.slice(0, text.indexOf(':'))).replace(/\s+/gu, ' ') === 'noi nhan';
  if (!opensRecipients && !(inClosing && ITEM_OPEN.test(text))) return -1;
  const ws = wordsOf(text);
  for (let k = 1; k < ws.length; k++) {
    // the left column's text ends with its punctuation: "Nơi nhận:", "- Như trên;", "- Lưu: VT."
    if (!/[:;.,]$/u.test(ws[k - 1]!.text)) continue;
    if (opensRightColumn(ws, k, text)) return ws[k]!.start;
  }
  return -1;
}

/** A note in parentheses that opens a line and the text run on after it: "(Địa chỉ: …) - Thuế tỉnh …". */
const NOTE_THEN_TEXT = /^\([^()]{1,400}\)[.;,]?\s{1,3}(?=\S)/u;
const ADDRESS_NOTE = new RegExp(`^\\(\\s{0,2}(?:${parts.addressNoteStarts.map((s) => s.replace(/[/.]/gu, '\\$&')).join('|')})\\s{0,2}:`, 'iu');
const ADDRESSEE_INSIDE = /(?:^|\s)Kính gửi(?!\p{L})/u;

export function sharedLines(lines: LineNode[], file: VFile): LineNode[] {
  const out: LineNode[] = [];
  // after "Kính gửi" and its "- …" items: a note printed under an addressee (its address, "(Sau đây gọi
  // chung là …)") that a crawler ran together with the next item or paragraph is cut off it
  let inAddressees = false;
  let headerLeft = 0;
  // a header has one type heading: capitals after it are its subject ("QUYẾT ĐỊNH" / "QUY ĐỊNH CỤ THỂ …")
  let headingSeen = false;
  // the signature column's pieces, read beside the recipients: they follow the recipients list
  let rightColumn: LineNode[] | null = null;
  for (const line of lines) {
    if (rightColumn && !ITEM_OPEN.test(line.value)) {
      out.push(...rightColumn);
      rightColumn = null;
    }
    const column = columnCut(line.value, rightColumn !== null);
    if (column > 0) {
      const [left, right] = cutLine(line, [column]);
      diagnose(file, 'info', 'shared-line', `the recipients and the signature shared a line, read column by column: "${left!.value.slice(0, 60)}" | "${right!.value.slice(0, 60)}"`, line.position);
      out.push(left!);
      rightColumn = [...(rightColumn ?? []), ...cutLine(right!, lineCuts(right!.value, false))];
      continue;
    }
    if (rightColumn === null && RECIPIENTS_OPEN.test(line.value)) rightColumn = [];
    if (opensHeader(line.value)) {
      if (headerLeft === 0) headingSeen = false;
      headerLeft = HEADER_LINES;
    } else if (endsHeader(line.value)) headerLeft = 0;
    // the note is cut off an item that follows it, or, when it gives an address, off the paragraph
    let note = inAddressees ? NOTE_THEN_TEXT.exec(line.value) : null;
    if (note && !ITEM_OPEN.test(line.value.slice(note[0].length)) && !ADDRESS_NOTE.test(line.value)) note = null;
    inAddressees = ADDRESSEE_INSIDE.test(line.value) || (inAddressees && ITEM_OPEN.test(line.value));
    const cuts = note ? [note[0].length] : lineCuts(line.value, headerLeft > 0, headingSeen);
    const isHeading = (l: LineNode) => l.value.length <= 40 && ISSUER_OPEN.test(l.value.replace(/[*_]/gu, '')) && documentTypeByHeading(l.value.replace(/[*_]/gu, '').trim()) !== undefined;
    if (headerLeft > 0) headerLeft--;
    if (!cuts.length) {
      if (headerLeft > 0 && isHeading(line)) headingSeen = true;
      out.push(line);
      continue;
    }
    const pieces = cutLine(line, cuts);
    diagnose(file, 'info', 'shared-line', `one line held ${pieces.length} parts, cut apart: ${pieces.map((p) => `"${p.value.slice(0, 60)}"`).join(' | ')}`, line.position);
    if (headerLeft > 0 && pieces.some(isHeading)) headingSeen = true;
    out.push(...pieces);
  }
  if (rightColumn) out.push(...rightColumn);
  return out;
}
