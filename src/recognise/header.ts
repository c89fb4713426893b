import { documentTypeByHeading } from '../registry/document-types.js';
import { parseVietnameseDate } from '../extract/vietnamese-date.js';
import { foldSpaces, isUpperCaseText, trimEndOf } from '../text/fold.js';
import { PARENTHESISED_NOTE } from '../text/markers.js';
import type { LineNode } from '../tree.js';
import { agencyName, dispatchAuthority, foldedPrefix, isMottoLine, issuerUnderParent, startsWithAgencyWord, startsWithAuthorityTitle, vocabulary } from './vocabulary.js';

export interface HeaderFacts {
  issuer: string | null;
  parentIssuer: string | null;
  motto: string | null;
  /** The number and sign as printed after "Số:", or null when blank. */
  numberText: string | null;
  numberLine: LineNode | null;
  place: string | null;
  date: string | null;
  /** The date as printed after the place ("ngày 27 tháng 01 năm 2021"), and its line, or null. */
  dateText: string | null;
  dateLine: LineNode | null;
  /** The type heading as printed ("QUYẾT ĐỊNH"), or null. */
  heading: string | null;
  subject: string | null;
  /** True when the subject came from a "V/v" line: the mark of an official letter. */
  subjectIsAbout: boolean;
  authority: string | null;
  addressees: string[];
  /** Lines of the header that no field took. */
  unplaced: LineNode[];
}

// the rule under the issuer, the motto or the subject: hyphens, underscores, dashes (–––, ———), dots
const SEPARATOR = /^[-_=*.…–—]{3,}$/u;
const NUMBER_LINE = /^Số\s{0,3}[:.]?(.*)$/u;
const PLACE_DATE = /^(.{2,60}?),\s{0,3}(ngày\b.*)$/u;

const clean = (text: string) => foldSpaces(text.replace(/[*_]/g, ' '));
const stripTrailing = (text: string) => trimEndOf(clean(text), ';.,');
const ADDRESSEE_ITEM = /^[-+•–]\s/u;
const MAX_ITEM_WRAPS = 3;
const opensAddressees = (v: string) => foldedPrefix(v, vocabulary.addresseeStarts) !== null || dispatchAuthority(v) !== null;

/**
 * Addressees after "Kính gửi:" (or "Đồng kính gửi:", or a dispatch's "THỦ TƯỚNG CHÍNH PHỦ điện:"):
 * on its own line, as "- …" items that follow, or, when it ends at its colon with no items, the
 * one line after it (the layout's next cell).
 */
function readAddressees(lines: LineNode[], at: number): { items: string[]; used: number[] } {
  const start = lines[at]!.value;
  const first = start.slice(start.indexOf(':') + 1);
  const items: string[] = [];
  const used = [at];
  // a note printed under an addressee (its address) goes with it: "Công ty … (Địa chỉ: …)"
  const noteAt = (i: number) => {
    const note = lines[i] ? clean(lines[i]!.value) : '';
    if (!PARENTHESISED_NOTE.test(note) || items.length === 0) return false;
    items[items.length - 1] = `${items[items.length - 1]} ${trimEndOf(note, ';.,')}`;
    used.push(i);
    return true;
  };
  if (first.trim()) items.push(...first.split(/;\s*/u).map(stripTrailing).filter(Boolean));
  let from = at + 1;
  if (first.trim() && noteAt(from)) from++;
  for (let i = from; i < lines.length && ADDRESSEE_ITEM.test(lines[i]!.value); i++) {
    let item = lines[i]!.value.slice(1);
    used.push(i);
    // an item ending with "," goes on in the lines the page wrapped it to ("…, Công an," / "Giáo dục và Đào tạo, Y tế.")
    for (let k = 0; k < MAX_ITEM_WRAPS && item.trimEnd().endsWith(',') && i + 1 < lines.length; k++) {
      const next = lines[i + 1]!.value;
      if (ADDRESSEE_ITEM.test(next) || opensAddressees(clean(next))) break;
      item = `${item.trimEnd()} ${next}`;
      used.push(++i);
    }
    items.push(stripTrailing(item));
    if (noteAt(i + 1)) i++;
  }
  const next = lines[at + 1];
  if (items.length === 0 && start.includes(':') && next && !opensAddressees(clean(next.value))) {
    items.push(...next.value.split(/;\s*/u).map(stripTrailing).filter(Boolean));
    used.push(at + 1);
    noteAt(at + 2);
  }
  return { items: items.filter(Boolean), used };
}

/** Most lines a "V/v" subject wraps over under its first. */
const SUBJECT_WRAPS = 3;

/** A line that is a part of the header other than a subject: a rule, the motto, the number, place and date, the addressees. */
const isHeaderPart = (v: string) => SEPARATOR.test(v) || isMottoLine(v) || NUMBER_LINE.test(v) || PLACE_DATE.test(v) || opensAddressees(v);

/**
 * The lines a "V/v" subject at `at` wraps over: the subject sits in the header's left column, under
 * the number, and wraps there ("V/v phát động PTTĐ yêu nước" / "ngành Bảo hiểm xã hội Việt" / "Nam
 * năm 2023") until the next part of the header (the place and date, "Kính gửi:"). Lines are taken only
 * when such a part follows them, within a few lines: a subject is never the last of the header.
 */
function subjectWraps(values: string[], at: number, headingIndex: number): number[] {
  const out: number[] = [];
  for (let k = at + 1; k < values.length && k !== headingIndex && out.length <= SUBJECT_WRAPS; k++) {
    const v = values[k]!;
    if (isHeaderPart(v)) return out;
    if (v === '' || isUpperCaseText(v) || /[.;:]$/u.test(values[k - 1]!)) return [];
    out.push(k);
  }
  return [];
}

/** Reads the header block: issuing body, number and sign, place and date, type heading, subject, authority. */
export function readHeader(lines: LineNode[], headingIndex: number): HeaderFacts {
  const facts: HeaderFacts = {
    issuer: null, parentIssuer: null, motto: null, numberText: null, numberLine: null, place: null, date: null, dateText: null, dateLine: null,
    heading: null, subject: null, subjectIsAbout: false, authority: null, addressees: [], unplaced: [],
  };
  const used = new Set<number>();
  const values = lines.map((l) => clean(l.value));

  // the issuing body: capital lines before the motto, the number, or the first separator
  const issuerLines: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (isMottoLine(v) || SEPARATOR.test(v) || NUMBER_LINE.test(v) || !isUpperCaseText(v) || i === headingIndex) break;
    issuerLines.push(v);
    used.add(i);
  }
  if (issuerLines.length) {
    // a second line that is itself a body ("CỤC THUẾ" under "BỘ TÀI CHÍNH") makes the first its parent
    const split = issuerLines.findIndex((v, k) => k > 0 && startsWithAgencyWord(v));
    // one line holding both (a crawler runs the cell's lines together): "BỘ TÀI CHÍNH CỤC THUẾ"
    const inLine = issuerLines.length === 1 ? issuerUnderParent(issuerLines[0]!) : -1;
    if (inLine > 0) {
      facts.issuer = agencyName(issuerLines[0]!.slice(inLine));
      facts.parentIssuer = agencyName(issuerLines[0]!.slice(0, inLine).trim());
    } else {
      const own = split > 0 ? issuerLines.slice(split) : issuerLines;
      facts.issuer = agencyName(own.join(' '));
      if (split > 0) facts.parentIssuer = agencyName(issuerLines.slice(0, split).join(' '));
    }
  }

  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (SEPARATOR.test(v) || isMottoLine(v)) {
      if (isMottoLine(v)) facts.motto = facts.motto ? `${facts.motto} / ${v}` : v;
      used.add(i);
      continue;
    }
    const num = NUMBER_LINE.exec(v);
    if (num && facts.numberLine === null) {
      facts.numberLine = lines[i]!;
      used.add(i);
      let rest = num[1]!.replace(/\s+/gu, '');
      // "Số:" alone, the number in the next cell or line
      if (rest === '' && i + 1 < values.length && values[i + 1]!.includes('/') && values[i + 1]!.length <= 40) {
        rest = values[++i]!.replace(/\s+/gu, '');
        used.add(i);
      }
      facts.numberText = /\d/u.test(rest.split('/')[0] ?? '') ? rest : null;
      continue;
    }
    const pd = PLACE_DATE.exec(v);
    if (pd && facts.place === null && !foldedPrefix(v, vocabulary.subjectPrefixes)) {
      facts.place = clean(pd[1]!);
      facts.date = parseVietnameseDate(pd[2]!);
      facts.dateText = pd[2]!;
      facts.dateLine = lines[i]!;
      used.add(i);
      continue;
    }
    const about = foldedPrefix(v, vocabulary.subjectPrefixes);
    // after a type heading, a "Về việc …" line is the heading's subject, read below
    if (about && facts.subject === null && (headingIndex < 0 || i < headingIndex)) {
      const wrapped = subjectWraps(values, i, headingIndex);
      facts.subject = stripTrailing([v.slice(about.length).replace(/^[\s:.]+/u, ''), ...wrapped.map((k) => values[k]!)].join(' '));
      facts.subjectIsAbout = true;
      used.add(i);
      for (const k of wrapped) used.add(k);
      i = Math.max(i, ...wrapped);
      continue;
    }
    const caller = dispatchAuthority(v);
    if (caller !== null || foldedPrefix(v, vocabulary.addresseeStarts)) {
      // a dispatch's call line names its authority ("THỦ TƯỚNG CHÍNH PHỦ điện:")
      if (caller !== null) facts.authority ??= caller;
      const { items, used: taken } = readAddressees(lines, i);
      facts.addressees.push(...items);
      for (const k of taken) used.add(k);
      i = Math.max(i, ...taken);
    }
  }

  if (headingIndex >= 0 && headingIndex < lines.length && documentTypeByHeading(values[headingIndex]!)) {
    facts.heading = values[headingIndex]!;
    used.add(headingIndex);
    // subject lines, then (for decisions) the authority line that ends the header
    const rest: number[] = [];
    for (let i = headingIndex + 1; i < values.length && !used.has(i); i++) rest.push(i);
    let authorityAt = -1;
    for (let k = rest.length - 1; k >= 1; k--) {
      if (isUpperCaseText(values[rest[k]!]!) && startsWithAuthorityTitle(values[rest[k]!]!)) {
        authorityAt = k;
        break;
      }
    }
    const subjectIdx = authorityAt >= 0 ? rest.slice(0, authorityAt) : rest;
    if (authorityAt >= 0) {
      facts.authority = rest.slice(authorityAt).map((i) => values[i]!).join(' ');
      for (const i of rest.slice(authorityAt)) used.add(i);
    }
    if (subjectIdx.length && facts.subject === null) {
      facts.subject = stripTrailing(subjectIdx.map((i) => values[i]!).join(' '));
      const about = foldedPrefix(facts.subject, vocabulary.subjectPrefixes);
      if (about) facts.subject = facts.subject.slice(about.length).replace(/^[\s:.]+/u, '');
    }
    for (const i of subjectIdx) used.add(i);
  }

  facts.unplaced = lines.filter((_, i) => !used.has(i));
  return facts;
}
