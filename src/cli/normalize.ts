import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { basename, join } from 'node:path';
import type { OcrMode } from '../parse-core.js';
import type { BatchWriter, ExportFormat } from '../export/batch-writer.js';
import type { VanbanDocument } from '../schema/decision.js';
import { createInThreadRunner, createWorkerPool, type DocumentRunner } from './document-pool.js';
import { inOrder } from './in-order.js';
import { ioMessage } from './io-message.js';
import { listInputs } from './listing.js';
import type { DocumentStats, DocumentTask } from './normalize-one.js';
import { type OutputPlace, outputPaths } from './output-paths.js';
import type { Progress } from './progress.js';
import { ndjsonItems, readAll, type StreamItem } from './stream-inputs.js';
import { makeTempDir, type TempDir } from './temp-dir.js';
import { writeFileAtomic } from './write-atomic.js';

export { ioMessage } from './io-message.js';

export interface NormalizeOptions {
  /** Folder for one JSON file per input (format "json"). */
  out?: string;
  /** "json": a file per input in `out`; "ndjson": one line per document on `stdout`, in input order; csv, xlsx, md: see export/batch-writer. */
  format: 'json' | 'ndjson' | ExportFormat;
  /** xlsx: one sheet for the batch instead of one per document. */
  merge?: boolean;
  /** How many documents are parsed at once: worker threads (1: in this thread, no worker). */
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
  stdout: { write(chunk: string | Uint8Array): unknown };
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

/**
 * One document of the run: `file` names it in messages (a path, `stdin`, `stdin:3`); `name` is its
 * name (for `source.name` and the exporters); `place` its output in `--out` (format json).
 */
type Item = { file: string; name: string; read: () => Promise<Pick<DocumentTask, 'path' | 'bytes'>>; place?: OutputPlace } | { file: string; error: string };
/** A document parsed: the file written (json), the text to write (ndjson) or the document (the exporters). */
type Outcome = { file: string; name: string; stats: DocumentStats; place?: OutputPlace } & ({ written: string; writeError?: string } | { text: string } | { doc: VanbanDocument }) | { file: string; error: string };

/** Names given in a stream as relative paths: no root, no `..`, no empty parts; a line's label where nothing is left. */
function safeName(name: string, label: string): string {
  const parts = name.split(/[\\/]+/).filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.length ? parts.join('/') : label.replace(/[^\w.-]+/g, '-');
}

/** `vanban normalize INPUT…`: one document per input; one bad file never stops the others. */
export async function normalizeCommand(inputs: string[], options: NormalizeOptions): Promise<{ summary: NormalizeSummary; exitCode: number }> {
  const summary: NormalizeSummary = { documents: 0, failed: 0, rows: 0, citations: 0, unknownUnits: 0, diagnostics: 0, warnings: 0 };
  const fromStdin = inputs.includes('-');
  const paths = inputs.filter((i) => i !== '-');
  const ndjsonInput = options.inputFormat === 'ndjson';
  const { files, missing, emptyFolders, places } = await listInputs(paths, { place: options.format === 'json' && !ndjsonInput, keepExtension: options.keepExtension });
  // a stream's count of documents is known at its end only: no bar then
  const progress = options.progress(ndjsonInput || fromStdin ? 0 : files.length);
  for (const m of missing) progress.note(`✗ ${m}: no such file, folder or match`);
  for (const m of emptyFolders) progress.note(`✗ ${m}: no documents (.txt .md .markdown .html .htm .pdf .docx .png .jpg .tif) in this folder`);
  if (options.format === 'json') await mkdir(options.out!, { recursive: true });
  const exporter: BatchWriter | null =
    options.format === 'json' || options.format === 'ndjson'
      ? null
      : await (await import('../export/batch-writer.js')).createBatchWriter(options.format, { out: options.out, merge: options.merge, stdout: options.stdout, writeFile: writeFileAtomic });

  const streamItem = (item: StreamItem): Item =>
    'error' in item ? { file: item.label, error: item.error } : { file: item.label, name: item.name, read: async () => ({ bytes: item.bytes }) };
  async function* ndjsonFrom(stream: NodeJS.ReadableStream, source: string): AsyncGenerator<Item> {
    try {
      for await (const item of ndjsonItems(stream as import('node:stream').Readable, source)) yield streamItem(item);
    } catch (error) {
      yield { file: source, error: `read-failed: ${ioMessage(error)}` };
    }
  }
  /** The temporary folder where standard input is kept, to be read twice (see `placed`), and its file there. */
  let spoolDir: TempDir | null = null;
  const spooled = () => (spoolDir ? join(spoolDir.path, 'stdin.ndjson') : null);
  async function* items(): AsyncGenerator<Item> {
    const stdin = options.stdin ?? process.stdin;
    if (ndjsonInput) {
      for (const file of files) yield* ndjsonFrom(createReadStream(file), file);
      const kept = spooled();
      if (fromStdin) yield* ndjsonFrom(kept ? createReadStream(kept) : stdin, 'stdin');
      return;
    }
    // a file is read where it is parsed (a worker): only its path crosses between threads
    for (const file of files) yield { file, name: basename(file), read: async () => ({ path: file }) };
    if (fromStdin) yield { file: 'stdin', name: 'stdin', read: async () => ({ bytes: await readAll(stdin as import('node:stream').Readable) }) };
  }

  /**
   * json into --out: every output's name is known before the first is written (the names of a run
   * decide each other's). The inputs are read twice, for their names and then for the documents, so
   * that no document is held meanwhile; standard input is kept in a temporary file for that.
   */
  async function* placed(): AsyncGenerator<Item> {
    if (ndjsonInput && fromStdin) {
      spoolDir = await makeTempDir('vanban-stdin-');
      await pipeline(options.stdin ?? process.stdin, createWriteStream(spooled()!));
    }
    const filePlaces = new Map<string, OutputPlace>(places?.map((place, i) => [files[i]!, place]));
    const streamed: Array<{ file: string; name: string }> = [];
    for await (const item of items()) if ('name' in item && !filePlaces.has(item.file)) streamed.push({ file: item.file, name: safeName(item.name, item.file) });
    const namePlaces = outputPaths([...new Set(streamed.map((i) => i.name))], [], { keepExtension: options.keepExtension });
    const taken = new Map<string, string>();
    for (const [file, place] of filePlaces) if ('path' in place) taken.set(place.path.toLowerCase(), file);
    const streamPlaces = new Map<string, OutputPlace>();
    for (const { file, name } of streamed) {
      const place = namePlaces.get(name)!;
      const earlier = 'path' in place ? taken.get(place.path.toLowerCase()) : undefined;
      if ('clash' in place) streamPlaces.set(file, place);
      else if (earlier !== undefined) streamPlaces.set(file, { clash: `its output ${place.path} is already the output of ${earlier}` });
      else {
        taken.set(place.path.toLowerCase(), file);
        streamPlaces.set(file, place);
      }
    }
    for await (const item of items()) {
      if ('name' in item) item.place = filePlaces.get(item.file) ?? streamPlaces.get(item.file);
      yield item;
    }
  }

  const output: DocumentTask['output'] = exporter ? 'document' : options.format === 'ndjson' ? 'ndjson' : 'json';
  const read = async (runner: DocumentRunner, item: Item): Promise<Outcome> => {
    const { file } = item;
    if ('error' in item) return item;
    const { place, name } = item;
    if (options.format === 'json' && place && 'clash' in place) return { file, error: `output-clash: ${place.clash}` };
    let source: Pick<DocumentTask, 'path' | 'bytes'>;
    try {
      source = await item.read();
    } catch (error) {
      return { file, error: `read-failed: ${ioMessage(error)}` };
    }
    // json: the output is written where the document is parsed
    const writeTo = options.format === 'json' && place && 'path' in place ? join(options.out!, place.path) : undefined;
    const result = await runner.run({ ...source, name, ocr: options.ocr, output, ...(writeTo ? { writeTo } : {}) }, { onOcrPage: (done, total) => progress.pages?.(file, done, total) });
    return 'error' in result ? { file, error: result.error } : { file, name, place, ...result };
  };
  const emit = async (outcome: Outcome) => {
    if ('error' in outcome) {
      summary.failed++;
      progress.done(`✗ ${outcome.file}: ${outcome.error}`);
      return;
    }
    const { file, name, stats } = outcome;
    let where = 'stdout';
    if ('doc' in outcome) where = await exporter!.add(name, outcome.doc);
    else if ('text' in outcome) options.stdout.write(outcome.text);
    else {
      where = outcome.written;
      if (outcome.writeError !== undefined) {
        // this output only: the batch goes on
        summary.failed++;
        progress.done(`✗ ${file} → ${where}: write-failed: ${outcome.writeError}`);
        return;
      }
    }
    summary.documents++;
    summary.rows += stats.rows;
    summary.citations += stats.citations;
    summary.unknownUnits += stats.unknownUnits;
    summary.diagnostics += stats.diagnostics;
    summary.warnings += stats.warnings;
    const strictFail = options.strict && stats.warnings > 0;
    if (strictFail) summary.failed++;
    progress.done(`${strictFail ? '✗' : '✓'} ${file} → ${where}: ${stats.description}${strictFail ? ` (--strict: ${stats.warnings} warnings)` : ''}`);
  };
  // one worker thread per document parsed at once, even one at a time: a worker's heap is limited
  // (which keeps its growth between collections, and so the run's memory, down) and a document that
  // runs it out fails alone. One document (one file, or `-`) is parsed in this thread: no worker to
  // start, nothing copied between threads. Started by the first document: a run whose inputs name
  // nothing loads no parser.
  const known = ndjsonInput ? Number.POSITIVE_INFINITY : files.length + (fromStdin ? 1 : 0);
  const threads = Math.max(1, Math.min(options.concurrency, known));
  const inThread = known <= 1;
  let runner: Promise<DocumentRunner> | null = null;
  const started = () => (runner ??= inThread ? createInThreadRunner() : createWorkerPool({ threads, filename: new URL('./normalize-worker.js', import.meta.url) }));
  try {
    await inOrder(options.format === 'json' ? placed() : items(), threads, async (item) => read(await started(), item), emit);
  } finally {
    // the workers (and the OCR workers a scan started) keep the process running until ended
    const made = runner as Promise<DocumentRunner> | null;
    if (made) await (await made).close();
    (spoolDir as TempDir | null)?.remove();
  }
  for (const written of (await exporter?.close()) ?? []) progress.note(`→ ${written}`);
  progress.stop();
  const failed = summary.failed + missing.length + emptyFolders.length;
  progress.note(
    `${summary.documents} written, ${failed} failed; ${summary.rows} rows, ${summary.citations} citations, ${summary.unknownUnits} unknown units, ${summary.diagnostics} diagnostics (${summary.warnings} warnings)`,
  );
  return { summary, exitCode: failed > 0 ? 1 : 0 };
}
