import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isVanbanError } from '../errors.js';
import { parseLazily } from './parse-lazily.js';
import { annotateHtml } from '../view/annotate.js';
import { renderHtml } from '../view/render.js';
import { expandInputs } from './inputs.js';
import type { Progress } from './progress.js';
import { writeFileAtomic } from './write-atomic.js';

export interface ViewOptions {
  /** Folder for one HTML page per input. */
  out: string;
  /** HTML inputs: write the page itself back with the citations and units marked (`NAME.annotated.html`) instead of the view. */
  annotate?: boolean;
  progress: (total: number) => Progress;
}

/** A file name for the input's page not given yet in this run: its name without extension, else with it, else numbered. */
function pageName(file: string, suffix: string, taken: Set<string>): string {
  const candidates = [basename(file, extname(file)), basename(file)];
  let name = candidates.find((c) => !taken.has(`${c}${suffix}`)) ?? '';
  for (let i = 2; !name; i++) if (!taken.has(`${candidates[1]}-${i}${suffix}`)) name = `${candidates[1]}-${i}`;
  taken.add(`${name}${suffix}`);
  return `${name}${suffix}`;
}

/** `vanban view INPUT… --out DIR`: one self-contained HTML page per input; one bad file never stops the others. */
export async function viewCommand(inputs: string[], options: ViewOptions): Promise<{ written: string[]; exitCode: number }> {
  const { files, missing } = await expandInputs(inputs);
  const progress = options.progress(files.length);
  for (const m of missing) progress.note(`✗ ${m}: no such file, folder or match`);
  await mkdir(options.out, { recursive: true });
  const written: string[] = [];
  const taken = new Set<string>();
  let failed = missing.length;
  for (const file of files) {
    try {
      const bytes = await readFile(file);
      const doc = await parseLazily(bytes, { name: basename(file) });
      if (options.annotate) {
        const where = join(options.out, pageName(file, '.annotated.html', taken));
        const { bytes: page, placed, missed, citations } = annotateHtml(bytes, doc);
        await writeFileAtomic(where, page);
        written.push(where);
        progress.done(`✓ ${file} → ${where}: ${citations.placed}/${citations.total} citation mentions and ${placed - citations.placed} units marked${missed ? `, ${missed} not found past the mark before` : ''}`);
        continue;
      }
      const where = join(options.out, pageName(file, '.html', taken));
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
