/**
 * Linear in the input, source by source: each generated input read at one size and at ten times it,
 * in a child process (dist/, which `npm test` builds first) stopped once it is past the bound. The
 * time of ten times the input must stay within twelve times the time of the input: the two sizes read
 * in turn, five times, each size's fastest run taken (other work on the shared machine weighs on both
 * alike), a ratio and never an absolute time, so only a super-linear cost fails. (With three runs a
 * machine under heavy load once took the HTML case to ×12.7.)
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDocx } from '../src/sources/test-docx.js';
import { tempDirs } from './temp-dirs.js';

const RATIO = 12;
const RUNS = 5;
const DIST = new URL('../dist/index.js', import.meta.url).pathname;
const SCRIPT = `
import { readFileSync } from 'node:fs';
import { parseAsync } from ${JSON.stringify(DIST)};
const files = process.argv.slice(2);
const inputs = files.map((f) => readFileSync(f));
const best = files.map(() => Infinity);
for (let i = 0; i < inputs.length; i++) await parseAsync(inputs[i], { name: files[i] }); // warm
// the sizes in turn, run after run, so that other work on the machine weighs on both alike
for (let run = 0; run < ${RUNS}; run++) {
  for (let i = 0; i < inputs.length; i++) {
    const t = performance.now();
    await parseAsync(inputs[i], { name: files[i] });
    best[i] = Math.min(best[i], performance.now() - t);
    process.stdout.write(JSON.stringify({ i, ms: performance.now() - t }) + '\\n');
  }
}
process.stdout.write(JSON.stringify({ best }) + '\\n');
`;
const dir = tempDirs('vanban-linear-')();
const script = join(dir, 'time.mjs');
writeFileSync(script, SCRIPT);

/**
 * The fastest time of reading each of `small` and `big`, read in turn; the big one's is Infinity when
 * one of its runs goes past RATIO × the small one's fastest so far (and a few seconds): the run is
 * stopped there, its ratio could only be over the bound.
 */
function timesOf(small: string, big: string): Promise<{ small: number; big: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, small, big]);
    let out = '';
    let err = '';
    let fastestSmall = Number.POSITIVE_INFINITY;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stopped = true;
        child.kill('SIGKILL');
      }, ms);
    };
    arm(180_000); // the warm-up and the first small run
    let result: { small: number; big: number } | null = null;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = JSON.parse(out.slice(0, nl));
        out = out.slice(nl + 1);
        if ('best' in line) result = { small: line.best[0], big: line.best[1] };
        else if (line.i === 0) {
          fastestSmall = Math.min(fastestSmall, line.ms);
          arm(2 * RATIO * fastestSmall * 2 + 5_000); // the big run that follows (past the loosest bound)
        } else arm(180_000);
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (stopped) resolve({ small: fastestSmall, big: Number.POSITIVE_INFINITY });
      else if (code !== 0 || !result) reject(new Error(`timing failed: ${err}`));
      else resolve(result);
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
  'text: wrapped lower-case paragraph lines': { ext: 'txt', n: 10_000, make: (n) => `${HEAD.join('\n')}\n${prose(n, 9)}\n` },
  'text: one line without a newline': { ext: 'txt', n: 10_000, make: (n) => `${HEAD.join('\n')}\n${prose(n, null)}` },
  'markdown: paragraphs and a table': {
    ext: 'md',
    n: 200,
    make: (n) => `${HEAD.join('\n\n')}\n\n${prose(n * 5, 9).replace(/\n/gu, '\n\n')}\n\nPHỤ LỤC\n\n| ${COLUMNS.join(' | ')} |\n|${'---|'.repeat(COLUMNS.length)}\n${Array.from({ length: n }, (_, i) => `| ${row(i).join(' | ')} |`).join('\n')}\n`,
  },
  'html: a task table': {
    ext: 'html',
    n: 200,
    make: (n) =>
      `<html><body>${HEAD.map((l) => `<p>${l}</p>`).join('')}<p>PHỤ LỤC</p><table><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr>${Array.from({ length: n }, (_, i) => `<tr>${row(i).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`,
  },
  'docx: paragraphs': { ext: 'docx', n: 300, make: (n) => testDocx([...HEAD, ...prose(n * 9, 9).trim().split('\n')]) },
};

/**
 * Cases measured past RATIO (warm, on this machine), with why, held to twice it until fixed: the
 * compile stage on big texts (findUnitMentions, foldKey; garbage collection grows with the heap) takes
 * ×13–14 from 60 to 600 KB of text; Markdown ×13 from 200 to 2,000 table rows (micromark's GFM table
 * parsing and the same compile stage). HTML nesting is not here: parse5's time grows with the square
 * of the depth, which `limits.maxHtmlDepth` bounds (test/bad-inputs.test.ts reads 1,000 levels and
 * refuses 100,000 before parsing).
 */
const KNOWN_SLOWER: Record<string, string> = {
  'text: wrapped lower-case paragraph lines': 'compile stage: garbage collection grows with the heap',
  'text: one line without a newline': 'compile stage: garbage collection grows with the heap',
  'markdown: paragraphs and a table': 'micromark table parsing and the compile stage',
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
      const { small, big } = await timesOf(files[0]!, files[1]!);
      expect(Number.isFinite(small)).toBe(true);
      const ratio = big / small;
      const bound = KNOWN_SLOWER[name] ? 2 * RATIO : RATIO;
      expect(ratio, `${name}: ${small.toFixed(0)} ms at ${n}, ${big.toFixed(0)} ms at ${n * 10}`).toBeLessThanOrEqual(bound);
    },
    300_000,
  );
});
