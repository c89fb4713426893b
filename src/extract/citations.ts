/**
 * Citations of other documents in a Vietnamese administrative text: numbered documents in every
 * form (`Nghị định số 89/2020/NĐ-CP`, `Nghị quyết 28-NQ/TW`, a bare `146/NĐ-CP`), laws cited by
 * name (`Luật BHXH`, `Luật Khám bệnh, chữa bệnh`), the date that follows a number, pinpoints
 * (`điểm b khoản 2 Điều 14 …`, `… (điểm a khoản 2 mục III)`) and short names defined with
 * `(sau đây gọi tắt là …)`. All mentions of one document make one citation.
 *
 * One pass of a few linear regexes over the text (type words, numbers, law names, definitions);
 * everything else looks at bounded windows around a match. Offsets are into the text as given:
 * every mention's `text` is exactly `text.slice(start, end)`.
 */
import type { Citation, Mention } from '../schema/decision.js';
import {
  bodyNameEndWords,
  documentTypeByCode,
  documentTypeByName,
  documentTypes,
  issuerByCode,
  lawByName,
  lawAmendingOpeners,
  lawByNumber,
  lawDate,
  lawNameEndWords,
  lawNames,
  officialLetterType,
  type DocumentTypeEntry,
  type LawEntry,
} from '../registry/document-types.js';
import { foldKey, foldSpaces, trimEndOf } from '../text/fold.js';
import { CODE_SOURCE, SEQ_SOURCE, parseDocumentNumber, type ParsedNumber } from './document-number.js';
import { dateAtStart } from './vietnamese-date.js';

export type { Citation, Mention };

export interface CitationProblem {
  /** Stable id: `citation-date-conflict`, `citation-type-mismatch`, `citation-date-after-document`. */
  code: string;
  message: string;
  /** Offset in the text of the mention the problem is about. */
  start: number;
}

export interface ExtractCitationsOptions {
  /**
   * The document's own number (`123/QĐ-BHXH`): references to it are not citations. Left undefined,
   * it is read from the header line `Số: …`; null: the document has no number of its own.
   */
  self?: string | null;
  /** The document's year: dates of codes are read for it, and later citation dates are reported. */
  year?: number | null;
}

export interface CitationsResult {
  citations: Citation[];
  problems: CitationProblem[];
}

// ---------------------------------------------------------------------------------------------
// Patterns, built once from the registry

/** `An toàn ,vệ sinh` → `An toàn, vệ sinh` (no regex: `\s*,\s*` unanchored is quadratic). */
const normaliseCommas = (s: string): string =>
  s
    .split(',')
    .map((part) => part.trim())
    .join(', ');

const QUOTES_BEFORE = new Set(['"', '“', "'", '‘']);
const AFTER_PHRASE = new Set(['"', '”', "'", '’', '.', ',', ';', ':']);
/** A defined short name without the quotes and punctuation around it. */
function stripQuotes(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && QUOTES_BEFORE.has(s[start] ?? '')) start++;
  while (end > start && AFTER_PHRASE.has(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A phrase as a pattern: words separated by any white space, a comma possibly spaced. */
function phraseSource(phrase: string): string {
  const words = normaliseCommas(phrase.normalize('NFC')).split(/\s+/u);
  return words.map((w) => (w.endsWith(',') ? `${escapeRe(w.slice(0, -1))}\\s*,` : escapeRe(w))).join('\\s+');
}

/**
 * An alternation of phrases, longest first so that the longest name wins, ending a word. That it also
 * begins one is tested by `collectPhrases` on each match: a look-behind here would be tried at every
 * place of the text (the pattern is case-insensitive, so a look-ahead for the phrases' first letters
 * passes most places), and without it the engine skips to the places where a phrase can begin
 * (the type words over the saved pages: 7.4 → 3.7 ms, the law names 2.5 → 0.4 ms).
 */
function phrasesPattern(phrases: Iterable<string>): RegExp {
  const unique = new Map<string, string>();
  for (const p of phrases) {
    const key = foldKey(p);
    if (key && !unique.has(key)) unique.set(key, p);
  }
  const sorted = [...unique.values()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alternation = sorted.map(phraseSource).join('|');
  return new RegExp(`(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
}

const TYPE_WORD_RE = phrasesPattern(documentTypes().flatMap((t) => [t.name, ...(t.aliases ?? [])]));
/** Registry names that do not open with `Luật` / `Bộ luật` (`BLLĐ`, `Hiến pháp`): few, so one alternation. */
const LAW_OPENER = /^(?:Bộ\s+luật|Luật)\s/iu;
const LAW_NAME_RE = phrasesPattern(lawNames().filter((n) => !LAW_OPENER.test(n)));
/** `Luật Đất đai …`, `Bộ luật Dân sự …`: a law-type word (a name follows it, maybe on the next line). */
const LAW_OPEN_RE = /(?<![\p{L}\p{N}])(?:Bộ\s{1,3}luật|Luật)\s{1,3}(?=[\p{L}\p{N}])/giu;
/** The words that may make a registry name after its opener: `Khám bệnh,\n  chữa bệnh`, `(HIV/AIDS)`. */
const NAME_TOKEN_RE = /[\p{L}\p{N}]+|\([\p{L}\p{N}/]{1,20}\)/gu;
const NAME_TOKEN_GAP_RE = /^\s{0,6},?\s{0,6}$/u;
const REGISTRY_NAME_WORDS = 18;
/** The words of a name after its opener: letters only, on the same line, at most a dozen. */
const NAME_WORDS_RE = /^\p{L}+(?:,?[ \t]+\p{L}+){0,11}/u;
const NAME_ENDS = new Set(lawNameEndWords());
const YEAR_AFTER_RE = /^[ \t]{0,3}(?:(?:số[ \t]{1,3})?(?:ngày[ \t]{1,3}\d{1,2}[ \t]{1,3}tháng[ \t]{1,3}\d{1,2}[ \t]{1,3})?năm[ \t]{1,3}(\d{4}))/u;

const SP = '[ \\t\\u00a0]?';
/** After a hyphen inside a sign, the line may also break: a sign wrapped at its hyphen (`08/2022/NĐ-` / `CP`). */
const SP_WRAP = '[ \\t\\u00a0\\n]?';
/**
 * A number and sign: `89/2020/NĐ-CP`, `123/QĐ-BHXH`, `990/BHXH-CNTT`, `68/2022/QH15`, `28-NQ/TW`,
 * `362- NQ/BCSĐ`, `28-NQ-TW`, `3461/TTr-SGD&ĐT`, `66.13/2026/NQ-CP`. Not preceded by a letter, digit, `/`, `.` or `-` (dates, ranges).
 */
const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])${SEQ_SOURCE}(?:${SP}/${SP}(?:\\d{4}${SP}/${SP})?${CODE_SOURCE}(?:-${SP_WRAP}${CODE_SOURCE}){0,5}` +
    `|${SP}-${SP}${CODE_SOURCE}${SP}[/\\-]${SP}${CODE_SOURCE}(?:-${CODE_SOURCE}){0,3})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** `(sau đây gọi tắt là …)`, `(sau đây gọi chung là …)`, `(gọi tắt là …)`, `(sau đây viết tắt là …)`. */
const DEFINITION_RE =
  /\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:chung\s+|tắt\s+)?là\s+([^\s()][^()]{0,150})\)/giu;

/** The header line of the document's own number: `Số: 123/QĐ-BHXH` (the number may wrap). */
const HEADER_PREFIX_RE = /^[ \t]*Số[ \t]*:\s*$/u;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const LABEL_RE = /^(?:\d{1,3}[a-zđ]?|[a-zđ]|[IVXLC]{1,7})$/u;
const SINGLE_UNITS = new Set(['điểm', 'khoản', 'điều', 'mục', 'chương', 'phần']);
/** The words that join the members of a pinpoint's list: "điểm a và điểm b", "khoản 3 hoặc khoản 6". */
const LIST_JOINERS = new Set(['và', 'hoặc']);
/** Two-word units, keyed by their last word: tiểu mục, phụ lục. */
const PAIR_UNITS = new Map([
  ['mục', 'tiểu'],
  ['lục', 'phụ'],
]);

/** The patterns the extractor runs over whole texts, for ReDoS checks. */
export const CITATION_PATTERNS: Readonly<Record<string, RegExp>> = Object.freeze({
  typeWord: TYPE_WORD_RE,
  lawName: LAW_NAME_RE,
  number: NUMBER_RE,
  lawOpen: LAW_OPEN_RE,
  nameToken: NAME_TOKEN_RE,
  nameTokenGap: NAME_TOKEN_GAP_RE,
  nameWords: NAME_WORDS_RE,
  yearAfter: YEAR_AFTER_RE,
  definition: DEFINITION_RE,
  headerPrefix: HEADER_PREFIX_RE,
  word: WORD_RE,
  label: LABEL_RE,
});

// ---------------------------------------------------------------------------------------------
// Small helpers

interface Span {
  start: number;
  end: number;
  text: string;
}

function collect(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * A letter or digit just before the end of what it is tested on (one code point: a pair of surrogates
 * is one). Case-insensitive as the phrases are: so it is the test their look-behind made (U+0345 folds to a letter).
 */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/iu;
const beginsWord = (text: string, at: number): boolean => at === 0 || !WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at));

/**
 * The matches of a `phrasesPattern` that begin a word, as `(?<![\p{L}\p{N}])` before it would find
 * them: a match inside a word is passed over, and the search goes on from the next character (a
 * phrase may begin within the one passed over).
 */
function collectPhrases(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!beginsWord(text, m.index)) {
      re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const MARKS = /\p{M}/gu;
/**
 * One key for every printing of a number and sign: white space out, upper case, the diacritics a
 * typist may leave off gone (`270/QD-TTg` is `270/QĐ-TTg`: a code never differs from another by a
 * mark alone), and the hyphens between the codes after the number (`79/2025/NĐCP` is
 * `79/2025/NĐ-CP`; a Party number's own hyphen, `28-NQ/TW`, stays).
 */
export const signKey = (s: string): string => {
  const key = s.normalize('NFD').replace(MARKS, '').replace(/\s+/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D').toUpperCase();
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash) + key.slice(slash).replaceAll('-', '');
};
/**
 * How fully a sign is printed: its letters beyond ASCII (the marks a typist may leave off) first,
 * then its hyphens. Of the printings of one sign the fullest is kept.
 */
const fullness = (s: string): number => {
  let n = 0;
  for (const ch of s) if (ch > '\u007f') n += 100;
  else if (ch === '-') n++;
  return n;
};
const isSpace = (s: string): boolean => /^\s*$/u.test(s);
const startsUpper = (s: string): boolean => {
  const first = s[0] ?? '';
  return first !== first.toLowerCase();
};

/** Between a type word (or law name) and its number: nothing, `số` or `số:`, with white space. */
function isNumberGap(gap: string): boolean {
  if (gap.length > 24) return false;
  const g = gap.replace(/\s+/gu, '').toLowerCase();
  return g === '' || g === 'số' || g === 'số:';
}

/** `Luật Thi đua, khen thưởng số `: the title between a law-type word and `số`, or null. */
function lawTitleGap(gap: string): string | null {
  if (gap.length > 200 || !/^\s/u.test(gap)) return null;
  const folded = foldSpaces(gap);
  const lower = folded.toLowerCase();
  let body: string;
  if (lower.endsWith(' số:')) body = folded.slice(0, -4);
  else if (lower.endsWith(' số')) body = folded.slice(0, -3);
  else return null;
  body = body.trim();
  if (body.length === 0 || body.length > 150 || /[;()/.:"“”<>[\]]/u.test(body)) return null;
  return body;
}

/**
 * True when no sentence or clause ends between `from` and `to`: a `(sau đây gọi tắt là …)` names
 * the document cited in its own sentence ("Nghị định số 89/2020/NĐ-CP … của Chính phủ (sau đây gọi
 * tắt là Nghị định 89)"), not one cited in a sentence before it ("… Nghị định số 46/2026/NĐ-CP." /
 * "Điều 2. … các tổ chức, cá nhân (sau đây gọi tắt là cơ sở)").
 */
function sameSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === ';') return false;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/u.test(text[i + 1] ?? '')) return false;
  }
  return true;
}

/** How far before its number an amending law's title may open. */
const AMENDING_TITLE_REACH = 200;
const AMENDING_OPENERS = lawAmendingOpeners().map((w) => `Luật ${w.normalize('NFC')}`);

/** The last amending law's opening words in the window (a word of their own): where they begin and end, or null. */
function lastAmendingOpener(window: string): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (const opener of AMENDING_OPENERS) {
    const at = window.lastIndexOf(opener);
    if (at >= 0 && (at === 0 || !/[\p{L}\p{N}]/u.test(window[at - 1]!)) && at > (best?.at ?? -1)) best = { at, end: at + opener.length };
  }
  return best;
}

/**
 * An amending law's title ending right before the number at `numberStart` (`Luật sửa đổi, bổ sung
 * một số điều của Luật Bảo hiểm y tế số 46/2014/QH13`): where it starts and the title, or null. The
 * laws it names are part of its title, so the nearest law name is not the cited law's.
 */
function amendingTitleBefore(text: string, numberStart: number): { start: number; title: string } | null {
  const from = Math.max(0, numberStart - AMENDING_TITLE_REACH);
  const window = text.slice(from, numberStart);
  const opener = lastAmendingOpener(window);
  if (!opener) return null;
  const body = lawTitleGap(window.slice(opener.at + 'Luật'.length));
  return body ? { start: from + opener.at, title: `Luật ${body}` } : null;
}

/** Most characters between an amending law's opening words and the first law it names (", bổ sung một số điều của "). */
const AMENDED_FIRST_GAP = /^[^;.:()\d]{0,80}$/u;
/** Between two laws an amending law's title names: "và", ",". */
const AMENDED_NEXT_GAP = /^,?\s{0,3}(?:và\s{1,3})?$/u;

/**
 * An amending law cited by its title with no number (`Luật sửa đổi, bổ sung một số điều của Luật
 * Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020`): the title runs from its opening words over
 * the names of the laws it amends, `spans[k]` the first, which are part of the title and no laws cited
 * on their own. Where it starts and ends, and the index of the last span it holds; null when
 * `spans[k]` follows no amending law's opening words.
 */
function amendingTitleByName(text: string, spans: Span[], k: number): { start: number; end: number; last: number } | null {
  const first = spans[k]!;
  const from = Math.max(0, first.start - AMENDING_TITLE_REACH);
  const window = text.slice(from, first.start);
  const opener = lastAmendingOpener(window);
  if (!opener || !AMENDED_FIRST_GAP.test(window.slice(opener.end))) return null;
  let last = k;
  while (spans[last + 1] && AMENDED_NEXT_GAP.test(text.slice(spans[last]!.end, spans[last + 1]!.start))) last++;
  return { start: from + opener.at, end: spans[last]!.end, last };
}

/** Characters before a mention looked at for the date its sentence opens with. */
const OPENING_DATE_REACH = 120;
/** What a sentence that dates a citation may follow: a line's end, a full stop, a parenthesis opened. */
const CLAUSE_OPENERS = '\n.(';
/** Words right before a mention that say it was issued on the date its clause opens with ("… ban hành", "… có", "tại"). */
const ISSUED_BEFORE = /(?:^|\s)(?:ban\s{1,3}hành|có|tại|ký)\s{1,3}$/u;

/**
 * The date a sentence opens with when the document it cites was issued then: "Ngày 10/10/2024, tại
 * Công văn số 2294/CTVPH-HKDCN …", "Ngày 05/11/2025, VPCP có Văn bản số 10781/VPCP-CN …". The date
 * opens a line or follows a full stop or an opened parenthesis (CLAUSE_OPENERS), a comma ends it,
 * and the clause to the mention names no other number and ends in a word of issuing; null otherwise
 * (a date a sentence opens with is more often the day something happened than a cited document's).
 */
function dateOpeningClause(text: string, mentionStart: number): { iso: string; gapStart: number } | null {
  const from = Math.max(0, mentionStart - OPENING_DATE_REACH);
  const window = text.slice(from, mentionStart);
  const at = window.lastIndexOf('Ngày ');
  if (at < 0) return null;
  let k = from + at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '*')) k--;
  if (k > 0 && !CLAUSE_OPENERS.includes(text[k - 1]!)) return null;
  const date = dateAtStart(window.slice(at));
  if (!date) return null;
  const gap = window.slice(at + date.end);
  if (!gap.startsWith(',') || /[\d.;:]/u.test(gap) || !ISSUED_BEFORE.test(gap)) return null;
  return { iso: date.iso, gapStart: from + at + date.end + 1 };
}

/**
 * The body that issued a citation, printed as the subject of the clause its date opens ("Ngày
 * 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc (nay là …) có Thông báo số 565/TB-CTVPH"): where its name
 * begins, or -1.
 */
function subjectOfDatedClause(text: string, mentionStart: number): number {
  const dated = dateOpeningClause(text, mentionStart);
  if (!dated) return -1;
  let start = dated.gapStart;
  while (start < mentionStart && /\s/u.test(text[start]!)) start++;
  return printedBody(text, start) !== null ? start : -1;
}

/** Offsets of the document's own number printed in the header (`Số: 123/QĐ-BHXH`, `Số:\n 123/…`). */
function isHeaderNumber(text: string, start: number): boolean {
  const from = Math.max(0, start - 48);
  const before = text.slice(from, start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return from === 0 && HEADER_PREFIX_RE.test(before);
  const prefix = before.slice(nl + 1);
  if (HEADER_PREFIX_RE.test(prefix)) return true;
  if (!isSpace(prefix)) return false;
  const previous = before.slice(0, nl);
  const nl2 = previous.lastIndexOf('\n');
  if (nl2 < 0 && from > 0) return false;
  return HEADER_PREFIX_RE.test(previous.slice(nl2 + 1));
}

interface Token {
  word: string;
  key: string;
  start: number;
  end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const window = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(window); m; m = WORD_RE.exec(window)) {
    out.push({ word: m[0], key: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** The words that say a part is issued with the document named after them, last word first. */
const ISSUED_WITH = [['theo', 'kèm', 'hành', 'ban'], ['theo', 'kèm']];

/** Where "ban hành kèm theo" or "kèm theo" ending at token `i` (white space before `limit`) begins, or -1. */
function issuedWithWords(toks: Token[], i: number, text: string, limit: number): number {
  for (const words of ISSUED_WITH) {
    let k = 0;
    let end = limit;
    while (k < words.length && toks[i - k]?.key === words[k] && isSpace(text.slice(toks[i - k]!.end, end))) {
      end = toks[i - k]!.start;
      k++;
    }
    if (k === words.length) return i - k + 1;
  }
  return -1;
}

/**
 * A pinpoint chain ending right before `limit` (white space apart): `điểm b khoản 2 Điều 14`,
 * `điểm a, b khoản 1 Điều 3`, `Mục II Phần I`, `khoản 2 Điều 5 của` (the trailing `của` is skipped), `Phụ lục IV
 * ban hành kèm theo` (so are the words of a part issued with the document).
 */
function pinpointBefore(text: string, from: number, limit: number): { start: number; end: number } | null {
  const toks = tokens(text, from, limit);
  let i = toks.length - 1;
  let connectTo = limit;
  const last = toks[i];
  if (last && last.key === 'của' && isSpace(text.slice(last.end, connectTo))) {
    connectTo = last.start;
    i--;
  } else {
    // "Phụ lục IV ban hành kèm theo Nghị định số …", "Phụ lục II kèm theo Thông tư số …": a part issued with the document
    const issued = issuedWithWords(toks, i, text, connectTo);
    if (issued >= 0) {
      connectTo = toks[issued]!.start;
      i = issued - 1;
    }
  }
  let chainStart = -1;
  let chainEnd = -1;
  for (;;) {
    // groups of a list: "khoản 1, khoản 2 Điều 5", "điểm a và điểm b khoản 1", "khoản 3 hoặc khoản 6"
    const joiner = toks[i];
    if (chainStart >= 0 && joiner && LIST_JOINERS.has(joiner.key) && isSpace(text.slice(joiner.end, connectTo))) {
      connectTo = joiner.start;
      i--;
    }
    const label = toks[i];
    if (!label || !LABEL_RE.test(label.word)) break;
    const gap = text.slice(label.end, connectTo);
    if (!(isSpace(gap) || (chainStart >= 0 && /^\s*,\s*$/u.test(gap)))) break;
    let j = i - 1;
    // more labels: "a, b", "a và b", "a hoặc b"
    for (;;) {
      const prev = toks[j];
      if (!prev) break;
      const sep = text.slice(prev.end, toks[j + 1]?.start ?? prev.end);
      if (LABEL_RE.test(prev.word) && /^\s*,\s*$/u.test(sep)) {
        j--;
        continue;
      }
      const before = toks[j - 1];
      if (LIST_JOINERS.has(prev.key) && isSpace(sep) && before && LABEL_RE.test(before.word)) {
        if (!isSpace(text.slice(before.end, prev.start))) break;
        j -= 2;
        continue;
      }
      break;
    }
    const unit = toks[j];
    const afterUnit = toks[j + 1];
    if (!unit || !afterUnit || !isSpace(text.slice(unit.end, afterUnit.start))) break;
    let unitStart: number;
    const pairFirst = PAIR_UNITS.get(unit.key);
    const beforeUnit = toks[j - 1];
    if (pairFirst && beforeUnit && beforeUnit.key === pairFirst && isSpace(text.slice(beforeUnit.end, unit.start))) {
      unitStart = beforeUnit.start;
      j -= 2;
    } else if (SINGLE_UNITS.has(unit.key)) {
      unitStart = unit.start;
      j -= 1;
    } else break;
    if (chainEnd < 0) chainEnd = label.end;
    chainStart = unitStart;
    connectTo = unitStart;
    i = j;
  }
  return chainStart >= 0 ? { start: chainStart, end: chainEnd } : null;
}

/** `(điểm a khoản 2 mục III)` after a citation, its date and an optional `của …`. */
function pinpointAfter(text: string, from: number): string | null {
  const window = text.slice(from, from + 160);
  const open = window.indexOf('(');
  if (open < 0) return null;
  const between = window.slice(0, open).trim();
  if (between !== '' && !(/^của\s/u.test(between) && between.length <= 80 && !/[.;:()"“”]/u.test(between))) return null;
  const close = window.indexOf(')', open);
  if (close < 0) return null;
  const contentStart = from + open + 1;
  const contentEnd = from + close;
  const content = text.slice(contentStart, contentEnd);
  const lead = content.length - content.trimStart().length;
  const trail = content.length - content.trimEnd().length;
  const chain = pinpointBefore(text, contentStart, contentEnd - trail);
  if (!chain || chain.start !== contentStart + lead) return null;
  return foldSpaces(text.slice(chain.start, chain.end));
}

/** "Bộ luật" or "Luật", the type word a law's name opens with. */
const lawTypeWord = (name: string): string => (/^Bộ/u.test(name) ? 'Bộ luật' : 'Luật');

/** The longest registry name that runs from `open` (a `Luật` opener): its end, or -1. */
function registryNameEnd(text: string, open: Span): number {
  const window = text.slice(open.end, open.end + 240);
  const ends: number[] = [];
  let last = 0;
  for (const m of window.matchAll(NAME_TOKEN_RE)) {
    if (ends.length >= REGISTRY_NAME_WORDS || !NAME_TOKEN_GAP_RE.test(window.slice(last, m.index))) break;
    last = m.index + m[0].length;
    ends.push(open.end + last);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    if (lawByName(text.slice(open.start, ends[k]))) return ends[k]!;
  }
  return -1;
}

/** A name the registry does not know, on the opener's line: its end, or -1. */
function plainNameEnd(text: string, open: Span): number {
  if (!/^(?:Bộ luật|Luật) \p{Lu}/u.test(text.slice(open.start, open.end + 1))) return -1;
  const window = NAME_WORDS_RE.exec(text.slice(open.end, open.end + 200))?.[0] ?? '';
  const words = [...window.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], end: open.end + m.index + m[0].length, comma: window[m.index - 2] === ',' || window[m.index - 1] === ',' }));
  // "Dự án Luật Luật Bảo hiểm y tế": the name begins at the second opener
  let take = words.length && words[0]!.word !== 'Luật' && words[0]!.word !== 'Bộ' ? 1 : 0;
  for (; take > 0 && take < words.length; take++) {
    const { word, comma, end } = words[take]!;
    const lower = word.toLowerCase();
    if (word === 'Luật' || word === 'Bộ') break;
    // "số" ends the name before its number ("Luật … số 25/2008/QH12"), not in it ("Luật Chuyển đổi số")
    if (lower === 'số' ? /^[ \t]{0,3}[:\d]/u.test(text.slice(end, end + 8)) : NAME_ENDS.has(lower)) break;
    // a comma ends a name the registry does not know ("Luật Trí tuệ nhân tạo, trình Chính phủ …")
    if (comma) break;
    if (lower === 'và' && startsUpper(words[take + 1]?.word ?? 'a')) break;
  }
  // a name never ends with "và" ("Luật Trí tuệ nhân tạo và các …")
  while (take > 1 && words[take - 1]!.word.toLowerCase() === 'và') take--;
  return take ? words[take - 1]!.end : -1;
}

/**
 * Laws cited by name: `Luật <Name>` / `Bộ luật <Name>` read as the longest name of the registry that
 * follows, else (a law the registry does not know) up to the end of the name on its line: a digit,
 * punctuation (a comma too: names with commas are the registry's), or a word that cannot be part of it (`số` before a number, `ngày`, `năm`, `của`,
 * `quy định` …; `và` before a capital: "Luật Đất đai và Luật Nhà ở"). A name starts with a capital
 * (`Luật BHXH`); "pháp luật BHXH" is legislation in general. Registry names without an opener
 * (`BLLĐ`) are matched as they are.
 */
function lawSpansOf(text: string): Span[] {
  const spans = collectPhrases(LAW_NAME_RE, text).filter((l) => startsUpper(l.text));
  let covered = -1;
  for (const open of collect(LAW_OPEN_RE, text)) {
    if (!startsUpper(open.text) || open.start < covered) continue;
    const known = registryNameEnd(text, open);
    const end = known >= 0 ? known : plainNameEnd(text, open);
    if (end < 0) continue;
    spans.push({ start: open.start, end, text: text.slice(open.start, end) });
    covered = end;
  }
  return spans.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Extraction

interface Found {
  id: string;
  number: string | null;
  parsed: ParsedNumber | null;
  type: string | null;
  /** 2: from a type word or law name, 1: from the sign's code. */
  typeRank: number;
  title: string | null;
  date: string | null;
  /** The issuer printed after the mention, where its sign's code does not tell (printedIssuer). */
  issuer: string | null;
  mention: Mention;
}

/** The type written by a sign's code, or for laws and official letters the registry's type. */
function typeFromSign(parsed: ParsedNumber, party: boolean, date: string | null): DocumentTypeEntry | undefined {
  const { typeCode, issuerCode, unitCode } = parsed.parts;
  if (typeCode) return documentTypeByCode(typeCode, date, { party });
  const law = lawByNumber(parsed.number);
  if (law) return documentTypeByName(law.type);
  if (!party && issuerCode && unitCode) return officialLetterType();
  return undefined;
}

function issuerName(code: string | null): string | null {
  if (!code) return null;
  const names = code.split('-').map((c) => issuerByCode(c)?.name ?? null);
  return names.every((n): n is string => n !== null) ? names.join(', ') : null;
}

const OF_ISSUER_RE = /^[ \t]{0,3},?\s{0,3}của\s{1,3}/u;
/** Most words of a body's name printed after a citation. */
const BODY_WORDS_MAX = 14;
/** Characters read for a body's name printed after a citation. */
const BODY_REACH = 200;
const BODY_ENDS = new Set(bodyNameEndWords());
/** An abbreviation in parentheses inside a body's name (`Bảo hiểm xã hội (BHXH) Việt Nam`): no end of it, and left out. */
const NAME_ABBREVIATION = /^\(\p{Lu}[\p{Lu}\d&.-]{0,11}\)$/u;
/** A short abbreviation with its dot (`TP. Hồ Chí Minh`): no end of the name. */
const DOTTED_ABBREVIATION = /^\p{Lu}{1,3}\.$/u;
const NAME_END_MARK = /[,;.:()"“”]/u;
/** The marks after a word (`đổi,`), left off when two words are compared with an end of a name. */
const TRAILING_MARKS = ',;.:)"”';

/**
 * The name of the body printed at `start` (after `của`): from a capital, word by word up to a word that
 * ends such a name (`về`, `quy định`, `ngày`: `bodyNameEndWords`) or a mark of punctuation; null when
 * nothing ends it within BODY_WORDS_MAX words.
 */
function printedBody(text: string, start: number): string | null {
  const window = text.slice(start, start + BODY_REACH);
  if (!/^\p{Lu}/u.test(window)) return null;
  const words = window.split(/\s+/u);
  // the window's last word may be cut off where the window is
  const whole = start + BODY_REACH >= text.length ? words.length : words.length - 1;
  const kept: string[] = [];
  for (let i = 0; i < whole && kept.length < BODY_WORDS_MAX; i++) {
    const word = words[i]!;
    const next = words[i + 1] ?? '';
    // "của" before a capital goes on the name ("Ban Chỉ đạo của Chính phủ")
    const within = word === 'của' && /^\p{Lu}/u.test(next);
    if (!within && (BODY_ENDS.has(word) || BODY_ENDS.has(`${word} ${trimEndOf(next, TRAILING_MARKS)}`))) return kept.length ? kept.join(' ') : null;
    if (NAME_ABBREVIATION.test(word)) continue;
    if (DOTTED_ABBREVIATION.test(word)) {
      kept.push(word);
      continue;
    }
    const mark = word.search(NAME_END_MARK);
    if (mark >= 0) {
      if (mark > 0) kept.push(word.slice(0, mark));
      return kept.length ? kept.join(' ') : null;
    }
    kept.push(word);
  }
  return whole === words.length && kept.length > 0 && kept.length < BODY_WORDS_MAX ? kept.join(' ') : null;
}

/** Characters before a mention looked at for the body it is "of" (`… của Giám đốc Sở … tại Tờ trình số …`). */
const BODY_BEFORE_REACH = 160;
/** Right before the mention: "… tại", or "…, trong đó có" (the body issued a set of documents, this among them). */
const AT_MENTION = /(?:\s{1,3}tại|,\s{0,3}trong\s{1,3}đó\s{1,3}có)\s{1,3}$/u;
/** A line break inside a body's name: the page wrapped it where the next line goes on in lower case. */
const BREAK_NOT_WRAP = /\n(?!\s{0,3}\p{Ll})/u;

/**
 * Where the body a mention is printed "of", before it, begins: "Theo đề nghị của Giám đốc Sở Giáo dục
 * và Đào tạo tại Tờ trình số 3461/TTr-SGD&ĐT", "các Quyết định của Ủy ban nhân dân tỉnh Vĩnh Phúc,
 * trong đó có Quyết định số 05/2025/QĐ-UBND" — `của`, the body's name, then `tại` or `, trong đó có`
 * right before the mention; -1 when the text before the mention is not so.
 */
function bodyBefore(text: string, mentionStart: number): number {
  const from = Math.max(0, mentionStart - BODY_BEFORE_REACH);
  const window = text.slice(from, mentionStart);
  const tai = AT_MENTION.exec(window);
  if (!tai) return -1;
  const of = window.lastIndexOf('của ', tai.index);
  if (of < 0 || /[.;:]/u.test(window.slice(of, tai.index)) || BREAK_NOT_WRAP.test(window.slice(of, tai.index))) return -1;
  const start = from + of + 'của '.length;
  // the name read from there ends where "tại" is
  const body = printedBody(text, start);
  return body !== null && foldSpaces(text.slice(start, from + tai.index)) === body ? start : -1;
}

/**
 * The body printed after a citation (`… ngày 22 tháng 12 năm 2024 của Bộ Chính trị`) when its sign's
 * code does not tell which body issued it: a code several bodies sign with (`TW`: Ban Chấp hành Trung
 * ương, Bộ Chính trị, Ban Bí thư), one that every body of a kind signs with (`UBND`: `… của Ủy ban nhân
 * dân thành phố Cần Thơ`, a body of that kind), or one the registry does not know (`TTr-SNNMT`: `… của
 * Sở Nông nghiệp và Môi trường`). Null otherwise, the code's own body being the issuer.
 */
function printedIssuer(text: string, at: number, code: string | null, mentionStart: number): string | null {
  if (!code) return null;
  const entry = issuerByCode(code)?.entry;
  // a code whose body the registry names is its issuer: no text need be read
  if (!entry?.sharedBy && (entry ? !entry.bodyKind : issuerName(code) !== null)) return null;
  const of = OF_ISSUER_RE.exec(text.slice(at, at + 16));
  const before = of ? -1 : bodyBefore(text, mentionStart);
  const from = of ? at + of[0].length : before >= 0 ? before : subjectOfDatedClause(text, mentionStart);
  if (from < 0) return null;
  if (entry?.sharedBy) {
    const after = foldKey(text.slice(from, from + 60));
    let best: string | null = null;
    for (const name of entry.sharedBy) if (after.startsWith(foldKey(name)) && name.length > (best?.length ?? 0)) best = name;
    return best;
  }
  const body = printedBody(text, from);
  if (!body || (entry && !foldKey(body).includes(foldKey(entry.name)) && !body.includes(entry.code))) return null;
  return body;
}

/** Extract every citation of another document from the text. */
export function extractCitations(text: string, options: ExtractCitationsOptions = {}): CitationsResult {
  const problems: CitationProblem[] = [];
  const typeWords = collectPhrases(TYPE_WORD_RE, text);
  // a law's name starts with a capital (`Luật BHXH`); "pháp luật BHXH" is legislation in general
  const lawSpans = lawSpansOf(text);
  const numbers = collect(NUMBER_RE, text);
  const fallbackDate = options.year ? `${options.year}-12-31` : null;

  let selfKey: string | null = null;
  if (typeof options.self === 'string') {
    selfKey = signKey(parseDocumentNumber(options.self)?.number ?? options.self);
  }

  const found: Found[] = [];
  let tw = -1;
  let ln = -1;
  for (const n of numbers) {
    if (isHeaderNumber(text, n.start)) {
      if (options.self === undefined && selfKey === null) {
        const own = parseDocumentNumber(n.text);
        if (own) selfKey = signKey(own.number);
      }
      continue;
    }
    while ((typeWords[tw + 1]?.end ?? Infinity) <= n.start) tw++;
    while ((lawSpans[ln + 1]?.end ?? Infinity) <= n.start) ln++;
    const typeWord = tw >= 0 ? typeWords[tw] : undefined;
    const lawSpan = ln >= 0 ? lawSpans[ln] : undefined;

    let mentionStart = n.start;
    let wordType: DocumentTypeEntry | undefined;
    let title: string | null = null;
    let law: LawEntry | undefined;
    const amending = amendingTitleBefore(text, n.start);
    if (amending) {
      mentionStart = amending.start;
      wordType = documentTypeByName('Luật');
      law = lawByName(amending.title);
      title = law?.name ?? amending.title;
    } else if (lawSpan && isNumberGap(text.slice(lawSpan.end, n.start))) {
      law = lawByName(lawSpan.text);
      mentionStart = lawSpan.start;
      wordType = documentTypeByName(law ? law.type : lawTypeWord(lawSpan.text));
      title = law?.name ?? foldSpaces(lawSpan.text);
    } else if (typeWord && isNumberGap(text.slice(typeWord.end, n.start))) {
      mentionStart = typeWord.start;
      wordType = documentTypeByName(typeWord.text);
    } else if (typeWord && n.start - typeWord.end <= 200) {
      const type = documentTypeByName(typeWord.text);
      const titleBody = type && (type.kind === 'law' || type.kind === 'ordinance') && startsUpper(typeWord.text)
        ? lawTitleGap(text.slice(typeWord.end, n.start))
        : null;
      if (type && titleBody) {
        mentionStart = typeWord.start;
        wordType = type;
        const written = `${type.name} ${titleBody}`;
        law = lawByName(written);
        title = law?.name ?? written;
      }
    }

    const officialLetter = wordType?.kind === 'official-letter' ? true : undefined;
    const parsed = parseDocumentNumber(n.text, { officialLetter });
    if (!parsed) continue;
    // an old single-code number ("12/CP") is a citation only after a type word
    if (!wordType && parsed.parts.year === null && !parsed.parts.typeCode && !parsed.parts.unitCode) continue;
    if (selfKey !== null && signKey(parsed.number) === selfKey) continue;

    const dateMatch = dateAtStart(text.slice(n.end, n.end + 64));
    const date = dateMatch?.iso ?? dateOpeningClause(text, mentionStart)?.iso ?? null;
    const party = /^\d+-/u.test(parsed.number);
    const signDate = date ?? (parsed.parts.year ? `${parsed.parts.year}-12-31` : fallbackDate);
    const signType = typeFromSign(parsed, party, signDate);

    let type: string | null = null;
    let typeRank = 0;
    const word = wordType && !wordType.generic ? wordType : null;
    if (word && signType && parsed.parts.typeCode && foldKey(word.name) !== foldKey(signType.name)) {
      problems.push({
        code: 'citation-type-mismatch',
        message: `"${foldSpaces(text.slice(mentionStart, n.end))}": the words say ${word.name}, the sign's code ${parsed.parts.typeCode} says ${signType.name}`,
        start: mentionStart,
      });
      type = signType.name;
      typeRank = 2;
    } else if (word) {
      type = word.name;
      typeRank = 2;
    } else if (signType) {
      type = signType.name;
      typeRank = 1;
    }
    if (!title) {
      const byNumber = lawByNumber(parsed.number);
      if (byNumber) title = byNumber.name;
    }

    // pinpoints: before the mention, or in parentheses after it (and its date)
    let pinpoint: string | null = null;
    const before = pinpointBefore(text, Math.max(0, mentionStart - 160), mentionStart);
    if (before) pinpoint = foldSpaces(text.slice(before.start, before.end));
    else pinpoint = pinpointAfter(text, dateMatch ? n.end + dateMatch.end : n.end);

    found.push({
      id: parsed.number,
      number: parsed.number,
      parsed,
      type,
      typeRank,
      title,
      date,
      issuer: printedIssuer(text, dateMatch ? n.end + dateMatch.end : n.end, parsed.parts.issuerCode, mentionStart),
      mention: { text: text.slice(mentionStart, n.end), start: mentionStart, end: n.end, pinpoint },
    });
  }

  // laws by name that are not part of a numbered mention
  const taken = found.map((f) => f.mention).sort((a, b) => a.start - b.start);
  const overlaps = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid]?.end ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    const m = taken[lo];
    return m !== undefined && m.start < end;
  };
  for (let k = 0; k < lawSpans.length; k++) {
    let l = lawSpans[k]!;
    if (overlaps(l.start, l.end)) continue;
    const amending = amendingTitleByName(text, lawSpans, k);
    if (amending) {
      l = { start: amending.start, end: amending.end, text: text.slice(amending.start, amending.end) };
      k = amending.last;
    }
    const law = amending ? undefined : lawByName(l.text);
    const name = law?.name ?? foldSpaces(l.text);
    const typeName = law?.type ?? lawTypeWord(l.text);
    const before = pinpointBefore(text, Math.max(0, l.start - 160), l.start);
    const pinpoint = before ? foldSpaces(text.slice(before.start, before.end)) : pinpointAfter(text, l.end);
    // "Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014": the registry's law of that year
    const after = text.slice(l.end, l.end + 48);
    const printed = dateAtStart(after.trimStart())?.iso ?? null;
    const year = printed?.slice(0, 4) ?? YEAR_AFTER_RE.exec(after)?.[1];
    const numbers = law && year ? law.numbers.filter((n) => n.split('/')[1] === year) : [];
    // two laws of one name in a year (65/2025/QH15, 72/2025/QH15): the one passed on the printed date
    const onDate = printed ? numbers.filter((n) => lawDate(n) === printed) : [];
    const number = numbers.length === 1 ? numbers[0]! : onDate.length === 1 ? onDate[0]! : null;
    found.push({
      id: number ?? name,
      number,
      parsed: number ? parseDocumentNumber(number) : null,
      type: documentTypeByName(typeName)?.name ?? typeName,
      typeRank: 2,
      title: name,
      date: printed,
      issuer: null,
      mention: { text: l.text, start: l.start, end: l.end, pinpoint },
    });
  }
  found.sort((a, b) => a.mention.start - b.mention.start);

  // short names defined with "(sau đây gọi tắt là …)" that carry no number of their own
  const definitions: Array<{ key: string; phrase: string; at: number; id: string }> = [];
  DEFINITION_RE.lastIndex = 0;
  let before = -1; // the last mention ending before the definition: both come in text order
  for (let m = DEFINITION_RE.exec(text); m; m = DEFINITION_RE.exec(text)) {
    while ((found[before + 1]?.mention.end ?? Infinity) <= m.index) before++;
    const phrase = stripQuotes(foldSpaces(m[1] ?? ''));
    NUMBER_RE.lastIndex = 0;
    if (phrase.length < 4 || NUMBER_RE.test(phrase)) continue;
    if (documentTypeByName(phrase) || lawByName(phrase)) continue;
    const target = before >= 0 ? found[before] : undefined;
    if (!target || m.index - target.mention.end > 400 || !sameSentence(text, target.mention.end, m.index)) continue;
    definitions.push({ key: foldKey(phrase), phrase, at: m.index, id: target.id });
  }
  if (definitions.length > 0) {
    const aliasRe = phrasesPattern(definitions.map((d) => d.phrase));
    const sorted = [...found.map((f) => f.mention)].sort((a, b) => a.start - b.start);
    taken.length = 0;
    taken.push(...sorted);
    const byId = new Map(found.map((f) => [f.id, f]));
    // per short name, its definitions in text order and how far the matches have passed them
    const byKey = new Map<string, { list: typeof definitions; at: number }>();
    for (const d of definitions) {
      const entry = byKey.get(d.key);
      if (entry) entry.list.push(d);
      else byKey.set(d.key, { list: [d], at: -1 });
    }
    for (const a of collectPhrases(aliasRe, text)) {
      if (overlaps(a.start, a.end)) continue;
      const entry = byKey.get(foldKey(a.text));
      if (!entry) continue;
      while ((entry.list[entry.at + 1]?.at ?? Infinity) <= a.start) entry.at++;
      const def = entry.list[entry.at];
      const target = def ? byId.get(def.id) : undefined;
      if (!def || !target) continue;
      found.push({
        ...target,
        date: null,
        issuer: null,
        typeRank: 0,
        mention: { text: a.text, start: a.start, end: a.end, pinpoint: null },
      });
    }
    found.sort((a, b) => a.mention.start - b.mention.start);
  }

  // one citation per document; a sign printed without its diacritics is the same sign, cited in
  // its fullest printing
  const fullest = new Map<string, Found>();
  for (const f of found) {
    if (f.number === null) continue;
    const key = signKey(f.number);
    const best = fullest.get(key);
    if (!best || fullness(f.number) > fullness(best.number!)) fullest.set(key, f);
  }
  for (const f of found) {
    const best = f.number === null ? undefined : fullest.get(signKey(f.number));
    if (best && best.id !== f.id) Object.assign(f, { id: best.id, number: best.number, parsed: best.parsed });
  }
  const citations = new Map<string, Citation & { typeRank: number }>();
  const printedIssuers = new Set<string>();
  for (const f of found) {
    let c = citations.get(f.id);
    if (!c) {
      const issuerCode = f.parsed?.parts.issuerCode ?? null;
      c = {
        id: f.id,
        type: f.type,
        number: f.number,
        issuerCode,
        issuer: issuerName(issuerCode),
        date: null,
        title: f.title,
        mentions: [],
        typeRank: f.typeRank,
      };
      citations.set(f.id, c);
    }
    if (f.typeRank > c.typeRank && f.type) {
      c.type = f.type;
      c.typeRank = f.typeRank;
    }
    if (!c.title && f.title) c.title = f.title;
    if (f.issuer && !printedIssuers.has(f.id)) {
      c.issuer = f.issuer;
      printedIssuers.add(f.id);
    }
    if (f.date) {
      if (!c.date) c.date = f.date;
      else if (c.date !== f.date) {
        problems.push({
          code: 'citation-date-conflict',
          message: `${f.id} is dated ${f.date} here but ${c.date} earlier; the first date is kept`,
          start: f.mention.start,
        });
      }
    }
    c.mentions.push(f.mention);
  }

  // a law cited by name and, once, by number is one citation: the numbered one
  const numberedByTitle = new Map<string, string[]>();
  for (const c of citations.values()) {
    if (c.number && c.title) {
      const key = foldKey(c.title);
      numberedByTitle.set(key, [...(numberedByTitle.get(key) ?? []), c.id]);
    }
  }
  for (const c of [...citations.values()]) {
    if (c.number) continue;
    const ids = numberedByTitle.get(foldKey(c.id)) ?? [];
    const only = ids.length === 1 && ids[0] !== undefined ? citations.get(ids[0]) : undefined;
    if (!only) continue;
    only.mentions.push(...c.mentions);
    only.mentions.sort((a, b) => a.start - b.start);
    // "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025": the date of the law its number's year names
    if (!only.date && c.date && only.number && c.date.slice(0, 4) === parseDocumentNumber(only.number)?.parts.year?.toString()) only.date = c.date;
    citations.delete(c.id);
  }

  const out: Citation[] = [];
  for (const { typeRank: _rank, ...c } of citations.values()) {
    // a law's date, when the text does not print it, is the registry's
    if (c.number && !c.date) c.date = lawDate(c.number);
    c.mentions.sort((a, b) => a.start - b.start);
    if (options.year && c.date && Number(c.date.slice(0, 4)) > options.year) {
      problems.push({
        code: 'citation-date-after-document',
        message: `${c.id} is dated ${c.date}, after the document's year ${options.year}`,
        start: c.mentions[0]?.start ?? 0,
      });
    }
    out.push(c);
  }
  out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  problems.sort((a, b) => a.start - b.start);
  return { citations: out, problems };
}
