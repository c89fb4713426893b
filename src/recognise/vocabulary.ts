import agencies from '../registry/agencies.json';
import parts from '../registry/document-parts.json';
import stateBodies from '../registry/state-bodies.json';
import { foldKey, isUpperCaseText } from '../text/fold.js';
import { memoOfString } from '../text/memo.js';
import { runningTextName } from './body-name-case.js';
import { TERRITORY_LEVELS } from '../registry/territory-levels.js';

const folded = (list: string[]) => list.map(foldKey).sort((a, b) => b.length - a.length);

const MOTTO = folded(parts.motto);
const PARTY_MOTTO = folded(parts.partyMotto);
const ALL_MOTTOS = [...MOTTO, ...PARTY_MOTTO];
const AGENCY_WORDS = folded(parts.agencyWords);
const AUTHORITY_TITLES = folded(parts.authorityTitles);
const AGENCY_NAMES = new Map(agencies.agencies.flatMap((a) => a.aliases.map((alias) => [foldKey(alias), a.name] as const)));

/** The prefix of `text` (folded) that is one of `words` followed by a word boundary, or null. */
export function foldedPrefix(text: string, words: readonly string[]): string | null {
  const key = foldKey(text);
  for (const w of words) {
    if (key.startsWith(w) && (key.length === w.length || !/\p{L}/u.test(key[w.length] ?? ''))) return w;
  }
  return null;
}

export const vocabulary = {
  preambleStarts: folded(parts.preambleStarts),
  proposedByStarts: folded(parts.proposedByStarts),
  addresseeStarts: folded(parts.addresseeStarts),
  dispatchCallWords: parts.dispatchCallWords.map(foldKey),
  enactingWords: parts.enactingWords.map((w) => w.normalize('NFC')),
  subjectPrefixes: folded(parts.subjectPrefixes),
  recipientsStarts: folded(parts.recipientsStarts),
  archiveStarts: folded(parts.archiveStarts),
  issuedWithStarts: folded(parts.issuedWithStarts),
  appendixLabels: folded(parts.appendixLabels),
  decisionLead: folded(parts.decisionLead),
  signingPrefixes: parts.signingPrefixes,
  signedMarks: folded(parts.signedMarks),
  pageEndLines: new Set(parts.pageEndLines.map(foldKey)),
};

/**
 * The signing-authority prefix that opens a line ("KT. TỔNG GIÁM ĐỐC", "KT.BỘ TRƯỞNG", "TM ỦY BAN"),
 * with the length it takes up (its space included), or null.
 */
export function signingPrefix(text: string): { prefix: string; length: number } | null {
  for (const p of parts.signingPrefixes) {
    if (!text.startsWith(p)) continue;
    const next = text[p.length] ?? '';
    if (next === ' ') return { prefix: p.endsWith('.') ? p : `${p}.`, length: p.length + 1 };
    if (p.endsWith('.') && /\p{Lu}/u.test(next)) return { prefix: p, length: p.length };
  }
  return null;
}

/** A line of the national motto (or a piece of one, when the motto is split over lines). */
export const isMottoLine: (text: string) => boolean = memoOfString((text) => {
  const key = foldKey(text).replace(/[*_]/g, '').trim();
  // a piece of a split motto is long enough not to be a name's tail ("VIỆT NAM" alone is not one)
  return ALL_MOTTOS.some((m) => m === key || (key.length >= 14 && m.includes(key)));
});

/** A line that names an issuing body: "BỘ TÀI CHÍNH", "CỤC THUẾ", "BẢO HIỂM XÃ HỘI TỈNH …". */
export function startsWithAgencyWord(text: string): boolean {
  return foldedPrefix(text, AGENCY_WORDS) !== null;
}

const MAX_ISSUER_WORDS = 30;
// bodies known by name: a parent printed before the issuing body on one line ends where one of these does
const KNOWN_BODIES = new Set([...AGENCY_NAMES.keys(), ...stateBodies.units.flatMap((u) => u.aliases.map(foldKey))]);

/** True when the words name a whole body: a known one, or an agency word, a territory's level and a place after it. */
function isWholeBody(words: string[]): boolean {
  const text = words.join(' ');
  if (KNOWN_BODIES.has(foldKey(text))) return true;
  const lead = foldedPrefix(text, AGENCY_WORDS);
  if (!lead) return false;
  // the territory's level after the agency word ("XÃ" of "BẢO HIỂM XÃ HỘI" is not one), with a place after it
  const after = words.slice(lead.split(' ').length);
  return after.some((_, k) => {
    const level = foldedPrefix(after.slice(k).join(' '), TERRITORY_LEVELS);
    return level !== null && k + level.split(' ').length < after.length;
  });
}

/**
 * "BỘ TÀI CHÍNH CỤC THUẾ", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA SỞ Y TẾ": an issuer line that holds the parent
 * body and the issuing body under it, the two lines of the header's cell run together by a crawler. The
 * issuing body begins with an agency word and a name after it, the words before it name a whole body;
 * where the name's first word opens a body that also follows a whole one ("… HẢI PHÒNG SỞ Y TẾ"), the cut
 * is there. The offset where the issuing body begins, or -1.
 */
export function issuerUnderParent(text: string): number {
  const words = [...text.matchAll(/\S+/gu)];
  // an issuer's cell is a few words: a longer line of capitals is no issuer pair (and is not searched)
  if (words.length > MAX_ISSUER_WORDS) return -1;
  const plain = words.map((w) => w[0]);
  // the length of the agency word opening a body at word k under a whole body before it, or 0
  const opensAt = (k: number): number => {
    const lead = foldedPrefix(plain.slice(k).join(' '), AGENCY_WORDS);
    if (!lead) return 0;
    const n = lead.split(' ').length;
    return k + n < words.length && isWholeBody(plain.slice(0, k)) ? n : 0;
  };
  for (let k = 1; k < words.length; k++) {
    const n = opensAt(k);
    if (n && !opensAt(k + n)) return words[k]!.index;
  }
  return -1;
}

/** A line that names the signing authority of a decision: "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM". */
export function startsWithAuthorityTitle(text: string): boolean {
  return foldedPrefix(text, AUTHORITY_TITLES) !== null;
}

/** The longest dispatch call line looked at ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH điện:"). */
const MAX_CALL_LINE = 160;

/**
 * The authority a dispatch's call line names ("THỦ TƯỚNG CHÍNH PHỦ điện:" → "THỦ TƯỚNG CHÍNH
 * PHỦ"): capitals, then a call word and a colon, the addressees following; null for any other line.
 */
export function dispatchAuthority(text: string): string | null {
  const t = text.trim();
  if (!t.endsWith(':') || t.length > MAX_CALL_LINE) return null;
  const body = t.slice(0, -1).trimEnd();
  const space = body.lastIndexOf(' ');
  if (space <= 0 || !vocabulary.dispatchCallWords.includes(foldKey(body.slice(space + 1)))) return null;
  const authority = body.slice(0, space).trim();
  return isUpperCaseText(authority) ? authority : null;
}

const ALIASES_OF = new Map(agencies.agencies.map((a) => [a.name, a.aliases] as const));

/** The names a body goes by: its running-text name and, for a registry agency, the forms printed for it ("BHXH VIỆT NAM"). */
export function namesOf(body: string | null): string[] {
  return body ? [body, ...(ALIASES_OF.get(body) ?? [])] : [];
}

/**
 * The running-text name of an issuing body printed in capitals: the registry's, else written by the
 * capitalisation rules for names of its kind (body-name-case.ts), else the text itself.
 */
export function agencyName(printed: string): string {
  return AGENCY_NAMES.get(foldKey(printed)) ?? runningTextName(printed) ?? printed;
}
