import { readFile, mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isVanbanError } from '../errors.js';
import { parseAsync } from '../parse.js';
import type { Decision } from '../schema/decision.js';
import { expandInputs } from './inputs.js';
import { writeFileAtomic } from './write-atomic.js';

export interface NormalizeOptions {
  out: string;
  /** Where progress lines and the summary go (stderr when the JSON goes to stdout). */
  log: (line: string) => void;
}

export interface NormalizeSummary {
  documents: number;
  failed: number;
  rows: number;
  citations: number;
  unknownUnits: number;
  diagnostics: number;
}

const outName = (file: string) => `${basename(file, extname(file))}.json`;

function describe(doc: Decision): string {
  const d = doc.document;
  const rows = doc.appendices.reduce((n, a) => n + a.rows.length, 0);
  const what = [d.kind, d.number ?? '(no number)', d.date ?? '(no date)'].join(' ');
  return `${what}; ${doc.document.articles.length} articles, ${rows} rows, ${doc.citations.length} citations, ${doc.diagnostics.length} diagnostics`;
}

/** `vanban normalize INPUT… --out DIR`: one JSON per input; one bad file never stops the others. */
export async function normalizeCommand(inputs: string[], options: NormalizeOptions): Promise<{ summary: NormalizeSummary; exitCode: number }> {
  const summary: NormalizeSummary = { documents: 0, failed: 0, rows: 0, citations: 0, unknownUnits: 0, diagnostics: 0 };
  const { files, missing } = await expandInputs(inputs);
  for (const m of missing) options.log(`✗ ${m}: no such file, folder or match`);
  await mkdir(options.out, { recursive: true });
  for (const file of files) {
    try {
      const doc = await parseAsync(await readFile(file), { name: basename(file) });
      const target = join(options.out, outName(file));
      await writeFileAtomic(target, `${JSON.stringify(doc, null, 2)}\n`);
      summary.documents++;
      summary.rows += doc.appendices.reduce((n, a) => n + a.rows.length, 0);
      summary.citations += doc.citations.length;
      summary.unknownUnits += doc.diagnostics.filter((x) => x.code === 'unknown-unit').length;
      summary.diagnostics += doc.diagnostics.length;
      options.log(`✓ ${file} → ${target}: ${describe(doc)}`);
    } catch (error) {
      summary.failed++;
      const reason = isVanbanError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
      options.log(`✗ ${file}: ${reason}`);
    }
  }
  options.log(
    `${summary.documents} written, ${summary.failed + missing.length} failed; ${summary.rows} rows, ${summary.citations} citations, ${summary.unknownUnits} unknown units, ${summary.diagnostics} diagnostics`,
  );
  return { summary, exitCode: summary.failed + missing.length > 0 ? 1 : 0 };
}
