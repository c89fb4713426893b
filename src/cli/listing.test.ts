import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LISTED_IN_THREAD, listHere, listInputs } from './listing.js';

/** The built worker (`npm test` builds dist/ before the tests run). */
const WORKER = new URL('../../dist/listing-worker.js', import.meta.url);
const FIXED = new URL('../../test/workers/fixed-listing-worker.mjs', import.meta.url);
const NOWHERE = new URL('../../test/workers/no-such-worker.mjs', import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'vanban-listing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'a'));
mkdirSync(join(dir, 'b'));
for (const f of ['a/x.txt', 'a/y.md', 'b/x.txt', 'b/notes.csv']) writeFileSync(join(dir, f), 'Điều 1.');

const placed = (l: { files: string[]; places: Array<{ path: string } | { clash: string }> | null }) =>
  Object.fromEntries(l.files.map((f, i) => [f.slice(dir.length + 1), l.places ? l.places[i] : null]));

describe('listInputs', () => {
  it('lists a folder in the built worker as in this thread: the documents, sorted, each with its output place', async () => {
    const here = await listHere([dir], { place: true });
    expect(placed(here)).toEqual({
      [join('a', 'x.txt')]: { path: join('a', 'x.json') },
      [join('a', 'y.md')]: { path: 'y.json' },
      [join('b', 'x.txt')]: { path: join('b', 'x.json') },
    });
    expect(await listInputs([dir], { place: true }, WORKER)).toEqual(here);
  });

  it('makes the listing of a folder or a glob in a worker, and of a few files here', async () => {
    expect((await listInputs([dir], { place: true }, FIXED)).files).toEqual(['from-the-worker.txt']);
    expect((await listInputs([join(dir, '*/x.txt')], { place: true }, FIXED)).files).toEqual(['from-the-worker.txt']);
    const few = [join(dir, 'a', 'x.txt'), join(dir, 'b', 'x.txt')];
    expect((await listInputs(few, { place: true }, FIXED)).files).toEqual(few);
    const many = Array.from({ length: LISTED_IN_THREAD + 1 }, () => few[0]!);
    expect((await listInputs(many, { place: false }, FIXED)).files).toEqual(['from-the-worker.txt']);
  });

  it('lists here when the worker cannot run, and names what is missing', async () => {
    const listed = await listInputs([dir, join(dir, 'nothing-here')], { place: false }, NOWHERE);
    expect(listed.files.map((f) => f.slice(dir.length + 1))).toEqual([join('a', 'x.txt'), join('a', 'y.md'), join('b', 'x.txt')]);
    expect(listed.missing).toEqual([join(dir, 'nothing-here')]);
    expect(listed.places).toBeNull();
  });

  it('picks up a folder\'s documents whatever the case of their endings', async () => {
    const upper = mkdtempSync(join(tmpdir(), 'vanban-listing-case-'));
    try {
      for (const f of ['SCAN.PDF', 'Plan.Docx', 'note.TXT', 'table.CSV']) writeFileSync(join(upper, f), 'Điều 1.');
      expect((await listHere([upper], { place: false })).files.map((f) => f.slice(upper.length + 1))).toEqual(['Plan.Docx', 'SCAN.PDF', 'note.TXT']);
    } finally {
      rmSync(upper, { recursive: true, force: true });
    }
  });

  it('lists nothing for no paths', async () => {
    expect(await listInputs([], { place: true }, FIXED)).toEqual({ files: [], missing: [], emptyFolders: [], bases: [], places: [] });
  });
});
