import parts from '../registry/document-parts.json';
import type { Signature } from '../schema/decision.js';
import { isVietnameseSyllable } from '../normalize/syllable.js';
import { foldKey, foldSpaces, isUpperCaseText, trimEndOf } from '../text/fold.js';
import type { LineNode } from '../tree.js';
import { isPersonName, roleAfterName } from './person-name.js';
import { foldedPrefix, signingPrefix, startsWithAgencyWord, vocabulary } from './vocabulary.js';

export interface ClosingFacts {
  recipients: string[];
  archive: string[];
  copies: number | null;
  signature: Signature;
  unplaced: LineNode[];
}

const ITEM = /^[-+•–]\s*/u;
/** A parenthesis holding the number of copies, maybe after the drafter's mark: "(2b)", "(02 bản)", "(L.Anh - 3b)", "(P_02b)". */
const COPIES = /\([^()\d]{0,20}(\d{1,3})\s{0,3}(?:b(?:ản)?)?\s{0,3}\)/u;
/** Any parenthesis of the archive line, to weigh what it holds. */
const PARENTHESIS = /\(([^()]{0,40})\)/gu;
/** The drafter's mark after the list's full stop: "KGVX. Thg." (not "P. KHTC", a code, nor the dots of "N.Đ.Minh"). */
const MARK_AFTER_END = /\.\s+((?:\p{Lu}\.\s?){0,3}\p{Lu}\p{Ll}{1,7})\.?$/u;
/** The drafter's initials and name printed as the last code: "N.Đ.Minh", "S.Tùng", "L. Anh". */
const DRAFTER_INITIALS = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}{1,7}$/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,7}$/u;
const SIGNER_TITLES = parts.signerTitles.map(foldKey);

const clean = (text: string) => foldSpaces(text.replace(/[*_]/g, ' '));
const stripItem = (text: string) => trimEndOf(clean(text.replace(ITEM, '')), ';.,');
/** A recipient line ends in ";" (the last in "."): one that does not goes on on the next line. */
const endsItem = (text: string) => /[;.]$/u.test(text);

/** "Lưu: VT, TĐKT (2b)." → 2, the copies kept; null when not printed. */
export function readCopies(text: string): number | null {
  const m = COPIES.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * A parenthesis of the archive line that is no code: the copies ("(2b)"), the drafter's mark
 * ("(N)", "(L.Anh - 3b)"); a unit's part in capitals ("HCC(KSTT)") stays.
 */
const isMark = (inside: string) => /\d|\p{Ll}/u.test(inside) || /^\s*\p{Lu}\s*$/u.test(inside);

/** The drafter, printed last without a count: "N.Đ.Minh", "Huyền"; a code is in capitals or several words ("Văn thư"). */
const isDrafter = (code: string) =>
  DRAFTER_INITIALS.test(code) || (GIVEN_NAME.test(code) && isVietnameseSyllable(code));

/**
 * "Lưu: VT, TĐKT (2b)." → ["VT", "TĐKT"]: the units keeping a copy (Decree 30/2020/NĐ-CP, Appendix I:
 * "Lưu: VT, <drafting unit>"), without the count and the drafter's mark printed with or after it
 * ("NN (2) Tuynh", "QHĐP (3b). Huyền", "NVTHQ (L.Anh - 3b)", "VT, N.Đ.Minh.").
 */
export function readArchive(text: string): string[] {
  let after = clean(text).replace(ITEM, '');
  const start = foldedPrefix(after, vocabulary.archiveStarts);
  if (start) after = after.slice(start.length).replace(/^\s*:?\s*/u, '');
  const copies = COPIES.exec(after);
  if (copies) after = after.slice(0, copies.index + copies[0].length);
  const end = MARK_AFTER_END.exec(after);
  if (end) after = after.slice(0, end.index);
  after = after.replace(PARENTHESIS, (all, inside: string) => (isMark(inside) ? ' ' : all));
  const codes = after
    .split(/[,;]/u)
    .map((s) => trimEndOf(s, '.').trim())
    .filter(Boolean);
  if (codes.length > 1 && isDrafter(codes[codes.length - 1]!)) codes.pop();
  return codes;
}

/** A line that begins a signer's title ("PHÓ TRƯỞNG BAN", "THỨ TRƯỞNG"), or is the first part of a wrapped one ("PHÓ TỔNG GIÁM"). */
function beginsSignerTitle(text: string): boolean {
  const key = foldKey(text);
  return SIGNER_TITLES.some((t) => (key.startsWith(t) && (key.length === t.length || key[t.length] === ' ')) || t.startsWith(`${key} `));
}

interface Level {
  prefix: string;
  text: string;
  /** Whole titles printed under the level without a prefix of their own ("TL. BỘ TRƯỞNG" / "CHÁNH VĂN PHÒNG"). */
  under: string[];
}

/**
 * Capital lines printed after a signing level, before the next level or the signer's title: the level's
 * wrapped rest ("TM. ỦY BAN NHÂN" / "DÂN", "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM", "… NGHIỆP VỤ" / "THUẾ HQ"), or
 * a whole title of its own under it.
 */
function attach(level: Level, lines: string[]): void {
  for (const line of lines) {
    if (level.text === '' || /[,&\-–]$/u.test(level.text) || !beginsSignerTitle(line)) level.text = `${level.text} ${line}`.trim();
    else level.under.push(line);
  }
}

/**
 * The signer's own title among the capital lines printed after the last signing prefix: from the last
 * line that begins a signer's title on; the lines before it are the prefix line's wrapped rest
 * ("KT. TRƯỞNG BAN NGHIỆP VỤ" / "THUẾ HQ" / "PHÓ TRƯỞNG BAN").
 */
function splitTitle(lines: string[]): { rest: string[]; title: string | null } {
  if (lines.length === 0) return { rest: [], title: null };
  let at = lines.length - 1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (beginsSignerTitle(lines[i]!)) {
      at = i;
      break;
    }
  }
  return { rest: lines.slice(0, at), title: lines.slice(at).join(' ') };
}

/**
 * The signature block (Decree 30/2020/NĐ-CP, Article 8(7)): signing levels ("TM. CHÍNH PHỦ",
 * "KT. THỦ TƯỚNG", "TL. CỤC TRƯỞNG"), the signer's title, the name, roles printed under it.
 * The first level is `authority` / `onBehalfOf`; a level under it ("TL. CỤC TRƯỞNG" / "KT. TRƯỞNG BAN …")
 * is kept as printed at the head of `otherRoles`.
 */
function readSignature(lines: LineNode[], unplaced: LineNode[]): Signature {
  const signature: Signature = { authority: null, onBehalfOf: null, title: null, name: null, otherRoles: [] };
  const levels: Level[] = [];
  let capitals: string[] = []; // capital lines since the last signing level
  const roles: string[] = [];
  let stage: 'titles' | 'roles' = 'titles';
  for (const line of lines) {
    const v = clean(line.value);
    if (foldedPrefix(v, vocabulary.signedMarks)) continue;
    if (stage === 'roles') {
      // a role names a title, then its body ("Chủ tịch Hội đồng Thi đua - Khen thưởng ngành" /
      // "Bảo hiểm xã hội Việt Nam"): a line that opens with a body's name is the role before, wrapped
      if (roles.length > 0 && startsWithAgencyWord(v) && !isUpperCaseText(v)) roles[roles.length - 1] = `${roles[roles.length - 1]} ${v}`;
      else roles.push(v);
      continue;
    }
    const prefix = signingPrefix(v);
    if (prefix) {
      const last = levels[levels.length - 1];
      if (last) attach(last, capitals);
      else if (capitals.length) signature.title = capitals.join(' '); // a title over the levels: kept if none follows
      capitals = [];
      levels.push({ prefix: prefix.prefix, text: v.slice(prefix.length).trim(), under: [] });
      continue;
    }
    if (isUpperCaseText(v) && !isPersonName(v)) {
      capitals.push(v);
      continue;
    }
    if (isPersonName(v)) {
      signature.name = v;
      stage = 'roles';
      continue;
    }
    // the name with the role printed under it on one line: "Nguyễn Thế Mạnh Chủ tịch Hội đồng …"
    const role = roleAfterName(v);
    if (role > 0) {
      signature.name = v.slice(0, role).trim();
      roles.push(v.slice(role).trim());
      stage = 'roles';
      continue;
    }
    unplaced.push(line);
  }
  if (levels.length === 0) {
    if (capitals.length) signature.title = capitals.join(' ');
  } else {
    const { rest, title } = splitTitle(capitals);
    attach(levels[levels.length - 1]!, rest);
    if (title !== null) signature.title = title;
    signature.authority = levels[0]!.prefix;
    signature.onBehalfOf = levels[0]!.text || null;
    levels.forEach((level, i) => {
      if (i > 0) signature.otherRoles.push(`${level.prefix} ${level.text}`.trim());
      signature.otherRoles.push(...level.under);
    });
  }
  signature.otherRoles.push(...roles);
  if (signature.title === null && signature.onBehalfOf !== null && signature.authority !== 'KT.' && levels.length === 1) {
    // "TL. CỤC TRƯỞNG" alone: the signer signs under that title
    signature.title = signature.onBehalfOf;
  }
  return signature;
}

/**
 * Reads the closing: the "Nơi nhận:" items, the "Lưu:" codes, and the signature block (before or after them).
 * An item runs on over lines until one ends in ";" or "." (a wrapped "…các Vụ," / "Cục, …;" is one item);
 * "Lưu:" is read wherever it is printed in the closing.
 */
export function readClosing(lines: LineNode[]): ClosingFacts {
  const unplaced: LineNode[] = [];
  const items: string[][] = []; // each recipient's lines as printed, joined once at the end
  const archiveParts: string[] = []; // the "Lưu:" line and the lines it runs on over
  const signatureLines: LineNode[] = [];
  let inRecipients = false;
  let seenRecipients = false;
  let openItem = false; // the last recipient has not ended yet
  let openArchive = false; // the "Lưu:" line ended in ","
  const startArchive = (text: string) => {
    archiveParts.splice(0, archiveParts.length, text);
    openArchive = /,$/u.test(text);
  };
  const pushItem = (text: string) => {
    if (!text) return;
    items.push([text]);
    openItem = !endsItem(text);
  };
  for (const line of lines) {
    const v = clean(line.value);
    const start = foldedPrefix(v, vocabulary.recipientsStarts);
    if (start) {
      inRecipients = true;
      seenRecipients = true;
      openArchive = false;
      const first = v.slice(start.length).replace(/^[\s:]+/u, '');
      if (foldedPrefix(first.replace(ITEM, ''), vocabulary.archiveStarts)) startArchive(first);
      else pushItem(first);
      continue;
    }
    const unmarked = v.replace(ITEM, '');
    const archiveStart = foldedPrefix(unmarked, vocabulary.archiveStarts);
    if (archiveStart && isArchiveLine(unmarked.slice(archiveStart.length), inRecipients)) {
      startArchive(v);
      inRecipients = false;
      continue;
    }
    if (openArchive && !startsSignature(v)) {
      archiveParts.push(v);
      openArchive = /,$/u.test(v);
      continue;
    }
    openArchive = false;
    if ((inRecipients || (seenRecipients && archiveParts.length === 0)) && ITEM.test(v)) {
      // an item after a signature line: the two blocks printed side by side, their lines interleaved
      inRecipients = true;
      pushItem(v);
      continue;
    }
    if (inRecipients && openItem && !startsSignature(v)) {
      items[items.length - 1]!.push(v);
      openItem = !endsItem(v);
      continue;
    }
    if (inRecipients && endsItem(v) && !startsSignature(v)) {
      // an item whose dash was lost: it still ends in ";" or "."
      pushItem(v);
      continue;
    }
    inRecipients = false;
    signatureLines.push(line);
  }
  const archiveText = archiveParts.length === 0 ? null : archiveParts.join(' ');
  return {
    recipients: items.map((parts) => stripItem(parts.join(' '))),
    archive: archiveText === null ? [] : readArchive(archiveText),
    copies: archiveText === null ? null : readCopies(archiveText),
    signature: readSignature(signatureLines, unplaced),
    unplaced,
  };
}

/**
 * What follows "Lưu" on an archive line: ":", or inside the list a code ("Lưu VT, …");
 * "Lưu ý …", "Lưu trữ …" are text.
 */
function isArchiveLine(after: string, inRecipients: boolean): boolean {
  return /^\s*:/u.test(after) || (inRecipients && /^\s*(?:\p{Lu}{2,}(?!\p{L})|Văn thư)/u.test(after));
}

/**
 * A line of the signature block rather than the rest of a recipient: a signing level, a title in
 * capitals, a name, "(Đã ký)". A line of capitals that ends as an item does (";", ",") is codes
 * wrapped from the item above ("- Các Bộ: BCA, BTTTT, BTC," / "BLĐTBXH, BYT, BNV;"): no title ends so.
 */
function startsSignature(v: string): boolean {
  return (
    signingPrefix(v) !== null ||
    (isUpperCaseText(v) && !/[;,]$/u.test(v)) ||
    isPersonName(v) ||
    foldedPrefix(v, vocabulary.signedMarks) !== null ||
    foldedPrefix(v, vocabulary.recipientsStarts) !== null
  );
}
