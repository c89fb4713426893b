/**
 * Nothing of a page is lost without a trace: every word of each saved page of the corpus (its
 * Markdown emphasis markers aside) is in the JSON — the document's text and fields, or a diagnostic
 * that quotes it (the page's chrome outside the document, text not placed in any field).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const DIRS = ['../../shared/corpus/input/', '../../shared/corpus/tables/'].map((d) => new URL(d, import.meta.url));
const pages = DIRS.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => new URL(f, d)));
const WORD = /[\p{L}\p{Nd}]+/gu;
const words = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').match(WORD) ?? [];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('every word of a saved page is in the JSON', () => {
  if (pages.length === 0) console.warn('../shared/corpus is absent: the pages are not checked');
  it.runIf(pages.length > 0)('in the text, a field or a diagnostic quoting it, on every page of the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const page of pages) {
      const input = readFileSync(page, 'utf8');
      const doc = parse(input, { name: page.pathname.split('/').pop()! });
      const have = new Set(words(strings(doc).join(' ')));
      const missing = [...new Set(words(input.replace(/\*+/gu, '')).filter((w) => !have.has(w)))];
      expect(missing, page.pathname).toEqual([]);
    }
  }, 120_000);
});
