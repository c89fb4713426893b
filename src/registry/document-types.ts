/**
 * Typed access to the registry data: document types (`document-types.json`), issuer codes
 * (`issuers.json`) and laws cited by name (`laws.json`). Every name and code lives in the JSON;
 * this module answers look-ups. Their shapes are zod schemas (document-types.schema.ts), checked
 * against the files by the tests, so that reading documents loads no validator.
 */
import { foldKey, stripDiacritics } from '../text/fold.js';
import typesData from './document-types.json';
import issuersData from './issuers.json';
import lawsData from './laws.json';
import type { DocumentTypeEntry, IssuerEntry, LawEntry, LawsFile } from './document-types.schema.js';

export type { DocumentTypeEntry, IssuerEntry, LawEntry } from './document-types.schema.js';

/** An issuer code read from a sign: the registry entry plus, for QH15-like codes, the term. */
export interface IssuerMatch {
  /** The code as looked up, e.g. "QH15". */
  code: string;
  /** The name, with the term for numbered bodies: "Quốc hội khóa XV". */
  name: string;
  /** The term number of QH<n> / UBTVQH<n>, else null. */
  term: number | null;
  party: boolean;
  entry: IssuerEntry;
}

export interface DocumentTypeLookupOptions {
  /** Read the code as a Party code (number-TYPE/ISSUER): true prefers Party types, false state ones. */
  party?: boolean;
}

const TYPES: readonly DocumentTypeEntry[] = Object.freeze(typesData.types as DocumentTypeEntry[]);
const ISSUERS: readonly IssuerEntry[] = Object.freeze(issuersData.issuers as IssuerEntry[]);
const bodyNameEnds: readonly string[] = Object.freeze(issuersData.bodyNameEndWords);
const lawsFile = lawsData as LawsFile;
const LAWS: readonly LawEntry[] = Object.freeze(lawsFile.laws);
const lawNameEnds: readonly string[] = Object.freeze(lawsFile.nameEndWords);
const amendingOpeners: readonly string[] = Object.freeze(lawsFile.amendingOpeners);

const compactKey = (s: string): string => s.normalize('NFC').replace(/\s+/gu, '').toUpperCase();
const looseCodeKey = (s: string): string => stripDiacritics(s.normalize('NFC')).toUpperCase();

const typesByCode = new Map<string, DocumentTypeEntry[]>();
const typesByLooseCode = new Map<string, DocumentTypeEntry[]>();
const typesByName = new Map<string, DocumentTypeEntry[]>();
const typesByHeading = new Map<string, DocumentTypeEntry[]>();
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
for (const t of TYPES) {
  if (t.code) {
    push(typesByCode, t.code.normalize('NFC'), t);
    push(typesByLooseCode, looseCodeKey(t.code), t);
  }
  for (const n of [t.name, ...(t.aliases ?? [])]) push(typesByName, foldKey(n), t);
  if (t.heading) push(typesByHeading, foldKey(t.heading), t);
}

const issuersByCode = new Map<string, IssuerEntry>();
const issuersByUpper = new Map<string, IssuerEntry>();
const termIssuers: IssuerEntry[] = [];
for (const i of ISSUERS) {
  if (i.term) termIssuers.push(i);
  else {
    issuersByCode.set(i.code.normalize('NFC'), i);
    issuersByUpper.set(compactKey(i.code), i);
  }
}
// longest prefix first: UBTVQH before QH
termIssuers.sort((a, b) => b.code.length - a.code.length);

/** A law name as a key: folded, one space after each comma and none before. */
function lawKey(name: string): string {
  return foldKey(
    name
      .split(',')
      .map((part) => part.trim())
      .join(', '),
  );
}

const lawsByName = new Map<string, LawEntry>();
const lawsByNumber = new Map<string, LawEntry>();
for (const l of LAWS) {
  for (const n of [l.name, ...l.aliases]) lawsByName.set(lawKey(n), l);
  for (const n of l.numbers) lawsByNumber.set(compactKey(n), l);
}

function validAt(t: DocumentTypeEntry, date: string | null | undefined): boolean {
  if (!date) return true;
  if (t.validFrom && date < t.validFrom) return false;
  if (t.validTo && date > t.validTo) return false;
  return true;
}

function pick(
  list: readonly DocumentTypeEntry[] | undefined,
  date: string | null | undefined,
  options: DocumentTypeLookupOptions,
): DocumentTypeEntry | undefined {
  if (!list || list.length === 0) return undefined;
  const system = (t: DocumentTypeEntry): boolean =>
    options.party === true ? t.party : options.party === false ? t.state : true;
  const preferred = (t: DocumentTypeEntry): boolean => (options.party === true ? t.party : t.state);
  // best: right system and valid at the date; then valid only; then any
  return (
    list.find((t) => preferred(t) && validAt(t, date)) ??
    list.find((t) => system(t) && validAt(t, date)) ??
    list.find((t) => validAt(t, date)) ??
    list.find(system) ??
    list[0]
  );
}

/**
 * The type whose code this is: `QĐ` → Quyết định. The date (ISO) prefers the code in force then
 * (codes of Circular 01/2011 before 2020-03-05, of Decree 30/2020 after); a code used only in
 * another period is still returned when nothing else matches. A code typed without its diacritics
 * (`ND`, `QD`) is read as the registry code when exactly one code matches that way.
 */
export function documentTypeByCode(
  code: string,
  date?: string | null,
  options: DocumentTypeLookupOptions = {},
): DocumentTypeEntry | undefined {
  const exact = typesByCode.get(code.normalize('NFC').trim());
  if (exact) return pick(exact, date, options);
  const loose = typesByLooseCode.get(looseCodeKey(code.trim()));
  if (!loose) return undefined;
  const codes = new Set(loose.map((t) => t.code));
  return codes.size === 1 ? pick(loose, date, options) : undefined;
}

/** The type written with this name in running text (`Nghị quyết`, `thông tư liên tịch`). */
export function documentTypeByName(name: string, options: DocumentTypeLookupOptions = {}): DocumentTypeEntry | undefined {
  return pick(typesByName.get(foldKey(name)), null, options);
}

/** The type of a document whose header prints this heading (`QUYẾT ĐỊNH`, `CÔNG ĐIỆN`). */
export function documentTypeByHeading(heading: string): DocumentTypeEntry | undefined {
  return pick(typesByHeading.get(foldKey(heading)), null, {});
}

/** Every document type of the registry, in registry order. */
export function documentTypes(): readonly DocumentTypeEntry[] {
  return TYPES;
}

/** The state type with no code and the official-letter kind: the type of `number/ISSUER-UNIT`. */
export function officialLetterType(): DocumentTypeEntry | undefined {
  return TYPES.find((t) => t.kind === 'official-letter' && t.code === null && t.state);
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The issuer of a code in a sign: `TTg` → Thủ tướng Chính phủ, `QH15` → Quốc hội khóa XV. */
export function issuerByCode(code: string): IssuerMatch | undefined {
  const c = code.normalize('NFC').trim();
  if (!c) return undefined;
  const entry = issuersByCode.get(c) ?? issuersByUpper.get(compactKey(c));
  if (entry) return { code: c, name: entry.name, term: null, party: entry.party === true, entry };
  const upper = compactKey(c);
  for (const t of termIssuers) {
    const prefix = compactKey(t.code);
    if (!upper.startsWith(prefix)) continue;
    const digits = upper.slice(prefix.length);
    if (!/^\d{1,2}$/u.test(digits)) continue;
    const term = Number(digits);
    if (term < 1) continue;
    const name = (t.termName ?? `${t.name} {term}`).replace('{term}', toRoman(term));
    return { code: c, name, term, party: t.party === true, entry: t };
  }
  return undefined;
}

/** Every issuer entry of the registry. */
export function issuers(): readonly IssuerEntry[] {
  return ISSUERS;
}

/** Every law name and alias of the registry, canonical names first within each law. */
export function lawNames(): string[] {
  return LAWS.flatMap((l) => [l.name, ...l.aliases]);
}

/** Every law entry of the registry. */
export function laws(): readonly LawEntry[] {
  return LAWS;
}

/** The law with this name or alias (case and white space do not matter): `Luật BHXH` → Luật Bảo hiểm xã hội. */
export function lawByName(name: string): LawEntry | undefined {
  return lawsByName.get(lawKey(name));
}

/** The lower-case words (or two words) that end a body's name printed after a citation (`… tỉnh Cao Bằng về việc …`). */
export function bodyNameEndWords(): readonly string[] {
  return bodyNameEnds;
}

/** The words that end a law's name in running text when the registry does not know the name. */
export function lawNameEndWords(): readonly string[] {
  return lawNameEnds;
}

/** The words an amending law's title opens with after `Luật` (`sửa đổi`). */
export function lawAmendingOpeners(): readonly string[] {
  return amendingOpeners;
}

/** The date the law with this number was passed, when the registry knows it. */
export function lawDate(number: string): string | null {
  const law = lawsByNumber.get(compactKey(number));
  if (!law?.dates) return null;
  const key = compactKey(number);
  return Object.entries(law.dates).find(([n]) => compactKey(n) === key)?.[1] ?? null;
}

/** The law whose own number this is: `58/2014/QH13` → Luật Bảo hiểm xã hội. */
export function lawByNumber(number: string): LawEntry | undefined {
  return lawsByNumber.get(compactKey(number));
}
