import { VanbanError } from '../errors.js';

export interface DecodeOptions {
  file?: string | null;
}

/**
 * Bytes or a string to clean Unicode text: UTF-8 (a BOM is dropped), CRLF and CR to LF, NFC.
 * Binary input (NUL bytes, or mostly control bytes) and empty input are typed errors.
 */
export function decodeText(input: string | Uint8Array, options: DecodeOptions = {}): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (looksBinary(input)) {
      throw new VanbanError('binary-input', 'the input is binary data, not text', { file: options.file });
    }
    text = new TextDecoder('utf-8', { fatal: false }).decode(input);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) {
    throw new VanbanError('binary-input', 'the input contains NUL characters: binary data, not text', { file: options.file });
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new VanbanError('empty-input', 'the input is empty', { file: options.file });
  }
  return text;
}

/** NUL bytes, or more than 10% control bytes other than tab, LF, CR and form feed, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
