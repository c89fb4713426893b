import { VanbanError } from '../errors.js';
import { convertLegacy, decodeWindows1252, detectLegacyEncoding, LEGACY_ENCODING_NAMES, type LegacyEncoding, readsAsSyllable } from './legacy-encoding.js';

export interface DecodeOptions {
  file?: string | null;
}

/** The encoding the input was read in. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258' | 'windows-1252';

export interface DecodedInput {
  /** Clean Unicode text: no BOM, LF line ends, NFC. */
  text: string;
  /** What the input was read as. A string input is 'utf-8' unless its characters were legacy codes. */
  encoding: InputEncoding;
  /** A legacy encoding the text looks like but was not converted from (too little or mixed evidence). */
  suspected: LegacyEncoding | null;
  /** What a reader should be told: conversions made, and doubts. Empty for clean UTF-8. */
  notes: string[];
}

/**
 * Bytes or a string to clean Unicode text, saying how it was read: UTF-8 (a BOM is dropped), UTF-16
 * with a BOM, bytes that are not UTF-8 (Windows-1258 when they read as Vietnamese there, else
 * Windows-1252), and text in the legacy Vietnamese encodings TCVN3 (ABC) and VNI, which is converted
 * when the evidence is clear. CRLF and CR become LF; the text is NFC. Binary and empty input are
 * typed errors.
 */
export function decodeInput(input: string | Uint8Array, options: DecodeOptions = {}): DecodedInput {
  const notes: string[] = [];
  let encoding: InputEncoding = 'utf-8';
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const utf16 = utf16Of(input);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(input);
    } else {
      if (looksBinary(input)) {
        throw new VanbanError('binary-input', 'the input is binary data, not text', { file: options.file });
      }
      const utf8 = strictUtf8(input);
      const lax = utf8 === null ? mostlyUtf8(input) : null;
      if (utf8 !== null) text = utf8;
      else if (lax !== null) {
        text = lax.text;
        notes.push(`the input is UTF-8 with ${lax.invalid} byte sequence${lax.invalid > 1 ? 's' : ''} that are not: replaced by U+FFFD`);
      } else {
        const { encoding: single, text: decoded } = singleByte(input);
        encoding = single;
        text = decoded;
        notes.push(
          single === 'windows-1258'
            ? 'the input is not UTF-8: it was read as Windows-1258 (Vietnamese Windows code page)'
            : 'the input is not UTF-8: it was read as Windows-1252',
        );
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) {
    // a stray NUL in text (a bad copy, a cut-off write) is no character of the document: out, and said where
    const first = text.indexOf('\0');
    const line = countLines(text, first);
    const column = first - text.lastIndexOf('\n', first);
    const count = text.split('\0').length - 1;
    text = text.replaceAll('\0', '');
    notes.push(`${count} NUL character${count > 1 ? 's' : ''} (U+0000) taken out of the text, the first on line ${line}, column ${column}`);
  }

  let suspected: LegacyEncoding | null = null;
  if (encoding === 'utf-8' || encoding === 'windows-1252') {
    const legacy = detectLegacyEncoding(text);
    const e = legacy.evidence;
    const name = legacy.encoding ? LEGACY_ENCODING_NAMES[legacy.encoding] : '';
    const why = `${e[legacy.encoding ?? 'tcvn3']} of ${e.words} words with Latin-1 characters read as Vietnamese in it, ${e.asIs} as they are`;
    if (legacy.encoding && legacy.confidence === 'sure') {
      text = convertLegacy(text, legacy.encoding);
      encoding = legacy.encoding;
      const check = syllableShare(text);
      if (check.share >= CONVERTED_SYLLABLE_SHARE) notes.push(`the text was in the legacy encoding ${name} and was converted to Unicode (${why})`);
      else {
        notes.push(
          `the text was in the legacy encoding ${name} and was converted to Unicode, but ${check.words - check.syllables} of ${check.words} words with Vietnamese letters do not read as Vietnamese once converted: check the text (${why})`,
        );
      }
    } else if (legacy.encoding) {
      suspected = legacy.encoding;
      notes.push(`the text looks like the legacy encoding ${name} but was not converted: the evidence is not clear (${why})`);
    }
  }

  text = text.normalize('NFC');
  if (text.trim() === '') {
    throw new VanbanError('empty-input', 'the input is empty', { file: options.file });
  }
  return { text, encoding, suspected, notes };
}

/**
 * Bytes or a string to clean Unicode text (see `decodeInput`). Text that looks like a legacy
 * encoding but could not be converted with confidence is a `legacy-encoding` error naming it,
 * since reading it as it is would give garbage without a word of warning.
 */
export function decodeText(input: string | Uint8Array, options: DecodeOptions = {}): string {
  const decoded = decodeInput(input, options);
  if (decoded.suspected) {
    throw new VanbanError(
      'legacy-encoding',
      `the text looks like the legacy Vietnamese encoding ${LEGACY_ENCODING_NAMES[decoded.suspected]}; convert it to Unicode (UTF-8) first`,
      { file: options.file },
    );
  }
  return decoded.text;
}

/**
 * More than one NUL byte and more than 1% of them, or more than 10% control bytes other than tab, LF, CR and form feed, in
 * the first 8 KB. A stray NUL in text is not enough: decodeInput takes it out and says so.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 32) continue;
    if (b === 0) nul++;
    if (b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && ((nul > 1 && nul / n > 0.01) || control / n > 0.1);
}

/** The line (from 1) that offset `at` of `text` is on. */
function countLines(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The share of converted words with Vietnamese letters that must read as syllables for a conversion to be called done. */
const CONVERTED_SYLLABLE_SHARE = 0.8;

/** How many words with a letter beyond ASCII (in the first 200,000 characters) read as Vietnamese syllables. */
function syllableShare(text: string): { words: number; syllables: number; share: number } {
  let words = 0;
  let syllables = 0;
  for (const word of text.slice(0, 200_000).normalize('NFC').split(/\s/u)) {
    if (!/[^\x00-\x7f]/u.test(word)) continue;
    words++;
    if (readsAsSyllable(word)) syllables++;
  }
  return { words, syllables, share: words ? syllables / words : 1 };
}

/** UTF-16 by its byte order mark. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with some damage (a few bytes dropped in, a file cut mid-character): more valid non-ASCII
 * characters than invalid sequences. Legacy single-byte text has next to no valid UTF-8 sequences.
 */
function mostlyUtf8(bytes: Uint8Array): { text: string; invalid: number } | null {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let invalid = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f && code !== 0xfeff) valid++;
  }
  return valid > invalid ? { text, invalid } : null;
}

/**
 * Bytes that are not UTF-8: Windows-1258 (the Vietnamese Windows code page, tone marks as combining
 * characters) when more of its words read as Vietnamese syllables that way, else Windows-1252, the
 * code page the TCVN3 and VNI fonts were typed in (legacy detection runs on that reading).
 */
function singleByte(bytes: Uint8Array): { encoding: 'windows-1258' | 'windows-1252'; text: string } {
  const w1252 = decodeWindows1252(bytes);
  const w1258 = new TextDecoder('windows-1258').decode(bytes);
  const score = (text: string) => {
    const { words, share } = syllableShare(text);
    return words ? share : 0;
  };
  const s1258 = score(w1258);
  // Windows-1258 is chosen only when its reading is clearly Vietnamese and the legacy encodings' is not
  if (s1258 >= 0.7 && detectLegacyEncoding(w1252).confidence !== 'sure') return { encoding: 'windows-1258', text: w1258 };
  return { encoding: 'windows-1252', text: w1252 };
}
