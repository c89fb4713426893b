import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

/** Where one input's JSON goes, below the output folder; or why it has no place of its own. */
export type OutputPlace = { path: string } | { clash: string };

/** The deepest folder that holds every one of `folders`. */
export function commonRoot(folders: string[]): string {
  if (folders.length === 0) return resolve('.');
  const split = folders.map((f) => resolve(f).split(sep));
  const first = split[0]!;
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/**
 * The output path of each input, relative to the output folder, so that no output overwrites another:
 * - the input's path below the common root of the inputs, its extension replaced by `.json`
 *   (`a/x.txt` → `a/x.json`; inputs given as files of one folder → `x.json`);
 * - inputs of one folder that share a name without their extensions (`x.txt`, `x.md`) each keep their
 *   extension (`x.txt.json`, `x.md.json`), as every input does with `keepExtension`;
 * - a path still taken by an earlier input (names compared without case, as on case-insensitive file
 *   systems) is a clash: that input gets no output.
 */
export function outputPaths(files: string[], bases: string[], options: { keepExtension?: boolean } = {}): Map<string, OutputPlace> {
  const root = commonRoot(bases.length ? bases : files.map((f) => dirname(f)));
  const stem = (file: string) => {
    const rel = relative(root, resolve(file));
    return join(dirname(rel), basename(rel, extname(rel)));
  };
  const stems = new Map<string, number>();
  for (const file of files) stems.set(stem(file).toLowerCase(), (stems.get(stem(file).toLowerCase()) ?? 0) + 1);
  const taken = new Map<string, string>();
  const places = new Map<string, OutputPlace>();
  for (const file of files) {
    const s = stem(file);
    const shared = (stems.get(s.toLowerCase()) ?? 0) > 1;
    const path = options.keepExtension || shared ? `${relative(root, resolve(file))}.json` : `${s}.json`;
    const key = path.toLowerCase();
    const earlier = taken.get(key);
    if (earlier !== undefined) places.set(file, { clash: `its output ${path} is already the output of ${earlier}` });
    else {
      taken.set(key, file);
      places.set(file, { path });
    }
  }
  return places;
}
