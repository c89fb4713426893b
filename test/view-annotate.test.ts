import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { loadHtml } from '../src/sources/html.js';
import { annotateHtml } from '../src/view/annotate.js';
import { FIXTURES } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

const CORPUS = new URL('../../shared/corpus/html/', import.meta.url);
const pages = [
  ...readdirSync(new URL('html/', FIXTURES)).map((f) => new URL(`html/${f}`, FIXTURES)),
  // the shared documents beside the repository, when they are there
  ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).map((f) => new URL(f, CORPUS)) : []),
];
const INSERTED = /<cite class="vanban-citation"[^>]*>|<\/cite>|<mark class="vanban-unit"[^>]*>|<\/mark>/gu;
const bare = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

describe('vanban view --annotate', () => {
  const temp = tempDirs('vanban-annotate-');
  it.each(pages.map((u) => [u.pathname.split('/').slice(-2).join('/'), u] as const))('%s: every citation mention marked in the page, nothing else changed', (name, url) => {
    const input = readFileSync(url);
    const latin1 = input.toString('latin1');
    expect(latin1).not.toMatch(/<\/cite>|<\/mark>|vanban-/u); // so that what the test strips is only what was inserted
    const doc = parse(input, { name });
    const result = annotateHtml(input, doc);
    const mentions = doc.citations.flatMap((c) => c.mentions.map((m) => ({ ...m, id: c.id }))).sort((a, b) => a.start - b.start);
    expect(result.citations).toEqual({ placed: mentions.length, total: mentions.length });
    // the page's own bytes, byte for byte, once the inserted tags are taken out
    const annotated = Buffer.from(result.bytes).toString('latin1');
    expect(Buffer.from(annotated.replace(INSERTED, ''), 'latin1').equals(input)).toBe(true);
    // the marks hold the mentions' words, in order, and name their citations
    const $ = loadHtml(result.bytes);
    const cites = $('cite.vanban-citation').toArray();
    expect(bare(cites.map((e) => $(e).text()).join(''))).toBe(bare(mentions.map((m) => m.text).join('')));
    expect(new Set(cites.map((e) => $(e).attr('data-citation-id')))).toEqual(new Set(mentions.map((m) => m.id)));
    if (result.placed > result.citations.placed) expect($('mark.vanban-unit').length).toBeGreaterThan(0);
    // and vanban reads the annotated page as it read the page
    expect(parse(result.bytes, { name }).text).toBe(doc.text);
  });

  it('marks the units of a task table once where a merged cell prints them once', () => {
    const input = readFileSync(new URL('html/qd-40-qd-bhxh-2023.html', FIXTURES));
    const $ = loadHtml(annotateHtml(input, parse(input, { name: 'qd-40.html' })).bytes);
    const tst = $('mark.vanban-unit[data-unit="TST"]');
    expect(tst.length).toBeGreaterThan(0);
    expect(tst.first().attr('title')).toBe('Ban Quản lý Thu - Sổ, Thẻ (TST)');
    expect(tst.first().closest('td').length).toBe(1);
  });

  it('refuses an input that is not HTML, naming it, and writes the others', () => {
    const out = temp();
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    const res = spawnSync(process.execPath, [cli, 'view', '--annotate', new URL('qd-40-qd-bhxh-2023.txt', FIXTURES).pathname, new URL('html/cv-09-bhxh-tdkt-2023.html', FIXTURES).pathname, '--out', out], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/✗ .*qd-40-qd-bhxh-2023\.txt: unsupported-format: .*--annotate writes back HTML pages/u);
    expect(readdirSync(out)).toEqual(['cv-09-bhxh-tdkt-2023.annotated.html']);
  });
});
