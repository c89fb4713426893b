#!/usr/bin/env node
/**
 * vanban benchmark (`npm run bench`, which builds dist/ first).
 *
 * 1. Throughput: the text fixtures, one document per parse() call, over and over until at least
 *    BENCH_MB (20) MB have been read; documents/s, MB/s and peak RSS of that process.
 * 2. Baseline over the same bytes in the same run: UTF-8 decode + NFC + one linear regex scan,
 *    and the ratio of vanban's throughput to it (target: at least 1/4).
 * 3. Stream: BENCH_STREAM_DOCS (10,000) documents through the CLI (`vanban normalize DIR --out DIR`),
 *    at `--concurrency 1` (the main thread) and at the number of cores (a worker thread each): the
 *    throughput of each, its CPU time (all threads), the CLI process's peak RSS (worker threads
 *    included; target: under 150 MB), the machine's load average when it ended (other programs'
 *    work slows the wall clock, not the CPU time), and the ratio of the two throughputs.
 *
 * 2b. Real pages: the saved legal-website pages beside the fixtures (../shared/corpus/input/*.md and
 *    ../shared/corpus/tables/*.md, when ../shared is there; skipped with a message otherwise), each set
 *    read by the baseline and by parse() in one process, over the same bytes, round robin to
 *    BENCH_CORPUS_MB (4) MB each: MB/s of both and the ratio.
 *
 * 4. OCR: a five-page generated scan (fixtures/scan/, 150 dpi) read by parseAsync() with one OCR
 *    worker, started before on a two-page TIFF: seconds per page, rendering included.
 *
 * Each part runs in a child process of its own so that its peak RSS is its own. One core: the
 * children run one after another and parse() is synchronous.
 * Environment: BENCH_MB, BENCH_STREAM_DOCS, BENCH_OCR=0 (skips part 4), BENCH_JSON=1 (print the figures as JSON too).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
const DIST = join(ROOT, 'dist', 'index.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const MB = Number(process.env.BENCH_MB ?? 20);
const STREAM_DOCS = Number(process.env.BENCH_STREAM_DOCS ?? 10_000);
const OCR = process.env.BENCH_OCR !== '0';
const CORPUS_MB = Number(process.env.BENCH_CORPUS_MB ?? 4);
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const CORPUS_SETS = ['input', 'tables'].map((set) => join(CORPUS, set));
const OCR_WARM = join(FIXTURES, 'scan', 'cv-09-bhxh-tdkt-2023-p1-2.tiff');
const OCR_SCAN = join(FIXTURES, 'scan', 'cv-09-bhxh-tdkt-2023.pdf');
const TARGETS = { docsPerSecond: 1000, baselineRatio: 0.25, streamRssMb: 150 };

const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(FIXTURES, f));

// ── the child processes ──────────────────────────────────────────────────────────────────────

/** Reads the fixtures, then runs `work` over them round robin until MB megabytes are done. */
const throughputChild = (work) => `
import { readFileSync } from 'node:fs';
${work.imports}
const files = ${JSON.stringify(fixtureFiles)};
const docs = files.map((f) => readFileSync(f));
const target = ${MB} * 1024 * 1024;
let bytes = 0, count = 0, sink = 0;
// warm up: every document a few times
for (let r = 0; r < 3; r++) for (const d of docs) { ${work.body} }
const t0 = process.hrtime.bigint();
while (bytes < target) {
  const d = docs[count % docs.length];
  ${work.body}
  bytes += d.length;
  count++;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(JSON.stringify({ bytes, count, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, sink }));
`;

const VANBAN = {
  imports: `import { parse } from ${JSON.stringify(DIST)};`,
  body: `sink += parse(d, { name: 'bench.txt' }).diagnostics.length;`,
};

// read (UTF-8 decode) + NFC + one linear scan: every word (letters or digits) counted
const BASELINE = {
  imports: `const decoder = new TextDecoder('utf-8');\nconst WORD = /[\\p{L}\\p{N}]+/gu;`,
  body: `{ const text = decoder.decode(d).normalize('NFC'); WORD.lastIndex = 0; while (WORD.exec(text) !== null) sink++; }`,
};

/** One process: the baseline, then parse(), over the same files round robin to CORPUS_MB each. */
const pairChild = (files) => `
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
${VANBAN.imports}
${BASELINE.imports}
const files = ${JSON.stringify(files)};
const docs = files.map((f) => readFileSync(f));
const names = files.map((f) => basename(f));
const target = ${CORPUS_MB} * 1024 * 1024;
let sink = 0;
const measure = (one) => {
  for (let i = 0; i < docs.length; i++) one(docs[i], names[i]); // warm up
  let bytes = 0, count = 0;
  const t0 = process.hrtime.bigint();
  while (bytes < target) {
    const i = count % docs.length;
    one(docs[i], names[i]);
    bytes += docs[i].length;
    count++;
  }
  return { bytes, count, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
};
const baseline = measure((d) => ${BASELINE.body});
const vanban = measure((d, name) => { sink += parse(d, { name }).diagnostics.length; });
process.stdout.write(JSON.stringify({ baseline, vanban, sink }));
`;

function runChild(source, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
  const file = join(dir, 'child.mjs');
  writeFileSync(file, source);
  const res = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  rmSync(dir, { recursive: true, force: true });
  if (res.status !== 0) throw new Error(`benchmark child failed: ${res.stderr}`);
  return JSON.parse(res.stdout);
}

/** A folder of STREAM_DOCS documents (the fixtures round robin) for the stream runs. */
function streamFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-stream-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  const docs = fixtureFiles.map((f) => readFileSync(f));
  let bytes = 0;
  for (let i = 0; i < STREAM_DOCS; i++) {
    const d = docs[i % docs.length];
    writeFileSync(join(input, `doc-${String(i).padStart(5, '0')}.txt`), d);
    bytes += d.length;
  }
  return { dir, input, bytes };
}

/**
 * The CLI over the folder at `--concurrency` `concurrency`; its peak RSS (the process's: its worker
 * threads' memory is the process's) is written at exit by a preloaded module.
 */
function streamRun(folder, concurrency) {
  const out = join(folder.dir, `out-${concurrency}`);
  const rssFile = join(folder.dir, `rss-${concurrency}.json`);
  const preload = join(folder.dir, 'rss.mjs');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.VANBAN_BENCH_RSS, JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6 })));\n`);
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['--import', preload, CLI, 'normalize', folder.input, '--out', out, '--concurrency', String(concurrency)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, VANBAN_BENCH_RSS: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const written = existsSync(out) ? readdirSync(out).length : 0;
  const { maxRssMb, cpuSeconds } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(out, { recursive: true, force: true });
  if (res.status !== 0 && written === 0) throw new Error(`CLI failed: ${res.stderr.slice(-2000)}`);
  return { concurrency, documents: STREAM_DOCS, written, bytes: folder.bytes, seconds, documentsPerSecond: STREAM_DOCS / seconds, cpuSeconds, maxRssMb, exitCode: res.status, loadAverage: loadavg()[0] };
}

/** OCR: the worker started on a two-page TIFF, then a five-page scanned PDF read (rendering included). */
const ocrChild = () => `
import { readFileSync } from 'node:fs';
import { parseAsync, terminateOcr } from ${JSON.stringify(DIST)};
let t = process.hrtime.bigint();
await parseAsync(readFileSync(${JSON.stringify(OCR_WARM)}), { name: 'warm.tiff' });
const warm = Number(process.hrtime.bigint() - t) / 1e9;
t = process.hrtime.bigint();
const doc = await parseAsync(readFileSync(${JSON.stringify(OCR_SCAN)}), { name: 'scan.pdf' });
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
await terminateOcr();
process.stdout.write(JSON.stringify({ pages: doc.source.ocr.pages.length, seconds, warmSeconds: warm, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

// ── the run ──────────────────────────────────────────────────────────────────────────────────

const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mark = (ok) => (ok ? 'met' : 'MISSED');

console.log(`vanban benchmark: ${new Date().toISOString()}; node ${process.version}; ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}; ${fmt(totalmem() / 2 ** 30)} GB`);
console.log(`corpus: ${fixtureFiles.length} text fixtures (${fmt(docsBytes() / 1024)} KB), round robin to ${MB} MB\n`);

const base = runChild(throughputChild(BASELINE));
const vb = runChild(throughputChild(VANBAN));
const baseMBs = base.bytes / 2 ** 20 / base.seconds;
const vbMBs = vb.bytes / 2 ** 20 / vb.seconds;
const docsPerSecond = vb.count / vb.seconds;
const ratio = vbMBs / baseMBs;

console.log('throughput (one core)');
console.log(`  vanban    ${fmt(docsPerSecond)} documents/s, ${fmt(vbMBs, 2)} MB/s (${vb.count} documents, ${fmt(vb.bytes / 2 ** 20)} MB in ${fmt(vb.seconds, 2)} s), peak RSS ${fmt(vb.maxRssMb)} MB`);
console.log(`  baseline  ${fmt(base.count / base.seconds)} documents/s, ${fmt(baseMBs, 2)} MB/s (UTF-8 decode + NFC + one regex scan), peak RSS ${fmt(base.maxRssMb)} MB`);
console.log(`  ratio     vanban / baseline = ${ratio.toPrecision(3)} (1 in ${fmt(1 / ratio, 0)})`);

const corpus = [];
if (!existsSync(CORPUS)) console.log(`\nreal pages: skipped (${CORPUS} is not there)`);
else {
  console.log(`\nreal pages (one core; the baseline and parse() in one process over the same bytes, round robin to ${CORPUS_MB} MB)`);
  for (const dir of CORPUS_SETS) {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f)) : [];
    if (files.length === 0) {
      console.log(`  ${dir}: no .md pages, skipped`);
      continue;
    }
    const r = runChild(pairChild(files));
    const size = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const MBs = (x) => x.bytes / 2 ** 20 / x.seconds;
    const pair = { set: dir, files: files.length, bytes: size, vanbanMBs: MBs(r.vanban), baselineMBs: MBs(r.baseline), ratio: MBs(r.vanban) / MBs(r.baseline), documentsPerSecond: r.vanban.count / r.vanban.seconds };
    corpus.push(pair);
    console.log(`  ${relative(ROOT, dir)}: ${files.length} pages (${fmt(size / 1024)} KB): vanban ${fmt(pair.documentsPerSecond)} documents/s, ${fmt(pair.vanbanMBs, 2)} MB/s; baseline ${fmt(pair.baselineMBs, 2)} MB/s; ratio ${pair.ratio.toPrecision(3)} (1 in ${fmt(1 / pair.ratio, 0)})`);
  }
}

const CORES = availableParallelism();
console.log(`\nstream: ${STREAM_DOCS} documents through the CLI (folder in, one JSON each out), --concurrency 1 and ${CORES} (the cores)`);
const folder = streamFolder();
const streams = [];
for (const concurrency of [...new Set([1, CORES])]) {
  const r = streamRun(folder, concurrency);
  streams.push(r);
  console.log(`  --concurrency ${concurrency}: ${r.written} written in ${fmt(r.seconds, 1)} s (${fmt(r.documentsPerSecond)} documents/s, exit ${r.exitCode}), CPU ${fmt(r.cpuSeconds, 1)} s (all threads), CLI peak RSS ${fmt(r.maxRssMb)} MB; machine load ${fmt(r.loadAverage, 2)} at the end`);
}
rmSync(folder.dir, { recursive: true, force: true });
const [single, parallel] = [streams[0], streams.at(-1)];
const speedup = parallel.documentsPerSecond / single.documentsPerSecond;
if (streams.length > 1) console.log(`  ratio     --concurrency ${CORES} / --concurrency 1 = ${speedup.toPrecision(3)} (${CORES} cores)`);

let ocr = null;
if (OCR) {
  console.log('\nOCR: a generated scan (fixtures/scan/, 150 dpi), one worker');
  ocr = runChild(ocrChild());
  console.log(`  ${fmt(ocr.seconds / ocr.pages, 2)} s per page, rendering included (${ocr.pages} pages in ${fmt(ocr.seconds, 1)} s; before: the worker's start and a 2-page TIFF, ${fmt(ocr.warmSeconds, 1)} s), peak RSS ${fmt(ocr.maxRssMb)} MB`);
}

console.log('\ntargets');
console.log(`  ≥ ${TARGETS.docsPerSecond} documents/s on one core:   ${fmt(docsPerSecond)}  ${mark(docsPerSecond >= TARGETS.docsPerSecond)}`);
console.log(`  throughput ≥ 1/4 of the baseline:   ${ratio.toPrecision(3)}  ${mark(ratio >= TARGETS.baselineRatio)}`);
for (const c of corpus) console.log(`  ${c.set.slice(CORPUS.length + 1)} pages ≥ 1/4 of the baseline:  ${c.ratio.toPrecision(3)}  ${mark(c.ratio >= TARGETS.baselineRatio)}`);
for (const r of streams) console.log(`  stream peak RSS < ${TARGETS.streamRssMb} MB (--concurrency ${r.concurrency}):  ${fmt(r.maxRssMb)} MB  ${mark(r.maxRssMb < TARGETS.streamRssMb)}`);
if (streams.length > 1) console.log(`  stream faster with ${CORES} cores:       ×${speedup.toPrecision(3)}  ${mark(speedup > 1)}`);

if (process.env.BENCH_JSON) {
  console.log(JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, vanban: vb, baseline: base, docsPerSecond, vanbanMBs: vbMBs, baselineMBs: baseMBs, ratio, corpus, streams, streamSpeedup: speedup, ocr }));
}

function docsBytes() {
  return fixtureFiles.reduce((n, f) => n + readFileSync(f).length, 0);
}
