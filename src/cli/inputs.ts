import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** File endings `normalize` picks up when given a folder, in any case (`.PDF`, `.Docx` from scanners and office machines). */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx', 'png', 'jpg', 'jpeg', 'tif', 'tiff'];

export interface ExpandedInputs {
  files: string[];
  /** Inputs that named nothing: a missing path, or a glob with no match. */
  missing: string[];
  /** Folders given as inputs that hold no document. */
  emptyFolders: string[];
  /**
   * The folders the inputs were given as: a folder itself, a file's folder, a glob's matches' folders.
   * Outputs mirror the files' paths below the common root of these.
   */
  bases: string[];
}

/** Files, folders (their documents, recursively) and globs to a sorted list of files. */
export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  const bases = new Set<string>();
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const found = await glob(input, { onlyFiles: true, absolute: false, expandDirectories: false });
      if (found.length === 0) missing.push(input);
      for (const f of found) {
        files.add(f);
        bases.add(dirname(f));
      }
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) {
      const found = await glob(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, { cwd: input, onlyFiles: true, caseSensitiveMatch: false });
      if (found.length === 0) emptyFolders.push(input);
      else bases.add(input);
      found.forEach((f) => files.add(join(input, f)));
    } else {
      files.add(input);
      bases.add(dirname(input));
    }
  }
  return { files: [...files].sort(), missing, emptyFolders, bases: [...bases] };
}
