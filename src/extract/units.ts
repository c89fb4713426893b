/**
 * Units named in a table cell ("Đơn vị chủ trì", "Đơn vị phối hợp") or in running prose.
 *
 * A cell is read left to right. At each place the registry's names are tried first, longest first,
 * because names contain the separators themselves ("Ban Quản lý Thu - Sổ, Thẻ", "Vụ Kế hoạch và Đầu
 * tư"); only where no name matches is the text cut at separators: ";" always; "," ":" and line breaks
 * when what follows starts a new name; "và"/"cùng" when a name or a body's head word follows; a dash
 * only as a bullet. Parenthesised glosses ("(gọi tắt là các đơn vị)") are skipped. Rules only: every
 * name, code, alias and word list lives in the registry's data.
 */
import type { Unit, UnitCount } from '../schema/decision.js';
import { foldSpaces } from '../text/fold.js';
import {
  type PreparedTokens,
  type TrieMatch,
  type UnitEntry,
  type UnitRegistry,
  type UnitResolution,
  type UnitToken,
  tokenizeUnitText,
} from '../registry/units.js';

export type UnitProblemCode = 'unknown-unit' | 'corrected-unit' | 'unit-out-of-period';

export interface UnitProblem {
  code: UnitProblemCode;
  /** The piece as printed. */
  text: string;
  message: string;
  /** Offset of the piece in the input. */
  index: number;
}

export interface UnitOptions {
  registry: UnitRegistry;
  /** The document's date (ISO, or a year / year-month); null or absent: any period is accepted. */
  date?: string | null;
}

export interface SplitUnitsResult {
  units: Unit[];
  problems: UnitProblem[];
}

export interface UnitMention {
  /** The unit; `unit.text === input.slice(start, end)`. */
  unit: Unit;
  /** Offsets in the searched text. */
  start: number;
  end: number;
  collective: boolean;
  /** The name was read in the nearest period because none is valid on the date. */
  outOfPeriod: boolean;
}

/** A bracketed text right after a piece. */
const QUALIFIER_AFTER = /^\s{0,3}\([^()]{1,120}\)/u;
/** A short-form definition in brackets: "(gọi tắt là …)", "(sau đây gọi là …)", "(viết tắt là …)". */
const DEFINITION = / ?\((?:gọi tắt|sau đây gọi|sau đây viết tắt|viết tắt)[^()]{0,120}\)/giu;

const BULLETS = new Set(['-', '+', '•', '*', '·', '●', '▪', '◦', '‣', '○']);
const CLOSERS = new Set([')', ']', '"', '”', '’', '»']);

// ─── shared helpers ─────────────────────────────────────────────────────────────────────────────

class Cursor {
  readonly n: number;
  /** The registry names starting at each token, looked up once: a dense array, a token a slot. */
  private readonly starts: Array<TrieMatch[] | undefined> = [];
  /** Head words and conjunctions at each token, likewise: a piece's boundary is tested at every token, often twice. */
  private readonly heads: Array<boolean | undefined> = [];
  private readonly conjunctions: Array<number | undefined> = [];

  constructor(
    readonly registry: UnitRegistry,
    readonly prep: PreparedTokens,
  ) {
    this.n = prep.tokens.length;
  }

  tok(i: number): UnitToken | undefined {
    return this.prep.tokens[i];
  }

  matches(i: number): TrieMatch[] {
    let m = this.starts[i];
    if (!m) {
      const t = this.tok(i);
      m = t && t.kind === 'word' ? this.registry.index.matchAt(this.prep, i) : [];
      this.starts[i] = m;
    }
    return m;
  }

  startsName(i: number): boolean {
    return this.matches(i).length > 0;
  }

  head(i: number): boolean {
    return (this.heads[i] ??= this.tok(i)?.kind === 'word' && this.registry.index.headWordAt(this.prep, i));
  }

  conjunction(i: number): number {
    return (this.conjunctions[i] ??= this.tok(i)?.kind === 'word' ? this.registry.index.conjunctionAt(this.prep, i) : -1);
  }

  entries(hits: readonly { entry: number }[]): UnitEntry[] {
    const seen = new Set<number>();
    for (const h of hits) seen.add(h.entry);
    return [...seen].sort((a, b) => a - b).flatMap((n) => this.registry.entries[n] ?? []);
  }

  resolve(hits: readonly { entry: number }[], date: string | null | undefined): UnitResolution | null {
    return this.registry.resolve(this.entries(hits), date);
  }
}

const TRAILING_PUNCT = new Set(['.', ',', ';', ':']);

/** The printed text as a name: NFC, white space folded, trailing punctuation removed. */
function cleanName(printed: string): string {
  let s = foldSpaces(printed.normalize('NFC'));
  while (s.length > 0 && (TRAILING_PUNCT.has(s.charAt(s.length - 1)) || s.charAt(s.length - 1) === ' ')) s = s.slice(0, -1);
  return s;
}

function describe(entry: UnitEntry): string {
  return entry.id ? `${entry.id} (${entry.name})` : entry.name;
}

function periodText(entry: UnitEntry): string {
  const from = entry.validFrom ?? '…';
  const to = entry.validTo ?? '…';
  return `${from} – ${to}`;
}

function outOfPeriodMessage(printed: string, entry: UnitEntry, date: string | null | undefined): string {
  return `"${foldSpaces(printed)}" is read as ${describe(entry)}, valid ${periodText(entry)}, not on the document's date ${date ?? ''}`.trim();
}

// ─── splitting a cell ───────────────────────────────────────────────────────────────────────────

/** Mark the tokens inside balanced parentheses (and the parentheses): glosses, not units. */
function glossMask(tokens: readonly UnitToken[]): boolean[] {
  const mask = tokens.map(() => false);
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    if (t.key === '(' || t.key === '[') open.push(i);
    else if ((t.key === ')' || t.key === ']') && open.length > 0) {
      const from = open.pop() ?? i;
      if (open.length === 0) for (let k = from; k <= i; k++) mask[k] = true;
    }
  });
  return mask;
}

/**
 * Mark, besides the glosses, the scope a unit is given after "với" to the next ";": in "Bộ Công an,
 * Bộ Khoa học và Công nghệ với các tiêu chuẩn … toàn quốc; các bộ, ngành với các tiêu chuẩn … nội
 * ngành" the "với …" phrases say what each leads, not who. "với" before a unit's name ("phối hợp
 * với Sở Y tế", "với các bộ, ngành") is no scope.
 */
function scopeMask(c: Cursor, mask: boolean[]): boolean[] {
  for (let i = 1; i + 1 < c.n; i++) {
    const t = c.tok(i)!;
    const next = c.tok(i + 1)!;
    if (mask[i] || t.kind !== 'word' || t.surface !== 'với' || t.upper || c.tok(i - 1)!.kind !== 'word') continue;
    if (next.kind !== 'word' || next.upper || c.startsName(i + 1)) continue;
    let k = i;
    while (k < c.n && c.tok(k)!.key !== ';') mask[k++] = true;
    i = k;
  }
  return mask;
}

type Mode = 'known' | 'unknown';

/** Must a piece stop before token k? */
function boundaryAt(c: Cursor, k: number, mode: Mode): boolean {
  const t = c.tok(k);
  if (!t) return true;
  if (t.kind === 'punct') {
    const key = t.key;
    if (key === ';') return true;
    if (key === ',' && mode === 'unknown' && continuesKinds(c, k + 1)) return false;
    if (key === ',' || key === ':') return mode === 'known' || k + 1 >= c.n || startsNew(c, k + 1);
    if (key === '.') {
      const next = c.tok(k + 1);
      if (!next || next.newline || next.kind === 'punct') return true;
      return mode === 'known' && startsNew(c, k + 1);
    }
    if (BULLETS.has(key)) {
      const prev = c.tok(k - 1);
      return t.newline || !prev || (prev.kind === 'punct' && (prev.key === ';' || prev.key === ','));
    }
    return false;
  }
  const conj = c.conjunction(k);
  if (conj >= 0 && conj < c.n && (c.startsName(conj) || c.head(conj))) return true;
  if (t.newline && (c.startsName(k) || c.head(k))) return true;
  return false;
}

/**
 * After a comma, a lower-case word goes on the piece: a unit's name opens with a capital, so
 * `Sở, ban, ngành có liên quan`, `Các bộ, cơ quan ngang bộ`, `các cơ quan, đơn vị` name one class of
 * bodies. Only `các` / `những` (a class of its own: `Bộ Tài chính, các bộ, ngành`) and a number
 * begin a new piece there.
 */
function continuesKinds(c: Cursor, j: number): boolean {
  const t = c.tok(j);
  return t !== undefined && t.kind === 'word' && !t.upper && !/^\d/u.test(t.text) && !c.registry.index.isPluralMarker(t) && c.conjunction(j) < 0;
}

/** True when tokens [from, to) are one head word alone: a kind of body, not a body ("Viện", "Trường"). */
function isBareKind(c: Cursor, from: number, to: number): boolean {
  return to > from && c.registry.index.headWordEnd(c.prep, from) === to;
}

/**
 * Where a list of bare kinds ("Viện, Trường") that begins with the piece [from, end) ends: such a
 * list names one class of bodies. A piece that is no bare kind, or one followed by anything but a
 * comma and another bare kind ending at a separator, ends where it did.
 */
function bareKindsEnd(c: Cursor, from: number, end: number): number {
  if (!isBareKind(c, from, end)) return end;
  let e = end;
  for (;;) {
    const comma = c.tok(e);
    if (!comma || comma.kind !== 'punct' || comma.key !== ',') return e;
    const next = c.registry.index.headWordEnd(c.prep, e + 1);
    const after = c.tok(next);
    if (next < 0 || (after && !(after.kind === 'punct' && (after.key === ';' || after.key === ',' || after.key === '.')))) return e;
    // the kind opens a class phrase of its own ("Doanh nghiệp, Sở, ban, ngành có liên quan"): it is no bare kind of the list
    if (after && after.key === ',' && continuesKinds(c, next + 1)) return e;
    e = next;
  }
}

/** Does a new item start at token j (after a comma or a full stop)? */
function startsNew(c: Cursor, j: number): boolean {
  const t = c.tok(j);
  if (!t) return false;
  if (t.kind === 'punct') return BULLETS.has(t.key);
  return t.upper || /^\d/u.test(t.text) || c.startsName(j) || c.head(j);
}

/** Lower-case words after a name that qualify it without naming another unit: "liên quan". */
function isQualifier(c: Cursor, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = c.tok(k);
    if (!t || t.kind !== 'word' || t.upper || /\d/u.test(t.text) || c.conjunction(k) >= 0) return false;
  }
  return true;
}

/** Index after the last token of [from, to) that is not trailing punctuation. */
function trimEnd(c: Cursor, from: number, to: number): number {
  let e = to;
  while (e > from) {
    const t = c.tok(e - 1);
    if (!t || t.kind === 'word' || CLOSERS.has(t.key)) break;
    e--;
  }
  return e;
}

function bareOnlyPrint(c: Cursor, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = c.tok(k);
    if (t && t.kind === 'word' && t.bare !== t.surface) return false;
  }
  return true;
}

function splitCore(text: string, options: UnitOptions): SplitUnitsResult {
  /**
   * A bracket after a unit stays with it when it names a body inside it ("Bộ Công an (Trung tâm Dữ
   * liệu quốc gia)"): a head word printed as a word, not an abbreviation. A role or scope ("(chủ trì
   * phần chính sách)", "(mạng lưới quốc gia)") or a short form ("(BHXH các tỉnh)") does not.
   */
  const namesBody = (bracketed: string): boolean => {
    const inner = tokenizeUnitText(bracketed.replace(/^\s*\(|\)$/gu, ''));
    const first = inner[0];
    if (!first || first.kind !== 'word' || !first.upper || first.text === first.text.toUpperCase()) return false;
    return options.registry.index.headWordEnd(options.registry.index.prepare(inner), 0) > 0;
  };
  const units: Unit[] = [];
  const problems: UnitProblem[] = [];
  const { registry, date } = options;
  const all = tokenizeUnitText(text);
  // the scope after "với" is looked for (on a cursor of its own) only where the cell has the word
  const glosses = glossMask(all);
  const mask = all.some((t) => t.surface === 'với') ? scopeMask(new Cursor(registry, registry.index.prepare(all)), glosses) : glosses;
  const tokens = all.filter((_, i) => !mask[i]);
  const c = new Cursor(registry, registry.index.prepare(tokens));
  const n = c.n;

  // the printed text of a piece: a short-form definition inside it left out ("(gọi tắt là các đơn vị)"),
  // a bracketed qualifier right after it kept with it ("Bộ Công an (Trung tâm Dữ liệu quốc gia)")
  const slice = (from: number, to: number): string => {
    const a = c.tok(from);
    const b = c.tok(to - 1);
    if (!a || !b) return '';
    const next = c.tok(to);
    const tail = text.slice(b.end, next ? next.start : text.length);
    const qualifier = QUALIFIER_AFTER.exec(tail);
    const end = qualifier && namesBody(qualifier[0]) ? b.end + qualifier[0].length : b.end;
    return text.slice(a.start, end).replace(DEFINITION, '');
  };
  const emitKnown = (from: number, to: number, res: UnitResolution, corrected: string | null): void => {
    const printed = slice(from, to);
    const index = c.tok(from)?.start ?? 0;
    units.push(res.entry.kind ? { id: res.entry.id, name: res.entry.name, text: printed, kind: res.entry.kind } : { id: res.entry.id, name: res.entry.name, text: printed });
    if (corrected !== null) {
      problems.push({
        code: 'corrected-unit',
        text: printed,
        message: `"${foldSpaces(printed)}" is not a known unit name; read as ${describe(res.entry)} (${corrected})`,
        index,
      });
    }
    if (res.outOfPeriod) {
      problems.push({ code: 'unit-out-of-period', text: printed, message: outOfPeriodMessage(printed, res.entry, date), index });
    }
  };
  const emitUnknown = (from: number, to: number): void => {
    const printed = slice(from, to);
    if (!printed) return;
    const name = cleanName(printed);
    units.push({ id: null, name, text: printed });
    problems.push({
      code: 'unknown-unit',
      text: printed,
      message: `"${name}" is not in the unit registry`,
      index: c.tok(from)?.start ?? 0,
    });
  };

  let i = 0;
  while (i < n) {
    const t = c.tok(i);
    if (!t || t.kind === 'punct') {
      i++;
      continue;
    }
    const conj = c.conjunction(i);
    if (conj > i) {
      i = conj;
      continue;
    }

    // 1. a registry name starts here (exact, then printed without diacritics)
    let match: TrieMatch | undefined = c.matches(i)[0];
    let corrected: string | null = null;
    if (!match) {
      const bare = registry.index.matchBareAt(c.prep, i).find((m) => bareOnlyPrint(c, i, m.end));
      if (bare) {
        match = bare;
        corrected = 'written without diacritics';
      }
    }
    if (match) {
      const res = c.resolve(match.hits, date);
      let j = match.end;
      if (res && !res.entry.collective) {
        const s = registry.index.ownerSuffixAt(c.prep, j);
        if (s > j) j = s;
      }
      let k = j;
      while (k < n && !boundaryAt(c, k, 'known') && !c.startsName(k)) k++;
      if (res && (k === j || isQualifier(c, j, k))) {
        emitKnown(i, k, res, corrected);
        i = k;
        continue;
      }
      // the name is only the beginning of another body's name ("Văn phòng Chính phủ")
      let e = j;
      while (e < n && !boundaryAt(c, e, 'unknown')) e++;
      emitUnknown(i, trimEnd(c, i, e));
      i = e;
      continue;
    }

    // 2. no name here: the piece runs to the next separator; kinds of body named bare and listed
    // by commas ("Viện, Trường") are one class
    let e = i + 1;
    while (e < n && !boundaryAt(c, e, 'unknown')) e++;
    e = bareKindsEnd(c, i, e);
    const end = trimEnd(c, i, e);
    const words = tokens.slice(i, end);
    const surface = words.map((w) => w.surface).join(' ');
    const near = registry.index.nearest(
      surface,
      words.filter((w) => w.kind === 'word').length,
    );
    const res = near ? c.resolve(near.entries.map((entry) => ({ entry })), date) : null;
    if (near && res) emitKnown(i, end, res, `nearest name "${near.alias}", ${near.distance} edit${near.distance > 1 ? 's' : ''} away`);
    else emitUnknown(i, end);
    i = e;
  }
  return { units, problems };
}

/**
 * The units a list names, in order: `"TST, CSXH; Văn phòng và các đơn vị liên quan"` →
 * TST, CSXH, VP, Các đơn vị liên quan. Never throws.
 */
export function splitUnits(text: string, options: UnitOptions): SplitUnitsResult {
  if (typeof text !== 'string' || text.trim() === '') return { units: [], problems: [] };
  try {
    return splitCore(text, options);
  } catch (err) {
    const printed = text.trim();
    const name = cleanName(printed);
    return {
      units: [{ id: null, name, text: printed }],
      problems: [
        {
          code: 'unknown-unit',
          text: printed,
          message: `could not split the unit list: ${err instanceof Error ? err.message : String(err)}`,
          index: text.indexOf(printed),
        },
      ],
    };
  }
}

// ─── units in running prose ─────────────────────────────────────────────────────────────────────

function mentionsCore(text: string, options: UnitOptions): UnitMention[] {
  const { registry, date } = options;
  const tokens = tokenizeUnitText(text);
  const c = new Cursor(registry, registry.index.prepare(tokens));
  const n = c.n;
  const found: UnitMention[] = [];
  let i = 0;
  while (i < n) {
    const t = c.tok(i);
    if (!t || t.kind !== 'word') {
      i++;
      continue;
    }
    // full names and multi-word aliases only: the trie marks which forms count in prose; a longer
    // name of a body not counted in prose ("Văn phòng Chính phủ") is passed over whole
    const longest = c.matches(i)[0];
    if (longest && longest.end - i >= 2 && !longest.hits.some((h) => h.prose) && longest.hits.some((h) => c.registry.entries[h.entry]?.kind)) {
      i = longest.end;
      continue;
    }
    let chosen: { end: number; hits: { entry: number }[] } | null = null;
    for (const m of c.matches(i)) {
      const hits = m.hits.filter((h) => h.prose);
      if (hits.length > 0) {
        chosen = { end: m.end, hits };
        break;
      }
    }
    const res = chosen ? c.resolve(chosen.hits, date) : null;
    if (!chosen || !res) {
      i++;
      continue;
    }
    const collective = res.entry.collective === true;
    // a unit's name begins with a capital in prose ("Văn phòng", not "văn phòng làm việc"), and a
    // plural ("các Văn phòng") names no one unit
    const before = c.tok(i - 1);
    if (!collective && (!t.upper || (before && registry.index.isPluralMarker(before)))) {
      i++;
      continue;
    }
    let j = chosen.end;
    if (!collective) {
      const s = registry.index.ownerSuffixAt(c.prep, j);
      if (s > j) j = s;
    }
    if (!collective && belongsToAnotherBody(c, j, date)) {
      i++;
      continue;
    }
    const first = c.tok(i);
    const last = c.tok(j - 1);
    if (!first || !last) break;
    found.push({
      unit: res.entry.kind
        ? { id: res.entry.id, name: res.entry.name, text: text.slice(first.start, last.end), kind: res.entry.kind }
        : { id: res.entry.id, name: res.entry.name, text: text.slice(first.start, last.end) },
      start: first.start,
      end: last.end,
      collective,
      outOfPeriod: res.outOfPeriod,
    });
    i = skipGloss(c, j, res.entry, date);
  }
  return found;
}

/**
 * Is the name that ends before token j only the beginning of another body's unit? "Văn phòng Chính
 * phủ", "Vụ Pháp chế Bộ Tư pháp", "Văn phòng BHXH tỉnh", "Chánh Văn phòng\nUBND tỉnh", "Vụ Pháp chế -
 * Bộ NN&MT". A capitalised plural ("Các đơn vị …") or, after a line break, a registry name or any
 * capitalised word that does not begin a body's name starts a new item (tables laid out a cell a line).
 */
function belongsToAnotherBody(c: Cursor, j: number, date: string | null | undefined): boolean {
  const next = c.tok(j);
  if (!next) return false;
  const index = c.registry.index;
  if (next.kind === 'punct') {
    if (next.newline || (next.key !== '-' && next.key !== '(')) return false;
    const after = c.tok(j + 1);
    return after !== undefined && after.kind === 'word' && after.upper && !after.newline && c.head(j + 1) && (!c.startsName(j + 1) || isStateBodyAt(c, j + 1, date));
  }
  if (!next.upper || c.conjunction(j) >= 0 || index.isPluralMarker(next)) return false;
  const match = c.matches(j)[0];
  const res = match ? c.resolve(match.hits, date) : null;
  // a state body's name after the unit ("Vụ Pháp chế Bộ Tư pháp"): the unit is that body's
  const stateBody = res?.entry.kind !== undefined;
  if (next.newline) return (!res || stateBody) && c.head(j);
  return !res || res.entry.collective === true || stateBody;
}

/** True when a state body outside BHXH (state-bodies.json) is named at token j. */
function isStateBodyAt(c: Cursor, j: number, date: string | null | undefined): boolean {
  const match = c.matches(j)[0];
  return match !== undefined && c.resolve(match.hits, date)?.entry.kind !== undefined;
}

/** After a mention, skip a parenthesised short form of the same unit: "(BHXH các tỉnh)". */
function skipGloss(c: Cursor, j: number, entry: UnitEntry, date: string | null | undefined): number {
  const open = c.tok(j);
  if (!open || open.kind !== 'punct' || open.key !== '(') return j;
  for (let k = j + 1; k < Math.min(c.n, j + 16); k++) {
    const t = c.tok(k);
    if (!t) break;
    if (t.kind === 'punct' && t.key === ')') {
      for (let w = j + 1; w < k; w++) {
        const m = c.matches(w).find((x) => x.end <= k);
        if (m && c.resolve(m.hits, date)?.entry === entry) return k + 1;
      }
      return j;
    }
  }
  return j;
}

/**
 * Every registry unit named in running prose, in order, with offsets. Only full names and
 * multi-word aliases count (short codes are ambiguous in prose), as whole words. Never throws: a
 * failure is handed to `report` (the document goes on without the mentions).
 */
export function findUnitMentions(text: string, options: UnitOptions, report?: (message: string) => void): UnitMention[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  try {
    return mentionsCore(text, options);
  } catch (error) {
    report?.(`the units named in the text could not be read: ${(error as Error)?.message ?? String(error)}`);
    return [];
  }
}

/** Group mentions (or units) by unit, in order of first appearance, with counts. */
export function countUnitMentions(mentions: readonly (Unit | UnitMention)[]): UnitCount[] {
  const byKey = new Map<string, UnitCount>();
  for (const x of mentions) {
    const m = 'unit' in x ? x.unit : x;
    const key = `${m.id ?? ''}\u0000${m.name}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { id: m.id, name: m.name, text: m.text, count: 1 });
  }
  return [...byKey.values()];
}
