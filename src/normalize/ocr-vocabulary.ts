import { diagnose } from '../diagnostics.js';
import type { VFile } from 'vfile';
import parts from '../registry/document-parts.json';
import { documentTypes } from '../registry/document-types.js';
import { isUpperCaseText, newTonePlacement, stripDiacritics } from '../text/fold.js';
import { memoOfString } from '../text/memo.js';
import type { LineNode } from '../tree.js';

/**
 * Pass: the closed vocabularies of a document's parts read through OCR damage. A line that is a type
 * heading (`QUYÉT ĐỊNH`), a signer's title (`PHÓ TỎNG GIÁM ĐÓC`, `KT. TONG GIÁM DOC`), a line of the
 * motto, or that opens with a part's word (`Căn cử`, `Nơi nhân:`, `Luu:`, `Kính giri:`) within a bound
 * of OCR error is given the canonical spelling, and an info `ocr-corrected` quotes what was printed.
 *
 * The bound keeps ordinary words out: the words must be as many as the phrase's, each the same word
 * once diacritics are set aside (a long phrase may have one letter wrong besides), and at most a
 * third of the letters may differ in their marks. Short phrases (`Lưu`) need their mark-free letters
 * exact and the colon that opens the part.
 */

interface Phrase {
  canonical: string;
  words: string[];
  bare: string[];
  /** Which words are letters only. */
  lettersOnly: boolean[];
  letters: number;
}

/** A word without its marks, lower case: words repeat, so each is stripped once a document. */
const bareOf = memoOfString((w: string) => stripDiacritics(w.normalize('NFC')).toLowerCase());

const LETTERS = /^\p{L}+$/u;

function phrase(text: string): Phrase {
  const words = text.split(/\s+/u).filter(Boolean);
  return { canonical: text, words, bare: words.map(bareOf), lettersOnly: words.map((w) => LETTERS.test(w)), letters: words.join('').length };
}

const unique = (list: string[]) => [...new Set(list)];
/** Phrases by their number of words, in order: a printed line is only compared with phrases as long as it. */
function byWordCount(phrases: Phrase[]): Map<number, Phrase[]> {
  const groups = new Map<number, Phrase[]>();
  for (const p of phrases) groups.set(p.words.length, [...(groups.get(p.words.length) ?? []), p]);
  return groups;
}
/** Phrases a whole line can be: type headings, signers' titles, the motto. */
const WHOLE_LINE = byWordCount(
  unique([
    ...documentTypes().flatMap((t) => (t.heading ? [t.heading] : [])),
    ...parts.signerTitles,
    ...parts.authorityTitles,
    ...parts.motto,
  ]).map(phrase),
);
/** Titles after a signing prefix ("KT. TỔNG GIÁM ĐỐC"). */
const TITLES = byWordCount(unique([...parts.signerTitles, ...parts.authorityTitles]).map(phrase));
/** Words that open a part, with what must follow them. */
const OPENERS: Array<{ phrase: Phrase; colon: boolean }> = [
  ...parts.preambleStarts.map((p) => ({ phrase: phrase(p), colon: false })),
  ...[...parts.recipientsStarts, ...parts.archiveStarts, ...parts.addresseeStarts].map((p) => ({ phrase: phrase(p), colon: true })),
];
/** The openers by their first word without marks (the one word a line must share with them), in order. */
const OPENERS_BY_FIRST = new Map<string, typeof OPENERS>();
for (const opener of OPENERS) {
  const first = opener.phrase.bare[0]!;
  OPENERS_BY_FIRST.set(first, [...(OPENERS_BY_FIRST.get(first) ?? []), opener]);
}
const SIGNING = /^(?:KT|TM|TL|TUQ|Q)\.\s{0,2}/u;
/** A line's first word: the first of the words its head splits into at white space. */
const FIRST_WORD = /\S+/u;
/** Phrases of this many letters may also have one letter wrong, and a third of their marks. */
const LONG_PHRASE = 8;
const HEAD_CHARS = 120;

/** Letters that differ between two words of the same length (0 when equal), or Infinity when lengths differ. */
function markDifferences(a: string, b: string): number {
  // old and new tone placement ("HOÀ" / "HÒA") are the same spelling
  const x = [...newTonePlacement(a.normalize('NFC').toLowerCase())];
  const y = [...newTonePlacement(b.normalize('NFC').toLowerCase())];
  if (x.length !== y.length) return Infinity;
  return x.reduce((n, ch, i) => n + (ch === y[i] ? 0 : 1), 0);
}

/** True when at most one edit (a letter added, dropped or replaced) makes one word of the other. */
function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // past the first difference: the same rest after a letter replaced, or after one the longer word adds
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** How damaged a reading of the phrase the printed words are: 0 the phrase itself, Infinity not it. */
export function ocrDistance(printed: string[], p: Phrase, printedBare: string[] = printed.map(bareOf)): number {
  if (printed.length !== p.words.length) return Infinity;
  let letterErrors = 0;
  let markErrors = 0;
  for (let k = 0; k < printed.length; k++) {
    const bare = printedBare[k]!;
    const misspelt = bare !== p.bare[k];
    // a short phrase has every letter right (tested first: most phrases are passed over here)
    if (misspelt && p.letters < LONG_PHRASE) return Infinity;
    // punctuation is no OCR damage of a letter: "QUYẾT ĐỊNH:" is another line than "QUYẾT ĐỊNH"
    if (p.lettersOnly[k] && !LETTERS.test(printed[k]!)) return Infinity;
    if (misspelt) {
      // one word may be misspelt by one letter, no more
      if (letterErrors > 0 || !withinOneEdit(bare, p.bare[k]!)) return Infinity;
      letterErrors = 1;
      continue;
    }
    markErrors += markDifferences(printed[k]!, p.words[k]!);
  }
  const total = markErrors + letterErrors;
  return total <= (p.letters < LONG_PHRASE ? 1 : Math.ceil(p.letters / 3)) ? total : Infinity;
}

/** The phrase the words are a damaged reading of: the nearest, none when one is printed exactly or two are as near. */
function nearest(printed: string[], phrases: Map<number, Phrase[]>): Phrase | null {
  let best: Phrase | null = null;
  let bestScore = Infinity;
  let tie = false;
  const printedBare = printed.map(bareOf);
  for (const p of phrases.get(printed.length) ?? []) {
    const d = ocrDistance(printed, p, printedBare);
    if (d === 0) return null;
    if (d < bestScore) {
      best = p;
      bestScore = d;
      tie = false;
    } else if (d === bestScore && d < Infinity && p.canonical !== best?.canonical) tie = true;
  }
  return tie ? null : best;
}

/** Keeps the case the line was printed in: a capitals line gets the capital form. */
function inCaseOf(printed: string, canonical: string): string {
  return printed === printed.toUpperCase() ? canonical.toUpperCase() : canonical;
}

/** The corrected line, or null when nothing in it is a damaged vocabulary word. */
export function correctLine(text: string): string | null {
  // the vocabulary is at most a few words: only the line's head is looked at
  const lineHead = text.slice(0, HEAD_CHARS);
  const first = FIRST_WORD.exec(lineHead)?.[0];
  if (first === undefined) return null;
  // the whole-line vocabulary is printed in capitals (the motto's second line aside)
  const capitals = text.length < HEAD_CHARS && (/^Đ/u.test(text) || isUpperCaseText(first));
  const openers = OPENERS_BY_FIRST.get(bareOf(first.replace(/:$/u, '')));
  // most lines are none of the three: known from their first word, without splitting the head
  if (!capitals && openers === undefined && !SIGNING.test(text)) return null;
  const words = lineHead.split(/\s+/u).filter(Boolean);
  const wholeCandidate = capitals && words.length <= 10;
  const whole = wholeCandidate ? nearest(words, WHOLE_LINE) : null;
  if (whole) return inCaseOf(text, whole.canonical);
  const sign = SIGNING.exec(text);
  if (sign) {
    const title = nearest(text.slice(sign[0].length).split(/\s+/u).filter(Boolean), TITLES);
    if (title) return `${sign[0].trim()} ${title.canonical}`;
  }
  for (const { phrase: p, colon } of openers ?? []) {
    const head = words.slice(0, p.words.length);
    const last = head[head.length - 1] ?? '';
    const hasColon = last.endsWith(':') || /^:/u.test(words[p.words.length] ?? '');
    if (colon && !hasColon) continue;
    const bareHead = head.map((w, k) => (k === head.length - 1 ? w.replace(/:$/u, '') : w));
    const d = ocrDistance(bareHead, p);
    if (d === 0) return null;
    if (d === Infinity) continue;
    const at = text.indexOf(last) + last.replace(/:$/u, '').length;
    return p.canonical + text.slice(at);
  }
  return null;
}

export function ocrVocabulary(lines: LineNode[], file: VFile): LineNode[] {
  return lines.map((line) => {
    const corrected = correctLine(line.value);
    if (corrected === null || corrected === line.value) return line;
    diagnose(file, 'info', 'ocr-corrected', `"${line.value.slice(0, 80)}" read as "${corrected.slice(0, 80)}" (OCR damage in a closed vocabulary)`, line.position);
    return { ...line, value: corrected };
  });
}
