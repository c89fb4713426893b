import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isVanbanError } from '../errors.js';
import { parseAsync } from '../parse.js';
import { renderHtml } from '../view/render.js';
import { expandInputs } from './inputs.js';
import type { Progress } from './progress.js';
import { writeFileAtomic } from './write-atomic.js';

export interface ViewOptions {
  /** Folder for one HTML page per input. */
  out: string;
  progress: (total: number) => Progress;
}

/** `vanban view INPUT… --out DIR`: one self-contained HTML page per input; one bad file never stops the others. */
export async function viewCommand(inputs: string[], options: ViewOptions): Promise<{ written: string[]; exitCode: number }> {
  const { files, missing } = await expandInputs(inputs);
  const progress = options.progress(files.length);
  for (const m of missing) progress.note(`✗ ${m}: no such file, folder or match`);
  await mkdir(options.out, { recursive: true });
  const written: string[] = [];
  let failed = missing.length;
  for (const file of files) {
    try {
      const doc = await parseAsync(await readFile(file), { name: basename(file) });
      const where = join(options.out, `${basename(file, extname(file))}.html`);
      await writeFileAtomic(where, renderHtml(doc));
      written.push(where);
      const rows = doc.appendices.reduce((n, a) => n + a.rows.length, 0);
      progress.done(`✓ ${file} → ${where}: ${rows} rows, ${doc.citations.length} citations, ${doc.diagnostics.length} diagnostics`);
    } catch (error) {
      failed++;
      progress.done(`✗ ${file}: ${isVanbanError(error) ? `${error.code}: ${error.message}` : (error as Error).message}`);
    }
  }
  progress.stop();
  progress.note(`${written.length} pages written, ${failed} failed`);
  return { written, exitCode: failed > 0 ? 1 : 0 };
}
