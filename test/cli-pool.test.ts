import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAsync } from '../src/index.js';
import { FIXTURES, fixtureNames, oversizedDecision } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

// `vanban normalize` on a pool of worker threads (src/cli/document-pool.ts) against the same run in one thread
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const run = (args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: options.input, env: { ...process.env, ...options.env }, maxBuffer: 1 << 28 });
const temp = tempDirs('vanban-pool-');
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('vanban normalize on worker threads', () => {
  it('writes the same files, byte for byte, and the same summary at --concurrency 3 as at 1, and as parseAsync() in this thread', async () => {
    // every rendition of the fixtures but the scans (OCR would take minutes): text, Word, HTML, Markdown, PDF
    const inputs = [...fixtureNames.map((f) => new URL(f, FIXTURES).pathname), ...['docx', 'html', 'md', 'pdf'].map((d) => new URL(d, FIXTURES).pathname)];
    const [one, pool] = [temp(), temp()];
    const single = run(['normalize', ...inputs, '--out', one, '--concurrency', '1']);
    const threads = run(['normalize', ...inputs, '--out', pool, '--concurrency', '3']);
    expect([single.status, threads.status]).toEqual([0, 0]);
    expect(files(pool)).toEqual(files(one));
    expect(files(one)).toHaveLength(25);
    for (const f of files(one)) expect(readFileSync(join(pool, f)).equals(readFileSync(join(one, f))), f).toBe(true);
    // the per-document lines and the summary, in input order
    expect(threads.stderr.replaceAll(pool, 'OUT')).toBe(single.stderr.replaceAll(one, 'OUT'));
    // the library in this thread, for each input: what the run wrote for it
    const written = threads.stderr
      .split('\n')
      .map((l) => /^✓ (.+) → (.+\.json): /u.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!] as const);
    expect(written).toHaveLength(25);
    for (const [input, output] of written) {
      const doc = await parseAsync(readFileSync(input), { name: basename(input) });
      expect(readFileSync(output, 'utf8'), input).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
  }, 240_000);

  it('keeps the input order of an NDJSON stream, a bad line failing alone in its place', () => {
    const texts = fixtureNames.map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));
    const lines = Array.from({ length: 12 }, (_, i) => (i === 5 ? '{"name": 5}' : JSON.stringify({ name: `d${i}-${fixtureNames[i % texts.length]}`, text: texts[i % texts.length] })));
    const input = `${lines.join('\n')}\n`;
    const single = run(['normalize', '-', '--input-format', 'ndjson', '--format', 'ndjson', '--concurrency', '1'], { input });
    const threads = run(['normalize', '-', '--input-format', 'ndjson', '--format', 'ndjson', '--concurrency', '4'], { input });
    expect([single.status, threads.status]).toEqual([1, 1]);
    const names = threads.stdout.trim().split('\n').map((l) => JSON.parse(l).source.name);
    expect(names).toEqual(lines.flatMap((l, i) => (i === 5 ? [] : [JSON.parse(l).name])));
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.stderr).toMatch(/✗ stdin:6: invalid-line/);
    expect(threads.stderr).toContain('11 written, 1 failed');
  }, 120_000);

  it('fails a document that runs its worker out of memory alone, and writes the others', () => {
    const dir = temp();
    const out = temp();
    copyFileSync(new URL('qd-40-qd-bhxh-2023.txt', FIXTURES), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b-oversized.txt'), oversizedDecision(12_000));
    copyFileSync(new URL('qd-2422-qd-bhxh-2020.txt', FIXTURES), join(dir, 'c.txt'));
    copyFileSync(new URL('cv-09-bhxh-tdkt-2023.txt', FIXTURES), join(dir, 'd.txt'));
    // a heap of 96 MB for each worker (and so no second reading with a larger one)
    const res = run(['normalize', dir, '--out', out, '--concurrency', '2'], { env: { VANBAN_WORKER_HEAP_MB: '96' } });
    expect(res.status).toBe(1);
    expect(files(out)).toEqual(['a.json', 'c.json', 'd.json']);
    expect(res.stderr).toMatch(/✗ .*b-oversized\.txt: out-of-memory: reading the document took more than a worker's 96 MB of heap \(set VANBAN_WORKER_HEAP_MB to allow more\)/);
    expect(res.stderr).toContain('3 written, 1 failed');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('parses as many documents at once as there are cores unless told', () => {
    expect(run(['normalize', '--help']).stdout).toMatch(new RegExp(`--concurrency <n>(?:(?!--)[\\s\\S])*\\(default: ${availableParallelism()}\\)`));
  });
});
