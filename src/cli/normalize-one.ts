import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isVanbanError } from '../errors.js';
import type { OcrMode } from '../parse-core.js';
import type { VanbanDocument } from '../schema/decision.js';
import { ioMessage } from './io-message.js';
import { parseLazily } from './parse-lazily.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * One document for `vanban normalize` to read: a file's path (read where the document is parsed, so
 * that only a path crosses to a worker thread) or the bytes of a stream's document.
 */
export interface DocumentTask {
  /** The file to read; or */
  path?: string;
  /** the document itself (standard input, a line of an NDJSON input). */
  bytes?: string | Uint8Array;
  /** The document's name (`source.name`, the format hint). */
  name: string;
  ocr?: OcrMode;
  /**
   * What the run writes: `json` (pretty-printed, a file each), `ndjson` (a line each): the output's
   * text comes back; `document`: the document itself (for the exporters: csv, xlsx, md).
   */
  output: 'json' | 'ndjson' | 'document';
  /**
   * For `json`: the file to write the output to, here (atomically, its folder made), so that the
   * output's text never crosses between threads and only the counts come back.
   */
  writeTo?: string;
}

/** The counts the run's summary adds up, and the line said of the document. */
export interface DocumentStats {
  rows: number;
  citations: number;
  unknownUnits: number;
  diagnostics: number;
  /** Diagnostics that are not `info`. */
  warnings: number;
  /** `kind number date; N articles, N rows, N citations, N diagnostics`. */
  description: string;
}

/**
 * What came of one document: the file written (`writeTo`; with `writeError` when it could not be),
 * the text to write (json without `writeTo`, ndjson) or the document (exporters), and its counts; or
 * why it could not be read. Text, not UTF-8 bytes: bytes handed over from a worker are memory outside
 * the heap that a main thread with little garbage of its own frees late (measured: 10–40 MB held
 * over a run of 1,000 documents); and a file is written where it is made (measured: the main
 * thread's heap grew to 55 MB on the texts copied to it).
 */
export type DocumentResult =
  | { written: string; writeError?: string; stats: DocumentStats }
  | { text: string; stats: DocumentStats } | { doc: VanbanDocument; stats: DocumentStats } | { error: string };

export function documentStats(doc: VanbanDocument): DocumentStats {
  const d = doc.document;
  const rows = doc.appendices.reduce((n, a) => n + a.rows.length, 0);
  const diagnostics = doc.diagnostics.length;
  const what = [d.kind, d.number ?? '(no number)', d.date ?? '(no date)'].join(' ');
  return {
    rows,
    citations: doc.citations.length,
    unknownUnits: doc.diagnostics.filter((x) => x.code === 'unknown-unit').length,
    diagnostics,
    warnings: doc.diagnostics.filter((x) => x.severity !== 'info').length,
    description: `${what}; ${d.articles.length} articles, ${rows} rows, ${doc.citations.length} citations, ${diagnostics} diagnostics`,
  };
}

/**
 * Reads and parses one document and renders what the run writes of it. Never throws for a bad
 * document: what is wrong comes back as `{ error: "code: message" }`.
 */
/** What a parse in this thread may call back: the pages of a scan read so far. */
export interface DocumentHooks {
  onOcrPage?: (done: number, total: number) => void;
}

export async function normalizeOne(task: DocumentTask, hooks: DocumentHooks = {}): Promise<DocumentResult> {
  let bytes: string | Uint8Array;
  try {
    bytes = task.bytes ?? (await readFile(task.path!));
  } catch (error) {
    return { error: `read-failed: ${ioMessage(error)}` };
  }
  let doc: VanbanDocument;
  try {
    doc = await parseLazily(bytes, { name: basename(task.name), ocr: task.ocr, ...(hooks.onOcrPage ? { onOcrPage: hooks.onOcrPage } : {}) });
  } catch (error) {
    return { error: isVanbanError(error) ? `${error.code}: ${error.message}` : `read-failed: ${ioMessage(error)}` };
  }
  const stats = documentStats(doc);
  if (task.output === 'document') return { doc, stats };
  const text = task.output === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : `${JSON.stringify(doc)}\n`;
  if (task.output !== 'json' || task.writeTo === undefined) return { text, stats };
  try {
    await mkdir(dirname(task.writeTo), { recursive: true });
    await writeFileAtomic(task.writeTo, text);
    return { written: task.writeTo, stats };
  } catch (error) {
    // this output only: the batch goes on
    return { written: task.writeTo, writeError: ioMessage(error), stats };
  }
}
