/**
 * The registry of BHXH Việt Nam's units: data in units.json, lookups here. No unit name, code or
 * alias is written in this file.
 *
 * Names are compared on keys: each word in NFC lower case with its tone mark moved to the end (so
 * "hoá" and "hóa" compare equal), dashes unified, white space ignored, the registry's abbreviations
 * expanded ("BHXH" ≡ "bảo hiểm xã hội"), and "," or "-" inside a name optional on either side
 * ("Sổ, thẻ" ≡ "Sổ thẻ", "Thanh tra - Kiểm tra" ≡ "Thanh tra kiểm tra"). An alias can belong to
 * several entries (one per period): it is read by the document's date.
 */
import data from './units.json' with { type: 'json' };
import stateBodies from './state-bodies.json' with { type: 'json' };
import { charTable } from '../text/char-table.js';
import { stripDiacritics } from '../text/fold.js';
import { memoOfString } from '../text/memo.js';

// ─── entries ────────────────────────────────────────────────────────────────────────────────────

export interface UnitEntry {
  /** BHXH's own abbreviation (TST, CSXH …); null for units known by name only and for collectives. */
  id: string | null;
  /** Full name, the form output as `Unit.name`. */
  name: string;
  /** Other forms seen in documents (the id and the name are aliases without being listed). */
  aliases?: readonly string[];
  /**
   * Forms recognised only inside a list of units (a table cell), never in running prose. Single-word
   * forms (codes such as `VP`) are always list-only.
   */
  listAliases?: readonly string[];
  /** First day of the period (ISO), null or absent: since before any evidence. */
  validFrom?: string | null;
  /** Last day of the period (ISO), null or absent: still valid. */
  validTo?: string | null;
  /** A collective name ("BHXH các tỉnh, thành phố", "Các đơn vị liên quan"). */
  collective?: boolean;
  /** false: never counted in running prose (findUnitMentions). Default true. */
  inProse?: boolean;
  /** For a state body outside BHXH (state-bodies.json): its kind (`ministry`, `provincial-department` …). */
  kind?: string;
  /** Evidence and what is unconfirmed. */
  note?: string;
}

/** Words the splitter needs besides the units; defaults come from units.json. */
export interface UnitRegistryOptions {
  /** Abbreviations expanded when comparing names: `{ BHXH: 'bảo hiểm xã hội' }`. */
  abbreviations?: Readonly<Record<string, string>>;
  /** Words naming the owner after a unit's name: "Văn phòng BHXH Việt Nam". */
  ownerSuffixes?: readonly string[];
  /** Words joining two units in a list: "và", "cùng". */
  conjunctions?: readonly string[];
  /** Words that begin the name of a body ("Bộ", "Sở", "Trung tâm"): a conjunction before them separates. */
  headWords?: readonly string[];
  /** Words making a name plural in prose ("các Văn phòng"): then it names no one unit. */
  pluralMarkers?: readonly string[];
  /** Edit-distance correction of misspelt names (`Tạp chí BHHH`). */
  fuzzy?: { minLength?: number; maxDistance?: number; longLength?: number };
}

export interface UnitResolution {
  entry: UnitEntry;
  /** True when no entry for the name is valid on the date: the nearest period was taken. */
  outOfPeriod: boolean;
}

interface UnitsFile {
  abbreviations: Record<string, string>;
  ownerSuffixes: string[];
  conjunctions: string[];
  headWords: string[];
  pluralMarkers: string[];
  units: UnitEntry[];
}

const file = data as unknown as UnitsFile;

/**
 * The entries of units.json (BHXH's units) and state-bodies.json (the ministries, agencies and
 * provincial departments that tables name beside them), for `createUnitRegistry([...defaultUnitEntries, ...mine])`.
 */
export const defaultUnitEntries: readonly UnitEntry[] = Object.freeze(
  [...file.units, ...(stateBodies.units as UnitEntry[])].map((e) => Object.freeze({ ...e })),
);

export const defaultUnitRegistryOptions: Readonly<Required<Omit<UnitRegistryOptions, 'fuzzy'>>> = Object.freeze({
  abbreviations: file.abbreviations,
  ownerSuffixes: file.ownerSuffixes,
  conjunctions: file.conjunctions,
  headWords: file.headWords,
  pluralMarkers: file.pluralMarkers,
});

// ─── dates ──────────────────────────────────────────────────────────────────────────────────────

const ISO_PART = /^\d{4}(?:-\d{2}){0,2}$/;
const MIN_DATE = '0000-01-01';
const MAX_DATE = '9999-12-31';

/** A date or partial date ("2024", "2024-05", "2024-05-01") as a closed range, or null. */
export function datePeriod(date: string | null | undefined): { from: string; to: string } | null {
  if (typeof date !== 'string') return null;
  const d = date.trim();
  if (!ISO_PART.test(d)) return null;
  if (d.length === 4) return { from: `${d}-01-01`, to: `${d}-12-31` };
  const year = Number(d.slice(0, 4));
  const month = Number(d.slice(5, 7));
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d.length === 7) return { from: `${d}-01`, to: `${d}-${String(lastDay).padStart(2, '0')}` };
  const day = Number(d.slice(8, 10));
  if (day < 1 || day > lastDay) return null;
  return { from: d, to: d };
}

/** Is the entry valid on the date (or at some point of a partial date)? A null date accepts any period. */
export function isUnitValidOn(entry: UnitEntry, date: string | null | undefined): boolean {
  const p = datePeriod(date);
  return p === null || isValidIn(entry, p);
}

function isValidIn(entry: UnitEntry, p: { from: string; to: string }): boolean {
  return (entry.validFrom ?? MIN_DATE) <= p.to && (entry.validTo ?? MAX_DATE) >= p.from;
}

function dayNumber(iso: string): number {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? 0 : Math.floor(t / 86_400_000);
}

function distanceInDays(entry: UnitEntry, p: { from: string; to: string }): number {
  if (entry.validFrom && entry.validFrom > p.to) return dayNumber(entry.validFrom) - dayNumber(p.to);
  if (entry.validTo && entry.validTo < p.from) return dayNumber(p.from) - dayNumber(entry.validTo);
  return 0;
}

// ─── keys and tokens ────────────────────────────────────────────────────────────────────────────

export interface UnitToken {
  kind: 'word' | 'punct';
  /** As printed. */
  text: string;
  start: number;
  end: number;
  /** Comparison key: NFC lower case, tone mark moved to the end; dashes unified to "-". */
  key: string;
  /** NFC lower case, as printed otherwise (for edit distance). */
  surface: string;
  /** Lower case without any diacritic. */
  bare: string;
  /** A line break (or a tab, which separates table cells) comes before this token. */
  newline: boolean;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

/**
 * What a character is to the tokenizer: part of a word (a letter, digit or mark), nothing (white
 * space, a format character), or a punctuation token by itself. The tokens are those of
 * `/[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}\p{Cf}]/gu`, read a character at a time: running that
 * pattern cost four times as much (every cell the table reader tries, and all of the prose, is tokenized).
 */
const WORD_CHAR = 1;
const SKIPPED_CHAR = 2;
const PUNCT_CHAR = 3;
type CharKind = typeof WORD_CHAR | typeof SKIPPED_CHAR | typeof PUNCT_CHAR;
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const SKIPPED_CHAR_RE = /[\s\p{Cf}]/u;
const charKind = charTable<CharKind>((ch) => (WORD_CHAR_RE.test(ch) ? WORD_CHAR : SKIPPED_CHAR_RE.test(ch) ? SKIPPED_CHAR : PUNCT_CHAR));

/** UTF-16 code units of a code point. */
const charLength = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** A word's key: "Hoá" → "hoa\u0301", the same as "Hóa". */
export function wordKey(word: string): string {
  const lower = word.normalize('NFC').toLowerCase().normalize('NFD');
  let tone = '';
  const rest = lower.replace(TONE, (m) => {
    tone = m;
    return '';
  });
  return rest.normalize('NFC') + tone;
}

interface WordForms {
  key: string;
  surface: string;
  bare: string;
  upper: boolean;
  word: boolean;
}

// words repeat: their forms are computed once (the cache is dropped when it grows large)
const formsCache = new Map<string, WordForms>();

function formsOf(raw: string): WordForms {
  let f = formsCache.get(raw);
  if (f) return f;
  const word = /^[\p{L}\p{N}\p{M}]/u.test(raw);
  const nfc = raw.normalize('NFC');
  const surface = nfc.toLowerCase();
  const first = nfc.charAt(0);
  if (!word) {
    const p = DASHES.has(raw) ? '-' : surface;
    f = { key: p, surface: p, bare: p, upper: false, word };
  } else {
    f = { key: wordKey(raw), surface, bare: stripDiacritics(surface).toLowerCase(), upper: first !== first.toLowerCase(), word };
  }
  if (formsCache.size > 20_000) formsCache.clear();
  formsCache.set(raw, f);
  return f;
}

/** Split text into words and single punctuation marks, with offsets into the text as given. */
export function tokenizeUnitText(text: string): UnitToken[] {
  const tokens: UnitToken[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    const first = text.codePointAt(i)!;
    const kind = charKind(first);
    i += charLength(first);
    if (kind === SKIPPED_CHAR) continue;
    if (kind === WORD_CHAR) {
      for (let cp = text.codePointAt(i); cp !== undefined && charKind(cp) === WORD_CHAR; cp = text.codePointAt(i)) i += charLength(cp);
    }
    const raw = text.slice(start, i);
    let newline = false;
    for (let k = last; k < start; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 10 || ch === 13 || ch === 9) {
        newline = true;
        break;
      }
    }
    last = i;
    const f = formsOf(raw);
    tokens.push({
      kind: f.word ? 'word' : 'punct',
      text: raw,
      start,
      end: last,
      key: f.key,
      surface: f.surface,
      bare: f.bare,
      newline,
      upper: f.upper,
    });
  }
  return tokens;
}

// ─── the trie ───────────────────────────────────────────────────────────────────────────────────

/** An alias ending at a trie node: which entry, and whether the form counts in running prose. */
export interface UnitAliasHit {
  entry: number;
  prose: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: UnitAliasHit[];
}

function newNode(): TrieNode {
  return { next: new Map(), hits: [] };
}

/** One position of the canonical stream: a token's key, or one word of its expansion. */
export interface CanonItem {
  key: string;
  bare: string;
  token: number;
  first: boolean;
  last: boolean;
}

/** Tokens prepared for matching: the canonical stream and where each token starts in it. */
export interface PreparedTokens {
  tokens: readonly UnitToken[];
  canon: CanonItem[];
  startOf: number[];
}

export interface TrieMatch {
  /** Index after the last token of the match. */
  end: number;
  hits: UnitAliasHit[];
}

const OPTIONAL_PUNCT = new Set([',', '-']);
const NO_MATCH: TrieMatch[] = [];

function insert(root: TrieNode, keys: readonly string[], hit: UnitAliasHit): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  const same = node.hits.find((h) => h.entry === hit.entry);
  if (same) same.prose ||= hit.prose;
  else node.hits.push(hit);
}

/**
 * Every alias of the trie that starts at token `i`, longest first. "," and "-" between words are
 * optional on either side; a match never ends inside an expanded abbreviation nor on punctuation.
 */
function walk(root: TrieNode, prep: PreparedTokens, i: number, bare: boolean): TrieMatch[] {
  const start = prep.startOf[i];
  if (start === undefined) return NO_MATCH;
  // most words begin no name: answer them without building anything
  const head = prep.canon[start];
  if (!head || !root.next.has(bare ? head.bare : head.key)) return NO_MATCH;
  const found = new Map<number, UnitAliasHit[]>();
  const { canon, tokens } = prep;
  const visit = (node: TrieNode, p: number, skipped: boolean, depth: number): void => {
    if (depth > 64) return;
    const prev = canon[p - 1];
    if (!skipped && p > start && prev && prev.last && node.hits.length > 0) {
      const end = prev.token + 1;
      const list = found.get(end) ?? [];
      for (const h of node.hits) if (!list.some((x) => x.entry === h.entry && x.prose === h.prose)) list.push(h);
      found.set(end, list);
    }
    const item = canon[p];
    const prevWord = p > start && prev !== undefined && tokens[prev.token]?.kind === 'word';
    if (item) {
      const child = node.next.get(bare ? item.bare : item.key);
      if (child) visit(child, p + 1, false, depth + 1);
      // punctuation printed where the alias has none
      if (prevWord && OPTIONAL_PUNCT.has(item.key)) {
        const after = canon[p + 1];
        if (after && tokens[after.token]?.kind === 'word') visit(node, p + 1, true, depth + 1);
      }
    }
    // punctuation in the alias that is not printed
    if (prevWord && (!item || !OPTIONAL_PUNCT.has(item.key))) {
      for (const k of OPTIONAL_PUNCT) {
        const child = node.next.get(k);
        if (child) visit(child, p, true, depth + 1);
      }
    }
  };
  visit(root, start, false, 0);
  return [...found.entries()].sort((a, b) => b[0] - a[0]).map(([end, hits]) => ({ end, hits }));
}

// ─── the registry ───────────────────────────────────────────────────────────────────────────────

interface AliasForm {
  surface: string;
  /** The surface split into characters, for the fuzzy lookup (made when the length index is built). */
  chars?: string[];
  bare: string;
  words: number;
  entries: Set<number>;
}

/** The lookup structures the extractors use (built once per registry). */
export interface UnitIndex {
  prepare(tokens: readonly UnitToken[]): PreparedTokens;
  /** Aliases starting at token i (exact keys), longest first. */
  matchAt(prep: PreparedTokens, i: number): TrieMatch[];
  /** Aliases starting at token i compared without diacritics, longest first. */
  matchBareAt(prep: PreparedTokens, i: number): TrieMatch[];
  /** End of an owner suffix ("BHXH Việt Nam") starting at token i, or -1. */
  ownerSuffixAt(prep: PreparedTokens, i: number): number;
  /** End of a conjunction ("và", "cùng với") starting at token i, or -1. */
  conjunctionAt(prep: PreparedTokens, i: number): number;
  /** End of the longest head word ("Bộ", "Trung tâm") starting at token i, or -1. */
  headWordEnd(prep: PreparedTokens, i: number): number;
  /** Does a head word ("Bộ", "Trung tâm") start at token i? */
  headWordAt(prep: PreparedTokens, i: number): boolean;
  /** Is token i a plural marker ("các")? */
  isPluralMarker(token: UnitToken): boolean;
  /** The entries whose alias is nearest to the text (a misspelling), or null when none or ambiguous. */
  nearest(surface: string, words: number): { entries: number[]; alias: string; distance: number } | null;
}

export interface UnitRegistry {
  readonly entries: readonly UnitEntry[];
  readonly options: Readonly<UnitRegistryOptions>;
  /** @internal the extractors' lookup structures: not part of the public types */
  readonly index: UnitIndex;
  /** The entry for an id on a date (nearest period when none is valid, flagged), or null. */
  byId(id: string, date?: string | null): UnitResolution | null;
  /** Every entry with this id, in registry order. */
  entriesById(id: string): UnitEntry[];
  /** The entry a whole name or alias stands for on a date, or null when the text is not one. */
  byAlias(text: string, date?: string | null): UnitResolution | null;
  /** Every entry the whole text names, in registry order. */
  entriesByAlias(text: string): UnitEntry[];
  /** Choose among entries by date: see `resolveUnitEntries`. */
  resolve(entries: readonly UnitEntry[], date?: string | null): UnitResolution | null;
  /** A new registry with these entries added after this one's (options kept unless given). */
  extend(entries: readonly UnitEntry[], options?: UnitRegistryOptions): UnitRegistry;
}

/**
 * Choose among the entries a name stands for. With a date: the entries valid on it, the one with the
 * narrowest period first (it says most about that date); when none is valid, the nearest period,
 * flagged `outOfPeriod`. With no date any period is accepted: the longest-standing entry (earliest
 * start, then latest end) wins.
 */
export function resolveUnitEntries(entries: readonly UnitEntry[], date?: string | null): UnitResolution | null {
  if (entries.length === 0) return null;
  const p = datePeriod(date);
  // most names stand for one entry: nothing to order
  if (entries.length === 1) return { entry: entries[0]!, outOfPeriod: p !== null && !isValidIn(entries[0]!, p) };
  const order = entries.map((entry, i) => ({ entry, i }));
  if (!p) {
    order.sort(
      (a, b) =>
        cmp(a.entry.validFrom ?? MIN_DATE, b.entry.validFrom ?? MIN_DATE) ||
        cmp(b.entry.validTo ?? MAX_DATE, a.entry.validTo ?? MAX_DATE) ||
        a.i - b.i,
    );
    const first = order[0];
    return first ? { entry: first.entry, outOfPeriod: false } : null;
  }
  const valid = order.filter((o) => isValidIn(o.entry, p));
  if (valid.length > 0) {
    valid.sort(
      (a, b) =>
        cmp(a.entry.validTo ?? MAX_DATE, b.entry.validTo ?? MAX_DATE) ||
        cmp(b.entry.validFrom ?? MIN_DATE, a.entry.validFrom ?? MIN_DATE) ||
        a.i - b.i,
    );
    const first = valid[0];
    return first ? { entry: first.entry, outOfPeriod: false } : null;
  }
  order.sort((a, b) => distanceInDays(a.entry, p) - distanceInDays(b.entry, p) || b.i - a.i);
  const first = order[0];
  return first ? { entry: first.entry, outOfPeriod: true } : null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkEntry(e: unknown, i: number): UnitEntry {
  const bad = (why: string): never => {
    throw new TypeError(`Unit registry entry ${i}: ${why}`);
  };
  if (!e || typeof e !== 'object') return bad('not an object');
  const o = e as Record<string, unknown>;
  if (o.id !== null && (typeof o.id !== 'string' || o.id.trim() === '')) bad('id must be a non-empty string or null');
  if (typeof o.name !== 'string' || o.name.trim() === '') bad('name must be a non-empty string');
  for (const f of ['aliases', 'listAliases'] as const) {
    const v = o[f];
    if (v !== undefined && (!Array.isArray(v) || v.some((a) => typeof a !== 'string'))) bad(`${f} must be an array of strings`);
  }
  for (const f of ['validFrom', 'validTo'] as const) {
    const v = o[f];
    if (v !== undefined && v !== null && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))) {
      bad(`${f} must be an ISO date (yyyy-mm-dd) or null`);
    }
  }
  if (typeof o.validFrom === 'string' && typeof o.validTo === 'string' && o.validFrom > o.validTo) {
    bad('validFrom is after validTo');
  }
  return e as UnitEntry;
}

class Registry implements UnitRegistry {
  readonly entries: readonly UnitEntry[];
  readonly options: Readonly<UnitRegistryOptions>;
  readonly index: UnitIndex;
  private readonly expansions = new Map<string, { keys: string[]; bares: string[] }>();
  private readonly trie = newNode();
  private readonly bareTrie = newNode();
  private readonly suffixTrie = newNode();
  private readonly conjTrie = newNode();
  private readonly headTrie = newNode();
  private readonly plurals = new Set<string>();
  private readonly forms: AliasForm[] = [];
  private readonly idKeys = new Map<string, number[]>();
  private readonly fuzzy: { minLength: number; maxDistance: number; longLength: number };

  constructor(entries: readonly UnitEntry[], options: UnitRegistryOptions = {}) {
    this.entries = Object.freeze(entries.map((e, i) => checkEntry(e, i)));
    this.options = Object.freeze({ ...defaultUnitRegistryOptions, ...options });
    this.fuzzy = { minLength: 8, maxDistance: 2, longLength: 20, ...(options.fuzzy ?? {}) };
    const o = this.options;
    for (const [abbr, full] of Object.entries(o.abbreviations ?? {})) {
      const words = tokenizeUnitText(full).filter((t) => t.kind === 'word');
      const k = wordKey(abbr);
      if (words.length > 0) this.expansions.set(k, { keys: words.map((w) => w.key), bares: words.map((w) => w.bare) });
    }
    const formsBySurface = new Map<string, AliasForm>();
    this.entries.forEach((entry, n) => {
      if (entry.id !== null) {
        const k = wordKey(entry.id);
        this.idKeys.set(k, [...(this.idKeys.get(k) ?? []), n]);
      }
      const add = (alias: string, listOnly: boolean): void => {
        const toks = tokenizeUnitText(alias);
        const words = toks.filter((t) => t.kind === 'word').length;
        if (words === 0) return;
        const prep = this.prepare(toks);
        const prose = !listOnly && words >= 2 && entry.inProse !== false;
        insert(this.trie, prep.canon.map((c) => c.key), { entry: n, prose });
        insert(this.bareTrie, prep.canon.map((c) => c.bare), { entry: n, prose });
        const surface = toks.map((t) => t.surface).join(' ');
        let form = formsBySurface.get(surface);
        if (!form) {
          form = { surface, bare: toks.map((t) => t.bare).join(' '), words, entries: new Set() };
          formsBySurface.set(surface, form);
          this.forms.push(form);
        }
        form.entries.add(n);
      };
      if (entry.id !== null) add(entry.id, true);
      add(entry.name, false);
      for (const a of entry.aliases ?? []) add(a, false);
      for (const a of entry.listAliases ?? []) add(a, true);
    });
    const small = (root: TrieNode, list: readonly string[] | undefined): void => {
      for (const s of list ?? []) {
        const toks = tokenizeUnitText(s);
        if (toks.length > 0) insert(root, this.prepare(toks).canon.map((c) => c.key), { entry: -1, prose: true });
      }
    };
    small(this.suffixTrie, o.ownerSuffixes);
    small(this.conjTrie, o.conjunctions);
    small(this.headTrie, o.headWords);
    for (const w of o.pluralMarkers ?? []) this.plurals.add(wordKey(w.trim()));
    const self = this;
    this.index = {
      prepare: (tokens) => self.prepare(tokens),
      matchAt: (prep, i) => walk(self.trie, prep, i, false),
      matchBareAt: (prep, i) => walk(self.bareTrie, prep, i, true),
      ownerSuffixAt: (prep, i) => walk(self.suffixTrie, prep, i, false)[0]?.end ?? -1,
      conjunctionAt: (prep, i) => walk(self.conjTrie, prep, i, false)[0]?.end ?? -1,
      headWordAt: (prep, i) => walk(self.headTrie, prep, i, false).length > 0,
      headWordEnd: (prep, i) => walk(self.headTrie, prep, i, false)[0]?.end ?? -1,
      isPluralMarker: (token) => token.kind === 'word' && self.plurals.has(token.key),
      nearest: (surface, words) => self.nearest(surface, words),
    };
  }

  prepare(tokens: readonly UnitToken[]): PreparedTokens {
    const canon: CanonItem[] = [];
    const startOf: number[] = [];
    tokens.forEach((t, i) => {
      startOf.push(canon.length);
      const exp = t.kind === 'word' ? this.expansions.get(t.key) : undefined;
      if (exp) {
        exp.keys.forEach((key, j) => {
          canon.push({ key, bare: exp.bares[j] ?? key, token: i, first: j === 0, last: j === exp.keys.length - 1 });
        });
      } else {
        canon.push({ key: t.key, bare: t.bare, token: i, first: true, last: true });
      }
    });
    return { tokens, canon, startOf };
  }

  private lengthIndex: Map<number, AliasForm[]> | null = null;

  /** Multi-word alias forms by their length in characters, built on first use. */
  private formsByLength(): Map<number, AliasForm[]> {
    if (!this.lengthIndex) {
      this.lengthIndex = new Map();
      for (const form of this.forms) {
        if (form.words < 2) continue;
        form.chars = [...form.surface];
        const l = form.chars.length;
        const bucket = this.lengthIndex.get(l);
        if (bucket) bucket.push(form);
        else this.lengthIndex.set(l, [form]);
      }
    }
    return this.lengthIndex;
  }

  /** Answers of `nearest` in this document: the same misspelt names come back in every row. */
  private nearestAnswers = memoOfString((key: string) => {
    const space = key.indexOf(' ');
    return this.nearestUncached(key.slice(space + 1), Number(key.slice(0, space)));
  });

  private nearest(surface: string, words: number): NearestAlias | null {
    return this.nearestAnswers(`${words} ${surface}`);
  }

  private nearestUncached(surface: string, words: number): NearestAlias | null {
    const { minLength, maxDistance, longLength } = this.fuzzy;
    const chars = [...surface];
    const len = chars.length;
    if (len < minLength || words < 2) return null;
    const budget = Math.min(maxDistance, len >= longLength ? 2 : 1);
    let best = budget + 1;
    let winners: AliasForm[] = [];
    // only aliases whose length is within the budget can be that near
    const candidates: AliasForm[] = [];
    for (let l = len - budget; l <= len + budget; l++) candidates.push(...(this.formsByLength().get(l) ?? []));
    for (const form of candidates) {
      const d = charsDistance(chars, form.chars!, budget);
      if (d < best) {
        best = d;
        winners = [form];
      } else if (d === best) winners.push(form);
    }
    if (best > budget || winners.length === 0) return null;
    const ids = new Set<number>();
    for (const w of winners) for (const e of w.entries) ids.add(e);
    // ambiguous: the nearest aliases name different units
    const names = new Set([...ids].map((e) => this.entries[e]?.name));
    if (names.size !== 1) return null;
    const first = winners[0];
    return first ? { entries: [...ids], alias: first.surface, distance: best } : null;
  }

  entriesById(id: string): UnitEntry[] {
    return (this.idKeys.get(wordKey(id.trim())) ?? []).flatMap((n) => this.entries[n] ?? []);
  }

  byId(id: string, date?: string | null): UnitResolution | null {
    return resolveUnitEntries(this.entriesById(id), date);
  }

  entriesByAlias(text: string): UnitEntry[] {
    const tokens = tokenizeUnitText(text);
    if (tokens.length === 0) return [];
    const prep = this.prepare(tokens);
    const full = walk(this.trie, prep, 0, false).find((m) => m.end === tokens.length);
    if (!full) return [];
    const seen = new Set<number>();
    for (const h of full.hits) seen.add(h.entry);
    return [...seen].sort((a, b) => a - b).flatMap((n) => this.entries[n] ?? []);
  }

  byAlias(text: string, date?: string | null): UnitResolution | null {
    return resolveUnitEntries(this.entriesByAlias(text), date);
  }

  resolve(entries: readonly UnitEntry[], date?: string | null): UnitResolution | null {
    return resolveUnitEntries(entries, date);
  }

  extend(entries: readonly UnitEntry[], options?: UnitRegistryOptions): UnitRegistry {
    return new Registry([...this.entries, ...entries], { ...this.options, ...(options ?? {}) });
  }
}

/** The alias nearest to a misspelt name, and the entries it names. */
interface NearestAlias {
  entries: number[];
  alias: string;
  distance: number;
}

/**
 * Optimal-string-alignment distance between a and b, or budget + 1 as soon as it must exceed the
 * budget (banded, so it stays cheap).
 */
export function boundedDistance(a: string, b: string, budget: number): number {
  return charsDistance([...a], [...b], budget);
}

/** The three rows `charsDistance` works in, kept between calls (it runs for every candidate alias of every unknown piece). */
let distanceRows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** `boundedDistance` over strings already split into characters (code points). */
function charsDistance(s: readonly string[], t: readonly string[], budget: number): number {
  const inf = budget + 1;
  if (Math.abs(s.length - t.length) > budget) return inf;
  const width = t.length + 1;
  if (distanceRows[0]!.length < width) distanceRows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [prev2, prev, cur] = distanceRows as [Int32Array, Int32Array, Int32Array];
  prev2.fill(inf, 0, width);
  for (let j = 0; j < width; j++) prev[j] = j <= budget ? j : inf;
  for (let i = 1; i <= s.length; i++) {
    cur.fill(inf, 0, width);
    cur[0] = i <= budget ? i : inf;
    let rowMin = cur[0]!;
    const lo = Math.max(1, i - budget);
    const hi = Math.min(t.length, i + budget);
    const si = s[i - 1];
    for (let j = lo; j <= hi; j++) {
      const cost = si === t[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      const capped = Math.min(v, inf);
      cur[j] = capped;
      if (capped < rowMin) rowMin = capped;
    }
    if (rowMin > budget) return inf;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return Math.min(prev[t.length]!, inf);
}

/**
 * A registry over these entries. Extend the default one with `createUnitRegistry([...defaultUnitEntries,
 * ...mine])` or `defaultUnitRegistry.extend(mine)`; replace it by passing only your own entries.
 * Throws a TypeError on a malformed entry.
 */
export function createUnitRegistry(entries: readonly UnitEntry[], options?: UnitRegistryOptions): UnitRegistry {
  return new Registry(entries, options);
}

/** The registry built from units.json. */
export const defaultUnitRegistry: UnitRegistry = createUnitRegistry(defaultUnitEntries);
