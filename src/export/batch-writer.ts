/**
 * Where `vanban normalize --format csv|xlsx|md` writes a batch:
 * - csv: one file `tasks.csv` in `--out`, or stdout when `--out` is absent; the BOM and header once,
 *   then each document's rows in input order;
 * - xlsx: one workbook `tasks.xlsx` in `--out` (needed), a sheet per document or one sheet (`merge`);
 * - md: one `NAME.md` per input in `--out` (needed).
 */
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Decision } from '../schema/decision.js';
import { csvHead, csvRows } from './csv.js';
import { documentToMarkdown } from './markdown.js';
import { tasksToXlsx } from './xlsx.js';

import { type ExportFormat, needsOut } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat, needsOut } from './formats.js';

export interface BatchWriterOptions {
  out?: string;
  merge?: boolean;
  stdout: { write(chunk: string): unknown };
  /** Writes a whole file at once (the CLI writes atomically). */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
}

export interface BatchWriter {
  /** Takes one document; says where it went. */
  add(file: string, doc: Decision): Promise<string>;
  /** Writes what is written at the end; returns the paths written. */
  close(): Promise<string[]>;
}

/** Formats that cannot go to stdout. */
export async function createBatchWriter(format: ExportFormat, options: BatchWriterOptions): Promise<BatchWriter> {
  const { out } = options;
  if (needsOut(format) && !out) throw new Error(`--out <dir> is needed with --format ${format}`);
  if (out) await mkdir(out, { recursive: true });
  switch (format) {
    case 'md':
      return {
        async add(file, doc) {
          const where = join(out!, `${basename(file, extname(file))}.md`);
          await options.writeFile(where, documentToMarkdown(doc));
          return where;
        },
        close: async () => [],
      };
    case 'csv': {
      if (!out) {
        options.stdout.write(csvHead());
        return { add: async (_file, doc) => (options.stdout.write(csvRows(doc)), 'stdout'), close: async () => [] };
      }
      const where = join(out, 'tasks.csv');
      const parts = [csvHead()];
      return {
        add: async (_file, doc) => (parts.push(csvRows(doc)), where),
        close: async () => (await options.writeFile(where, parts.join('')), [where]),
      };
    }
    case 'xlsx': {
      const where = join(out!, 'tasks.xlsx');
      const docs: Decision[] = [];
      return {
        add: async (_file, doc) => (docs.push(doc), where),
        close: async () => (await options.writeFile(where, await tasksToXlsx(docs, { merge: options.merge })), [where]),
      };
    }
  }
}
