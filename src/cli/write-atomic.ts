import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes a file so that a reader never sees it half written: a temporary file, then a rename. The
 * temporary file is hidden (`.name.json.PID.N.tmp`), so one left by a killed run is never taken for an output.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined); // the temporary file may never have been made
    throw error;
  }
}
