import { formatISO } from 'date-fns/formatISO';
import { isExists } from 'date-fns/isExists';

export interface DateMatch {
  /** ISO date, yyyy-MM-dd. */
  iso: string;
  /** Offsets of the whole expression (including a leading "ngày") in the searched text. */
  start: number;
  end: number;
  text: string;
}

/** An ISO date for a day, month and year, or null when no such day exists (31 tháng 2). */
export function toIsoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (!isExists(year, month - 1, day)) return null;
  return formatISO(new Date(year, month - 1, day), { representation: 'date' });
}

// "ngày 03 tháng 6 năm 2020", "ngày 9\ntháng 03 năm 2020", "Hà Nội, ngày 25 tháng 12 năm 2020"
const WORDS = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
// "ngày 04/08/2020", "25/9/2023", "01-10-1997", "12.5.2023"
const NUMERIC = /(?:ngày\s+)?(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/giu;

/** Every date written in the text, in order, with offsets. Impossible dates are skipped. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const re of [WORDS, NUMERIC]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [day, month, year] = re === WORDS ? [m[1], m[2], m[3]] : [m[1], m[3], m[4]];
      // a number of the form 12/2020/NĐ-CP is a document number, not a date
      if (re === NUMERIC && /^[/-][A-ZĐ]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      if (re === NUMERIC && m.index > 0 && /[\w/]/u.test(text[m.index - 1] ?? '')) continue;
      const iso = toIsoDate(Number(day), Number(month), Number(year));
      if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // the two patterns cannot overlap in practice, but never report overlapping matches
  return found.filter((d, i) => i === 0 || d.start >= (found[i - 1]?.end ?? 0));
}

/** The first date in the text, or null. */
export function parseVietnameseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/**
 * The date that opens the text (after white space, an optional comma and "ngày"), as a citation's
 * date follows its number: "  ngày 04/08/2020 của Chính phủ" → 2020-08-04.
 */
export function dateAtStart(text: string): DateMatch | null {
  const lead = /^[\s,]*/u.exec(text)?.[0].length ?? 0;
  const first = findDates(text.slice(lead, lead + 40))[0];
  if (!first || first.start !== 0) return null;
  return { ...first, start: first.start + lead, end: first.end + lead };
}
