/**
 * Read the "time" cell of an appendix task table (Thời gian thực hiện / Thời gian hoàn thành)
 * into a `Timeframe`: "Quý I/2024", "Năm 2023 và các năm tiếp theo", "trước ngày 19/12/2024",
 * "Thường xuyên", "Khi có yêu cầu", …
 *
 * The cell is split into segments (at ";" and line breaks). In each segment the periods written
 * in it are found by a list of small scanners (dates, quarters, months, years, …); the words just
 * before and after each period ("trước", "từ", "và các năm tiếp theo", …) then decide whether it is
 * the period itself, a deadline, the start of an open-ended period or one end of a range.
 * Segments without any period may still be "ongoing" (Thường xuyên) or "conditional" (Khi …).
 */
// one module per function: the date-fns index would load all of its functions at start-up
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import type { Timeframe, TimeframePart } from '../schema/decision.js';
import { charTable } from '../text/char-table.js';
import { foldSpaces } from '../text/fold.js';
import { findDates, toIsoDate } from './vietnamese-date.js';

export interface TimeframeOptions {
  /** The document's year, used where the cell omits the year ("Quý I", "ngày 19/12"). */
  year?: number | null;
}

/** Read a time cell; null for empty input or text with no readable time. */
export function parseTimeframe(text: string, options: TimeframeOptions = {}): Timeframe | null {
  const nfc = text.normalize('NFC');
  const whole = foldSpaces(nfc);
  if (whole === '') return null;
  const textYear = firstYear(toKey(whole)) ?? options.year ?? null;
  const parts = splitSegments(nfc).flatMap((segment) => readSegment(segment, textYear));
  return combine(parts, whole);
}

// ---------------------------------------------------------------------------------------------
// Periods and matches

/** A concrete period found in the text, before the surrounding words are taken into account. */
interface Period {
  kind: 'year' | 'quarter' | 'month' | 'date' | 'range';
  start: string;
  end: string;
}

/** One written expression: where it is in the segment key and the periods it names. */
interface Match {
  index: number;
  end: number;
  periods: Period[];
}

/** What a scanner needs besides the text: the year to use where the expression has none. */
interface Context {
  year: number | null;
}

type Scanner = (masked: string, context: Context) => Match[];

function isoOf(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

function yearPeriod(year: number): Period | null {
  const start = toIsoDate(1, 1, year);
  const end = toIsoDate(31, 12, year);
  return start && end ? { kind: 'year', start, end } : null;
}

function monthPeriod(month: number, year: number): Period | null {
  const start = month >= 1 && month <= 12 ? toIsoDate(1, month, year) : null;
  return start ? { kind: 'month', start, end: isoOf(endOfMonth(parseISO(start))) } : null;
}

function quarterPeriod(quarter: number, year: number): Period | null {
  const start = quarter >= 1 && quarter <= 4 ? toIsoDate(1, quarter * 3 - 2, year) : null;
  return start ? { kind: 'quarter', start, end: isoOf(endOfQuarter(parseISO(start))) } : null;
}

function datePeriod(iso: string | null): Period | null {
  return iso ? { kind: 'date', start: iso, end: iso } : null;
}

function rangeOf(first: Period, last: Period): Period | null {
  return first.start <= last.end ? { kind: 'range', start: first.start, end: last.end } : null;
}

function present<T>(value: T | null): value is T {
  return value !== null;
}

/** A year written in the text ("2024", not part of a longer number), when plausible. */
function validYear(digits: string | undefined): number | null {
  if (digits === undefined || digits.length !== 4) return null;
  const year = Number(digits);
  return year >= 1900 && year <= 2200 ? year : null;
}

// "19/12/2024" gives 2024; "12/2020/NĐ-CP" is a document number, not a year
const ANY_YEAR = /(?<!\d)\d{4}(?![\d/])/gu;

/** The first plausible year in the text, or null. */
function firstYear(key: string): number | null {
  for (const m of key.matchAll(ANY_YEAR)) {
    const year = validYear(m[0]);
    if (year !== null) return year;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Lists of quarters or months: "I, II, III", "7 - 8", "II và III", then an optional "/2024"

interface ListItem {
  value: number;
  /** Joined to the previous item by "-" or "đến": the two make one range. */
  rangeFromPrevious: boolean;
}

interface ListRead {
  items: ListItem[];
  end: number;
}

interface ListSyntax {
  first: RegExp;
  next: RegExp;
  value: (token: string) => number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const QUARTER_LIST: ListSyntax = {
  first: /\s{0,3}(iv|iii|ii|i|[1-4])(?![\p{L}\d])/uy,
  next: /\s{0,3}(,|và|&|-|–|—|đến)\s{0,3}(iv|iii|ii|i|[1-4])(?![\p{L}\d])/uy,
  value: (token) => ROMAN[token] ?? Number(token),
};

const MONTH_LIST: ListSyntax = {
  first: /\s{0,3}(\d{1,2})(?!\d)/uy,
  next: /\s{0,3}(,|và|&|-|–|—|đến)\s{0,3}(?:tháng\s{1,3})?(\d{1,2})(?!\d)/uy,
  value: (token) => Number(token),
};

const RANGE_SEPARATORS = new Set(['-', '–', '—', 'đến']);

/** Read "I, II - III" starting at `from`; items is empty when nothing list-like is there. */
function readList(text: string, from: number, syntax: ListSyntax): ListRead {
  syntax.first.lastIndex = from;
  const first = syntax.first.exec(text);
  if (!first?.[1]) return { items: [], end: from };
  const items: ListItem[] = [{ value: syntax.value(first[1]), rangeFromPrevious: false }];
  let end = syntax.first.lastIndex;
  for (let i = 0; i < 12; i++) {
    syntax.next.lastIndex = end;
    const more = syntax.next.exec(text);
    if (!more?.[1] || !more[2]) break;
    items.push({ value: syntax.value(more[2]), rangeFromPrevious: RANGE_SEPARATORS.has(more[1]) });
    end = syntax.next.lastIndex;
  }
  return { items, end };
}

const YEAR_TAIL = /\s{0,3}(?:[/.-]|,?\s{0,3}năm)\s{0,3}(\d{1,8})/uy;

interface YearTail {
  /** The year to use: the written one, else the context's; null when none or written wrong. */
  year: number | null;
  end: number;
}

/** The "/2024" or " năm 2024" after a list; a malformed year ("/20234") gives year null. */
function readYearTail(text: string, from: number, context: Context): YearTail {
  YEAR_TAIL.lastIndex = from;
  const m = YEAR_TAIL.exec(text);
  if (!m) return { year: context.year, end: from };
  return { year: validYear(m[1]), end: YEAR_TAIL.lastIndex };
}

/**
 * Turn list items into periods, joining "I - II" into one range. A range that would run
 * backwards ("Tháng 11 - tháng 2/2025") starts in the year before.
 */
function listPeriods(items: ListItem[], year: number, make: (value: number, year: number) => Period | null): Period[] {
  const periods: Period[] = [];
  let previousValue: number | null = null;
  for (const item of items) {
    const period = make(item.value, year);
    if (!period) return [];
    const previous = periods.at(-1);
    if (item.rangeFromPrevious && previous) {
      const earlier = previous.kind !== 'range' && previousValue !== null ? make(previousValue, year - 1) : null;
      const joined = rangeOf(previous, period) ?? (earlier ? rangeOf(earlier, period) : null);
      if (!joined) return [];
      periods[periods.length - 1] = joined;
    } else {
      periods.push(period);
    }
    previousValue = item.value;
  }
  return periods;
}

/** Every value of the list, with "I - III" expanded to I, II, III. */
function expandList(items: ListItem[]): number[] {
  const values: number[] = [];
  for (const item of items) {
    const previous = values.at(-1);
    if (item.rangeFromPrevious && previous !== undefined) {
      for (let v = previous + 1; v <= item.value; v++) values.push(v);
    } else {
      values.push(item.value);
    }
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Scanners, run in order on a copy of the key in which earlier matches are masked out

/** "ngày 19 của tháng cuối quý I, II, III" → the 19th of March, June and September. */
const QUARTER_MONTH_DAY =
  /ngày\s{0,3}(\d{1,2})\s{1,3}(?:của\s{1,3})?(?:tháng\s{1,3})?(cuối|đầu)\s{1,3}(?:của\s{1,3})?qu[ýí]/gu;

const scanQuarterMonthDays: Scanner = (masked, context) => {
  const found: Match[] = [];
  for (const m of masked.matchAll(QUARTER_MONTH_DAY)) {
    const after = m.index + m[0].length;
    const list = readList(masked, after, QUARTER_LIST);
    const tail = readYearTail(masked, list.end, context);
    const day = Number(m[1]);
    const year = tail.year;
    const periods =
      year === null
        ? []
        : expandList(list.items)
            .map((q) => datePeriod(toIsoDate(day, m[2] === 'đầu' ? q * 3 - 2 : q * 3, year)))
            .filter(present);
    found.push({ index: m.index, end: tail.end, periods });
  }
  return found;
};

/** Full dates: "ngày 15/3/2024", "30/6/2024", "ngày 15 tháng 3 năm 2024". */
const scanFullDates: Scanner = (masked) =>
  findDates(masked).map((d) => ({ index: d.start, end: d.end, periods: [{ kind: 'date', start: d.iso, end: d.iso }] }));

const DAY_MONTH_NUMERIC = /ngày\s{0,3}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})(?![\d/.-])/gu;
const DAY_MONTH_WORDS = /ngày\s{0,3}(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?!\d)/gu;

/** Dates without a year, "ngày 19/12", "ngày 19 tháng 12": the context's year. */
const scanDayMonth: Scanner = (masked, context) => {
  const found: Match[] = [];
  for (const re of [DAY_MONTH_NUMERIC, DAY_MONTH_WORDS]) {
    for (const m of masked.matchAll(re)) {
      const iso = context.year === null ? null : toIsoDate(Number(m[1]), Number(m[2]), context.year);
      found.push({ index: m.index, end: m.index + m[0].length, periods: [datePeriod(iso)].filter(present) });
    }
  }
  return found;
};

const COUNT_WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, nửa: 6 };
const LEADING_MONTHS =
  /(?<![\p{L}\d])(\d{1,2}|ba|sáu|chín|nửa)\s{1,3}(?:tháng\s{1,3})?(đầu|cuối)\s{1,3}năm(?:\s{0,3}(\d{4})(?!\d))?/gu;

/** "6 tháng đầu năm 2024" → January to June; "6 tháng cuối năm" → July to December. */
const scanLeadingMonths: Scanner = (masked, context) => {
  const found: Match[] = [];
  for (const m of masked.matchAll(LEADING_MONTHS)) {
    const count = COUNT_WORDS[m[1] ?? ''] ?? Number(m[1]);
    const year = m[3] === undefined ? context.year : validYear(m[3]);
    const first = m[2] === 'đầu' ? 1 : 13 - count;
    const last = m[2] === 'đầu' ? count : 12;
    const from = year === null ? null : monthPeriod(first, year);
    const to = year === null ? null : monthPeriod(last, year);
    const range = from && to && count >= 1 && count <= 11 ? rangeOf(from, to) : null;
    found.push({ index: m.index, end: m.index + m[0].length, periods: [range].filter(present) });
  }
  return found;
};

const YEAR_RANGE = /(?<![\d/])(\d{4})\s{0,3}[-–—]\s{0,3}(\d{4})(?![\d/])/gu;

/** "2021-2025", "Giai đoạn 2024 - 2025". */
const scanYearRanges: Scanner = (masked) => {
  const found: Match[] = [];
  for (const m of masked.matchAll(YEAR_RANGE)) {
    const a = validYear(m[1]);
    const b = validYear(m[2]);
    const from = a === null ? null : yearPeriod(a);
    const to = b === null ? null : yearPeriod(b);
    const range = from && to ? rangeOf(from, to) : null;
    found.push({ index: m.index, end: m.index + m[0].length, periods: [range].filter(present) });
  }
  return found;
};

/** A scanner for "<word> <list>[/year]": quarters and months. */
function listScanner(word: RegExp, syntax: ListSyntax, make: (value: number, year: number) => Period | null): Scanner {
  return (masked, context) => {
    const found: Match[] = [];
    let consumed = 0;
    for (const m of masked.matchAll(word)) {
      // "tháng 3 đến tháng 6/2024": the second "tháng" was read as part of the first list
      if (m.index < consumed) continue;
      const list = readList(masked, m.index + m[0].length, syntax);
      if (list.items.length === 0) continue;
      const tail = readYearTail(masked, list.end, context);
      const year = tail.year;
      const periods = year === null ? [] : listPeriods(list.items, year, make);
      found.push({ index: m.index, end: tail.end, periods });
      consumed = tail.end;
    }
    return found;
  };
}

/** "Quý I/2024", "Quý II, III/2024", "Quý 2 năm 2024", "Quý I - II/2024". */
const scanQuarters = listScanner(/qu[ýí]/gu, QUARTER_LIST, quarterPeriod);

/** "Tháng 7/2024", "tháng 02/2024", "Tháng 7, 8/2024", "tháng 7 năm 2024". */
const scanMonths = listScanner(/tháng/gu, MONTH_LIST, monthPeriod);

const MONTH_YEAR = /(?<![\d/.])(\d{1,2})\s{0,2}\/\s{0,2}(\d{4})(?![\d/])/gu;

/** A month written without "tháng": "6/2024". */
const scanMonthYear: Scanner = (masked) => {
  const found: Match[] = [];
  for (const m of masked.matchAll(MONTH_YEAR)) {
    const year = validYear(m[2]);
    const period = year === null ? null : monthPeriod(Number(m[1]), year);
    found.push({ index: m.index, end: m.index + m[0].length, periods: [period].filter(present) });
  }
  return found;
};

const YEAR = /(?:năm\s{0,3}|(?<![\d/]))(\d{4})(?![\d/])/gu;

/** "Năm 2023", "2024". */
const scanYears: Scanner = (masked) => {
  const found: Match[] = [];
  for (const m of masked.matchAll(YEAR)) {
    const year = validYear(m[1]);
    const period = year === null ? null : yearPeriod(year);
    if (period) found.push({ index: m.index, end: m.index + m[0].length, periods: [period] });
  }
  return found;
};

const SCANNERS: Scanner[] = [
  scanQuarterMonthDays,
  scanFullDates,
  scanDayMonth,
  scanLeadingMonths,
  scanYearRanges,
  scanQuarters,
  scanMonths,
  scanMonthYear,
  scanYears,
];

const MASK = '\u0001';

/** Run every scanner, hiding each one's matches from the scanners after it. */
function scan(key: string, context: Context): Match[] {
  let masked = key;
  const matches: Match[] = [];
  for (const scanner of SCANNERS) {
    const found = scanner(masked, context);
    for (const match of found) {
      masked = masked.slice(0, match.index) + MASK.repeat(match.end - match.index) + masked.slice(match.end);
    }
    matches.push(...found);
  }
  return matches.filter((m) => m.periods.length > 0).sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// Words around a period

/**
 * The words of a piece of key, letters and digits only, as one string with a space before and after
 * each word (" trước ngày 19 12 2024 "): a phrase is then found by a plain string search.
 */
type Words = string;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCharKind = charTable((ch) => (LETTER_OR_DIGIT.test(ch) ? 1 : 2));
const isWordChar = (codePoint: number): boolean => wordCharKind(codePoint) === 1;

/**
 * The runs of letters and digits of the text, each followed by a space, after a first space. Read a
 * character at a time: a global replace of `/[^\p{L}\p{N}]+/gu` took twice as long, and every
 * candidate period of a table's cells is read with it two to four times.
 */
function wordsOf(text: string): Words {
  let words = ' ';
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    if (isWordChar(codePoint)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words += `${text.slice(start, i)} `;
      start = -1;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  if (start >= 0) words += `${text.slice(start)} `;
  return words === ' ' ? '  ' : words;
}

/** A listed phrase ("chậm nhất") in the form it is searched for in `Words` (" chậm nhất "). */
function phrase(text: string): string {
  return ` ${text} `;
}

/** Listed phrases by their first word: the words of a text are then read once for all of them. */
type PhraseList = ReadonlyMap<string, readonly string[]>;

function phraseList(texts: readonly string[]): PhraseList {
  const byFirst = new Map<string, string[]>();
  for (const text of texts) {
    const first = text.split(' ')[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase(text)]);
  }
  return byFirst;
}

/** True when one of the listed phrases is among the words. */
function hasPhrase(words: Words, list: PhraseList): boolean {
  for (let at = 0; ; ) {
    const end = words.indexOf(' ', at + 1);
    if (end < 0) return false;
    if (list.get(words.slice(at + 1, end))?.some((p) => words.startsWith(p, at))) return true;
    at = end;
  }
}

/** Words that may sit between a cue and its period: "chậm nhất là ngày", "trước hoặc trong". */
const FILLERS = new Set(['là', 'vào', 'trong', 'ngày', 'hoặc', 'thời', 'điểm']);

function withoutTrailingFillers(words: Words): Words {
  let rest = words;
  for (;;) {
    const before = rest.lastIndexOf(' ', rest.length - 2);
    if (before < 0 || !FILLERS.has(rest.slice(before + 1, -1))) return rest;
    rest = rest.slice(0, before + 1);
  }
}

type Cue = 'before' | 'by' | 'from' | 'after' | null;

const CUES = (
  [
    ['trước', 'before'],
    ['chậm nhất', 'by'],
    ['muộn nhất', 'by'],
    ['hạn chót', 'by'],
    ['hạn', 'by'],
    ['hết', 'by'],
    ['đến', 'by'],
    ['tới', 'by'],
    ['không quá', 'by'],
    ['không muộn hơn', 'by'],
    ['từ', 'from'],
    ['bắt đầu', 'from'],
    ['sau', 'after'],
  ] as const
).map(([text, cue]): [string, Exclude<Cue, null>] => [phrase(text), cue]);

/** The cue in the words just before a period. */
function cueBefore(prefix: string): Cue {
  const words = withoutTrailingFillers(wordsOf(prefix));
  return CUES.find(([p]) => words.endsWith(p))?.[1] ?? null;
}

const CONTINUATIONS = phraseList(['tiếp theo', 'trở đi', 'về sau', 'trở về sau', 'các năm sau', 'những năm sau']);

/** "… và các năm tiếp theo", "… trở đi" after a period. */
function continuesAfter(suffix: string): boolean {
  const words = wordsOf(suffix);
  return hasPhrase(words, CONTINUATIONS);
}

const RANGE_LINK = new Set(['-', '–', '—', 'đến', 'tới', 'đến hết', 'tới hết']);

/** True when only "-" or "đến" separates two matches: "tháng 3/2024 đến tháng 6/2024". */
function linksAsRange(between: string): boolean {
  return RANGE_LINK.has(between.trim());
}

// ---------------------------------------------------------------------------------------------
// A segment

const ONGOING = phraseList([
  'thường xuyên',
  'liên tục',
  'định kỳ',
  'thường niên',
  'hằng năm',
  'hàng năm',
  'hằng quý',
  'hàng quý',
  'hằng tháng',
  'hàng tháng',
  'hằng tuần',
  'hàng tuần',
  'hằng ngày',
  'hàng ngày',
]);

const CONDITION_OPENINGS = ['khi', 'sau khi', 'ngay khi', 'ngay sau khi', 'trường hợp', 'nếu', 'tùy theo', 'tuỳ theo'].map(phrase);
const CONDITION_PHRASES = phraseList(['khi', 'theo yêu cầu', 'theo đề nghị', 'theo chỉ đạo', 'phát sinh', 'trường hợp', 'nếu']);

/** NFC, lower case, white space folded: the text the scanners read. */
function toKey(text: string): string {
  return foldSpaces(text.normalize('NFC').toLowerCase());
}

/** Split a cell at ";", line breaks, and a "- " bullet that follows a full stop or colon. */
function splitSegments(text: string): string[] {
  return text
    .split(/[;\n\r\u2028]|(?<=[.:])\s{1,3}(?=[-+•]\s)/u)
    .map((s) => foldSpaces(s).replace(/^[-+•*–]\s{0,3}/u, '').replace(/[\s,;]{1,3}$/u, ''))
    .filter((s) => s !== '');
}

const LABEL = /^[^:\d]{1,40}:\s{0,3}/u;

/** One segment's parts; empty when the segment has nothing readable. */
function readSegment(segment: string, textYear: number | null): TimeframePart[] {
  const key = toKey(segment);
  const keyWords = wordsOf(key);
  const body = key.replace(LABEL, ''); // without a "Báo cáo quý:" label
  const bodyWords = body === key ? keyWords : wordsOf(body);
  const reads = readSegmentKey(key, keyWords, bodyWords, textYear);
  return reads.map((r) => ({ kind: r.kind, start: r.start, end: r.end, text: segment }));
}

const ONGOING_READ: Read = { kind: 'ongoing', start: null, end: null };
const CONDITIONAL_READ: Read = { kind: 'conditional', start: null, end: null };

function readSegmentKey(key: string, keyWords: Words, bodyWords: Words, textYear: number | null): Read[] {
  const opensWithCondition = (c: string) => bodyWords.startsWith(c) || keyWords.startsWith(c);
  if (CONDITION_OPENINGS.some(opensWithCondition)) return [CONDITIONAL_READ];
  const relative = readRelative(key);
  if (relative) return [relative];

  const ownYear = firstYear(key);
  const matches = scan(key, { year: ownYear ?? textYear });
  const ongoing = hasPhrase(keyWords, ONGOING);
  // "Hằng năm, trước ngày 15/12": a recurring cell, not a deadline in the document's year
  if (ongoing && ownYear === null) return [ONGOING_READ];
  if (matches.length > 0) return classify(key, matches);
  if (ongoing) return [ONGOING_READ];
  if (hasPhrase(bodyWords, CONDITION_PHRASES)) return [CONDITIONAL_READ];
  return [];
}

// "30 ngày kể từ", "20 ngày, kể từ", "Mười (10) ngày làm việc kể từ" (the number in words, then in digits)
const RELATIVE = /(?<!\d)(\d{1,3})\)?\s{1,3}(ngày|tháng|năm)(\s{1,3}làm\s{1,3}việc)?,?\s{1,3}(?:kể\s{1,3})?(?:từ|sau)/u;

/**
 * "Trong 30 ngày kể từ ngày …": a deadline counted from a written date, else a condition
 * (counted from an event, or in working days, which no calendar gives).
 */
function readRelative(key: string): Read | null {
  const m = RELATIVE.exec(key);
  if (!m) return null;
  const date = findDates(key.slice(m.index + m[0].length))[0];
  if (!date || m[3] !== undefined) return CONDITIONAL_READ;
  const amount = Number(m[1]);
  const from = parseISO(date.iso);
  const end = m[2] === 'ngày' ? addDays(from, amount) : m[2] === 'tháng' ? addMonths(from, amount) : addYears(from, amount);
  return { kind: 'deadline', start: null, end: isoOf(end) };
}

interface Read {
  kind: TimeframePart['kind'];
  start: string | null;
  end: string | null;
}

/** Pair ranges, then read each match with the words around it. */
function classify(key: string, matches: Match[]): Read[] {
  const reads: Read[] = [];
  let previousEnd = 0;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    if (!match) continue;
    const next = matches[i + 1];
    const prefix = key.slice(previousEnd, match.index);
    const range = next && linksAsRange(key.slice(match.end, next.index)) ? pairRange(match, next) : null;
    if (range) {
      reads.push({ kind: 'range', start: range.start, end: range.end });
      previousEnd = next?.end ?? match.end;
      i++;
      continue;
    }
    const suffix = key.slice(match.end, next?.index ?? key.length);
    reads.push(...readMatch(match, cueBefore(prefix), continuesAfter(suffix)));
    previousEnd = match.end;
  }
  return reads;
}

function pairRange(first: Match, last: Match): Period | null {
  const a = first.periods[0];
  const b = last.periods.at(-1);
  return a && b ? rangeOf(a, b) : null;
}

/** One match read with its cue: a deadline, an open-ended period, or the periods themselves. */
function readMatch(match: Match, cue: Cue, continues: boolean): Read[] {
  const first = match.periods[0];
  if (!first) return [];
  // "Từ tháng 3 đến tháng 6/2024" is one range match: the "từ" opens it, it is not open-ended
  if (cue === 'from' && first.kind === 'range' && !continues) return [{ kind: 'range', start: first.start, end: first.end }];
  if (cue === 'from' || continues) return [{ kind: 'open-ended', start: first.start, end: null }];
  if (cue === 'after') return [{ kind: 'open-ended', start: dayAfter(match.periods.at(-1)?.end ?? first.end), end: null }];
  if (cue === 'before') {
    // "trước ngày 19/12/2024" is due on that day; "trước quý III/2024" ends as quarter III begins
    return match.periods.map((p) => ({ kind: 'deadline', start: null, end: p.kind === 'date' ? p.end : dayBefore(p.start) }));
  }
  if (cue === 'by') return match.periods.map((p) => ({ kind: 'deadline', start: null, end: p.end }));
  return match.periods.map((p) => ({ kind: p.kind, start: p.start, end: p.end }));
}

function dayBefore(iso: string): string {
  return isoOf(subDays(parseISO(iso), 1));
}

function dayAfter(iso: string): string {
  return isoOf(addDays(parseISO(iso), 1));
}

// ---------------------------------------------------------------------------------------------
// The whole cell

/** One part is the timeframe; several make a "multiple" spanning the earliest start to the latest end. */
function combine(parts: TimeframePart[], text: string): Timeframe | null {
  const [only] = parts;
  if (!only) return null;
  if (parts.length === 1) return { ...only, text };
  const starts = parts.map((p) => p.start).filter(present).sort();
  const ends = parts.map((p) => p.end).filter(present).sort();
  return { kind: 'multiple', start: starts[0] ?? null, end: ends.at(-1) ?? null, text, parts };
}
