import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCES = new URL('../src/sources/', import.meta.url);
const IMPORT = /\bfrom\s+'([^']+)'/gu;

describe('the pipeline keeps its layers apart', () => {
  it('no source adapter, nor its tests, imports a recogniser: sources emit structure and never interpret it', () => {
    const files = readdirSync(SOURCES).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const imports = [...readFileSync(new URL(f, SOURCES), 'utf8').matchAll(IMPORT)].map((m) => m[1]!);
      expect(imports.filter((i) => i.includes('/recognise/')), f).toEqual([]);
    }
  });
  it('a line node carries no cells of a flattened table: grids are table nodes', () => {
    const tree = readFileSync(new URL('../src/tree.ts', import.meta.url), 'utf8');
    const line = tree.slice(tree.indexOf('export interface LineNode'), tree.indexOf('}', tree.indexOf('export interface LineNode')));
    expect(line).not.toMatch(/\bcells\??:|\bcellStart\??:/u);
    expect(tree).toMatch(/export interface TableCellNode[\s\S]*rowSpan: number;[\s\S]*colSpan: number;/u);
  });
});
