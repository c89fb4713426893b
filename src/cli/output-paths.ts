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
 * - an input whose name (without its extension) no other input of the run shares: `<name>.json`,
 *   wherever it lies (`seeds/x.txt` and `corpus/y.md` → `x.json`, `y.json`);
 * - inputs that share a name: their path below the common root of the inputs, the extension replaced
 *   by `.json` (`a/x.txt`, `b/x.txt` → `a/x.json`, `b/x.json`), and where that still meets another
 *   (`x.txt`, `x.md` of one folder) with the extension kept (`x.txt.json`, `x.md.json`);
 * - `keepExtension`: every input keeps its extension (`x.txt` → `x.txt.json`);
 * - a path still taken by an earlier input (names compared without case, as on case-insensitive file
 *   systems) is a clash: that input gets no output.
 */
export function outputPaths(files: string[], bases: string[], options: { keepExtension?: boolean } = {}): Map<string, OutputPlace> {
  const root = commonRoot(bases.length ? bases : files.map((f) => dirname(f)));
  const relativePath = (file: string) => relative(root, resolve(file));
  const withoutExtension = (path: string) => join(dirname(path), basename(path, extname(path)));
  const count = (keys: string[]) => {
    const n = new Map<string, number>();
    for (const k of keys) n.set(k.toLowerCase(), (n.get(k.toLowerCase()) ?? 0) + 1);
    return (k: string) => n.get(k.toLowerCase()) ?? 0;
  };
  const sameName = count(files.map((f) => basename(f, extname(f))));
  const sameStem = count(files.map((f) => withoutExtension(relativePath(f))));
  const pathOf = (file: string): string => {
    const name = basename(file, extname(file));
    if (sameName(name) === 1) return options.keepExtension ? `${basename(file)}.json` : `${name}.json`;
    const rel = relativePath(file);
    return options.keepExtension || sameStem(withoutExtension(rel)) > 1 ? `${rel}.json` : `${withoutExtension(rel)}.json`;
  };
  const taken = new Map<string, string>();
  const places = new Map<string, OutputPlace>();
  for (const file of files) {
    const path = pathOf(file);
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
