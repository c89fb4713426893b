import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonRoot, outputPaths } from './output-paths.js';

const paths = (files: string[], bases: string[], keepExtension = false) =>
  Object.fromEntries([...outputPaths(files, bases, { keepExtension })].map(([f, p]) => [f, 'path' in p ? p.path : `clash: ${p.clash}`]));

describe('outputPaths', () => {
  it('names the files of one folder <name>.json', () => {
    expect(paths(['in/a.txt', 'in/b.md'], ['in'])).toEqual({ 'in/a.txt': 'a.json', 'in/b.md': 'b.json' });
  });

  it('mirrors the folders below the common root for names that clash, and keeps the extension where that is not enough', () => {
    const files = ['in/a/x.md', 'in/a/x.txt', 'in/b/x.txt', 'in/b/y.txt'];
    expect(paths(files, ['in/a', 'in/b'])).toEqual({
      'in/a/x.md': join('a', 'x.md.json'),
      'in/a/x.txt': join('a', 'x.txt.json'),
      'in/b/x.txt': join('b', 'x.json'),
      'in/b/y.txt': 'y.json',
    });
  });

  it('names an input of any folder <name>.json when no other input shares its name', () => {
    expect(paths(['corpus/tables/t.md', 'seeds/s.txt', 'seeds/u.txt'], ['corpus/tables', 'seeds'])).toEqual({
      'corpus/tables/t.md': 't.json',
      'seeds/s.txt': 's.json',
      'seeds/u.txt': 'u.json',
    });
  });

  it('keeps every extension when asked', () => {
    expect(paths(['in/a.txt'], ['in'], true)).toEqual({ 'in/a.txt': 'a.txt.json' });
  });

  it('makes a path still taken a clash of the later input, names compared without case', () => {
    // x.md.txt → x.md.json, the name x.md takes when it shares "x" with x.txt
    const got = paths(['in/X.md', 'in/x.md.txt', 'in/x.txt'], ['in']);
    expect(got['in/X.md']).toBe('X.md.json');
    expect(got['in/x.txt']).toBe('x.txt.json');
    expect(got['in/x.md.txt']).toMatch(/^clash: its output x\.md\.json is already the output of in\/X\.md/);
  });

  it('finds the deepest common folder', () => {
    expect(commonRoot(['/a/b/c', '/a/b/d/e'])).toBe(resolve('/a/b'));
    expect(commonRoot(['/a/bc', '/a/b'])).toBe(resolve('/a'));
  });
});
