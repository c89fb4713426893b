/**
 * Every seed in every format gives the same facts as its text: the HTML, Markdown, PDF and DOCX
 * renditions in fixtures/<format>/ (made by scripts/make-format-fixtures.mjs) against
 * fixtures/*.txt. Bad inputs get typed errors naming the file and the reason, and a CLI batch
 * writes the other files.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Decision, isVanbanError, parse, parseAsync, terminateOcr, type SourceFormat } from '../src/index.js';
import { testPdf } from '../src/sources/test-pdf.js';
import { FIXTURES, fixtureNames, ids, parsed } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

const FORMATS: Array<{ dir: string; ext: string; format: SourceFormat }> = [
  { dir: 'html', ext: 'html', format: 'html' },
  { dir: 'md', ext: 'md', format: 'markdown' },
  { dir: 'pdf', ext: 'pdf', format: 'pdf' },
  { dir: 'docx', ext: 'docx', format: 'docx' },
];
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
// the scanned PDF below is read by OCR, whose worker is ended with the file
afterAll(() => terminateOcr());
const GOLD = new URL('../../shared/gold/', import.meta.url).pathname;
const temp = tempDirs('vanban-formats-');
const base = (name: string) => name.replace(/\.txt$/u, '');

/** The facts a document must keep whatever form it comes in. */
function facts(doc: Decision) {
  const d = doc.document;
  return {
    number: d.number,
    date: d.date,
    kind: d.kind,
    subject: d.subject,
    issuer: d.issuer,
    place: d.place,
    signature: d.signature,
    recipients: d.recipients,
    archive: d.archive,
    addressees: d.addressees,
    legalBases: d.legalBases.map((b) => b.citationIds),
    articles: d.articles.length,
    sections: doc.sections.map((s) => s.label),
    appendices: doc.appendices.map((a) => ({ columns: a.columns, rows: a.rows.length, issuedWith: a.issuedWith })),
    rows: doc.appendices.flatMap((a) =>
      a.rows.map((r) => ({
        stt: r.stt,
        lead: ids(r.lead),
        partners: ids(r.partners),
        timeframe: r.timeframe ? [r.timeframe.kind, r.timeframe.start, r.timeframe.end] : null,
        notes: r.notes.length,
      })),
    ),
    citations: doc.citations.map((c) => `${c.id} ${c.date}`).sort(),
  };
}

async function read(dir: string, file: string): Promise<Decision> {
  return parseAsync(readFileSync(new URL(`${dir}/${file}`, FIXTURES)), { name: file });
}

describe('every seed in every format gives the facts of its text', () => {
  const matrix = fixtureNames.flatMap((seed) => FORMATS.map((f) => [seed, f.dir, f] as const));
  it.each(matrix)('%s as %s', async (seed, _, f) => {
    const file = `${base(seed)}.${f.ext}`;
    const doc = await read(f.dir, file);
    expect(doc.source.format).toBe(f.format);
    expect(() => Decision.parse(JSON.parse(JSON.stringify(doc)))).not.toThrow();
    expect(facts(doc)).toEqual(facts(parsed(seed)));
  });
});

describe('parse() and parseAsync()', () => {
  it('read HTML and Markdown synchronously, and say PDF and DOCX need parseAsync()', () => {
    const html = parse(readFileSync(new URL('html/qd-2422-qd-bhxh-2020.html', FIXTURES)), { name: 'q.html' });
    expect(html.document.number).toBe('2422/QĐ-BHXH');
    expect(parse(readFileSync(new URL('md/qd-2422-qd-bhxh-2020.md', FIXTURES), 'utf8')).source.format).toBe('markdown');
    for (const [dir, file] of [['pdf', 'qd-2422-qd-bhxh-2020.pdf'], ['docx', 'qd-2422-qd-bhxh-2020.docx']] as const) {
      try {
        parse(readFileSync(new URL(`${dir}/${file}`, FIXTURES)), { name: file });
        expect.unreachable();
      } catch (error) {
        expect(isVanbanError(error) && error.code).toBe('async-required');
        expect((error as Error).message).toMatch(/parseAsync/u);
      }
    }
  });
  it('take the format from the bytes, not the name, and from the options when given', async () => {
    const pdf = readFileSync(new URL('pdf/qd-2422-qd-bhxh-2020.pdf', FIXTURES));
    expect((await parseAsync(pdf, { name: 'scan-0001.dat' })).source.format).toBe('pdf');
    const md = readFileSync(new URL('md/qd-2422-qd-bhxh-2020.md', FIXTURES));
    expect(parse(md, { format: 'text' }).source.format).toBe('text');
  });
});

describe('bad input: a typed error naming the file and the reason', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['garbage.pdf', new TextEncoder().encode('this is not a PDF at all'), 'invalid-pdf'],
    ['truncated.pdf', readFileSync(new URL('pdf/qd-40-qd-bhxh-2023.pdf', FIXTURES)).subarray(0, 400), 'invalid-pdf'],
    ['scanned.pdf', testPdf(), 'scanned-pdf'],
    ['locked.pdf', testPdf({ encrypted: true }), 'encrypted-pdf'],
    ['page.html', new TextEncoder().encode('<!DOCTYPE html><html><body><nav>Trang chủ</nav><p>Trang bạn tìm không tồn tại.</p></body></html>'), 'no-document'],
    ['empty.html', new Uint8Array(), 'empty-input'],
    ['empty.pdf', new Uint8Array(), 'empty-input'],
    ['notes.docx', new TextEncoder().encode('plain text named docx'), 'invalid-docx'],
  ];
  it.each(cases)('%s', async (name, bytes, code) => {
    const error = await parseAsync(bytes, { name }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isVanbanError(error) && error.code).toBe(code);
    expect((error as Error).message).toContain(name);
  });
});

describe('vanban normalize on every format', () => {
  it('writes the good files of a batch and names each bad one with its reason', () => {
    const dir = temp();
    const out = temp();
    for (const f of FORMATS) copyFileSync(new URL(`${f.dir}/qd-2422-qd-bhxh-2020.${f.ext}`, FIXTURES), join(dir, `good-${f.dir}.${f.ext}`));
    writeFileSync(join(dir, 'garbage.pdf'), 'not a pdf');
    writeFileSync(join(dir, 'scanned.pdf'), testPdf());
    writeFileSync(join(dir, 'nothing.html'), '<!DOCTYPE html><html><body><p>Xin chào.</p></body></html>');
    writeFileSync(join(dir, 'empty.md'), '');
    const res = spawnSync(process.execPath, [CLI, 'normalize', dir, '--out', out], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(FORMATS.map((f) => `good-${f.dir}.json`).sort());
    for (const f of readdirSync(out)) expect(Decision.parse(JSON.parse(readFileSync(join(out, f), 'utf8'))).document.number).toBe('2422/QĐ-BHXH');
    expect(res.stderr).toMatch(/✗ .*garbage\.pdf: invalid-pdf/u);
    expect(res.stderr).toMatch(/✗ .*scanned\.pdf: scanned-pdf: .*no text layer/u);
    expect(res.stderr).toMatch(/✗ .*nothing\.html: no-document/u);
    expect(res.stderr).toMatch(/✗ .*empty\.md: empty-input/u);
    expect(res.stderr).toContain('4 written, 4 failed');
  });

  it.runIf(existsSync(join(GOLD, 'check.mjs')))('passes the same gold facts for each format as for the text (check.mjs)', () => {
    const score = (dir: string) => {
      const out = temp();
      spawnSync(process.execPath, [CLI, 'normalize', dir, '--out', out], { encoding: 'utf8' });
      const res = spawnSync(process.execPath, [join(GOLD, 'check.mjs'), join(GOLD, 'seeds.json'), out], { encoding: 'utf8' });
      const failed = res.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.replace(/ — got .*$/u, '')).sort();
      return { summary: res.stdout.match(/facts: .*/u)?.[0], failed };
    };
    const seeds = temp();
    for (const seed of fixtureNames) copyFileSync(new URL(seed, FIXTURES), join(seeds, seed));
    const text = score(seeds);
    for (const f of FORMATS) expect(score(new URL(f.dir, FIXTURES).pathname), f.dir).toEqual(text);
  });
});
