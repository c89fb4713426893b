import { documentTypeByName } from '../registry/document-types.js';
import { foldKey, foldSpaces, trimEndOf } from '../text/fold.js';
import type { LineNode } from '../tree.js';
import { foldedPrefix, vocabulary } from './vocabulary.js';

export interface PreambleFacts {
  /** Each "Căn cứ …" basis as printed, white space folded. */
  legalBases: Array<{ text: string; line: LineNode }>;
  /** Who proposed the decision: "Vụ trưởng Vụ Kế hoạch và Đầu tư". */
  proposedBy: string | null;
  /** The enacting formula printed on with the proposer ("…; Chính phủ ban hành Nghị định …"), or null. */
  enacting: string | null;
  unplaced: LineNode[];
}

// "… tại Tờ trình số …", "… tại văn bản số …", "… theo Công văn …": the submission the proposer made
const AT_SUBMISSION = /\s(?:tại|theo)\s(\p{L}+(?:\s\p{L}+){0,3})/gu;
// "…; Chính phủ ban hành Nghị định …", "…, Bộ trưởng Bộ Y tế ban hành Thông tư …": the enacting clause
const ENACTING = /[;,]\s{0,3}[^;,]{1,120}?\sban hành\s/u;

/**
 * The proposer alone: "Bộ trưởng Bộ Tài chính" out of "Bộ trưởng Bộ Tài chính tại Tờ trình số 12/TTr-BTC
 * ngày …" or "Bộ trưởng Bộ Y tế; Chính phủ ban hành Nghị định …". The submission stays in the text,
 * where it is read as a citation like any other.
 */
export function proposerOf(text: string): string {
  let end = text.length;
  const semicolon = text.indexOf(';');
  if (semicolon >= 0) end = semicolon;
  const enacting = ENACTING.exec(text);
  if (enacting && enacting.index < end) end = enacting.index;
  for (const m of text.matchAll(AT_SUBMISSION)) {
    if (m.index >= end) break;
    const words = m[1]!.split(/\s+/u);
    // "tại Tờ trình", "tại văn bản", "theo Công văn": a document type (or "văn bản") follows
    const isDocument = words.some((_, k) => documentTypeByName(words.slice(0, k + 1).join(' ')) !== undefined) || /^văn bản$/iu.test(words.slice(0, 2).join(' '));
    if (isDocument) {
      end = m.index;
      break;
    }
  }
  return trimEndOf(text.slice(0, end), '.;,:');
}

/** The longest authority an enacting formula names ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội"). */
const MAX_ENACTING_AUTHORITY = 120;

/**
 * The authority an enacting formula names: "Bộ trưởng Bộ Công Thương" out of "Bộ trưởng Bộ Công
 * Thương ban hành Thông tư quy định …", when what it enacts is the document's own type
 * (`typeName`); null for any other line. A name and a title only: no clause punctuation in it.
 */
export function enactingAuthority(line: string, typeName: string): string | null {
  const v = foldSpaces(line);
  for (const word of vocabulary.enactingWords) {
    const at = v.indexOf(` ${word} `);
    if (at <= 0 || at > MAX_ENACTING_AUTHORITY) continue;
    const who = v.slice(0, at);
    const enacted = v.slice(at + word.length + 2);
    if (!/^\p{Lu}/u.test(who) || /[;:.()"“”]/u.test(who) || foldedPrefix(who, vocabulary.preambleStarts)) continue;
    if (foldedPrefix(enacted, [foldKey(typeName)]) === null) continue;
    return who;
  }
  return null;
}

const FIRST_WORDS = /^\p{Lu}\p{L}*(?: \p{L}+){0,2}/u;

/**
 * A legal basis printed without its "Căn cứ": after a basis closed by ";", a clause that opens with
 * a document type's name (`Nghị định số 79/2025/NĐ-CP của Chính phủ …;` among "Căn cứ" lines).
 * Bases are ";"-ended clauses, each naming a document.
 */
export function isBareBasis(previous: string, line: string): boolean {
  if (!trimEndOf(previous, '*_').endsWith(';')) return false;
  const words = (FIRST_WORDS.exec(line.replace(/^[*_\s]+/u, ''))?.[0] ?? '').split(' ');
  for (let k = words.length; k >= 1; k--) if (documentTypeByName(words.slice(0, k).join(' '))) return true;
  return false;
}

const SEMICOLON_GAP = /^;\s{0,3}/u;

/**
 * The clauses of one printed paragraph: it is cut before each ";"-ended clause that opens with a
 * capital preamble word ("…thủ tục hành chính; Căn cứ Quyết định số 3659/QĐ-BKHCN …"), as two
 * bases printed in one paragraph. The ";" stays with the clause it ends.
 */
export function preambleClauses(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf(';'); at >= 0; at = text.indexOf(';', at + 1)) {
    const gap = SEMICOLON_GAP.exec(text.slice(at, at + 5))?.[0] ?? ';';
    const rest = text.slice(at + gap.length, at + gap.length + 40);
    if (gap.length < 2 || rest === '' || rest[0] === rest[0]!.toLowerCase()) continue;
    if (!foldedPrefix(rest, vocabulary.preambleStarts)) continue;
    out.push(text.slice(from, at + 1));
    from = at + gap.length;
  }
  out.push(text.slice(from));
  return out;
}

/** Reads the preamble: legal bases ("Căn cứ …") and the proposer ("Theo đề nghị của …"). */
export function readPreamble(lines: LineNode[]): PreambleFacts {
  const facts: PreambleFacts = { legalBases: [], proposedBy: null, enacting: null, unplaced: [] };
  let current: 'basis' | 'proposer' | null = null;
  for (const line of lines) {
    const folded = foldSpaces(line.value);
    if (vocabulary.decisionLead.includes(folded.toLowerCase())) {
      current = null;
      continue;
    }
    for (const v of preambleClauses(folded)) {
      const proposer = foldedPrefix(v, vocabulary.proposedByStarts);
      const last = facts.legalBases[facts.legalBases.length - 1];
      if (proposer) {
        facts.proposedBy = v.slice(proposer.length).trim();
        current = 'proposer';
      } else if (foldedPrefix(v, vocabulary.preambleStarts) || (current === 'basis' && last && isBareBasis(last.text, v))) {
        facts.legalBases.push({ text: v, line });
        current = 'basis';
      } else if (current === 'basis') {
        last!.text = `${last!.text} ${v}`;
      } else if (current === 'proposer') {
        facts.proposedBy = `${facts.proposedBy ?? ''} ${v}`.trim();
      } else {
        facts.unplaced.push(line);
      }
    }
  }
  if (facts.proposedBy) {
    const enacting = ENACTING.exec(facts.proposedBy);
    if (enacting) facts.enacting = facts.proposedBy.slice(enacting.index + 1).trim();
    facts.proposedBy = proposerOf(facts.proposedBy);
  }
  return facts;
}
