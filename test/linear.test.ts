/**
 * Linear in the input, source by source: each generated input read at one size and at ten times it,
 * in a child process (dist/, which `npm test` builds first) stopped once it is past the bound. The
 * time of ten times the input must stay within twelve times the time of the input: each the fastest of three
 * runs (the least disturbed by other work on the machine), a ratio and never an absolute
 * time, so only a super-linear cost fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDocx } from '../src/sources/test-docx.js';

const RATIO = 12;
const RUNS = 3;
const DIST = new URL('../dist/index.js', import.meta.url).pathname;
const SCRIPT = `
import { readFileSync } from 'node:fs';
import { parseAsync } from ${JSON.stringify(DIST)};
const [file] = process.argv.slice(2);
const bytes = readFileSync(file);
await parseAsync(bytes, { name: file }); // warm
const ms = [];
for (let i = 0; i < ${RUNS}; i++) { const t = performance.now(); await parseAsync(bytes, { name: file }); ms.push(performance.now() - t); }
process.stdout.write(String(Math.min(...ms)));
`;
const dir = mkdtempSync(join(tmpdir(), 'vanban-linear-'));
const script = join(dir, 'time.mjs');
writeFileSync(script, SCRIPT);

/** The fastest time of reading `file`, or Infinity when it takes longer than `limitMs`. */
function timeOf(file: string, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file]);
    let out = '';
    let err = '';
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (stopped) resolve(Number.POSITIVE_INFINITY);
      else if (code !== 0) reject(new Error(`reading ${file} failed: ${err}`));
      else resolve(Number(out));
    });
  });
}

const HEAD = ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Số: 12/QĐ-BHXH', 'Hà Nội, ngày 1 tháng 2 năm 2024', 'QUYẾT ĐỊNH', 'Về việc ban hành kế hoạch', 'Điều 1. Ban hành kế hoạch.'];
const WORDS = 'thực hiện nhiệm vụ được giao theo kế hoạch của ngành bảo hiểm xã hội và các đơn vị liên quan'.split(' ');
const prose = (n: number, wrapEvery: number | null) =>
  Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]! + (wrapEvery && i % wrapEvery === wrapEvery - 1 ? '\n' : ' ')).join('');
const row = (i: number) => [String(i + 1), `Triển khai nhiệm vụ số ${i + 1} của kế hoạch`, 'Văn phòng', 'Ban Thu', 'Quý II/2024'];
const COLUMNS = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];

/** Each source's input of size n (a count of words, rows, levels or paragraphs), as a file. */
const CASES: Record<string, { ext: string; n: number; make: (n: number) => string | Buffer }> = {
  'text: wrapped lower-case paragraph lines': { ext: 'txt', n: 3_000, make: (n) => `${HEAD.join('\n')}\n${prose(n, 9)}\n` },
  'text: one line without a newline': { ext: 'txt', n: 3_000, make: (n) => `${HEAD.join('\n')}\n${prose(n, null)}` },
  'markdown: paragraphs and a table': {
    ext: 'md',
    n: 100,
    make: (n) => `${HEAD.join('\n\n')}\n\n${prose(n * 5, 9).replace(/\n/gu, '\n\n')}\n\nPHỤ LỤC\n\n| ${COLUMNS.join(' | ')} |\n|${'---|'.repeat(COLUMNS.length)}\n${Array.from({ length: n }, (_, i) => `| ${row(i).join(' | ')} |`).join('\n')}\n`,
  },
  'html: a task table': {
    ext: 'html',
    n: 150,
    make: (n) =>
      `<html><body>${HEAD.map((l) => `<p>${l}</p>`).join('')}<p>PHỤ LỤC</p><table><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr>${Array.from({ length: n }, (_, i) => `<tr>${row(i).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`,
  },
  'html: elements nested in one another': {
    ext: 'html',
    n: 200,
    make: (n) => `<html><body>${HEAD.map((l) => `<p>${l}</p>`).join('')}${'<div>mục '.repeat(n)}kế hoạch${'</div>'.repeat(n)}</body></html>`,
  },
  'docx: paragraphs': { ext: 'docx', n: 300, make: (n) => testDocx([...HEAD, ...prose(n * 9, 9).trim().split('\n')]) },
};

describe(`reading time grows in proportion to the input (×10 input, at most ×${RATIO} time)`, () => {
  it.each(Object.keys(CASES))(
    '%s',
    async (name) => {
      const { ext, n, make } = CASES[name]!;
      const files = [n, n * 10].map((size) => {
        const file = join(dir, `${name.replace(/\W+/gu, '-')}-${size}.${ext}`);
        writeFileSync(file, make(size));
        return file;
      });
      const small = await timeOf(files[0]!, 120_000);
      expect(Number.isFinite(small)).toBe(true);
      // past the bound the ratio can only be over it: stop there (a start-up second on top)
      const big = await timeOf(files[1]!, RATIO * small * (RUNS + 1) + 10_000);
      const ratio = big / small;
      expect(ratio, `${name}: ${small.toFixed(0)} ms at ${n}, ${big.toFixed(0)} ms at ${n * 10}`).toBeLessThanOrEqual(RATIO);
    },
    300_000,
  );
});
