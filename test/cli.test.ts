import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decision } from '../src/index.js';
import { testDocx } from '../src/sources/test-docx.js';
import { FIXTURES, fixtureNames } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const temp = tempDirs('vanban-cli-');

describe('vanban normalize', () => {
  it('writes one valid JSON per fixture, a line each and a summary, and exits 0', () => {
    const out = temp();
    // the text fixtures (the folder also holds their renditions and scans, which OCR would read for minutes)
    const res = run('normalize', `${FIXTURES.pathname}*.txt`, '--out', out);
    expect(res.status).toBe(0);
    // every input its own output, named after it
    const inputs = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.txt'));
    const expected = inputs.map((e) => e.name.replace(/\.txt$/, '.json')).sort();
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1)).sort();
    expect(written).toEqual(expected);
    expect(written).toEqual(expect.arrayContaining(fixtureNames.map((f) => f.replace(/\.txt$/, '.json'))));
    for (const f of written) Decision.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
    expect(res.stderr).toContain('✓');
    expect(res.stderr).toMatch(new RegExp(`(?<!\\d)${inputs.length} written, 0 failed; \\d+ rows, \\d+ citations`));
  });

  it('names each file it could not read, writes the others, and exits 1', () => {
    const dir = temp();
    const out = temp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    copyFileSync(new URL('qd-2422-qd-bhxh-2020.txt', FIXTURES), join(dir, 'good.txt'));
    const res = run('normalize', `${dir}/*.txt`, '--out', out);
    expect(res.status).toBe(1);
    expect(readdirSync(out)).toEqual(['good.json']);
    expect(res.stderr).toMatch(/✗ .*empty\.txt: empty-input/);
    expect(res.stderr).toMatch(/✗ .*binary\.txt: binary-input/);
    expect(res.stderr).toContain('1 written, 2 failed');
  });

  it('reports an input that names nothing', () => {
    const res = run('normalize', '/nonexistent/file.txt', '--out', temp());
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('no such file');
  });

  it('exits 2 on bad usage', () => {
    expect(run('normalize', 'x.txt').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
  });
});

describe('vanban normalize: no output lost', () => {
  const doc = () => readFileSync(new URL('qd-2422-qd-bhxh-2020.txt', FIXTURES));
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();

  it('writes inputs of the same name side by side, and in other folders, to their own files', () => {
    const dir = temp();
    const out = temp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    for (const f of ['a/x.txt', 'a/x.md', 'b/x.txt']) writeFileSync(join(dir, f), doc());
    const res = run('normalize', join(dir, 'a'), join(dir, 'b'), '--out', out);
    expect(res.status).toBe(0);
    expect(files(out)).toEqual([join('a', 'x.md.json'), join('a', 'x.txt.json'), join('b', 'x.json')]);
    expect(res.stderr).toContain('3 written, 0 failed');
  });

  it('fails an input whose output path is taken, and writes the others', () => {
    const dir = temp();
    const out = temp();
    for (const f of ['x.md', 'x.md.txt', 'x.txt']) writeFileSync(join(dir, f), doc());
    const res = run('normalize', dir, '--out', out);
    expect(res.status).toBe(1);
    expect(files(out)).toEqual(['x.md.json', 'x.txt.json']);
    expect(res.stderr).toMatch(/✗ .*x\.md\.txt: output-clash/);
    expect(res.stderr).toContain('2 written, 1 failed');
  });

  it('fails an output that cannot be written, goes on with the batch, and counts only files on disk', () => {
    const dir = temp();
    const out = temp();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, f), doc());
    mkdirSync(join(out, 'b.json')); // a folder in the way of the second output
    const res = run('normalize', dir, '--out', out);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/✗ .*b\.txt → .*b\.json: write-failed: E[A-Z]+/);
    expect(res.stderr).toContain('2 written, 1 failed');
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json', 'c.json']); // b.json still the folder, no temporary file left
    expect(files(out)).toEqual(['a.json', 'c.json']);
  });

  it('fails a memory bomb and a page nested 100,000 deep in the middle of a batch, and writes the others', () => {
    const dir = temp();
    const out = temp();
    writeFileSync(join(dir, 'a.txt'), doc());
    writeFileSync(join(dir, 'b.docx'), testDocx(['QUYẾT ĐỊNH'], 6_000_000)); // 36 MB of XML in a zip of a few KB
    writeFileSync(join(dir, 'c.html'), `<html><body>${'<div>'.repeat(100_000)}QUYẾT ĐỊNH${'</div>'.repeat(100_000)}</body></html>`);
    writeFileSync(join(dir, 'd.txt'), doc());
    const res = run('normalize', dir, '--out', out);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/✗ .*b\.docx: too-large: .*limits\.maxDocxXmlBytes/);
    expect(res.stderr).toMatch(/✗ .*c\.html: too-deep: .*limits\.maxHtmlDepth/);
    expect(files(out)).toEqual(['a.json', 'd.json']);
    expect(res.stderr).toContain('2 written, 2 failed');
  });

  it('says so and exits 1 on a folder with no documents', () => {
    const res = run('normalize', temp(), '--out', temp());
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/no documents .* in this folder/);
    expect(res.stderr).toContain('0 written, 1 failed');
  });

  it('ends quietly when the reader of stdout goes away', () => {
    const res = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" normalize "${FIXTURES.pathname}" --format ndjson | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(res.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});

describe('vanban normalize --format ndjson, --strict, --concurrency', () => {
  it('writes one line per document to stdout, in input order, whatever the concurrency', () => {
    const res = run('normalize', `${FIXTURES.pathname}*.txt`, '--format', 'ndjson', '--concurrency', '3');
    expect(res.status).toBe(0);
    const docs = res.stdout.trim().split('\n').map((l) => Decision.parse(JSON.parse(l)));
    expect(docs.map((d) => d.source.name)).toEqual(fixtureNames);
  });

  it('fails a document with warnings under --strict', () => {
    const res = run('normalize', new URL('phu-luc-kiem-soat-tthc-2024.txt', FIXTURES).pathname, '--out', temp(), '--strict');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('--strict');
  });

  it('rejects a concurrency that is not a whole number', () => {
    for (const bad of ['0', '1.5', 'four']) expect(run('normalize', FIXTURES.pathname, '--format', 'ndjson', '--concurrency', bad).status).toBe(2);
  });

  it('leaves every output file absent or complete when killed midway', async () => {
    const dir = temp();
    const out = temp();
    const text = readFileSync(new URL('qd-40-qd-bhxh-2023.txt', FIXTURES));
    for (let i = 0; i < 150; i++) writeFileSync(join(dir, `doc-${i}.txt`), text);
    const child = spawn(process.execPath, [CLI, 'normalize', dir, '--out', out]);
    // kill it as soon as it has written something, while most inputs are still to do
    for (let waited = 0; waited < 30_000 && !readdirSync(out).some((f) => f.endsWith('.json')); waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const written = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(150);
    for (const f of written) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
  });
});

describe('vanban units', () => {
  it('lists the registry, by date', () => {
    const res = run('units', '--date', '2024-06-01');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^TST\s+Ban Quản lý Thu - Sổ, Thẻ/mu);
    expect(res.stdout).not.toMatch(/^QLT\s/mu);
    const all = JSON.parse(run('units', '--json').stdout);
    expect(all.some((u: { id: string }) => u.id === 'QLT')).toBe(true);
  });

  it('refuses a date that is none as bad usage', () => {
    for (const bad of ['garbage', '2024-13-01', '2024-02-30']) {
      const res = run('units', '--date', bad);
      expect(res.status).toBe(2);
      expect(res.stderr).toContain('yyyy-mm-dd');
    }
  });
});

describe('vanban schema', () => {
  it('prints the JSON Schema', () => {
    const res = run('schema');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).$defs.Decision).toBeDefined();
  });
});

describe('vanban normalize: standard input and NDJSON input', () => {
  const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
  const runWith = (input: string | Buffer, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

  it('reads one document from - (named stdin, its format from the bytes) and ends a pipe into head with one line and exit 0', () => {
    const file = new URL('qd-40-qd-bhxh-2023.txt', FIXTURES).pathname;
    const res = spawnSync('bash', ['-c', `set -o pipefail; cat "${file}" | "${process.execPath}" "${CLI}" normalize - --format ndjson | head -1`], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    const lines = res.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const doc = Decision.parse(JSON.parse(lines[0]!));
    expect(doc.source.name).toBe('stdin');
    expect(doc.document.number).toBe('40/QĐ-BHXH');
    // HTML bytes on stdin are read as HTML
    const html = runWith(fixture('html/qd-1177-qd-bhxh-2023.html'), 'normalize', '-', '--format', 'ndjson');
    expect(html.status).toBe(0);
    expect(JSON.parse(html.stdout).source.format).toBe('html');
    // into --out: stdin.json
    const out = temp();
    expect(runWith(fixture('qd-2422-qd-bhxh-2020.txt'), 'normalize', '-', '--out', out).status).toBe(0);
    expect(readdirSync(out)).toEqual(['stdin.json']);
  });

  const lines = () =>
    [
      JSON.stringify({ name: 'qd-40.txt', text: fixture('qd-40-qd-bhxh-2023.txt').toString('utf8') }),
      '{"name": "cut off',
      JSON.stringify({ name: 'pages/qd-1177.html', base64: fixture('html/qd-1177-qd-bhxh-2023.html').toString('base64') }),
      '',
      JSON.stringify({ name: 'no-text.txt' }),
      JSON.stringify({ name: 'qd-2422.txt', text: fixture('qd-2422-qd-bhxh-2020.txt').toString('utf8') }),
    ].join('\n');

  it('--input-format ndjson: each line a document, in input order; a bad line fails alone, with its line number', () => {
    const res = runWith(lines(), 'normalize', '-', '--input-format', 'ndjson', '--format', 'ndjson', '--concurrency', '3');
    expect(res.status).toBe(1);
    const docs = res.stdout.split('\n').filter(Boolean).map((l) => Decision.parse(JSON.parse(l)));
    expect(docs.map((d) => [d.source.name, d.source.format, d.document.number])).toEqual([
      ['qd-40.txt', 'text', '40/QĐ-BHXH'],
      ['qd-1177.html', 'html', '1177/QĐ-BHXH'],
      ['qd-2422.txt', 'text', expect.stringMatching(/^2422\//)],
    ]);
    expect(res.stderr).toMatch(/✗ stdin:2: invalid-line: not JSON/);
    expect(res.stderr).toMatch(/✗ stdin:5: invalid-line: give exactly one of "text"/);
    expect(res.stderr).toContain('3 written, 2 failed');
  });

  it('standard input kept for --out in a temporary folder: removed after the run, and when the run is stopped by a signal', async () => {
    const tmp = temp();
    const env = { ...process.env, TMPDIR: tmp };
    const done = spawnSync(process.execPath, [CLI, 'normalize', '-', '--input-format', 'ndjson', '--out', temp()], { input: lines(), encoding: 'utf8', env });
    expect(done.stderr).toContain('3 written, 2 failed');
    expect(readdirSync(tmp)).toEqual([]);
    // stopped while standard input is still being read into its temporary file
    const child = spawn(process.execPath, [CLI, 'normalize', '-', '--input-format', 'ndjson', '--out', temp()], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write(`${JSON.stringify({ name: 'qd-40.txt', text: fixture('qd-40-qd-bhxh-2023.txt').toString('utf8') })}\n`);
    while (readdirSync(tmp).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(tmp)).toEqual([expect.stringMatching(/^vanban-stdin-/u)]);
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
    child.kill('SIGINT');
    expect(await closed).toEqual([null, 'SIGINT']);
    expect(readdirSync(tmp)).toEqual([]);
    child.stdin.destroy();
  });

  it('--input-format ndjson from files into --out: one JSON per line named after its name, clashes refused', () => {
    const dir = temp();
    const out = temp();
    writeFileSync(join(dir, 'batch.ndjson'), `${lines()}\n${JSON.stringify({ name: 'qd-40.txt', text: 'Điều 1. Lặp lại tên.' })}\n`);
    const res = run('normalize', join(dir, 'batch.ndjson'), '--input-format', 'ndjson', '--out', out);
    expect(res.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['qd-1177.json', 'qd-2422.json', 'qd-40.json']);
    expect(JSON.parse(readFileSync(join(out, 'qd-40.json'), 'utf8')).document.number).toBe('40/QĐ-BHXH');
    expect(res.stderr).toMatch(/batch\.ndjson:2: invalid-line/);
    expect(res.stderr).toMatch(/batch\.ndjson:7: output-clash: its output qd-40\.json is already the output of .*batch\.ndjson:1/);
    expect(res.stderr).toContain('3 written, 3 failed');
  });
});
