/**
 * Legacy 8-bit Vietnamese encodings: TCVN3 (ABC) and VNI-Windows. Older BHXH documents were typed
 * in fonts of these encodings; their bytes read as Windows-1252 (or Latin-1, or pasted into a UTF-8
 * file) give tell-tale text such as "B¶o hiÓm x· héi" (TCVN3) or "Baûo hieåm xaõ hoäi" (VNI).
 * This module tells them from Unicode by how many words read as Vietnamese syllables each way, and
 * converts them. The tables are data: `registry/legacy-encodings.json`.
 */
import { isVietnameseSyllable } from '../normalize/syllable.js';
import tables from '../registry/legacy-encodings.json';

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: tables.tcvn3.name,
  vni: tables.vni.name,
};

export interface LegacyEvidence {
  /** Words examined: words with a character of the range U+0080–U+00FF (in the sample). */
  words: number;
  /** How many of them read as a Vietnamese syllable as they are, and once converted from each encoding. */
  asIs: number;
  tcvn3: number;
  vni: number;
  /** Letters only Unicode Vietnamese text has (ă đ ơ ư, U+1EA0–U+1EF9): none in legacy text. */
  unicodeLetters: number;
}

export interface LegacyDetection {
  /** The legacy encoding the text reads best in, or null when it reads as Unicode (or neither). */
  encoding: LegacyEncoding | null;
  /** `sure`: convert it; `unsure`: it looks like that encoding, but the evidence is thin or mixed. */
  confidence: 'sure' | 'unsure' | null;
  evidence: LegacyEvidence;
}

/** How much text detection reads (its start): enough words, and linear time on huge input. */
const SAMPLE_CHARS = 200_000;
const MAX_WORDS = 5_000;
const MIN_WORDS = 5;

const tcvn3Letters = new Map<string, string>(Object.entries(tables.tcvn3.letters));
/** TCVN 5712 VN1's capitals with a tone mark, on bytes VN3 leaves unused. */
const tcvn3Capitals = new Map<string, string>(Object.entries(tables.tcvn3.capitals.letters));
/** VN1's capitals on bytes Windows-1252 prints as punctuation: read by the word they are in. */
const tcvn3PunctuationCapitals = new Map<string, string>(Object.entries(tables.tcvn3.punctuationCapitals.letters));
const vniLetters = new Map<string, string>(Object.entries(tables.vni.letters));
const vniMarks = new Map<string, string>(Object.entries(tables.vni.marks));

/** Windows-1252's characters for 0x80–0x9F, which a Latin-1 reading leaves as C1 controls. */
const C1_AS_1252 = new Map<string, string>(Object.entries(tables.windows1252.c1));

/**
 * Bytes as Windows-1252 (Node 20's TextDecoder reads the label as Latin-1, leaving C1 controls
 * where Windows-1252 has curly quotes, dashes and the ellipsis).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/gu, (ch) => C1_AS_1252.get(ch) ?? ch);
}

const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase();
const isVietnameseUnicodeLetter = (code: number) =>
  (code >= 0x1ea0 && code <= 0x1ef9) || code === 0x103 || code === 0x102 || code === 0x111 || code === 0x110 ||
  code === 0x1a1 || code === 0x1a0 || code === 0x1b0 || code === 0x1af || code === 0x129 || code === 0x128 || code === 0x169 || code === 0x168;

// ── conversion ───────────────────────────────────────────────────────────────────────────────

interface Piece {
  ch: string;
  /** A TCVN3 lower-case code: the letter may stand for a capital (capital fonts). */
  ambiguous: boolean;
}

function tcvn3Pieces(text: string): Piece[] {
  const out: Piece[] = [];
  /** Pieces that are punctuation or a VN1 capital, the word they stand in to tell. */
  const undecided: number[] = [];
  for (const ch of text) {
    const letter = tcvn3Letters.get(ch);
    const capital = tcvn3Capitals.get(ch);
    if (letter !== undefined) out.push({ ch: letter, ambiguous: isLower(letter) });
    else if (capital !== undefined) out.push({ ch: capital, ambiguous: false });
    else {
      if (tcvn3PunctuationCapitals.has(C1_AS_1252.get(ch) ?? ch)) undecided.push(out.length);
      out.push({ ch: C1_AS_1252.get(ch) ?? ch, ambiguous: false });
    }
  }
  if (undecided.length) readPunctuationCapitals(out, undecided);
  return out;
}

/**
 * A VN1 capital printed as Windows-1252 punctuation (`Đ‘NH`): the capital where its word, so read,
 * is a Vietnamese syllable and is none with the punctuation (`‘QUYẾT’` keeps its quotes).
 */
function readPunctuationCapitals(pieces: Piece[], undecided: number[]): void {
  const isSpacePiece = (p: Piece | undefined) => p !== undefined && /\s/u.test(p.ch);
  const REACH = 12; // a syllable and the punctuation around it: a longer run is no syllable (and keeps this linear)
  let done = -1; // pieces up to here belong to words already read
  for (const k of undecided) {
    if (k <= done) continue;
    let a = k;
    let b = k + 1;
    while (a > 0 && k - a < REACH && !isSpacePiece(pieces[a - 1])) a--;
    while (b < pieces.length && b - k < REACH && !isSpacePiece(pieces[b])) b++;
    done = b - 1;
    if ((a > 0 && !isSpacePiece(pieces[a - 1])) || (b < pieces.length && !isSpacePiece(pieces[b]))) continue;
    const word = pieces.slice(a, b);
    // a sign standing alone ("–", "2030”") is punctuation: a capital has letters of its word beside it
    if (!word.some((p) => !tcvn3PunctuationCapitals.has(p.ch) && isLetter(p.ch))) continue;
    if (readsAsSyllable(word.map((p) => p.ch).join(''))) continue;
    // the signs inside the word first ("Đ‘NH”": a capital, then a closing quote), then all of them ("TH–": "THỌ")
    const first = word.findIndex((p) => !tcvn3PunctuationCapitals.has(p.ch) && isLetter(p.ch));
    const last = word.findLastIndex((p) => !tcvn3PunctuationCapitals.has(p.ch) && isLetter(p.ch));
    for (const inside of [true, false]) {
      const swap = (i: number) => tcvn3PunctuationCapitals.has(word[i]!.ch) && (!inside || (i > first && i < last));
      if (!word.some((_, i) => swap(i))) continue;
      if (!readsAsSyllable(word.map((p, i) => (swap(i) ? tcvn3PunctuationCapitals.get(p.ch)! : p.ch)).join(''))) continue;
      word.forEach((p, i) => {
        if (swap(i)) pieces[a + i] = { ch: tcvn3PunctuationCapitals.get(p.ch)!, ambiguous: false };
      });
      break;
    }
  }
}

/** TCVN3 text to Unicode, with the case of capitals printed from lower-case codes read from their word. */
function fromTcvn3(text: string): string {
  return text
    .split('\n')
    .map((line) => restoreCase(tcvn3Pieces(line)))
    .join('\n');
}

interface Word {
  start: number;
  end: number;
  text: string;
  /** 'upper' / 'lower' when the word's own letters say so; null when only its neighbours can. */
  decided: 'upper' | 'lower' | null;
  hasAmbiguous: boolean;
}

/**
 * Case of the letters that came from lower-case codes. A word whose other letters include a small
 * letter stays small ("Hµ Néi" → "Hà Nội"); one with two capitals and no small letter is all
 * capitals ("QUYÕT §ÞNH" → "QUYẾT ĐỊNH"); one with a single capital or none ("X·", "Hµ") is in
 * capitals when its nearest Vietnamese words on the line, on each side that has one, are. A capital
 * with a tone opening a word of small letters ("Ủy ban") cannot be told from a small one: it stays small.
 */
function restoreCase(pieces: Piece[]): string {
  const words: Word[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (!isLetter(pieces[i]!.ch)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let hasAmbiguous = false;
    while (i < pieces.length && isLetter(pieces[i]!.ch)) {
      const p = pieces[i]!;
      if (p.ambiguous) hasAmbiguous = true;
      else if (isUpper(p.ch)) upper++;
      else if (isLower(p.ch)) lower++;
      i++;
    }
    const text = pieces.slice(start, i).map((p) => p.ch).join('');
    words.push({ start, end: i, text, decided: lower > 0 ? 'lower' : upper >= 2 ? 'upper' : null, hasAmbiguous });
  }
  const nearest = (k: number, step: -1 | 1): 'upper' | 'lower' | null => {
    for (let j = k + step; j >= 0 && j < words.length; j += step) {
      const w = words[j]!;
      if (w.decided && isVietnameseSyllable(w.text)) return w.decided;
    }
    return null;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.hasAmbiguous) continue;
    let wordCase = w.decided;
    if (wordCase === null) {
      const left = nearest(k, -1);
      const right = nearest(k, 1);
      wordCase = (left ?? right) === 'upper' && (right ?? left) === 'upper' ? 'upper' : 'lower';
    }
    if (wordCase === 'lower') continue;
    for (let j = w.start; j < w.end; j++) {
      const p = pieces[j]!;
      if (p.ambiguous) p.ch = p.ch.toUpperCase();
    }
  }
  return pieces.map((p) => p.ch).join('');
}

/** VNI text to Unicode: letters of their own, marks after the vowel, then NFC composition. */
function fromVni(text: string): string {
  let out = '';
  for (const ch of text) out += vniLetters.get(ch) ?? vniMarks.get(ch) ?? C1_AS_1252.get(ch) ?? ch;
  return out.normalize('NFC');
}

/** Converts text in a legacy encoding (each byte as its Windows-1252 character) to Unicode (NFC). */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? fromTcvn3(text).normalize('NFC') : fromVni(text);
}

// ── detection ────────────────────────────────────────────────────────────────────────────────

/** The word without punctuation at either end, or null when what is left is not letters only. */
function core(word: string): string | null {
  const chars = [...word];
  let a = 0;
  let b = chars.length;
  while (a < b && !isLetter(chars[a]!)) a++;
  while (b > a && !isLetter(chars[b - 1]!)) b--;
  if (a === b) return null;
  for (let i = a; i < b; i++) if (!isLetter(chars[i]!)) return null;
  return chars.slice(a, b).join('');
}

/** The word, punctuation around it aside, is one Vietnamese syllable. */
export function readsAsSyllable(word: string): boolean {
  const c = core(word);
  return c !== null && isVietnameseSyllable(c);
}

const hasLatin1 = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 && code <= 0xff && code !== 0xa0) return true;
  }
  return false;
};

/**
 * Which legacy encoding, if any, the text is in. Only words with characters of U+0080–U+00FF say
 * anything: Unicode Vietnamese has its own letters (ơ ư đ ă, U+1EA0–U+1EF9) and its words read as
 * syllables as they are; TCVN3 and VNI words read as syllables only once converted.
 */
export function detectLegacyEncoding(text: string): LegacyDetection {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const evidence: LegacyEvidence = { words: 0, asIs: 0, tcvn3: 0, vni: 0, unicodeLetters: 0 };
  // one pass without allocating: Unicode Vietnamese letters, and words with a Latin-1 character
  let inLatin1Word = false;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) {
      if (code <= 0x20 && isSpace(code)) inLatin1Word = false;
    } else if (code <= 0xff) {
      if (code === 0xa0) inLatin1Word = false;
      else if (!inLatin1Word) {
        evidence.words++;
        inLatin1Word = true;
      }
    } else if (isVietnameseUnicodeLetter(code)) evidence.unicodeLetters++;
    else if (isSpace(code)) inLatin1Word = false;
  }
  // as many Unicode Vietnamese letters as such words: Unicode text, whatever the words say (the common case: no need to read them)
  if (evidence.unicodeLetters >= evidence.words) return { ...judge(evidence), evidence };
  // a lone sign (a `·` or `•` between names) reads as a letter in TCVN3 (`·` is "ã") but says nothing,
  // and a word with a letter only Unicode has cannot be legacy text
  const words = sample
    .split(/\s/u)
    .filter((w) => hasLatin1(w) && [...w].length > 1 && !hasUnicodeVietnameseLetter(w))
    .slice(0, MAX_WORDS);
  evidence.words = words.length;
  for (const word of words) {
    if (readsAsSyllable(word)) evidence.asIs++;
    // one word alone: no neighbours to read the case from, which does not change whether it is a syllable
    if (readsAsSyllable(restoreCase(tcvn3Pieces(word)))) evidence.tcvn3++;
    if (readsAsSyllable(fromVni(word))) evidence.vni++;
  }
  return { ...judge(evidence), evidence };
}

function hasUnicodeVietnameseLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isVietnameseUnicodeLetter(word.charCodeAt(i))) return true;
  return false;
}

/** What `\s` matches, by code unit. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function judge(e: LegacyEvidence): Omit<LegacyDetection, 'evidence'> {
  const none = { encoding: null, confidence: null } as const;
  if (e.words < MIN_WORDS) return none;
  const share = (n: number) => n / e.words;
  const best: LegacyEncoding = e.tcvn3 >= e.vni ? 'tcvn3' : 'vni';
  const other: LegacyEncoding = best === 'tcvn3' ? 'vni' : 'tcvn3';
  const gain = share(e[best]) - share(e.asIs);
  if (share(e[best]) < 0.5 || gain < 0.3) return none;
  // Unicode Vietnamese letters, which legacy text cannot have: as many as the words, a Unicode text
  // with odd characters; a few, a mixed text (part converted already?) that is not converted blindly
  if (e.unicodeLetters >= e.words) return none;
  const sure = e.unicodeLetters <= 0.05 * e.words && share(e[best]) >= 0.7 && gain >= 0.4 && share(e[best]) - share(e[other]) >= 0.3;
  return { encoding: best, confidence: sure ? 'sure' : 'unsure' };
}
