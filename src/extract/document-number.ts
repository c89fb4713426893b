/**
 * Numbers and signs (số, ký hiệu) of Vietnamese documents, in the forms of Decree 30/2020 and the
 * Party's rules:
 *
 * - administrative: `123/QĐ-BHXH` (number/TYPE-ISSUER[-UNIT])
 * - official letters: `09/BHXH-TĐKT` (number/ISSUER-UNIT, no type code)
 * - normative: `89/2020/NĐ-CP`, `55/2005/TTLT-BNV-VPCP` (joint issuers)
 * - laws and National Assembly resolutions: `68/2022/QH15` (issuer only)
 * - Party: `28-NQ/TW`, also with a typo'd separator `28-NQ-TW` (normalised to `28-NQ/TW`)
 * - consolidated texts: `2525/VBHN-BHXH`
 * - issuer codes joined with `&` in practice: `3461/TTr-SGD&ĐT` (Sở Giáo dục và Đào tạo),
 *   `NN&PTNT`, `515/KH-BCA-BNN&MT`: one code, the `&` kept
 * - a number with a dotted part: the Government's series `66.13/2026/NQ-CP` (the number is then no
 *   integer: `seq` is null, the number string keeps it)
 */
import type { NumberParts } from '../schema/decision.js';
import { documentTypeByCode, issuerByCode } from '../registry/document-types.js';

export type { NumberParts };

export interface ParsedNumber {
  /** The normalised number: white space removed, Party separators repaired. */
  number: string;
  parts: NumberParts;
}

export interface ParseNumberOptions {
  /**
   * The document is an official letter (công văn): the first code is the issuer and the rest the
   * drafting unit, even when the first code is also a type code (`5348/CT-CS`).
   */
  officialLetter?: boolean;
}

const CODE_PART = '\\p{Lu}[\\p{Lu}\\p{N}ghiry]{0,11}';
/**
 * One code of a sign: an upper-case letter, then upper-case letters and digits or the few lower-case
 * letters that codes contain (TTg, CTr, QyĐ, QĐi, TTr, TrS, TTh); two such parts may be joined by
 * `&` (`SGD&ĐT`, `NN&PTNT`). Shared with the citation scanner.
 */
export const CODE_SOURCE = `${CODE_PART}(?:&${CODE_PART})?`;
/** The number before the sign: digits, or a dotted series number (`66.13`). Shared with the citation scanner. */
export const SEQ_SOURCE = '\\d{1,5}(?:\\.\\d{1,3})?';

const PARTY = new RegExp(`^(\\d{1,5})-(${CODE_SOURCE})([/-])(${CODE_SOURCE}(?:-${CODE_SOURCE}){0,3})$`, 'u');
const STATE = new RegExp(`^(${SEQ_SOURCE})/(?:(\\d{4})/)?(${CODE_SOURCE}(?:-${CODE_SOURCE}){0,5})$`, 'u');

/** The patterns built at load time, for ReDoS checks. */
export const NUMBER_PATTERNS: Readonly<Record<string, RegExp>> = Object.freeze({ party: PARTY, state: STATE });

function plausibleYear(year: number): boolean {
  return year >= 1945 && year <= 2100;
}

/** A type code in the registry (`NĐ`, also `ND` typed without its diacritic). */
function isTypeCode(code: string, party: boolean): boolean {
  const t = documentTypeByCode(code, null, { party });
  return t !== undefined && (party ? t.party : t.state);
}

function joinOrNull(codes: readonly string[]): string | null {
  return codes.length > 0 ? codes.join('-') : null;
}

/**
 * A sign whose hyphen was lost (pdf-to-text joins a line that ends in a hyphen to the next and drops
 * the hyphen: "856/QĐ-" / "TTg" → "856/QĐTTg"): a code that is no issuer and no type code, but is one
 * state type code followed by one known issuer code, in exactly one way. Null otherwise.
 */
function splitGluedSign(code: string): { typeCode: string; issuerCode: string } | null {
  const chars = [...code];
  let found: { typeCode: string; issuerCode: string } | null = null;
  for (let k = 1; k < chars.length - 1; k++) {
    const typeCode = chars.slice(0, k).join('');
    const issuerCode = chars.slice(k).join('');
    if (!isTypeCode(typeCode, false) || issuerByCode(issuerCode) === undefined) continue;
    if (found) return null;
    found = { typeCode, issuerCode };
  }
  return found;
}

/**
 * Parse a number and sign. Returns null for what is not one: a blank draft number (`/QĐ-BHXH`),
 * a date, a fraction, a single code with no year that is not a known issuer (`01 lần/tháng`).
 */
export function parseDocumentNumber(raw: string, options: ParseNumberOptions = {}): ParsedNumber | null {
  const s = raw.normalize('NFC').replace(/\s+/gu, '');
  if (s.length === 0 || s.length > 60) return null;

  const party = PARTY.exec(s);
  if (party) {
    const [, seqText = '', typeCode = '', separator, rest = ''] = party;
    // "28-NQ-TW" is a typo for "28-NQ/TW" only when NQ is a Party type code
    if (separator === '-' && !isTypeCode(typeCode, true)) return null;
    const [issuerCode = '', ...unit] = rest.split('-');
    return {
      number: `${seqText}-${typeCode}/${rest}`,
      parts: { seq: Number(seqText), year: null, typeCode, issuerCode, unitCode: joinOrNull(unit) },
    };
  }

  const state = STATE.exec(s);
  if (!state) return null;
  const [, seqText = '', yearText, codesText = ''] = state;
  const year = yearText ? Number(yearText) : null;
  if (year !== null && !plausibleYear(year)) return null;
  const codes = codesText.split('-');
  const seq = seqText.includes('.') ? null : Number(seqText);
  const first = codes[0] ?? '';
  const parts: NumberParts = { seq, year, typeCode: null, issuerCode: null, unitCode: null };

  if (codes.length === 1) {
    // "68/2022/QH15": the issuer alone; "12/2020/QĐ" (issuer missing): the type alone; with no
    // year only a known issuer, as in numbers before 2000 ("Nghị định số 12/CP")
    const issuer = issuerByCode(first);
    const glued = issuer === undefined && !isTypeCode(first, false) ? splitGluedSign(first) : null;
    if (glued) {
      // the sign's hyphen lost where a line broke: "856/QĐTTg" is "856/QĐ-TTg"
      parts.typeCode = glued.typeCode;
      parts.issuerCode = glued.issuerCode;
      return { number: `${seqText}/${yearText ? `${yearText}/` : ''}${glued.typeCode}-${glued.issuerCode}`, parts };
    }
    if (year === null && issuer === undefined) return null;
    if (issuer === undefined && isTypeCode(first, false)) parts.typeCode = first;
    else parts.issuerCode = first;
  } else if (options.officialLetter) {
    parts.issuerCode = first;
    parts.unitCode = joinOrNull(codes.slice(1));
  } else if (isTypeCode(first, false)) {
    parts.typeCode = first;
    const type = documentTypeByCode(first, null, { party: false });
    if (type?.joint) {
      parts.issuerCode = joinOrNull(codes.slice(1));
    } else {
      parts.issuerCode = codes[1] ?? null;
      parts.unitCode = joinOrNull(codes.slice(2));
    }
  } else {
    // no type code: an official letter, number/ISSUER-UNIT
    parts.issuerCode = first;
    parts.unitCode = joinOrNull(codes.slice(1));
  }
  return { number: s, parts };
}
