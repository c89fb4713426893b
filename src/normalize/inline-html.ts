import { decodeHTMLStrict } from 'entities';
import type { VFile } from 'vfile';
import type { LineNode } from '../tree.js';

const TAG = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/giu;
/** A character reference: numeric (`&#272;`, `&#x110;`) or named (`&amp;`, `&frac12;`, `&NotNestedGreaterGreater;`). */
const ENTITY = /&(?:#\d{1,8}|#x[0-9a-f]{1,8}|[a-z][a-z0-9]{1,31});/giu;

/** The code point a numeric reference names, or null for a named one. */
function codePointOf(reference: string): number | null {
  if (reference[1] !== '#') return null;
  const hex = reference[2] === 'x' || reference[2] === 'X';
  return Number.parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
}

/** A code point no character reference may name: beyond Unicode, a surrogate half, or NUL. */
const isInvalidCodePoint = (cp: number) => cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff);

/**
 * Inline HTML left in text (`<i>điểm b</i>`) out, character references decoded by `entities` (every
 * HTML named entity); the words stay. A reference to an invalid code point (`&#x110000;`, a lone
 * surrogate `&#xD800;`) is kept as written and handed to `invalid`.
 */
export function stripInlineHtml(text: string, invalid: (reference: string) => void = () => undefined): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const decoded = text.replace(TAG, '').replace(ENTITY, (reference) => {
    const cp = codePointOf(reference);
    if (cp !== null && isInvalidCodePoint(cp)) {
      invalid(reference);
      return reference;
    }
    // an unknown name comes back as written; a no-break space is a space in the text
    return decodeHTMLStrict(reference).replace(/\u00a0/gu, ' ');
  });
  return decoded.replace(/ {2,}/g, ' ').trim();
}

/** Pass: inline HTML tags out of every line and cell; a reference to an invalid code point is a diagnostic. */
export function inlineHtml(lines: LineNode[], file?: VFile): LineNode[] {
  return lines
    .map((line) => {
      const invalid = (reference: string) =>
        file?.message(`character reference ${reference} names no character (an invalid code point): kept as written`, {
          place: line.position.start,
          ruleId: 'invalid-character-reference',
          source: 'vanban',
        });
      const value = stripInlineHtml(line.value, invalid);
      if (value === line.value) return line;
      const next: LineNode = { ...line, value };
      return next;
    })
    .filter((line) => line.value !== '');
}
