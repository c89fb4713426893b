import { mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isVanbanError } from '../errors.js';
import { terminateOcr, type OcrMode } from '../parse-core.js';
import { parseLazily } from './parse-lazily.js';
import { type BatchWriter, createBatchWriter, type ExportFormat } from '../export/batch-writer.js';
import type { VanbanDocument } from '../schema/decision.js';
import { setOcrWorkers } from '../sources/ocr-engine.js';
import { expandInputs } from './inputs.js';
import { outputPaths } from './output-paths.js';
import type { Progress } from './progress.js';
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

type Outcome = { file: string; doc: VanbanDocument } | { file: string; error: string };

/** Runs `work` over the items with at most `limit` at once, handing results to `emit` in input order. */
async function inOrder<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>, emit: (result: R) => Promise<void>): Promise<void> {
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
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results.set(i, await work(items[i]!));
      await flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  await flush();
}

/** `vanban normalize INPUT…`: one document per input; one bad file never stops the others. */
export async function normalizeCommand(inputs: string[], options: NormalizeOptions): Promise<{ summary: NormalizeSummary; exitCode: number }> {
  const summary: NormalizeSummary = { documents: 0, failed: 0, rows: 0, citations: 0, unknownUnits: 0, diagnostics: 0, warnings: 0 };
  const { files, missing, emptyFolders, bases } = await expandInputs(inputs);
  const progress = options.progress(files.length);
  for (const m of missing) progress.note(`✗ ${m}: no such file, folder or match`);
  for (const m of emptyFolders) progress.note(`✗ ${m}: no documents (.txt .md .markdown .html .htm .pdf .docx .png .jpg .tif) in this folder`);
  const places = outputPaths(files, bases, { keepExtension: options.keepExtension });
  if (options.format === 'json') await mkdir(options.out!, { recursive: true });
  const exporter: BatchWriter | null =
    options.format === 'json' || options.format === 'ndjson'
      ? null
      : await createBatchWriter(options.format, { out: options.out, merge: options.merge, stdout: options.stdout, writeFile: writeFileAtomic });

  const read = async (file: string): Promise<Outcome> => {
    const place = places.get(file);
    if (options.format === 'json' && place && 'clash' in place) return { file, error: `output-clash: ${place.clash}` };
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      return { file, error: `read-failed: ${ioMessage(error)}` };
    }
    try {
      return { file, doc: await parseLazily(bytes, { name: basename(file), ocr: options.ocr }) };
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
    const { file, doc } = outcome;
    const warnings = doc.diagnostics.filter((x) => x.severity !== 'info').length;
    let where = 'stdout';
    if (exporter) where = await exporter.add(file, doc);
    else if (options.format === 'ndjson') options.stdout.write(`${JSON.stringify(doc)}\n`);
    else {
      const place = places.get(file) as { path: string };
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
    await inOrder(files, options.concurrency, read, emit);
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
