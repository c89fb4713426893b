/**
 * Accounting: every line of the clean text ends in some field of the output, or in an
 * `unplaced-text` diagnostic. Checked phrase by phrase: a line breaks at tabs, commas, semicolons,
 * colons, brackets, quotes, dashes, full stops and "và" into phrases that a field keeps whole (a cell,
 * a unit, a clause), and each phrase's words must stand together, in order, in some field, or in
 * two consecutive parts in two (a list of units without a separator, read as two units).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../src/index.js';
import { fixtureNames, parsed } from './fixtures.js';

/** Words: letters and digits; superscript digits are footnote marks, kept as links (the rows' notes). */
const WORD = /[\p{L}\p{Nd}]+/gu;
const tokens = (s: string) => s.toLocaleLowerCase('vi').match(WORD) ?? [];
const padded = (s: string) => ` ${tokens(s).join(' ')} `;
const PHRASE_BREAK = /[\t,;:()[\]"“”‘’–—…]|\s-\s|\.\s|\.$|\svà\s/gu;

/** The labels the contract stands for by its structure ("Điều 2" is article 2; "ngày 18 tháng 01 năm 2023" is the date). */
function labels(doc: Decision): string[] {
  const d = doc.document;
  const out: string[] = [];
  for (const a of d.articles) out.push(`Điều ${a.number}`);
  if (d.number) out.push(`Số ${d.number}`);
  if (d.date) {
    const [y, m, day] = d.date.split('-');
    for (const dd of [day!, String(Number(day))]) for (const mm of [m!, String(Number(m))]) out.push(`ngày ${dd} tháng ${mm} năm ${y}`);
  }
  if (d.recipients.length) out.push('Nơi nhận');
  if (d.archive.length) out.push('Lưu');
  if (d.copies !== null) out.push(`${d.copies}b`, `${d.copies} bản`);
  if (d.addressees.length) out.push('Kính gửi');
  if (d.subject) out.push('V/v', 'Về việc');
  if (d.proposedBy) out.push('Theo đề nghị của', 'Xét đề nghị của');
  return out;
}

/** Keys whose values are derived from other fields or from the whole text, not where a line was placed. */
const DERIVED_TOP = new Set(['text', 'source', 'citations', 'units', 'diagnostics']);
const DERIVED = new Set([
  'numberParts', // parsed from document.number
  'citationIds', // ids of citations, which are extracted from the whole text
  'timeframe', // parsed from a row's timeText
  'groups', // on a row: the enclosing group headings, copied from the appendix's groups
]);

/** Every string (and number) of a value, leaving out derived keys and the registry's names of units. */
function placed(value: unknown, out: string[], key = ''): void {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) placed(v, out, key);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // a unit: its text as printed is where it was placed; its name and id come from the registry
    if ('text' in o && 'name' in o && 'id' in o) {
      placed(o.text, out);
      return;
    }
    for (const [k, v] of Object.entries(o)) if (!(DERIVED.has(k) && !(key === 'appendices' && k === 'groups'))) placed(v, out, k);
  }
}

/**
 * The fields a line can be placed in: every string of the output but the text itself, its source,
 * what is derived from other fields or from the whole text (citations, the unit index, numberParts,
 * parsed timeframes, registry names of units, group headings copied onto rows, legal bases' citation
 * ids) and diagnostics other than unplaced-text and unplaced-table (which quote what no field holds);
 * and the labels the structure stands for.
 */
function placedStrings(doc: Decision): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(doc)) if (!DERIVED_TOP.has(k)) placed(v, out, k);
  for (const d of doc.diagnostics) if (d.code === 'unplaced-text' || d.code === 'unplaced-table') out.push(d.message);
  out.push(...labels(doc));
  return out;
}

interface Lost {
  line: string;
  phrases: string[];
}

/** Lines of the clean text with a phrase found in no field and no unplaced-text diagnostic. */
function unaccounted(doc: Decision): Lost[] {
  const haystack = placedStrings(doc).map(padded).join('\n');
  const found = (t: string) => {
    if (haystack.includes(t)) return true;
    const words = t.trim().split(' ');
    for (let i = 2; i <= words.length - 2; i++) {
      if (haystack.includes(` ${words.slice(0, i).join(' ')} `) && haystack.includes(` ${words.slice(i).join(' ')} `)) return true;
    }
    return false;
  };
  const prefixes = labels(doc).map(padded);
  const lost: Lost[] = [];
  for (const line of doc.text.split('\n')) {
    const missing = line
      .split(PHRASE_BREAK)
      .filter((p) => tokens(p).length > 0)
      .map((p, i) => {
        // a label the structure stands for, opening the line ("V/v …", "Theo đề nghị của …")
        const t = padded(p);
        const label = i === 0 ? prefixes.find((l) => t.startsWith(l)) : undefined;
        return label ? ` ${t.slice(label.length)}` : t;
      })
      .filter((t) => t.trim() !== '' && !found(t));
    if (missing.length) lost.push({ line: line.trim(), phrases: missing.map((p) => p.trim()) });
  }
  return lost;
}

/** The source line each clean line starts on (clean lines are in source order; some are joined from several). */
function sourceLines(raw: string, text: string): Map<string, number> {
  const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const rawLines = raw.split('\n').map(fold);
  const where = new Map<string, number>();
  let cursor = 0;
  for (const line of text.split('\n').map(fold)) {
    for (let j = cursor; j < rawLines.length; j++) {
      const r = rawLines[j]!;
      if (r !== '' && (line.startsWith(r) || r.startsWith(line.slice(0, 20)))) {
        if (!where.has(line)) where.set(line, j + 1);
        cursor = j + 1;
        break;
      }
    }
  }
  return where;
}

describe('accounting: the clean text\'s words are all in the output\'s fields or in unplaced-text diagnostics', () => {
  it.each(fixtureNames)('%s', (name) => {
    const doc = parsed(name);
    const lost = unaccounted(doc);
    const where = sourceLines(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'), doc.text);
    const at = (line: string) => `${name}:${where.get(line) ?? '?'}`;
    const report = lost.map((l) => `${at(l.line)} ${JSON.stringify(l.line.slice(0, 100))} — lost: ${l.phrases.map((p) => JSON.stringify(p)).join(', ')}`).join('\n');
    expect(lost.map((l) => l.line), `lines lost:\n${report}`).toEqual([]);
  });

  it('finds a line that is lost', () => {
    const doc = structuredClone(parsed(fixtureNames[0]!));
    // the longest line found as it is in some field
    const fields = JSON.stringify({ ...doc, text: '' });
    const longest = doc.text
      .split('\n')
      .filter((l) => fields.includes(JSON.stringify(l).slice(1, -1)))
      .reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThan(40);
    doc.text = `${doc.text}\nMột dòng không có trong trường nào: xyzzy plugh`;
    expect(unaccounted(doc).map((l) => l.line)).toContain('Một dòng không có trong trường nào: xyzzy plugh');
    // and it checks real lines: a line taken out of every field is reported
    const strip = (v: unknown): unknown =>
      typeof v === 'string' ? v.split(longest).join('') : Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'text' && v === doc ? x : strip(x)])) : v;
    const without = strip(doc) as Decision;
    expect(unaccounted(without).map((l) => l.line)).toContain(longest.trim());
  });
});
