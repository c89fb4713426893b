import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parse, parseAsync } from './index.js';
import { alignInLine, lineIndexAt } from './offsets.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const FIXTURES = new URL('../fixtures/', import.meta.url);
/** The characters without spaces: the source may wrap a mention or split a syllable ("Ch ỉ thị") that the text joins. */
const words = (s: string) => s.replace(/\s+/gu, '');
const inputs = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, FIXTURES)),
  // the shared documents beside the repository, when they are there
  ...(existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, SEEDS)) : []),
];

describe('citation mentions placed in the input', () => {
  it.each(inputs.map((u) => [u.pathname.split('/').slice(-2).join('/'), u] as const))('%s: input.slice(sourceStart, sourceEnd) is the mention', (_name, url) => {
    const input = readFileSync(url, 'utf8');
    const doc = parse(input, { name: url.pathname });
    const mentions = doc.citations.flatMap((c) => c.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    const lines = input.split('\n');
    for (const m of mentions) {
      expect(m.sourceStart, m.text).toBeTypeOf('number');
      expect(words(input.slice(m.sourceStart, m.sourceEnd)), `${m.text} at ${m.start}`).toBe(words(m.text));
      // the line and column name the same place
      const lineStart = lines.slice(0, m.sourceLine! - 1).reduce((n, l) => n + l.length + 1, 0);
      expect(lineStart + m.sourceColumn! - 1).toBe(m.sourceStart);
    }
    expect(doc.sourceLines).toHaveLength(doc.text.split('\n').length);
  });
});

describe('citation mentions placed in markup', () => {
  const markup = ['md', 'html'].flatMap((dir) => readdirSync(new URL(`${dir}/`, FIXTURES)).map((f) => new URL(`${dir}/${f}`, FIXTURES)));
  it.each(markup.map((u) => [u.pathname.split('/').slice(-2).join('/'), u] as const))('%s: the source line of each mention holds its first word', async (_name, url) => {
    const bytes = readFileSync(url);
    const doc = await parseAsync(bytes, { name: url.pathname });
    const charset = /charset=["']?([\w-]+)/iu.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1] ?? 'utf-8';
    const lines = iconv.decode(bytes, charset).replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n))).normalize('NFC').split('\n');
    const mentions = doc.citations.flatMap((c) => c.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.sourceStart).toBeUndefined();
      expect(lines[m.sourceLine! - 1], m.text).toContain(m.text.split(/\s/u)[0]);
    }
  });
});

describe('alignInLine', () => {
  it('carries an offset across collapsed spaces, a joined line break and removed markup', () => {
    const source = 'Căn cứ  **Nghị định**\n   số 89/2020/NĐ-CP;';
    const value = 'Căn cứ Nghị định số 89/2020/NĐ-CP;';
    const k = value.indexOf('Nghị');
    const start = alignInLine(value, source, 0, source.length, k);
    expect(source.slice(start, start + 4)).toBe('Nghị');
    const at = alignInLine(value, source, 0, source.length, value.indexOf('89/'));
    expect(source.slice(at)).toBe('89/2020/NĐ-CP;');
  });

  it('finds the line of an offset', () => {
    expect([0, 1, 4, 5, 9].map((o) => lineIndexAt([0, 5, 9], o))).toEqual([0, 0, 0, 1, 2]);
  });
});
