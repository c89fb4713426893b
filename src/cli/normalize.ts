import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isVanbanError } from '../errors.js';
import { terminateOcr, type OcrMode } from '../parse-core.js';
import { parseLazily } from './parse-lazily.js';
import { type BatchWriter, createBatchWriter, type ExportFormat } from '../export/batch-writer.js';
import type { VanbanDocument } from '../schema/decision.js';
import { setOcrWorkers } from '../sources/ocr-workers.js';
import { expandInputs } from './inputs.js';
import { type OutputPlace, outputPaths } from './output-paths.js';
import type { Progress } from './progress.js';
import { ndjsonItems, readAll, type StreamItem } from './stream-inputs.js';
import { writeFileAtomic } from './write-atomic.js';

export interface NormalizeOptions {
  /** Folder for one JSON file per input (format "json"). */
  out?: string;
  /** "json": a file per input in `out`; "ndjson": one line per document on `stdout`, in input order; csv, xlsx, md: see export/batch-writer. */
  format: 'json' | 'ndjson' | ExportFormat;
  /** xlsx: one sheet for the batch instead of one per document. */
  merge?: boolean;
  /** How many inputs are read and parsed at once. */
  concurrency: number;
  /** Count a document with warnings as failed. */
  strict: boolean;
  /** OCR of scanned pages: 'auto' (pages without text), 'force' (every PDF page), 'off'. */
  ocr?: OcrMode;
  /** Name every output `<input name with its extension>.json`, not only those whose names would clash. */
  keepExtension?: boolean;
  /** "documents" (the default): each input is one document; "ndjson": each input (a file, or `-`) holds one JSON object a line, `{ "name", "text" | "base64" }`, each a document. */
  inputFormat?: 'documents' | 'ndjson';
  /** Where the input `-` is read from. */
  stdin?: NodeJS.ReadableStream;
  progress: (total: number) => Progress;
  stdout: { write(chunk: string): unknown };
}

export interface NormalizeSummary {
  documents: number;
  failed: number;
  rows: number;
  citations: number;
  unknownUnits: number;
  diagnostics: number;
  warnings: number;
}

/** A system error's message with its code (`EACCES`, `EISDIR` …) in front, where it has one. */
export function ioMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = e?.message ?? String(error);
  return e?.code && !message.startsWith(e.code) ? `${e.code}: ${message}` : message;
}

function describe(doc: VanbanDocument): string {
  const d = doc.document;
  const rows = doc.appendices.reduce((n, a) => n + a.rows.length, 0);
  const what = [d.kind, d.number ?? '(no number)', d.date ?? '(no date)'].join(' ');
  return `${what}; ${d.articles.length} articles, ${rows} rows, ${doc.citations.length} citations, ${doc.diagnostics.length} diagnostics`;
}

/**
 * One document of the run: `file` names it in messages (a path, `stdin`, `stdin:3`); `name` is its
 * name (for `source.name` and the exporters); `place` its output in `--out` (format json).
 */
type Item = { file: string; name: string; read: () => Promise<string | Uint8Array>; place?: OutputPlace } | { file: string; error: string };
type Outcome = { file: string; name: string; doc: VanbanDocument; place?: OutputPlace } | { file: string; error: string };

/** Names given in a stream as relative paths: no root, no `..`, no empty parts; a line's label where nothing is left. */
function safeName(name: string, label: string): string {
  const parts = name.split(/[\\/]+/).filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.length ? parts.join('/') : label.replace(/[^\w.-]+/g, '-');
}

/** Runs `work` over the items with at most `limit` at once, handing results to `emit` in input order. */
async function inOrder<T, R>(items: AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>, emit: (result: R) => Promise<void>): Promise<void> {
  const results = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let emitting = Promise.resolve();
  const flush = () => {
    emitting = emitting.then(async () => {
      while (results.has(emitted)) {
        const r = results.get(emitted)!;
        results.delete(emitted);
        emitted++;
        await emit(r);
      }
    });
    return emitting;
  };
  const source = items[Symbol.asyncIterator]();
  let ended = false;
  const worker = async () => {
    while (!ended) {
      // the i-th call gets the i-th item: an async generator answers its calls in order
      const i = next++;
      const item = await source.next();
      if (item.done) {
        ended = true;
        break;
      }
      results.set(i, await work(item.value));
      await flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  await flush();
}

/** `vanban normalize INPUT…`: one document per input; one bad file never stops the others. */
export async function normalizeCommand(inputs: string[], options: NormalizeOptions): Promise<{ summary: NormalizeSummary; exitCode: number }> {
  const summary: NormalizeSummary = { documents: 0, failed: 0, rows: 0, citations: 0, unknownUnits: 0, diagnostics: 0, warnings: 0 };
  const fromStdin = inputs.includes('-');
  const paths = inputs.filter((i) => i !== '-');
  const { files, missing, emptyFolders, bases } = paths.length ? await expandInputs(paths) : { files: [], missing: [], emptyFolders: [], bases: [] };
  const ndjsonInput = options.inputFormat === 'ndjson';
  // a stream's count of documents is known at its end only: no bar then
  const progress = options.progress(ndjsonInput || fromStdin ? 0 : files.length);
  for (const m of missing) progress.note(`✗ ${m}: no such file, folder or match`);
  for (const m of emptyFolders) progress.note(`✗ ${m}: no documents (.txt .md .markdown .html .htm .pdf .docx .png .jpg .tif) in this folder`);
  if (options.format === 'json') await mkdir(options.out!, { recursive: true });
  const exporter: BatchWriter | null =
    options.format === 'json' || options.format === 'ndjson'
      ? null
      : await createBatchWriter(options.format, { out: options.out, merge: options.merge, stdout: options.stdout, writeFile: writeFileAtomic });

  const streamItem = (item: StreamItem): Item =>
    'error' in item ? { file: item.label, error: item.error } : { file: item.label, name: item.name, read: async () => item.bytes };
  async function* ndjsonFrom(stream: NodeJS.ReadableStream, source: string): AsyncGenerator<Item> {
    try {
      for await (const item of ndjsonItems(stream as import('node:stream').Readable, source)) yield streamItem(item);
    } catch (error) {
      yield { file: source, error: `read-failed: ${ioMessage(error)}` };
    }
  }
  async function* items(): AsyncGenerator<Item> {
    const stdin = options.stdin ?? process.stdin;
    if (ndjsonInput) {
      for (const file of files) yield* ndjsonFrom(createReadStream(file), file);
      if (fromStdin) yield* ndjsonFrom(stdin, 'stdin');
      return;
    }
    for (const file of files) yield { file, name: basename(file), read: () => readFile(file) };
    if (fromStdin) yield { file: 'stdin', name: 'stdin', read: () => readAll(stdin as import('node:stream').Readable) };
  }

  /** json into --out: every output's name is known before the first is written (the names of a run decide each other's). */
  async function* placed(): AsyncGenerator<Item> {
    const all: Item[] = [];
    for await (const item of items()) all.push(item);
    const filePlaces = ndjsonInput ? new Map<string, OutputPlace>() : outputPaths(files, bases, { keepExtension: options.keepExtension });
    const streamed = all.filter((i): i is Extract<Item, { name: string }> => 'name' in i && !filePlaces.has(i.file));
    const names = streamed.map((i) => safeName(i.name, i.file));
    const namePlaces = outputPaths([...new Set(names)], [], { keepExtension: options.keepExtension });
    const taken = new Map<string, string>();
    for (const [file, place] of filePlaces) if ('path' in place) taken.set(place.path.toLowerCase(), file);
    streamed.forEach((item, k) => {
      const place = namePlaces.get(names[k]!)!;
      const earlier = 'path' in place ? taken.get(place.path.toLowerCase()) : undefined;
      if ('clash' in place) item.place = place;
      else if (earlier !== undefined) item.place = { clash: `its output ${place.path} is already the output of ${earlier}` };
      else {
        taken.set(place.path.toLowerCase(), item.file);
        item.place = place;
      }
    });
    for (const item of all) {
      if ('name' in item && !item.place) item.place = filePlaces.get(item.file);
      yield item;
    }
  }

  const read = async (item: Item): Promise<Outcome> => {
    const { file } = item;
    if ('error' in item) return item;
    const { place, name } = item;
    if (options.format === 'json' && place && 'clash' in place) return { file, error: `output-clash: ${place.clash}` };
    let bytes: string | Uint8Array;
    try {
      bytes = await item.read();
    } catch (error) {
      return { file, error: `read-failed: ${ioMessage(error)}` };
    }
    try {
      return { file, name, place, doc: await parseLazily(bytes, { name: basename(name), ocr: options.ocr, onOcrPage: (done, total) => progress.pages?.(file, done, total) }) };
    } catch (error) {
      return { file, error: isVanbanError(error) ? `${error.code}: ${error.message}` : `read-failed: ${ioMessage(error)}` };
    }
  };
  const emit = async (outcome: Outcome) => {
    if ('error' in outcome) {
      summary.failed++;
      progress.done(`✗ ${outcome.file}: ${outcome.error}`);
      return;
    }
    const { file, name, doc } = outcome;
    const warnings = doc.diagnostics.filter((x) => x.severity !== 'info').length;
    let where = 'stdout';
    if (exporter) where = await exporter.add(name, doc);
    else if (options.format === 'ndjson') options.stdout.write(`${JSON.stringify(doc)}\n`);
    else {
      const place = outcome.place as { path: string };
      where = join(options.out!, place.path);
      try {
        await mkdir(dirname(where), { recursive: true });
        await writeFileAtomic(where, `${JSON.stringify(doc, null, 2)}\n`);
      } catch (error) {
        // this output only: the batch goes on
        summary.failed++;
        progress.done(`✗ ${file} → ${where}: write-failed: ${ioMessage(error)}`);
        return;
      }
    }
    summary.documents++;
    summary.rows += doc.appendices.reduce((n, a) => n + a.rows.length, 0);
    summary.citations += doc.citations.length;
    summary.unknownUnits += doc.diagnostics.filter((x) => x.code === 'unknown-unit').length;
    summary.diagnostics += doc.diagnostics.length;
    summary.warnings += warnings;
    const strictFail = options.strict && warnings > 0;
    if (strictFail) summary.failed++;
    progress.done(`${strictFail ? '✗' : '✓'} ${file} → ${where}: ${describe(doc)}${strictFail ? ` (--strict: ${warnings} warnings)` : ''}`);
  };
  // scans in a batch are read by one OCR worker per core
  setOcrWorkers(Math.min(options.concurrency, availableParallelism()));
  try {
    await inOrder(options.format === 'json' ? placed() : items(), options.concurrency, read, emit);
  } finally {
    // the OCR workers (started by the first scan) keep the process running until ended
    await terminateOcr();
  }
  for (const written of (await exporter?.close()) ?? []) progress.note(`→ ${written}`);
  progress.stop();
  const failed = summary.failed + missing.length + emptyFolders.length;
  progress.note(
    `${summary.documents} written, ${failed} failed; ${summary.rows} rows, ${summary.citations} citations, ${summary.unknownUnits} unknown units, ${summary.diagnostics} diagnostics (${summary.warnings} warnings)`,
  );
  return { summary, exitCode: failed > 0 ? 1 : 0 };
}
