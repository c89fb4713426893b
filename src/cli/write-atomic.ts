import { rename, unlink, writeFile } from 'node:fs/promises';

let counter = 0;

/** Writes a file so that a reader never sees it half written: a temporary file, then a rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
