import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { isDynamicPattern } from 'tinyglobby';
import { type ExpandedInputs, expandInputs } from './inputs.js';
import { type OutputPlace, outputPaths } from './output-paths.js';

/** The documents a run's inputs name, and (when asked) where each one's JSON goes below `--out`. */
export interface Listing extends ExpandedInputs {
  /** `places[i]`: the output place of `files[i]`; none where no places were asked for. */
  places: OutputPlace[] | null;
}

export interface ListingOptions {
  /** Work out each file's output place (see output-paths.ts). */
  place: boolean;
  keepExtension?: boolean;
}

/** More paths than this are listed in a worker thread, as a folder or a glob is. */
export const LISTED_IN_THREAD = 64;

/** The listing in this thread. */
export async function listHere(paths: string[], options: ListingOptions): Promise<Listing> {
  const expanded = await expandInputs(paths);
  const places = options.place ? outputPaths(expanded.files, expanded.bases, { keepExtension: options.keepExtension }) : null;
  return { ...expanded, places: places && expanded.files.map((f) => places.get(f)!) };
}

/** A folder, a glob or a long list of paths: inputs that may name many files. */
async function mayBeLong(paths: string[]): Promise<boolean> {
  if (paths.length > LISTED_IN_THREAD || paths.some((p) => isDynamicPattern(p))) return true;
  const folders = await Promise.all(paths.map((p) => stat(p).then((s) => s.isDirectory(), () => false)));
  return folders.includes(true);
}

/**
 * The files of `paths` (see expandInputs) and their output places (see outputPaths). A listing that
 * may be long (a folder, a glob, many paths) is made in a worker thread of its own, ended when it is
 * done: what listing ten thousand files allocates stays in that thread (in this one it grew the young
 * generation of the heap by some 18 MB that the run then kept for its first seconds, beside the
 * workers parsing: the peak of a long run). Only the list crosses between the threads. Where the
 * worker cannot run (its module is not built beside this one), the listing is made here.
 */
export async function listInputs(paths: string[], options: ListingOptions, worker: URL = new URL('./listing-worker.js', import.meta.url)): Promise<Listing> {
  if (paths.length === 0) return { files: [], missing: [], emptyFolders: [], bases: [], places: options.place ? [] : null };
  if (!(await mayBeLong(paths))) return listHere(paths, options);
  const listed = await new Promise<Listing | null>((resolve) => {
    let thread: Worker;
    try {
      thread = new Worker(worker, { workerData: { paths, options } });
    } catch {
      resolve(null);
      return;
    }
    thread.once('message', (message: Listing) => resolve(message));
    thread.once('error', () => resolve(null));
    thread.once('exit', () => resolve(null));
  });
  return listed ?? listHere(paths, options);
}
